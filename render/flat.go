package render

import (
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/table"
)

// flatTable is a table without merged cells, as Markdown and plain text
// print it: a view of a layout (see [table.View]) or the metadata.
type flatTable struct {
	caption string
	note    string
	header  []string
	rows    [][]string
	numeric []bool // by column: right-aligned
}

// flatTables returns the views of a filled table in language l.
func flatTables(g *table.Grid, l lang.Lang) []flatTable {
	var out []flatTable
	for _, v := range g.Layout.Views {
		t := flatTable{caption: v.Title.In(l), note: v.Note.In(l)}
		t.header = []string{v.Corner.In(l)}
		t.numeric = []bool{false}
		for _, c := range v.Columns {
			t.header = append(t.header, c.In(l))
			t.numeric = append(t.numeric, true)
		}
		for _, r := range v.Rows {
			row := []string{r.Title.In(l)}
			for _, i := range r.Cells {
				row = append(row, cellText(g, i, l))
			}
			t.rows = append(t.rows, row)
		}
		out = append(out, t)
	}
	return out
}

// metadataTable returns the metadata as a two-column table.
func metadataTable(d *document) flatTable {
	t := flatTable{
		header:  []string{labelMetadataItem.In(d.lang), labelMetadataValue.In(d.lang)},
		numeric: []bool{false, false},
	}
	for _, f := range d.metadata {
		t.rows = append(t.rows, []string{f.label, f.value})
	}
	return t
}

// isNumeric reports whether column i is right-aligned.
func (t *flatTable) isNumeric(i int) bool { return i < len(t.numeric) && t.numeric[i] }

// escapedCell is a cell's text as a renderer prints it, with its display
// width.
type escapedCell struct {
	text  string
	width int
}

// escapedCells returns the header and rows of t (header first), each cell
// passed through escape, and the display width of each column, at least
// min.
func escapedCells(t flatTable, escape func(string) string, min int) ([][]escapedCell, []int) {
	out := make([][]escapedCell, 0, len(t.rows)+1)
	var widths []int
	add := func(row []string) {
		cells := make([]escapedCell, len(row))
		for i, s := range row {
			s = escape(s)
			cells[i] = escapedCell{s, displayWidth(s)}
			if i >= len(widths) {
				widths = append(widths, min)
			}
			widths[i] = max(widths[i], cells[i].width)
		}
		out = append(out, cells)
	}
	add(t.header)
	for _, r := range t.rows {
		add(r)
	}
	return out, widths
}

// appendRow appends one row of a table with the columns widths: each cell
// padded to its column's width (right-aligned in numeric columns) between
// "| " and " |".
func (t *flatTable) appendRow(b []byte, row []escapedCell, widths []int) []byte {
	b = append(b, '|')
	for i, w := range widths {
		c := escapedCell{}
		if i < len(row) {
			c = row[i]
		}
		b = append(b, ' ')
		b = appendPadded(b, c.text, c.width, w, t.isNumeric(i))
		b = append(b, " |"...)
	}
	return append(b, '\n')
}
