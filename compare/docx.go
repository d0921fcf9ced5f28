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
			out.Blocks = append(out.Blocks, render.DOCXHeading{Text: s.heading, Level: level})
			for _, part := range splitColumns(s) {
				out.Blocks = append(out.Blocks, docxTable(part))
			}
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

// docxMaxColumns is the most value columns a table of the .docx holds
// beside the items' column: a table of more reports is cut into tables of
// as many, one after the other, each with the items' column, so that the
// figures stay legible across a portrait A4 page (and Word, which takes at
// most 63 columns, can open the table of 1,000 bodies).
const docxMaxColumns = 6

// splitColumns cuts a section's table into tables of at most docxMaxColumns
// value columns each.
func splitColumns(s block) []block {
	n := len(s.header)
	for _, r := range s.rows {
		n = max(n, len(r))
	}
	if n <= 1+docxMaxColumns {
		return []block{s}
	}
	var parts []block
	for from := 1; from < n; from += docxMaxColumns {
		to := min(from+docxMaxColumns, n)
		part := block{header: columns(s.header, from, to)}
		for _, r := range s.rows {
			part.rows = append(part.rows, columns(r, from, to))
		}
		parts = append(parts, part)
	}
	return parts
}

// columns returns the first cell of a row and its cells from from up to
// to, as far as the row goes.
func columns[T any](row []T, from, to int) []T {
	if len(row) == 0 {
		return nil
	}
	out := []T{row[0]}
	if from < len(row) {
		out = append(out, row[from:min(to, len(row))]...)
	}
	return out
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
