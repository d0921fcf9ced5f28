package render

import (
	"slices"
	"sync"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/table"
)

// flatTable is a table without merged cells, as Markdown and plain text
// print it: the metadata, or the findings of the appendix. (The official
// tables are printed through their prepared views: see [flatView].)
type flatTable struct {
	header  []string
	rows    [][]string
	numeric []bool // by column: right-aligned
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

// escapedCell is a cell's text as a renderer prints it, with its display
// width.
type escapedCell struct {
	text  string
	width int
}

// escapedTable is a table ready to print: every cell escaped and measured,
// the header row first, with the display width of each column.
type escapedTable struct {
	rows    [][]escapedCell
	widths  []int
	numeric []bool // by column: right-aligned
}

// isNumeric reports whether column i is right-aligned.
func (t *escapedTable) isNumeric(i int) bool { return i < len(t.numeric) && t.numeric[i] }

// escapedCells returns the header and rows of t (header first), each cell
// passed through escape, with the display width of each column, at least
// min.
func escapedCells(t flatTable, escape func(string) string, min int) escapedTable {
	out := escapedTable{rows: make([][]escapedCell, 0, len(t.rows)+1), numeric: t.numeric}
	add := func(row []string) {
		cells := make([]escapedCell, len(row))
		for i, s := range row {
			s = escape(s)
			cells[i] = escapedCell{s, displayWidth(s)}
			if i >= len(out.widths) {
				out.widths = append(out.widths, min)
			}
			out.widths[i] = max(out.widths[i], cells[i].width)
		}
		out.rows = append(out.rows, cells)
	}
	add(t.header)
	for _, r := range t.rows {
		add(r)
	}
	return out
}

// appendRow appends one row of a table with the columns widths: each cell
// padded to its column's width (right-aligned in numeric columns) between
// "| " and " |".
func (t *escapedTable) appendRow(b []byte, row []escapedCell) []byte {
	b = append(b, '|')
	for i, w := range t.widths {
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

// flatStyle is how Markdown or plain text prints the cells of a table.
type flatStyle struct {
	// escape returns a cell's text as printed.
	escape func(string) string
	// min is the least width of a column.
	min int
	// intro returns what is printed before a view's table: its caption and
	// its note.
	intro func(caption, note string) string
	// plain reports whether the byte c of a cell's ASCII text is printed
	// as it is, one column wide, whatever surrounds it.
	plain func(c byte) bool
}

// flatView is a view of a layout (see [table.View]) prepared once for one
// style and language: what comes before the table, and its column titles
// and row titles escaped and measured. Only the values are left to escape
// and measure when a report is printed.
type flatView struct {
	intro   string
	header  []escapedCell
	titles  []escapedCell // by row
	cells   [][]int       // by row, the index in the layout's cells of each value column, or -1
	widths  []int         // by column, the widest of the fixed cells, at least the style's min
	numeric []bool        // by column: right-aligned
}

// newFlatViews prepares the views of layout lay in style st and language l.
func newFlatViews(lay *table.Layout, st *flatStyle, l lang.Lang) []flatView {
	out := make([]flatView, 0, len(lay.Views))
	for _, v := range lay.Views {
		fv := flatView{intro: st.intro(v.Title.In(l), v.Note.In(l))}
		measure := func(col int, s string) escapedCell {
			s = st.escape(s)
			c := escapedCell{s, displayWidth(s)}
			for col >= len(fv.widths) {
				fv.widths = append(fv.widths, st.min)
			}
			fv.widths[col] = max(fv.widths[col], c.width)
			return c
		}
		fv.header = append(fv.header, measure(0, v.Corner.In(l)))
		fv.numeric = append(fv.numeric, false)
		for i, c := range v.Columns {
			fv.header = append(fv.header, measure(i+1, c.In(l)))
			fv.numeric = append(fv.numeric, true)
		}
		for _, r := range v.Rows {
			fv.titles = append(fv.titles, measure(0, r.Title.In(l)))
			fv.cells = append(fv.cells, r.Cells)
			for i := range r.Cells {
				measure(i+1, "") // a column as wide as the style's least
			}
		}
		out = append(out, fv)
	}
	return out
}

// The styles of Markdown and plain text, by index in flatViewsOf.
const (
	styleMarkdown = iota
	styleText
	numStyles
)

// flatStyles returns the styles of Markdown and plain text.
func flatStyles() [numStyles]*flatStyle {
	return [numStyles]*flatStyle{&markdownStyle, &textStyle}
}

// flatViewsByLayout holds the views of the layouts printed so far, in each
// style and language, each made once on first use. Grids come from
// table.Fill, so it holds at most the few layouts of package table.
var flatViewsByLayout sync.Map // *table.Layout → *[numStyles][2][]flatView

// flatViewsOf returns the views of layout lay in style and language l.
func flatViewsOf(lay *table.Layout, style int, l lang.Lang) []flatView {
	if l != lang.Chinese && l != lang.English {
		return newFlatViews(lay, flatStyles()[style], l)
	}
	if vs, ok := flatViewsByLayout.Load(lay); ok {
		return vs.(*[numStyles][2][]flatView)[style][l]
	}
	var vs [numStyles][2][]flatView
	for i, st := range flatStyles() {
		for _, l := range []lang.Lang{lang.Chinese, lang.English} {
			vs[i][l] = newFlatViews(lay, st, l)
		}
	}
	v, _ := flatViewsByLayout.LoadOrStore(lay, &vs)
	return v.(*[numStyles][2][]flatView)[style][l]
}

// flatGrid prints the views of filled tables: it escapes and measures the
// values of a grid once, and keeps its buffers from one table to the next.
type flatGrid struct {
	style  *flatStyle
	values []escapedCell // by index in the layout's cells
	text   []byte
	ends   []int
	cells  []escapedCell
	t      escapedTable
}

// setValues escapes and measures the values of g's data cells in language
// l: a value of plain ASCII (a count) as it is, any other through the
// style's escape.
func (fg *flatGrid) setValues(g *table.Grid, l lang.Lang) {
	fg.text = fg.text[:0]
	fg.ends = fg.ends[:0]
	for i, c := range g.Layout.Cells {
		if c.Kind == table.Data {
			fg.text = appendCellText(fg.text, g, i, l)
		}
		fg.ends = append(fg.ends, len(fg.text))
	}
	all := string(fg.text)
	fg.values = slices.Grow(fg.values[:0], len(fg.ends))[:len(fg.ends)]
	start := 0
	for i, end := range fg.ends {
		s := all[start:end]
		start = end
		plain := true
		for j := 0; j < len(s) && plain; j++ {
			plain = fg.style.plain(s[j])
		}
		if plain {
			fg.values[i] = escapedCell{s, len(s)}
			continue
		}
		s = fg.style.escape(s)
		fg.values[i] = escapedCell{s, displayWidth(s)}
	}
}

// table returns view v of the grid whose values were set last, ready to
// print. It is valid until the next call.
func (fg *flatGrid) table(v *flatView) *escapedTable {
	t := &fg.t
	t.numeric = v.numeric
	t.widths = append(t.widths[:0], v.widths...)
	n := len(v.header)
	for _, r := range v.cells {
		n += 1 + len(r)
	}
	fg.cells = slices.Grow(fg.cells[:0], n)
	t.rows = append(t.rows[:0], v.header)
	for k, r := range v.cells {
		start := len(fg.cells)
		fg.cells = append(fg.cells, v.titles[k])
		for col, i := range r {
			c := escapedCell{}
			if i >= 0 && i < len(fg.values) {
				c = fg.values[i]
			}
			fg.cells = append(fg.cells, c)
			t.widths[col+1] = max(t.widths[col+1], c.width)
		}
		t.rows = append(t.rows, fg.cells[start:len(fg.cells):len(fg.cells)])
	}
	return t
}
