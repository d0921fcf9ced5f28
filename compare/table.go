package compare

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// Table is many reports side by side, one column each: the bodies of one
// year, or one body over the years.
type Table struct {
	// Columns describes the reports, in the order given to [Over].
	Columns []Column
	// Rows holds one row for each cell of the reports' formats, in printed
	// order (the cells of both formats together when the columns mix them).
	Rows []TableRow
	// Figures holds one row for each derived figure, in the order of
	// [Figures].
	Figures []FigureRow
}

// TableRow is one cell across the reports of a table.
type TableRow struct {
	// Cell is the cell, as Format declares it.
	Cell report.Cell
	// Format is the format whose labels name the row: the newest format
	// among the columns that has the cell.
	Format report.Format
	// Entries holds the cell of each column.
	Entries []Entry
}

// Label returns the row's full label in language l.
func (r *TableRow) Label(l lang.Lang) string { return cellLabel(&r.Cell, r.Format, l) }

// Entry is one cell of one report in a table.
type Entry struct {
	// Value is the cell's value (blank when Absent).
	Value report.Value
	// Absent is true when the report's format has no such cell and nothing
	// maps onto it.
	Absent bool
	// Parts names the cells summed when the value is a sum: the three 2021
	// rows under （六）其他处理 in the row of the 2019 row, in a table that
	// mixes the formats. Nil otherwise.
	Parts []report.Path
}

// FigureRow is one derived figure across the reports of a table.
type FigureRow struct {
	// Figure is the figure.
	Figure Figure
	// Values holds the figure of each column.
	Values []FigureValue
}

// Over sets reports side by side, one column each in the order given. It
// fails only for a nil report or one of no known format. In a table that
// mixes the formats, a cell one format lacks is Absent in that format's
// columns, but for （六）其他处理: the 2019 row is filled in a 2021
// report's column with the sum of its three rows, as [Diff] maps them.
func Over(reports []*report.Report) (*Table, error) {
	t := &Table{}
	var has [3]bool
	for i, r := range reports {
		if err := check("table column "+strconv.Itoa(i+1), r); err != nil {
			return nil, err
		}
		t.Columns = append(t.Columns, columnOf(r))
		has[r.Format] = true
	}
	mixed := has[report.Format2019] && has[report.Format2021]
	for _, c := range tableCells(has) {
		row := TableRow{Cell: c, Format: report.Format2019, Entries: make([]Entry, len(reports))}
		if c.In(report.Format2021) && has[report.Format2021] {
			row.Format = report.Format2021
		}
		for i, r := range reports {
			e := &row.Entries[i]
			switch {
			case c.In(r.Format):
				e.Value, _ = r.Lookup(c.Path)
			case mixed && c.Table == 3 && c.Table3Row == report.RowOtherHandling:
				var parts []report.Path
				for _, oh := range otherHandlingRows {
					parts = append(parts, report.Table3Path(oh, c.Applicant))
				}
				e.Value, e.Parts = sumOf(r, parts), parts
			default:
				e.Absent = true
				e.Value = report.Value{Kind: c.Kind, Count: report.Blank, Amount: report.BlankAmount}
			}
		}
		t.Rows = append(t.Rows, row)
	}
	figs := make([][]FigureValue, len(reports))
	for i, r := range reports {
		figs[i] = Compute(r)
	}
	for _, f := range Figures() {
		fr := FigureRow{Figure: f, Values: make([]FigureValue, len(reports))}
		for i := range reports {
			fr.Values[i] = figs[i][f]
		}
		t.Figures = append(t.Figures, fr)
	}
	return t, nil
}

// tableCells lists the cells of the formats present, in printed order: the
// one format's own order, or the two merged by table, row and column in the
// order package report declares them (rows in printed order; the count
// columns in printed order, then the amount columns).
func tableCells(has [3]bool) []report.Cell {
	switch {
	case has[report.Format2019] && !has[report.Format2021]:
		return report.CellsOf(report.Format2019)
	case !has[report.Format2019]:
		return report.CellsOf(report.Format2021)
	}
	seen := make(map[report.Path]bool)
	var cells []report.Cell
	for _, f := range report.Formats() {
		for _, c := range report.CellsOf(f) {
			if !seen[c.Path] {
				seen[c.Path] = true
				cells = append(cells, c)
			}
		}
	}
	order := func(c report.Cell) [3]int {
		switch c.Table {
		case 2:
			return [3]int{2, int(c.Table2Row), int(c.Table2Column)}
		case 3:
			return [3]int{3, int(c.Table3Row), int(c.Applicant)}
		case 4:
			return [3]int{4, int(c.Proceeding), int(c.Table4Column)}
		}
		if c.Path == report.PathFeeCollected {
			return [3]int{6, 1, 0}
		}
		return [3]int{6, 0, 0}
	}
	slices.SortStableFunc(cells, func(a, b report.Cell) int {
		oa, ob := order(a), order(b)
		for i := range oa {
			if d := cmp.Compare(oa[i], ob[i]); d != 0 {
				return d
			}
		}
		return 0
	})
	return cells
}

// Group sorts reports into the sets a table compares: the reports of one
// body, as the batch chains tell them (one [report.Series]), each set
// sorted by year (reports of one year keep their order). Sets come in the
// order of their first report; nil reports are left out, and reports with
// no body name make a set each.
func Group(reports []*report.Report) [][]*report.Report {
	index := make(map[report.Series]int)
	var groups [][]*report.Report
	for _, r := range reports {
		if r == nil {
			continue
		}
		k := report.SeriesOf(r)
		i, ok := index[k]
		if !ok || k.Body == "" {
			i = len(groups)
			groups = append(groups, nil)
			if k.Body != "" {
				index[k] = i
			}
		}
		groups[i] = append(groups[i], r)
	}
	for _, g := range groups {
		slices.SortStableFunc(g, func(a, b *report.Report) int { return cmp.Compare(a.Metadata.Year, b.Metadata.Year) })
	}
	return groups
}
