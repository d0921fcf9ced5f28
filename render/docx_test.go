package render

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/table"
	"github.com/opengov-cn/xxgk/validate"
)

// docxPartNames are the parts a written .docx holds, in order.
var docxPartNames = []string{
	"[Content_Types].xml",
	"_rels/.rels",
	"docProps/core.xml",
	"docProps/app.xml",
	"word/document.xml",
	"word/_rels/document.xml.rels",
	"word/styles.xml",
	"word/settings.xml",
	"word/fontTable.xml",
	"word/footer1.xml",
	"word/footer2.xml",
}

// writeDOCX renders r as a .docx.
func writeDOCX(t testing.TB, r *report.Report, l lang.Lang, opts ...Option) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := DOCX(&b, r, l, opts...); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// docxFiles opens a written .docx and returns its parts by name and their
// names in order, checking that each is well-formed XML.
func docxFiles(t testing.TB, data []byte) (map[string][]byte, []string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string][]byte{}
	var names []string
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
		if err := wellFormed(b); err != nil {
			t.Fatalf("%s is not well-formed XML: %v", f.Name, err)
		}
		parts[f.Name] = b
		names = append(names, f.Name)
	}
	return parts, names
}

// wellFormed reads XML to its end, failing on any error: mismatched tags,
// bad entities, characters XML forbids.
func wellFormed(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// The WordprocessingML read back by the tests: only what they check. Field
// tags name local names, which encoding/xml matches in any namespace.
type (
	wDocument struct {
		Body struct {
			Paras  []wPara  `xml:"p"`
			Tables []wTable `xml:"tbl"`
		} `xml:"body"`
	}
	wVal struct {
		Val string `xml:"val,attr"`
	}
	wPara struct {
		Style wVal   `xml:"pPr>pStyle"`
		Keep  *wVal  `xml:"pPr>keepNext"`
		Runs  []wRun `xml:"r"`
	}
	wRun struct {
		Items []struct {
			XMLName xml.Name
			Text    string `xml:",chardata"`
		} `xml:",any"`
	}
	wTable struct {
		Cols []struct {
			W int `xml:"w,attr"`
		} `xml:"tblGrid>gridCol"`
		Rows []wRow `xml:"tr"`
	}
	wRow struct {
		Header    *wVal   `xml:"trPr>tblHeader"`
		CantSplit *wVal   `xml:"trPr>cantSplit"`
		Cells     []wCell `xml:"tc"`
	}
	wCell struct {
		Span   *wVal   `xml:"tcPr>gridSpan"`
		VMerge *wVal   `xml:"tcPr>vMerge"`
		Paras  []wPara `xml:"p"`
	}
)

// text returns a paragraph's text, line breaks as "\n".
func (p wPara) text() string {
	var b strings.Builder
	for _, r := range p.Runs {
		for _, it := range r.Items {
			switch it.XMLName.Local {
			case "t":
				b.WriteString(it.Text)
			case "br":
				b.WriteString("\n")
			}
		}
	}
	return b.String()
}

// parseDocument reads word/document.xml.
func parseDocument(t testing.TB, b []byte) wDocument {
	t.Helper()
	var d wDocument
	if err := xml.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	return d
}

// docxGridCell is a cell of a table read back, with its spans.
type docxGridCell struct {
	row, col         int
	rowSpan, colSpan int
	restart          bool // w:vMerge w:val="restart"
	text             string
}

// expandDOCXTable places the cells of a w:tbl on its grid as a word
// processor does: each w:tc takes the next gridSpan grid columns of its
// row; a w:vMerge without w:val="restart" continues the cell above, which
// must start at the same column with the same span, and must be empty.
func expandDOCXTable(tbl wTable) ([]docxGridCell, [][]int, error) {
	var cells []docxGridCell
	grid := make([][]int, len(tbl.Rows))
	for r, tr := range tbl.Rows {
		grid[r] = make([]int, len(tbl.Cols))
		for c := range grid[r] {
			grid[r][c] = -1
		}
		col := 0
		for _, tc := range tr.Cells {
			span := 1
			if tc.Span != nil {
				if _, err := fmt.Sscan(tc.Span.Val, &span); err != nil || span < 1 {
					return nil, nil, fmt.Errorf("row %d: gridSpan %q", r, tc.Span.Val)
				}
			}
			if col+span > len(tbl.Cols) {
				return nil, nil, fmt.Errorf("row %d: cells run past the %d grid columns", r, len(tbl.Cols))
			}
			var text []string
			for _, p := range tc.Paras {
				text = append(text, p.text())
			}
			i := len(cells)
			if tc.VMerge != nil && tc.VMerge.Val != "restart" {
				if r == 0 || grid[r-1][col] < 0 {
					return nil, nil, fmt.Errorf("row %d col %d: a continuing vMerge with nothing above", r, col)
				}
				i = grid[r-1][col]
				above := &cells[i]
				if above.col != col || above.colSpan != span {
					return nil, nil, fmt.Errorf("row %d col %d: a continuing vMerge of span %d under a cell at col %d of span %d", r, col, span, above.col, above.colSpan)
				}
				if s := strings.Join(text, ""); s != "" {
					return nil, nil, fmt.Errorf("row %d col %d: a continuing vMerge holds %q", r, col, s)
				}
				above.rowSpan++
			} else {
				cells = append(cells, docxGridCell{row: r, col: col, rowSpan: 1, colSpan: span,
					restart: tc.VMerge != nil, text: strings.Join(text, "\n")})
			}
			for c := col; c < col+span; c++ {
				grid[r][c] = i
			}
			col += span
		}
		if col != len(tbl.Cols) {
			return nil, nil, fmt.Errorf("row %d covers %d of %d grid columns", r, col, len(tbl.Cols))
		}
	}
	return cells, grid, nil
}

// compareDOCXWithLayout checks that a table read back is the layout's grid:
// the same cell covers the same positions with the layout's spans, a
// vertical merge exactly where the layout spans rows, and each cell holds
// the layout's label or the report's value.
func compareDOCXWithLayout(tbl wTable, g *table.Grid, l lang.Lang) error {
	lay := g.Layout
	cells, grid, err := expandDOCXTable(tbl)
	if err != nil {
		return err
	}
	if len(grid) != lay.Rows || len(tbl.Cols) != lay.Cols {
		return fmt.Errorf("%dx%d grid, layout %dx%d", len(grid), len(tbl.Cols), lay.Rows, lay.Cols)
	}
	if len(cells) != len(lay.Cells) {
		return fmt.Errorf("%d cells, layout has %d", len(cells), len(lay.Cells))
	}
	width := 0
	for _, c := range tbl.Cols {
		width += c.W
	}
	if width != docxTextWidth {
		return fmt.Errorf("the columns are %d twips wide, the text block %d", width, docxTextWidth)
	}
	for r, row := range lay.Expand() {
		for c, i := range row {
			if grid[r][c] != i {
				return fmt.Errorf("position (%d,%d): .docx cell %d, layout cell %d", r, c, grid[r][c], i)
			}
			dc, lc := cells[i], lay.Cells[i]
			if dc.rowSpan != lc.RowSpan || dc.colSpan != lc.ColSpan || dc.restart != (lc.RowSpan > 1) {
				return fmt.Errorf("cell at (%d,%d) spans %dx%d (restart %v), layout %dx%d", lc.Row, lc.Col, dc.rowSpan, dc.colSpan, dc.restart, lc.RowSpan, lc.ColSpan)
			}
			want := cellText(g, i, l)
			if lc.Kind == table.Header {
				want = lc.Label.In(l)
			}
			if dc.text != want {
				return fmt.Errorf("cell at (%d,%d) = %q, want %q", lc.Row, lc.Col, dc.text, want)
			}
		}
	}
	return nil
}

// docxReportParts are the parts that change with the report; the others
// are the same in every .docx.
var docxReportParts = []string{"docProps/core.xml", "docProps/app.xml", "word/document.xml"}

// TestDOCXGolden compares the parts of the written .docx with golden files:
// for each report and language the parts that change with the report, and
// once the parts that do not.
func TestDOCXGolden(t *testing.T) {
	for _, tr := range testReports(t) {
		for _, l := range []lang.Lang{lang.Chinese, lang.English} {
			name := tr.name + "." + l.String() + ".docx.txt"
			t.Run(name, func(t *testing.T) {
				checkGolden(t, name, docxText(t, writeDOCX(t, tr.r, l), docxReportParts))
			})
		}
	}
	r := xiaoshanWrong()
	name := "xiaoshan-2023-wrong.zh.findings.docx.txt"
	t.Run(name, func(t *testing.T) {
		checkGolden(t, name, docxText(t, writeDOCX(t, r, lang.Chinese, WithFindings(validated(r, lang.Chinese))), docxReportParts))
	})
	t.Run("docx-package.txt", func(t *testing.T) {
		var fixed []string
		for _, n := range docxPartNames {
			if !slices.Contains(docxReportParts, n) {
				fixed = append(fixed, n)
			}
		}
		data := writeDOCX(t, examples.Xiaoshan2023(), lang.Chinese)
		checkGolden(t, "docx-package.txt", docxText(t, data, fixed))
		if en := writeDOCX(t, examples.Xiaoshan2023(), lang.English); docxText(t, en, fixed) != docxText(t, data, fixed) {
			t.Error("the fixed parts differ between languages")
		}
	})
}

// docxText returns the named parts of a .docx as one text, for golden
// files: each part under a line with its name.
func docxText(t testing.TB, data []byte, names []string) string {
	t.Helper()
	parts, _ := docxFiles(t, data)
	var b strings.Builder
	for _, n := range names {
		b.WriteString("=== " + n + " ===\n")
		b.Write(parts[n])
	}
	return b.String()
}

// The same report gives the same bytes, with the parts in their order and a
// fixed time.
func TestDOCXDeterministic(t *testing.T) {
	r := examples.Xiaoshan2023()
	res := WithFindings(validated(xiaoshanWrong(), lang.Chinese))
	for _, l := range []lang.Lang{lang.Chinese, lang.English} {
		first := writeDOCX(t, r, l, res)
		if again := writeDOCX(t, examples.Xiaoshan2023(), l, res); !bytes.Equal(first, again) {
			t.Errorf("%s: a second rendering differs from the first", l)
		}
		_, names := docxFiles(t, first)
		if !slices.Equal(names, docxPartNames) {
			t.Errorf("%s: parts %q, want %q", l, names, docxPartNames)
		}
		zr, err := zip.NewReader(bytes.NewReader(first), int64(len(first)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			if !f.Modified.Equal(docxZipTime) {
				t.Errorf("%s: %s modified %v, want %v", l, f.Name, f.Modified, docxZipTime)
			}
		}
	}
}

// Every part the package names exists, and the content types and
// relationships name every part.
func TestDOCXPackage(t *testing.T) {
	parts, _ := docxFiles(t, writeDOCX(t, examples.Xiaoshan2023(), lang.Chinese))
	types := string(parts["[Content_Types].xml"])
	for _, n := range docxPartNames {
		if strings.HasSuffix(n, ".rels") || n == "[Content_Types].xml" {
			continue
		}
		if !strings.Contains(types, `PartName="/`+n+`"`) {
			t.Errorf("[Content_Types].xml does not name %s", n)
		}
	}
	targets := regexp.MustCompile(`Target="([^"]+)"`)
	for rels, dir := range map[string]string{"_rels/.rels": "", "word/_rels/document.xml.rels": "word/"} {
		for _, m := range targets.FindAllStringSubmatch(string(parts[rels]), -1) {
			if _, ok := parts[dir+m[1]]; !ok {
				t.Errorf("%s names %s, which is not in the package", rels, dir+m[1])
			}
		}
	}
	doc := string(parts["word/document.xml"])
	for _, id := range []string{"rId4", "rId5"} {
		if !strings.Contains(doc, `r:id="`+id+`"`) {
			t.Errorf("document.xml does not refer to %s", id)
		}
	}
}

// The tables of the .docx are the layouts: read back and expanded, each is
// its layout's grid with every label and value in its cell. Table 三's
// header rows repeat on every page (w:tblHeader) and no row splits.
func TestDOCXTablesAreTheLayouts(t *testing.T) {
	for _, tr := range testReports(t) {
		grids, err := table.Fill(tr.r)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range []lang.Lang{lang.Chinese, lang.English} {
			parts, _ := docxFiles(t, writeDOCX(t, tr.r, l))
			doc := parseDocument(t, parts["word/document.xml"])
			if len(doc.Body.Tables) != len(grids) {
				t.Fatalf("%s %s: %d tables, want %d", tr.name, l, len(doc.Body.Tables), len(grids))
			}
			for i, g := range grids {
				tbl := doc.Body.Tables[i]
				if err := compareDOCXWithLayout(tbl, g, l); err != nil {
					t.Errorf("%s %s table %d: %v", tr.name, l, i+2, err)
				}
				var headers []int
				for r, row := range tbl.Rows {
					if row.Header != nil {
						headers = append(headers, r)
					}
					if row.CantSplit == nil {
						t.Errorf("%s %s table %d: row %d may split across pages", tr.name, l, i+2, r)
					}
				}
				want := map[report.SectionID][]int{report.SectionRequests: {0, 1, 2}, report.SectionAppeals: {0, 1, 2}}[g.Layout.Section]
				if !slices.Equal(headers, want) {
					t.Errorf("%s %s table %d: header rows %v, want %v", tr.name, l, i+2, headers, want)
				}
				// Rows kept with the next: the rows without data, and
				// in table 三 the first rows of 三、本年度办理结果.
				var kept, wantKept []int
				for r, row := range tbl.Rows {
					if row.Cells[0].Paras[0].Keep != nil {
						kept = append(kept, r)
					}
				}
				for r := 0; r < g.Layout.Rows; r++ {
					data := false
					for _, c := range g.Layout.Cells {
						data = data || (c.Row == r && c.Kind == table.Data)
					}
					outcome := g.Layout.Cells[g.Layout.Expand()[r][0]]
					if !data || (g.Layout.Section == report.SectionRequests && outcome.RowSpan > 1 && r < outcome.Row+docxKeepRows) {
						wantKept = append(wantKept, r)
					}
				}
				if !slices.Equal(kept, wantKept) {
					t.Errorf("%s %s table %d: rows kept with the next %v, want %v", tr.name, l, i+2, kept, wantKept)
				}
			}

			// Every number of the report is in its cell.
			expanded := make([][]docxGridCell, len(grids))
			for i := range grids {
				if expanded[i], _, err = expandDOCXTable(doc.Body.Tables[i]); err != nil {
					t.Fatal(err)
				}
			}
			for c, v := range tr.r.Cells {
				if c.Table == 6 {
					continue
				}
				for i, g := range grids {
					k, ok := g.Layout.Find(c.Path)
					if !ok {
						continue
					}
					if got := expanded[i][k].text; !strings.HasPrefix(got, v.String()) || (v.String() == "" && got != "") {
						t.Errorf("%s %s: cell %s shows %q, want %q", tr.name, l, c.Path, got, v.String())
					}
				}
			}
		}
	}
}

// The document holds the title, the metadata, the headings and the text in
// their styles, and the properties name the report.
func TestDOCXDocument(t *testing.T) {
	r := examples.Xiaoshan2023()
	parts, _ := docxFiles(t, writeDOCX(t, r, lang.Chinese))
	doc := parseDocument(t, parts["word/document.xml"])
	var styled []string
	for _, p := range doc.Body.Paras {
		styled = append(styled, p.Style.Val+"|"+p.text())
	}
	for _, want := range []string{
		"Title|杭州市萧山区人民政府办公室2023年政府信息公开工作年度报告",
		"Metadata|索引号：H001/2024-76014",
		"Metadata|成文日期：2024年1月17日",
		"Heading1|一、总体情况",
		"Heading2|(一)主动公开",
		"Heading1|六、其他需要报告的事项",
		"|" + r.Preamble[0],
		"|" + r.Problems.Paragraphs[0],
	} {
		if !slices.Contains(styled, want) {
			t.Errorf("no paragraph %q", want)
		}
	}
	if styled[0] != "Title|杭州市萧山区人民政府办公室2023年政府信息公开工作年度报告" {
		t.Errorf("the document starts with %q", styled[0])
	}

	var core struct {
		Title      string `xml:"title"`
		Identifier string `xml:"identifier"`
		Language   string `xml:"language"`
		Created    string `xml:"created"`
		Modified   string `xml:"modified"`
	}
	if err := xml.Unmarshal(parts["docProps/core.xml"], &core); err != nil {
		t.Fatal(err)
	}
	if core.Title != "杭州市萧山区人民政府办公室2023年政府信息公开工作年度报告" || core.Identifier != "H001/2024-76014" ||
		core.Language != "zh-CN" || core.Created != "2024-01-17T00:00:00Z" || core.Modified != core.Created {
		t.Errorf("core.xml = %+v", core)
	}
	var app struct {
		Company, Application string
	}
	if err := xml.Unmarshal(parts["docProps/app.xml"], &app); err != nil {
		t.Fatal(err)
	}
	if app.Company != "杭州市萧山区人民政府办公室" || app.Application != "xxgk" {
		t.Errorf("app.xml = %+v", app)
	}

	// GB/T 9704: A4, the margins, the fonts, the sizes, the page number.
	for part, wants := range map[string][]string{
		"word/document.xml": {`<w:pgSz w:w="11906" w:h="16838"/>`, `<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"`},
		"word/styles.xml": {`w:eastAsia="方正小标宋简体" w:cs="Times New Roman" w:hint="eastAsia"/><w:sz w:val="44"/>`,
			`w:eastAsia="仿宋_GB2312"`, `w:eastAsia="黑体"`, `w:eastAsia="楷体_GB2312"`, `w:eastAsia="宋体"`, `<w:sz w:val="32"/>`, `<w:sz w:val="21"/>`, `<w:sz w:val="18"/>`},
		"word/footer1.xml":   {`<w:jc w:val="right"/>`, `<w:instrText xml:space="preserve"> PAGE </w:instrText>`, `— `, ` —`},
		"word/footer2.xml":   {`<w:jc w:val="left"/>`, `<w:instrText xml:space="preserve"> PAGE </w:instrText>`},
		"word/fontTable.xml": {`<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋,FangSong"/>`},
	} {
		for _, want := range wants {
			if !strings.Contains(string(parts[part]), want) {
				t.Errorf("%s lacks %s", part, want)
			}
		}
	}

	// A report without a document date has the constant date.
	r.Metadata.DocumentDate, r.Metadata.PublicationDate = report.Date{}, report.Date{}
	parts, _ = docxFiles(t, writeDOCX(t, r, lang.English))
	if core := string(parts["docProps/core.xml"]); !strings.Contains(core, ">"+docxDefaultDate+"<") || !strings.Contains(core, "<dc:language>en-US<") {
		t.Errorf("core.xml without a date:\n%s", core)
	}
}

// The appendix ends the document: a heading, the summary, a table of the
// findings whose header row repeats.
func TestDOCXAppendix(t *testing.T) {
	r := xiaoshanWrong()
	res := validated(r, lang.Chinese)
	parts, _ := docxFiles(t, writeDOCX(t, r, lang.Chinese, WithFindings(res)))
	doc := parseDocument(t, parts["word/document.xml"])
	tables := doc.Body.Tables
	if len(tables) != 4 {
		t.Fatalf("%d tables, want the 3 of the report and the findings", len(tables))
	}
	f := tables[3]
	if len(f.Rows) != 1+len(res.Findings) || f.Rows[0].Header == nil || f.Rows[1].Header != nil {
		t.Errorf("findings table: %d rows (want %d), header %v", len(f.Rows), 1+len(res.Findings), f.Rows[0].Header != nil)
	}
	if got := f.Rows[1].Cells[validate.ColumnMessage].Paras[0].text(); got != oneLine(res.Findings[0].Message.In(lang.Chinese)) {
		t.Errorf("first message %q, want %q", got, res.Findings[0].Message)
	}
	last := doc.Body.Paras[len(doc.Body.Paras)-1]
	if last.text() != "" {
		t.Errorf("the document ends with %q, not the empty paragraph after the table", last.text())
	}
	var headings []string
	for _, p := range doc.Body.Paras {
		if p.Style.Val == styleHeading1 {
			headings = append(headings, p.text())
		}
	}
	if len(headings) != 7 || headings[6] != "附录：校验结果" {
		t.Errorf("headings %q", headings)
	}

	parts, _ = docxFiles(t, writeDOCX(t, examples.Xiaoshan2023(), lang.English, WithFindings(&validate.Result{})))
	if !strings.Contains(string(parts["word/document.xml"]), ">No findings.<") {
		t.Error("an empty result does not say so")
	}
}

// User text with markup, XML's special characters, a CDATA end and
// characters XML forbids stays text, and the document stays well-formed
// with the same tables.
func TestDOCXInjection(t *testing.T) {
	const evil = "<w:p>a</w:p> & &amp; ]]> <![CDATA[x]]> \"q\" 'q' \x00\x01\x08\x0b\x0c\x1b\x7f\ufffe\uffff\xff\xc0 \ud7ff end"
	// As in every renderer, control characters print as spaces and bytes
	// that are not UTF-8 as U+FFFD; U+FFFE and U+FFFF, which XML forbids,
	// are left out.
	want := "<w:p>a</w:p> & &amp; ]]> <![CDATA[x]]> \"q\" 'q'" + strings.Repeat(" ", 8) + "\ufffd\ufffd \ud7ff end"
	r := examples.Xiaoshan2023()
	r.Metadata.Title = evil
	r.Metadata.ReportingBody = evil
	r.Metadata.IndexNumber = evil
	r.Metadata.Other = append(r.Metadata.Other, report.Field{Label: evil, Value: evil})
	r.Preamble = []string{evil}
	r.Overview.Subsections[0].Title = evil
	r.Problems.Paragraphs = []string{evil + "\n" + evil}
	res := &validate.Result{Format: r.Format, Findings: []validate.Finding{{Code: evil, Message: lang.Text{Zh: evil, En: evil}, Paths: []report.Path{report.Path(evil)}}}}
	grids, err := table.Fill(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []lang.Lang{lang.Chinese, lang.English} {
		parts, _ := docxFiles(t, writeDOCX(t, r, l, WithFindings(res))) // fails unless well-formed
		doc := parseDocument(t, parts["word/document.xml"])
		if got := doc.Body.Paras[0].text(); got != want {
			t.Errorf("%s: title %q, want %q", l, got, want)
		}
		var texts []string
		for _, p := range doc.Body.Paras {
			texts = append(texts, p.text())
		}
		for _, w := range []string{want, want + "\n" + want} {
			if !slices.Contains(texts, w) {
				t.Errorf("%s: no paragraph %q", l, w)
			}
		}
		if len(doc.Body.Tables) != len(grids)+1 {
			t.Fatalf("%s: %d tables", l, len(doc.Body.Tables))
		}
		for i, g := range grids {
			if err := compareDOCXWithLayout(doc.Body.Tables[i], g, l); err != nil {
				t.Errorf("%s table %d: %v", l, i+2, err)
			}
		}
		if got := doc.Body.Tables[3].Rows[1].Cells[validate.ColumnMessage].Paras[0].text(); got != want {
			t.Errorf("%s: the finding's message reads %q", l, got)
		}
		var app struct{ Company string }
		if err := xml.Unmarshal(parts["docProps/app.xml"], &app); err != nil || app.Company != want {
			t.Errorf("%s: Company %q (%v)", l, app.Company, err)
		}
	}
}

func TestXMLEscape(t *testing.T) {
	for in, want := range map[string]string{
		"":                     "",
		"规章 a&b<c>d\"e'f":      "规章 a&amp;b&lt;c&gt;d&quot;e&apos;f",
		"]]>":                  "]]&gt;",
		"a\x00b\x1fc\td\ne\rf": "abc\td\ne\rf",
		"\ufffd\ufffe\uffff":   "\ufffd",
		"\xff\xfe𝄞":            "𝄞",
	} {
		if got := xmlEscape(in); got != want {
			t.Errorf("xmlEscape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDOCXErrors(t *testing.T) {
	if err := DOCX(io.Discard, nil, lang.Chinese); err != ErrNoReport {
		t.Errorf("DOCX of nil: %v", err)
	}
	if err := DOCX(io.Discard, &report.Report{}, lang.Chinese); err == nil {
		t.Error("DOCX of a report of unknown format: no error")
	}
	if err := DOCX(failingWriter{}, examples.Xiaoshan2023(), lang.Chinese); err == nil {
		t.Error("DOCX to a failing writer: no error")
	}
}

// The column widths fill the text block for every layout.
func TestDOCXColumns(t *testing.T) {
	for _, f := range report.Formats() {
		for _, lay := range table.Layouts(f) {
			w := docxColumns(lay)
			sum := 0
			for _, c := range w {
				if c < docxNarrowColumn {
					t.Errorf("%s table %s: a column of %d twips", f, lay.Section.Key(), c)
				}
				sum += c
			}
			if len(w) != lay.Cols || sum != docxTextWidth {
				t.Errorf("%s table %s: %d columns of %d twips, want %d of %d", f, lay.Section.Key(), len(w), sum, lay.Cols, docxTextWidth)
			}
		}
	}
	if w := fillColumns(nil, 7); len(w) != 7 || w[0]*6+w[6] != docxTextWidth {
		t.Errorf("fillColumns(nil, 7) = %v", w)
	}
	if fillColumns(nil, 0) != nil {
		t.Error("fillColumns(nil, 0) is not nil")
	}
}

// FuzzDOCX renders arbitrary reports as .docx: a report decoded from the
// fuzzed JSON when it is one, else one of the fuzzed format with the fuzzed
// text in every text field, with an appendix of one finding made of the
// text. Every part must be well-formed XML, and the tables must be the
// layouts.
func FuzzDOCX(f *testing.F) {
	f.Add(examples.Xiaoshan2023JSON, "", uint8(2))
	f.Add([]byte("{}"), "<w:t>]]>&amp;\x00\x1b\ufffe\xff", uint8(1))
	f.Add([]byte("null"), "a\r\nb\u2028c\td", uint8(0))
	if shanghai, err := os.ReadFile(filepath.Join("testdata", "shanghai-office-2019.json")); err == nil {
		f.Add(shanghai, "", uint8(1))
	}
	f.Fuzz(func(t *testing.T, data []byte, text string, format uint8) {
		r, err := report.ReadJSON(bytes.NewReader(data))
		if err != nil {
			r = report.New(report.Format(format%4), 2020)
			r.Metadata = report.Metadata{Title: text, ReportingBody: text, Publisher: text, IndexNumber: text,
				DocumentNumber: text, Other: []report.Field{{Label: text, Value: text}}}
			r.Preamble = []string{text}
			r.Overview = report.Section{Paragraphs: []string{text}, Subsections: []report.Subsection{{Title: text, Paragraphs: []string{text}}}}
			r.OtherMatters.Paragraphs = []string{text}
		}
		res := &validate.Result{Format: r.Format, Findings: []validate.Finding{{Code: text, Message: lang.Text{Zh: text, En: text}, Paths: []report.Path{report.Path(text)}}}}
		for _, l := range []lang.Lang{lang.Chinese, lang.English} {
			var b bytes.Buffer
			err := DOCX(&b, r, l, WithFindings(res))
			if !r.Format.Valid() {
				if err == nil {
					t.Fatalf("DOCX of a report of format %d: no error", r.Format)
				}
				continue
			}
			if err != nil {
				t.Fatalf("%s: %v", l, err)
			}
			parts, _ := docxFiles(t, b.Bytes())
			doc := parseDocument(t, parts["word/document.xml"])
			grids, err := table.Fill(r)
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Body.Tables) != len(grids)+1 {
				t.Fatalf("%s: %d tables", l, len(doc.Body.Tables))
			}
			for i, g := range grids {
				if err := compareDOCXWithLayout(doc.Body.Tables[i], g, l); err != nil {
					t.Fatalf("%s table %d: %v", l, i+2, err)
				}
			}
		}
	})
}

// BenchmarkDOCX writes the Xiaoshan report as a .docx.
func BenchmarkDOCX(b *testing.B) { benchmarkRender(b, DOCX) }
