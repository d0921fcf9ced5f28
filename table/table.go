// Package table declares the official table layouts of the annual report on
// government information disclosure (政府信息公开工作年度报告) as data: for
// each of tables 二, 三 and 四 of each format, where every header cell
// stands, how many rows and columns it spans, and which report cell each data
// cell shows.
//
// The label texts themselves are declared once, in package report (every
// enumerated value carries its official label and its English one, and the
// header-only labels are constants there). This package owns only the
// placement: positions, row spans and column spans. Renderers print a
// [Layout] filled from a report (a [Grid]); a reader of published tables can
// go the other way, through the same layout, and fill a report back with
// [Grid.Apply].
package table

import (
	"fmt"
	"slices"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// Kind says whether a cell is a label or holds a value.
type Kind uint8

const (
	// Header is a header or row-label cell: fixed text from the format.
	Header Kind = iota
	// Data is a cell that shows one report cell, named by its path.
	Data
)

// Cell is one cell of a layout: a header with its label, or a data cell
// bound to a report cell. Row and Col place its top-left corner in the
// layout's grid (counting from 0); RowSpan and ColSpan are at least 1.
type Cell struct {
	Kind    Kind // a header or a data cell
	Row     int  // the grid row of the top-left corner, from 0
	Col     int  // the grid column of the top-left corner, from 0
	RowSpan int  // the rows it spans, at least 1
	ColSpan int  // the columns it spans, at least 1
	// Label is the text of a header cell; empty for a data cell.
	Label lang.Text
	// Path names the report cell a data cell shows; empty for a header.
	Path report.Path
}

// Covers reports whether the cell covers grid position (row, col).
func (c Cell) Covers(row, col int) bool {
	return row >= c.Row && row < c.Row+c.RowSpan && col >= c.Col && col < c.Col+c.ColSpan
}

// Layout is one official table of one format: a grid of Rows × Cols
// positions, each covered by exactly one cell.
type Layout struct {
	// Section is the report section that prints the table:
	// report.SectionProactive (table 二), report.SectionRequests (table 三)
	// or report.SectionAppeals (table 四).
	Section report.SectionID
	// Format is the report format the layout belongs to.
	Format report.Format
	// Rows and Cols are the size of the grid.
	Rows int
	Cols int
	// Cells lists every cell in reading order: by row of its top-left
	// corner, then by column. This is the order of cells in an HTML table.
	Cells []Cell
	// Views are the same cells arranged as simple tables without merged
	// cells, for Markdown and plain text.
	Views []View

	// resolved holds, by index in Cells, the report cell each data cell
	// shows (the zero Cell for a header), found once for the declared
	// layouts so that filling a grid needs no lookup by path.
	resolved []report.Cell
}

// View is a table without merged cells: a title column and a row of
// column titles, with the titles of merged headers joined with "·"
// (法人或其他组织·商业企业). Table 二 has one view per band; tables 三 and 四
// have one each.
type View struct {
	// Title names the view: the band of table 二 (第二十条第（一）项), empty
	// otherwise.
	Title lang.Text
	// Note is a note printed with the table (the balance note of table 三),
	// if any.
	Note lang.Text
	// Corner is the title of the row-title column.
	Corner lang.Text
	// Columns are the titles of the value columns.
	Columns []lang.Text
	// Rows are the view's rows.
	Rows []ViewRow
}

// ViewRow is one row of a [View]: its title and, for each column of the
// view, the index in [Layout.Cells] of the data cell shown there, or -1
// where the row has no cell in that column.
type ViewRow struct {
	Title lang.Text // the row's title, merged labels joined with TitleSeparator
	Cells []int     // for each column, an index in Layout.Cells, or -1
}

// TitleSeparator joins the labels of merged headers into one title in a
// [View].
const TitleSeparator = "·"

// Lookup returns the layout of the table that section s prints in format f:
// report.SectionProactive, SectionRequests or SectionAppeals in
// report.Format2019 or report.Format2021. It reports false for any other
// section or format.
func Lookup(s report.SectionID, f report.Format) (*Layout, bool) {
	if !f.Valid() {
		return nil, false
	}
	for _, l := range layouts[f] {
		if l.Section == s {
			return l, true
		}
	}
	return nil, false
}

// Layouts returns the layouts of tables 二, 三 and 四 of format f in printed
// order, or nil for an unknown format. The layouts are shared: callers must
// not modify them.
func Layouts(f report.Format) []*Layout {
	if !f.Valid() {
		return nil
	}
	return layouts[f]
}

// LayoutsOf returns the layouts of tables 二, 三 and 四 as report r prints
// them: those of its format ([Layouts]), with table 三 printing
// （六）其他处理 as one row where r's table does
// (report.Table3.CombinedOtherHandling, deviation D18 of the format
// reference). It returns nil for a nil report.
func LayoutsOf(r *report.Report) []*Layout {
	if r == nil {
		return nil
	}
	ls := Layouts(r.Format)
	if ls == nil || !r.Table3.CombinedOtherHandling(r.Format) {
		return ls
	}
	out := slices.Clone(ls)
	for i, l := range out {
		if l.Section == report.SectionRequests {
			out[i] = combined
		}
	}
	return out
}

// combined is table 三 of Format2021 with （六）其他处理 as one row.
var combined = combinedTable3()

// DataCells returns the indexes in Cells of the data cells, in reading
// order.
func (l *Layout) DataCells() []int {
	var idx []int
	for i, c := range l.Cells {
		if c.Kind == Data {
			idx = append(idx, i)
		}
	}
	return idx
}

// Find returns the index in Cells of the data cell that shows path p.
func (l *Layout) Find(p report.Path) (int, bool) {
	for i, c := range l.Cells {
		if c.Kind == Data && c.Path == p {
			return i, true
		}
	}
	return -1, false
}

// Expand returns the grid with every merged cell spread over the positions
// it covers: Expand()[row][col] is the index in Cells of the cell that
// covers (row, col).
func (l *Layout) Expand() [][]int {
	g := make([][]int, l.Rows)
	for r := range g {
		g[r] = make([]int, l.Cols)
		for c := range g[r] {
			g[r][c] = -1
		}
	}
	for i, c := range l.Cells {
		for r := c.Row; r < c.Row+c.RowSpan && r < l.Rows; r++ {
			for col := c.Col; col < c.Col+c.ColSpan && col < l.Cols; col++ {
				g[r][col] = i
			}
		}
	}
	return g
}

// RowStarts returns, for each row of the grid, the indexes in Cells of the
// cells whose top-left corner is in that row: the cells of one HTML <tr>.
func (l *Layout) RowStarts() [][]int {
	rows := make([][]int, l.Rows)
	for i, c := range l.Cells {
		if c.Row >= 0 && c.Row < l.Rows {
			rows[c.Row] = append(rows[c.Row], i)
		}
	}
	return rows
}

// check verifies that the cells tile the grid exactly once each; the
// declarations below are tested through it.
func (l *Layout) check() error {
	seen := make([][]bool, l.Rows)
	for r := range seen {
		seen[r] = make([]bool, l.Cols)
	}
	for _, c := range l.Cells {
		if c.RowSpan < 1 || c.ColSpan < 1 || c.Row < 0 || c.Col < 0 || c.Row+c.RowSpan > l.Rows || c.Col+c.ColSpan > l.Cols {
			return fmt.Errorf("cell at (%d,%d) %dx%d lies outside the %dx%d grid", c.Row, c.Col, c.RowSpan, c.ColSpan, l.Rows, l.Cols)
		}
		for r := c.Row; r < c.Row+c.RowSpan; r++ {
			for col := c.Col; col < c.Col+c.ColSpan; col++ {
				if seen[r][col] {
					return fmt.Errorf("position (%d,%d) is covered twice", r, col)
				}
				seen[r][col] = true
			}
		}
	}
	for r := range seen {
		for c, ok := range seen[r] {
			if !ok {
				return fmt.Errorf("position (%d,%d) is not covered", r, c)
			}
		}
	}
	return nil
}

// layouts holds the declared layouts by format, built once.
var layouts = func() [3][]*Layout {
	var all [3][]*Layout
	for _, f := range report.Formats() {
		all[f] = []*Layout{table2(f), table3(f), table4(f)}
	}
	return all
}()

// builder collects the cells of a layout.
type builder struct {
	l *Layout
}

func newBuilder(s report.SectionID, f report.Format, cols int) *builder {
	return &builder{l: &Layout{Section: s, Format: f, Cols: cols}}
}

// header adds a header cell.
func (b *builder) header(row, col, rowSpan, colSpan int, label lang.Text) {
	b.l.Cells = append(b.l.Cells, Cell{Kind: Header, Row: row, Col: col, RowSpan: rowSpan, ColSpan: colSpan, Label: label})
}

// data adds a data cell and returns its index.
func (b *builder) data(row, col, colSpan int, p report.Path) int {
	b.l.Cells = append(b.l.Cells, Cell{Kind: Data, Row: row, Col: col, RowSpan: 1, ColSpan: colSpan, Path: p})
	return len(b.l.Cells) - 1
}

// done sorts the cells into reading order and sets the grid's height.
func (b *builder) done(rows int) *Layout {
	b.l.Rows = rows
	// Cells are added in reading order but for the row spans, which are
	// declared with their first row; a stable sort keeps the rest in place.
	// View rows hold indexes, so remap them.
	order := make([]int, len(b.l.Cells))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, c int) int {
		ca, cc := b.l.Cells[a], b.l.Cells[c]
		if ca.Row != cc.Row {
			return ca.Row - cc.Row
		}
		return ca.Col - cc.Col
	})
	newIndex := make([]int, len(order))
	cells := make([]Cell, len(order))
	for n, old := range order {
		cells[n] = b.l.Cells[old]
		newIndex[old] = n
	}
	b.l.Cells = cells
	b.l.resolve()
	for v := range b.l.Views {
		for r := range b.l.Views[v].Rows {
			for k, i := range b.l.Views[v].Rows[r].Cells {
				if i >= 0 {
					b.l.Views[v].Rows[r].Cells[k] = newIndex[i]
				}
			}
		}
	}
	return b.l
}

// resolve finds the report cell of each data cell, as a report of the
// layout's format has it.
func (l *Layout) resolve() {
	r := &report.Report{Format: l.Format}
	l.resolved = make([]report.Cell, len(l.Cells))
	for i, c := range l.Cells {
		if c.Kind == Data {
			l.resolved[i], _ = r.Cell(c.Path)
		}
	}
}

// join joins the labels of nested headers into one view title.
func join(parts ...lang.Text) lang.Text {
	var t lang.Text
	for i, p := range parts {
		if i > 0 {
			t.Zh += TitleSeparator
			t.En += TitleSeparator
		}
		t.Zh += p.Zh
		t.En += p.En
	}
	return t
}
