package compare

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// docxParts opens a .docx and returns its parts by name, checking that
// each is well-formed XML.
func docxParts(t testing.TB, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		d := xml.NewDecoder(bytes.NewReader(b))
		for {
			if _, err := d.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s is not well-formed XML: %v", f.Name, err)
			}
		}
		parts[f.Name] = b
	}
	return parts
}

// docxGoldenParts are the parts of a .docx kept in the golden files: the
// ones that change with the document (package render's tests keep the
// others).
var docxGoldenParts = []string{"docProps/core.xml", "docProps/app.xml", "word/document.xml"}

// docxText returns the golden parts of a .docx as one text, each under a
// line with its name, as package render's golden files hold a .docx.
func docxText(t testing.TB, data []byte) string {
	t.Helper()
	parts := docxParts(t, data)
	var b strings.Builder
	for _, n := range docxGoldenParts {
		b.WriteString("=== " + n + " ===\n")
		b.Write(parts[n])
	}
	return b.String()
}

// docxCell is a cell of a table of the .docx read back.
type docxCell struct {
	text           string
	italic, shaded bool
}

// docxTables reads the tables of word/document.xml, the header row first,
// and says whether each table's first row, and only it, repeats on every
// page.
func docxTables(t testing.TB, data []byte) [][][]docxCell {
	t.Helper()
	var doc struct {
		Tables []struct {
			Rows []struct {
				Header *struct{} `xml:"trPr>tblHeader"`
				Cells  []struct {
					Shade *struct{} `xml:"tcPr>shd"`
					Runs  []struct {
						Italic *struct{} `xml:"rPr>i"`
						Text   []string  `xml:"t"`
					} `xml:"p>r"`
				} `xml:"tc"`
			} `xml:"tr"`
		} `xml:"body>tbl"`
	}
	if err := xml.Unmarshal(docxParts(t, data)["word/document.xml"], &doc); err != nil {
		t.Fatal(err)
	}
	var out [][][]docxCell
	for i, tbl := range doc.Tables {
		var rows [][]docxCell
		for r, tr := range tbl.Rows {
			if (tr.Header != nil) != (r == 0) {
				t.Errorf("table %d row %d: repeated on every page: %v", i+1, r, tr.Header != nil)
			}
			var row []docxCell
			for _, tc := range tr.Cells {
				c := docxCell{shaded: tc.Shade != nil}
				for _, run := range tc.Runs {
					c.text += strings.Join(run.Text, "")
					c.italic = c.italic || run.Italic != nil
				}
				row = append(row, c)
			}
			rows = append(rows, row)
		}
		out = append(out, rows)
	}
	return out
}

// markdownTables reads the tables of a Markdown document: each a header
// row, then the rows after the line of dashes, the cells unescaped and
// without the stars that set a blank cell in italics.
func markdownTables(md string) [][][]string {
	var tables [][][]string
	var cur [][]string
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			if cur != nil {
				tables = append(tables, cur)
				cur = nil
			}
			continue
		}
		if strings.HasPrefix(line, "| --- |") {
			continue
		}
		var row []string
		var cell strings.Builder
		body := strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|")
		for i := 0; i < len(body); i++ {
			switch {
			case body[i] == '\\' && i+1 < len(body):
				i++
				cell.WriteByte(body[i])
			case body[i] == '|':
				row = append(row, cell.String())
				cell.Reset()
			default:
				cell.WriteByte(body[i])
			}
		}
		row = append(row, cell.String())
		for i, c := range row {
			c = strings.TrimSpace(c)
			if len(c) > 2 && strings.HasPrefix(c, "*") && strings.HasSuffix(c, "*") {
				c = c[1 : len(c)-1]
			}
			row[i] = strings.NewReplacer("&lt;", "<", "&gt;", ">").Replace(c)
		}
		cur = append(cur, row)
	}
	if cur != nil {
		tables = append(tables, cur)
	}
	return tables
}

// written writes a comparison or tables in a form.
func written(t testing.TB, d *Comparison, tables []*Table, f Form, l lang.Lang) []byte {
	t.Helper()
	var b bytes.Buffer
	var err error
	if d != nil {
		err = WriteDiff(&b, d, f, l)
	} else {
		err = WriteTables(&b, tables, f, l)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// pingtanOutputs are the comparison of Pingtan 2019 with 2022, the table
// of the three Pingtan years, and the table of two bodies' groups (the
// Pingtan years and a copy under another body's name), by name.
func pingtanOutputs(t testing.TB) []struct {
	name   string
	diff   *Comparison
	tables []*Table
} {
	ps := pingtanYears(t)
	d, err := Diff(ps[0], ps[2])
	if err != nil {
		t.Fatal(err)
	}
	tb, err := Over(ps)
	if err != nil {
		t.Fatal(err)
	}
	other := readReport(t, "pingtan-2022.html")
	other.Metadata.ReportingBody = "某某县人民政府"
	tb2, err := Over([]*report.Report{other})
	if err != nil {
		t.Fatal(err)
	}
	return []struct {
		name   string
		diff   *Comparison
		tables []*Table
	}{
		{"pingtan-2019-2022", d, nil},
		{"pingtan-over-years", nil, []*Table{tb}},
		{"two-tables", nil, []*Table{tb, tb2}},
	}
}

// TestDOCXGolden compares the parts of the .docx that change with the
// comparison with golden files, in both languages.
func TestDOCXGolden(t *testing.T) {
	for _, o := range pingtanOutputs(t)[:2] {
		for _, l := range lang.Langs() {
			name := o.name + "." + l.String() + ".docx.txt"
			t.Run(name, func(t *testing.T) {
				checkGolden(t, name, docxText(t, written(t, o.diff, o.tables, DOCX, l)))
			})
		}
	}
}

// The tables of the .docx hold the cells of the Markdown form, table for
// table and cell for cell, and the .docx's headings are the Markdown's.
// Blank cells are in italics on grey, cells a format lacks on grey, and
// "not comparable" in italics; no other cell is.
func TestDOCXHoldsTheMarkdownCells(t *testing.T) {
	for _, o := range pingtanOutputs(t) {
		for _, l := range lang.Langs() {
			docx := written(t, o.diff, o.tables, DOCX, l)
			md := string(written(t, o.diff, o.tables, Markdown, l))
			got, want := docxTables(t, docx), markdownTables(md)
			if len(got) != len(want) || len(got) < 2 {
				t.Fatalf("%s %s: %d tables in the .docx, %d in the Markdown", o.name, l, len(got), len(want))
			}
			marked := map[string]int{}
			for i := range want {
				if len(got[i]) != len(want[i]) {
					t.Errorf("%s %s table %d: %d rows, Markdown %d", o.name, l, i+1, len(got[i]), len(want[i]))
					continue
				}
				for r := range want[i] {
					var texts []string
					for _, c := range got[i][r] {
						texts = append(texts, c.text)
						blank := c.text == txtBlank.In(l) || strings.HasPrefix(c.text, txtNotComputed.In(l)) && !strings.Contains(c.text, txtZeroBase.In(l))
						nc := strings.HasPrefix(c.text, txtNotComparing.In(l)) || strings.Contains(c.text, txtZeroBase.In(l))
						absent := c.text == txtAbsent.In(l)
						if r > 0 && (c.italic != (blank || nc) || c.shaded != (blank || absent)) {
							t.Errorf("%s %s table %d row %d: %q italic %v shaded %v", o.name, l, i+1, r, c.text, c.italic, c.shaded)
						}
						if c.italic || c.shaded {
							marked[c.text]++
						}
					}
					if !slices.Equal(texts, want[i][r]) {
						t.Errorf("%s %s table %d row %d:\n.docx    %q\nMarkdown %q", o.name, l, i+1, r, texts, want[i][r])
					}
				}
			}
			if o.name == "pingtan-2019-2022" && (marked[txtBlank.In(l)] == 0 || len(marked) < 2) {
				t.Errorf("%s %s: the cells set apart: %v", o.name, l, marked)
			}
			// The headings: every "## " of the Markdown, in order.
			var mdHeads, docxHeads []string
			for _, line := range strings.Split(md, "\n") {
				if h, ok := strings.CutPrefix(line, "## "); ok {
					mdHeads = append(mdHeads, strings.NewReplacer(`\*`, "*", `\_`, "_", `\|`, "|").Replace(h))
				}
			}
			for _, p := range docxParagraphs(t, docx) {
				if p.style == "Heading1" && len(o.tables) < 2 || p.style == "Heading2" {
					docxHeads = append(docxHeads, p.text)
				}
			}
			if !slices.Equal(docxHeads, mdHeads) {
				t.Errorf("%s %s: headings\n%q\nMarkdown\n%q", o.name, l, docxHeads, mdHeads)
			}
		}
	}
}

// docxParagraph is a paragraph of the body of a .docx read back.
type docxParagraph struct {
	style, text string
}

// docxParagraphs reads the paragraphs of word/document.xml outside tables.
func docxParagraphs(t testing.TB, data []byte) []docxParagraph {
	t.Helper()
	var doc struct {
		Paras []struct {
			Style struct {
				Val string `xml:"val,attr"`
			} `xml:"pPr>pStyle"`
			Text []string `xml:"r>t"`
		} `xml:"body>p"`
	}
	if err := xml.Unmarshal(docxParts(t, data)["word/document.xml"], &doc); err != nil {
		t.Fatal(err)
	}
	var out []docxParagraph
	for _, p := range doc.Paras {
		out = append(out, docxParagraph{p.Style.Val, strings.Join(p.Text, "\n")})
	}
	return out
}

// The .docx of one comparison is titled with it and names the body; the
// .docx of many tables has a common title and each table's under it.
func TestDOCXDocument(t *testing.T) {
	outs := pingtanOutputs(t)
	ps := docxParagraphs(t, written(t, outs[0].diff, nil, DOCX, lang.Chinese))
	if ps[0].style != "Title" || ps[0].text != comparisonDoc(outs[0].diff, lang.Chinese).title {
		t.Errorf("the comparison's .docx starts with %+v", ps[0])
	}
	if ps[1].style != "Metadata" || !strings.HasPrefix(ps[1].text, "上期报告：") {
		t.Errorf("the comparison's .docx has %+v under its title", ps[1])
	}
	parts := docxParts(t, written(t, outs[0].diff, nil, DOCX, lang.Chinese))
	if app := string(parts["docProps/app.xml"]); !strings.Contains(app, "<Company>"+outs[0].diff.Cur.Body+"</Company>") {
		t.Errorf("app.xml does not name the body:\n%s", app)
	}

	for _, l := range lang.Langs() {
		data := written(t, nil, outs[2].tables, DOCX, l)
		ps = docxParagraphs(t, data)
		if want := upperFirst(txtComparisons.In(l)); ps[0].style != "Title" || ps[0].text != want {
			t.Errorf("%s: the .docx of two tables starts with %+v, want the title %q", l, ps[0], want)
		}
		var titles []string
		for _, p := range ps {
			if p.style == "Heading1" {
				titles = append(titles, p.text)
			}
		}
		want := []string{tableDoc(outs[2].tables[0], l).title, tableDoc(outs[2].tables[1], l).title}
		if !slices.Equal(titles, want) {
			t.Errorf("%s: the tables' titles %q, want %q", l, titles, want)
		}
		if app := string(docxParts(t, data)["docProps/app.xml"]); strings.Contains(app, "Company") {
			t.Errorf("%s: a .docx of many bodies names a company:\n%s", l, app)
		}
	}
}

// The same comparison gives the same bytes.
func TestDOCXDeterministic(t *testing.T) {
	for _, o := range pingtanOutputs(t) {
		first := written(t, o.diff, o.tables, DOCX, lang.Chinese)
		again := pingtanOutputs(t)
		for _, a := range again {
			if a.name == o.name && !bytes.Equal(first, written(t, a.diff, a.tables, DOCX, lang.Chinese)) {
				t.Errorf("%s: a second writing differs from the first", o.name)
			}
		}
	}
}

// A table of more reports than a .docx table takes is cut into tables of
// docxMaxColumns reports, each with the items' column: together they hold
// the Markdown table's cells.
func TestDOCXSplitsWideTables(t *testing.T) {
	tb, err := Over(thousandBodies()[:14])
	if err != nil {
		t.Fatal(err)
	}
	docx := written(t, nil, []*Table{tb}, DOCX, lang.Chinese)
	got := docxTables(t, docx)
	var want [][][]string
	for _, md := range markdownTables(string(written(t, nil, []*Table{tb}, Markdown, lang.Chinese))) {
		if len(md[0]) != 15 {
			t.Fatalf("a Markdown table of %d columns, want 15", len(md[0]))
		}
		for _, cut := range [][2]int{{1, 7}, {7, 13}, {13, 15}} {
			var part [][]string
			for _, r := range md {
				part = append(part, append([]string{r[0]}, r[cut[0]:cut[1]]...))
			}
			want = append(want, part)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%d tables in the .docx, want %d", len(got), len(want))
	}
	for i := range want {
		var texts [][]string
		for _, r := range got[i] {
			var row []string
			for _, c := range r {
				row = append(row, c.text)
			}
			texts = append(texts, row)
		}
		if !slices.EqualFunc(texts, want[i], slices.Equal) {
			t.Errorf("table %d:\n%q\nwant\n%q", i+1, texts[:min(2, len(texts))], want[i][:min(2, len(want[i]))])
		}
	}
}
