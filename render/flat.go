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

// columnWidths returns the display width of each column of rows, at least
// min.
func columnWidths(rows [][]string, min int) []int {
	var w []int
	for _, row := range rows {
		for i, s := range row {
			if i >= len(w) {
				w = append(w, min)
			}
			w[i] = max(w[i], displayWidth(s))
		}
	}
	return w
}
