package table

import (
	"errors"
	"fmt"
	"slices"

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

// ErrNilReport is returned by the fill functions given no report.
var ErrNilReport = errors.New("table: no report (nil)")

// Fill returns the grids of tables 二, 三 and 四 of r, in printed order, in
// the layouts r prints them in ([LayoutsOf]).
func Fill(r *report.Report) ([]*Grid, error) {
	grids, err := Refill(nil, r)
	if err != nil {
		return nil, err
	}
	out := make([]*Grid, len(grids))
	for i := range grids {
		out[i] = &grids[i]
	}
	return out, nil
}

// Refill is [Fill] into the storage of grids, for a caller that fills
// many reports one after the other: it returns the grids of r, reusing
// the grids and the values that grids holds (up to its capacity) and
// making new ones where it has no room.
func Refill(grids []Grid, r *report.Report) ([]Grid, error) {
	if r == nil {
		return nil, ErrNilReport
	}
	ls := LayoutsOf(r)
	if ls == nil {
		return nil, fmt.Errorf("%w %q", ErrFormat, r.Format.String())
	}
	grids = slices.Grow(grids[:0], len(ls))[:len(ls)]
	for i, l := range ls {
		grids[i].Layout = l
		if err := grids[i].fill(r); err != nil {
			return nil, err
		}
	}
	return grids, nil
}

// FillLayout returns layout l filled with the values of r. The report must
// be of the layout's format.
func FillLayout(l *Layout, r *report.Report) (*Grid, error) {
	if r == nil || l == nil {
		return nil, ErrNilReport
	}
	g := &Grid{Layout: l}
	if err := g.fill(r); err != nil {
		return nil, err
	}
	return g, nil
}

// fill fills the grid's layout with the values of r, reusing g.Values.
func (g *Grid) fill(r *report.Report) error {
	l := g.Layout
	if r.Format != l.Format {
		return fmt.Errorf("table: report of format %s in a layout of format %s", r.Format, l.Format)
	}
	g.Values = slices.Grow(g.Values[:0], len(l.Cells))[:len(l.Cells)]
	clear(g.Values)
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
			return err
		}
		g.Values[i] = v
	}
	return nil
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
