package render

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// testDOCXDocument is a document with every kind of block, some text to
// escape and a table with italic and shaded cells.
func testDOCXDocument(l lang.Lang) DOCXDocument {
	return DOCXDocument{
		Title:      "某某区2023年与2022年对比",
		Lang:       l,
		Company:    "某某区人民政府办公室",
		Identifier: "X-1 <2>",
		Date:       report.Date{Year: 2024, Month: 1, Day: 17},
		Blocks: []DOCXBlock{
			DOCXField{Label: "上期报告", Value: "2022年"},
			DOCXHeading{Text: "一、数字", Level: 1},
			DOCXHeading{Text: "（一）收到申请", Level: 2},
			nil,
			DOCXTable{
				Header:  []string{"项目", "2022年", "2023年", "变化"},
				Numeric: []bool{false, true, true, true},
				Widths:  []int{4, 2, 2, 3},
				Rows: [][]DOCXCell{
					{{Text: "新收申请"}, {Text: "12"}, {Text: "15"}, {Text: "▲ +3"}},
					{{Text: "收费 a&b"}, {Text: "（空白）", Italic: true, Shaded: true}, {Text: "0"}, {Text: "不可比", Italic: true}},
					{{Text: "短行"}},
				},
			},
			DOCXParagraph{Text: "说明：第一行\n\n  第二行  "},
		},
	}
}

func writeDOCXDocument(t testing.TB, d DOCXDocument) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteDOCXDocument(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// The cells of a table read back with what the tests of WriteDOCXDocument
// check: the alignment, italics and shading.
type wStyledTable struct {
	Cols []struct {
		W int `xml:"w,attr"`
	} `xml:"tblGrid>gridCol"`
	Rows []struct {
		Header *wVal `xml:"trPr>tblHeader"`
		Cells  []struct {
			Shade *struct {
				Fill string `xml:"fill,attr"`
			} `xml:"tcPr>shd"`
			Para struct {
				Style wVal `xml:"pPr>pStyle"`
				Jc    wVal `xml:"pPr>jc"`
				Runs  []struct {
					Italic *wVal    `xml:"rPr>i"`
					Text   []string `xml:"t"`
				} `xml:"r"`
			} `xml:"p"`
		} `xml:"tc"`
	} `xml:"tr"`
}

// WriteDOCXDocument writes the blocks in order in the styles of DOCX, in
// the same package: every part but the three that change with the
// document is byte for byte the one DOCX writes.
func TestWriteDOCXDocument(t *testing.T) {
	data := writeDOCXDocument(t, testDOCXDocument(lang.Chinese))
	parts, names := docxFiles(t, data)
	if !slices.Equal(names, docxPartNames) {
		t.Errorf("parts %q, want %q", names, docxPartNames)
	}
	reportParts, _ := docxFiles(t, writeDOCX(t, examples.Xiaoshan2023(), lang.Chinese))
	for _, n := range docxPartNames {
		if !slices.Contains(docxReportParts, n) && !bytes.Equal(parts[n], reportParts[n]) {
			t.Errorf("%s differs from the one DOCX writes", n)
		}
	}

	doc := parseDocument(t, parts["word/document.xml"])
	var styled []string
	for _, p := range doc.Body.Paras {
		styled = append(styled, p.Style.Val+"|"+p.text())
	}
	want := []string{
		"Title|某某区2023年与2022年对比",
		"Metadata|上期报告：2022年",
		"Heading1|一、数字",
		"Heading2|（一）收到申请",
		"|说明：第一行\n第二行",
	}
	if !slices.Equal(styled, want) {
		t.Errorf("paragraphs\n%q\nwant\n%q", styled, want)
	}

	var body struct {
		Tables []wStyledTable `xml:"body>tbl"`
	}
	if err := xml.Unmarshal(parts["word/document.xml"], &body); err != nil {
		t.Fatal(err)
	}
	if len(body.Tables) != 1 {
		t.Fatalf("%d tables, want 1", len(body.Tables))
	}
	tbl := body.Tables[0]
	var widths []int
	sum := 0
	for _, c := range tbl.Cols {
		widths = append(widths, c.W)
		sum += c.W
	}
	// 4:2:2:3 of 8845 twips, the last taking what is left.
	if !slices.Equal(widths, []int{3216, 1608, 1608, 2413}) || sum != docxTextWidth {
		t.Errorf("column widths %v (sum %d), want [3216 1608 1608 2413] (sum %d)", widths, sum, docxTextWidth)
	}
	type cell struct {
		text, jc      string
		italic, shade bool
	}
	var got [][]cell
	for i, r := range tbl.Rows {
		if (r.Header != nil) != (i == 0) {
			t.Errorf("row %d: header %v", i, r.Header != nil)
		}
		var row []cell
		for _, c := range r.Cells {
			if c.Para.Style.Val != styleTableSmall {
				t.Errorf("row %d: a cell in style %q", i, c.Para.Style.Val)
			}
			x := cell{jc: c.Para.Jc.Val, shade: c.Shade != nil && c.Shade.Fill == docxShading}
			for _, run := range c.Para.Runs {
				x.text += strings.Join(run.Text, "")
				x.italic = x.italic || run.Italic != nil
			}
			row = append(row, x)
		}
		got = append(got, row)
	}
	wantCells := [][]cell{
		{{"项目", "center", false, false}, {"2022年", "center", false, false}, {"2023年", "center", false, false}, {"变化", "center", false, false}},
		{{"新收申请", "left", false, false}, {"12", "right", false, false}, {"15", "right", false, false}, {"▲ +3", "right", false, false}},
		{{"收费 a&b", "left", false, false}, {"（空白）", "right", true, true}, {"0", "right", false, false}, {"不可比", "right", true, false}},
		{{"短行", "left", false, false}, {"", "right", false, false}, {"", "right", false, false}, {"", "right", false, false}},
	}
	if !slices.EqualFunc(got, wantCells, slices.Equal) {
		t.Errorf("cells\n%v\nwant\n%v", got, wantCells)
	}

	var core struct {
		Title      string `xml:"title"`
		Identifier string `xml:"identifier"`
		Language   string `xml:"language"`
		Created    string `xml:"created"`
	}
	if err := xml.Unmarshal(parts["docProps/core.xml"], &core); err != nil {
		t.Fatal(err)
	}
	if core.Title != "某某区2023年与2022年对比" || core.Identifier != "X-1 <2>" || core.Language != "zh-CN" || core.Created != "2024-01-17T00:00:00Z" {
		t.Errorf("core.xml = %+v", core)
	}
	if app := string(parts["docProps/app.xml"]); !strings.Contains(app, "<Company>某某区人民政府办公室</Company>") {
		t.Errorf("app.xml:\n%s", app)
	}

	// English: the separator and the language; no date gives the fixed one.
	d := testDOCXDocument(lang.English)
	d.Date, d.Company, d.Identifier = report.Date{}, "", ""
	parts, _ = docxFiles(t, writeDOCXDocument(t, d))
	if s := string(parts["word/document.xml"]); !strings.Contains(s, ">上期报告: 2022年<") {
		t.Error("the English field is not written label: value")
	}
	core2 := string(parts["docProps/core.xml"])
	for _, want := range []string{"<dc:language>en-US</dc:language>", ">" + docxDefaultDate + "<"} {
		if !strings.Contains(core2, want) {
			t.Errorf("core.xml lacks %s:\n%s", want, core2)
		}
	}
	if strings.Contains(core2, "identifier") || strings.Contains(string(parts["docProps/app.xml"]), "Company") {
		t.Error("an empty identifier or company is written")
	}
}

// Without widths, the columns are as wide as their text, from 4 to 40
// character widths.
func TestDOCXTableTextWidths(t *testing.T) {
	tbl := DOCXTable{
		Header: []string{"项目", "数值", "x"},
		Rows:   [][]DOCXCell{{{Text: strings.Repeat("申请", 13)}, {Text: "12"}}, {{Text: "a"}, {Text: "123456"}}},
	}
	parts, _ := docxFiles(t, writeDOCXDocument(t, DOCXDocument{Blocks: []DOCXBlock{tbl}}))
	var body struct {
		Tables []wStyledTable `xml:"body>tbl"`
	}
	if err := xml.Unmarshal(parts["word/document.xml"], &body); err != nil {
		t.Fatal(err)
	}
	var widths []int
	for _, c := range body.Tables[0].Cols {
		widths = append(widths, c.W)
	}
	// The widths needed, each column's widest text in half characters of
	// 90 twips, two paddings of 57 and 60 to spare: 52 half characters
	// (4854), 6 ("123456", 714) and 4 (the least, 534), 6102 twips in
	// all, widened to 8845 in proportion, the widest taking the twip the
	// division leaves.
	if want := []int{7037, 1034, 774}; !slices.Equal(widths, want) {
		t.Errorf("widths %v, want %v", widths, want)
	}
	// Too wide: the widest narrowed to one width.
	for _, c := range []struct{ need, want []int }{
		{[]int{5000, 3000, 1000, 1000}, []int{3845, 3000, 1000, 1000}},
		{[]int{9000, 1000, 9000}, []int{3923, 1000, 3922}},
		{[]int{100, 200}, []int{2948, 5897}},
		{slices.Repeat([]int{1000}, 9000), slices.Repeat([]int{1}, 9000)},
	} {
		got := fitWidths(c.need, docxTextWidth)
		if !slices.Equal(got, c.want) {
			t.Errorf("fitWidths(%v) = %v, want %v", c.need[:min(4, len(c.need))], got[:min(4, len(got))], c.want[:min(4, len(c.want))])
		}
	}
}

// Two tables one after the other stay two tables, an empty paragraph
// between them; the body does not end with a table.
func TestDOCXTablesApart(t *testing.T) {
	tbl := DOCXTable{Header: []string{"a"}, Rows: [][]DOCXCell{{{Text: "1"}}}}
	parts, _ := docxFiles(t, writeDOCXDocument(t, DOCXDocument{Blocks: []DOCXBlock{tbl, tbl}}))
	doc := string(parts["word/document.xml"])
	if !strings.Contains(doc, "</w:tbl>\n<w:p/>\n<w:tbl>") || !strings.Contains(doc, "</w:tbl>\n<w:p/>\n<w:sectPr>") {
		t.Errorf("the tables are not kept apart:\n%s", doc)
	}
}

func TestWriteDOCXDocumentGolden(t *testing.T) {
	for _, l := range lang.Langs() {
		name := "docx-document." + l.String() + ".docx.txt"
		t.Run(name, func(t *testing.T) {
			checkGolden(t, name, docxText(t, writeDOCXDocument(t, testDOCXDocument(l)), docxReportParts))
		})
	}
}

func TestWriteDOCXDocumentDeterministic(t *testing.T) {
	first := writeDOCXDocument(t, testDOCXDocument(lang.Chinese))
	if again := writeDOCXDocument(t, testDOCXDocument(lang.Chinese)); !bytes.Equal(first, again) {
		t.Error("a second writing differs from the first")
	}
}

func TestWriteDOCXDocumentErrors(t *testing.T) {
	tbl := func(f func(*DOCXTable)) DOCXDocument {
		t := DOCXTable{Header: []string{"a", "b"}, Rows: [][]DOCXCell{{{Text: "1"}}}}
		f(&t)
		return DOCXDocument{Blocks: []DOCXBlock{DOCXParagraph{Text: "x"}, t}}
	}
	for name, c := range map[string]struct {
		d    DOCXDocument
		want string
	}{
		"heading level": {DOCXDocument{Blocks: []DOCXBlock{DOCXHeading{Text: "h", Level: 3}}}, "block 0: heading level 3, want 1 or 2"},
		"no header":     {tbl(func(t *DOCXTable) { t.Header = nil }), "block 1: a table without columns"},
		"long row":      {tbl(func(t *DOCXTable) { t.Rows = append(t.Rows, make([]DOCXCell, 3)) }), "block 1: row 2 has 3 cells for 2 columns"},
		"numeric":       {tbl(func(t *DOCXTable) { t.Numeric = make([]bool, 3) }), "block 1: 3 numeric marks for 2 columns"},
		"widths":        {tbl(func(t *DOCXTable) { t.Widths = []int{1} }), "block 1: 1 widths for 2 columns"},
		"zero width":    {tbl(func(t *DOCXTable) { t.Widths = []int{1, 0} }), "block 1: column 2 has width 0, want 1 to 1000"},
		"huge width":    {tbl(func(t *DOCXTable) { t.Widths = []int{1 << 62, 1 << 62} }), "block 1: column 1 has width"},
	} {
		var b bytes.Buffer
		err := WriteDOCXDocument(&b, c.d)
		if !errors.Is(err, ErrDOCXBlock) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one wrapping ErrDOCXBlock with %q", name, err, c.want)
		}
		if b.Len() != 0 {
			t.Errorf("%s: %d bytes written", name, b.Len())
		}
	}
	if err := WriteDOCXDocument(failingWriter{}, testDOCXDocument(lang.Chinese)); err == nil {
		t.Error("to a failing writer: no error")
	}
	// The empty document is a document.
	docxFiles(t, writeDOCXDocument(t, DOCXDocument{}))
}

// FuzzWriteDOCXDocument writes documents of fuzzed text in every field:
// every part is well-formed XML and the table holds its cells.
func FuzzWriteDOCXDocument(f *testing.F) {
	f.Add("标题", "a&b<c>", "\x00\xff]]>", uint8(3))
	f.Fuzz(func(t *testing.T, a, b, c string, n uint8) {
		cols := int(n%5) + 1
		tbl := DOCXTable{Header: slices.Repeat([]string{a}, cols), Numeric: []bool{n%2 == 0}}
		for range int(n % 4) {
			tbl.Rows = append(tbl.Rows, slices.Repeat([]DOCXCell{{Text: b, Italic: true}, {Text: c, Shaded: true}}, cols)[:cols])
		}
		d := DOCXDocument{Title: a, Company: b, Identifier: c, Lang: lang.Lang(n % 3), Blocks: []DOCXBlock{
			DOCXField{Label: a, Value: b}, DOCXHeading{Text: c, Level: 1}, DOCXParagraph{Text: a + "\n" + b}, tbl,
		}}
		var out bytes.Buffer
		if err := WriteDOCXDocument(&out, d); err != nil {
			t.Fatal(err)
		}
		parts, _ := docxFiles(t, out.Bytes())
		var body struct {
			Tables []wStyledTable `xml:"body>tbl"`
		}
		if err := xml.Unmarshal(parts["word/document.xml"], &body); err != nil {
			t.Fatal(err)
		}
		if len(body.Tables) != 1 || len(body.Tables[0].Rows) != len(tbl.Rows)+1 || len(body.Tables[0].Cols) != cols {
			t.Fatalf("the table read back is not %d rows of %d columns", len(tbl.Rows)+1, cols)
		}
	})
}

var _ io.Writer = failingWriter{}
