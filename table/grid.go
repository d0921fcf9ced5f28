package table

import (
	"errors"
	"fmt"

	"github.com/opengov-cn/xxgk/report"
)

// Grid is a layout filled with the values of one report: what every
// renderer prints, and what a reader of a published table fills before
// writing it into a report with [Grid.Apply].
type Grid struct {
	// Layout is the table's layout.
	Layout *Layout
	// Values holds the value of each cell of Layout.Cells, by index; header
	// cells hold the zero Value.
	Values []report.Value
}

// ErrFormat is returned when a report's format has no layouts.
var ErrFormat = errors.New("table: unknown report format")

// Fill returns the grids of tables 二, 三 and 四 of r, in printed order, in
// the layouts r prints them in ([LayoutsOf]).
func Fill(r *report.Report) ([]*Grid, error) {
	ls := LayoutsOf(r)
	if ls == nil {
		return nil, fmt.Errorf("%w %q", ErrFormat, r.Format.String())
	}
	grids := make([]*Grid, len(ls))
	for i, l := range ls {
		g, err := FillLayout(l, r)
		if err != nil {
			return nil, err
		}
		grids[i] = g
	}
	return grids, nil
}

// FillLayout returns layout l filled with the values of r. The report must
// be of the layout's format.
func FillLayout(l *Layout, r *report.Report) (*Grid, error) {
	if r.Format != l.Format {
		return nil, fmt.Errorf("table: report of format %s in a layout of format %s", r.Format, l.Format)
	}
	g := &Grid{Layout: l, Values: make([]report.Value, len(l.Cells))}
	for i, c := range l.Cells {
		if c.Kind != Data {
			continue
		}
		if i < len(l.resolved) && l.resolved[i].Path != "" && l.resolved[i].Path == c.Path {
			g.Values[i] = l.resolved[i].Value(r)
			continue
		}
		v, err := r.Lookup(c.Path)
		if err != nil {
			return nil, err
		}
		g.Values[i] = v
	}
	return g, nil
}

// NewGrid returns an empty grid of layout l: every data cell blank, of the
// kind its report cell holds.
func NewGrid(l *Layout) *Grid {
	g := &Grid{Layout: l, Values: make([]report.Value, len(l.Cells))}
	for i, c := range l.Cells {
		if c.Kind != Data {
			continue
		}
		rc, _ := report.LookupCell(l.Format, c.Path)
		v := report.Value{Kind: rc.Kind, Unit: rc.Unit, Count: report.Blank, Amount: report.BlankAmount}
		g.Values[i] = v
	}
	return g
}

// Apply writes the values of the grid's data cells into r, which must be of
// the layout's format.
func (g *Grid) Apply(r *report.Report) error {
	for i, c := range g.Layout.Cells {
		if c.Kind != Data || i >= len(g.Values) {
			continue
		}
		if err := r.Set(c.Path, g.Values[i]); err != nil {
			return err
		}
	}
	return nil
}
