package compare

import (
	"io"
	"strings"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/render"
	"github.com/opengov-cn/xxgk/report"
)

// txtComparisons is the title of a .docx that holds many tables.
var txtComparisons = lang.Text{Zh: report.LabelAnnualReport + txtComparison.Zh, En: report.EnglishAnnualReport + ", " + txtComparison.En}

// writeDOCX writes laid-out documents as one .docx through
// render.WriteDOCXDocument. One document has its title as the document's
// title and its sections under headings of level 1; many are written under
// a common title, each under its own title as a heading of level 1 and its
// sections under headings of level 2.
func writeDOCX(w io.Writer, docs []*document, l lang.Lang) error {
	out := render.DOCXDocument{Lang: l}
	level := 1
	if len(docs) == 1 {
		out.Title, out.Company = docs[0].title, docs[0].body
	} else {
		out.Title = upperFirst(txtComparisons.In(l))
		level = 2
	}
	for _, d := range docs {
		if len(docs) != 1 {
			out.Blocks = append(out.Blocks, render.DOCXHeading{Text: d.title, Level: 1})
		}
		for _, m := range d.meta {
			out.Blocks = append(out.Blocks, render.DOCXField{Label: m[0], Value: m[1]})
		}
		for _, s := range d.sections {
			out.Blocks = append(out.Blocks, render.DOCXHeading{Text: s.heading, Level: level}, docxTable(s))
			for _, n := range s.notes {
				out.Blocks = append(out.Blocks, render.DOCXParagraph{Text: n})
			}
		}
		for _, n := range d.notes {
			out.Blocks = append(out.Blocks, render.DOCXParagraph{Text: n})
		}
	}
	return render.WriteDOCXDocument(w, out)
}

// docxTable turns a section's table into a table of the .docx: the items
// in the first column, the others right-aligned, every column as wide as
// its text asks (see render.DOCXTable's Widths). A blank cell is in
// italics on grey, a cell the format lacks on grey, and a change or figure
// that is not comparable or not computable in italics.
func docxTable(s block) render.DOCXTable {
	n := len(s.header)
	for _, r := range s.rows {
		n = max(n, len(r))
	}
	t := render.DOCXTable{Header: s.header, Numeric: make([]bool, n)}
	for i := range n {
		t.Numeric[i] = i > 0
	}
	for len(t.Header) < n {
		t.Header = append(t.Header, "")
	}
	for _, row := range s.rows {
		cells := make([]render.DOCXCell, len(row))
		for i, c := range row {
			cells[i] = render.DOCXCell{
				Text:   c.text,
				Italic: c.class == "blank" || c.class == "nc",
				Shaded: c.class == "blank" || c.class == "absent",
			}
		}
		t.Rows = append(t.Rows, cells)
	}
	return t
}

// upperFirst returns s with its first letter in upper case ("Annual
// report…"); Chinese text is left as it is.
func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
