package compare

import (
	"errors"
	"fmt"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/shopspring/decimal"
)

// RelativePlaces is the number of decimal places a relative change is
// rounded to (half away from zero), as a fraction: 0.1538 is 15.38%.
const RelativePlaces = 4

// ErrNoReport is returned (wrapped) when a report to compare, or a table
// to write, is nil.
var ErrNoReport = errors.New("no report")

// ErrFormat is returned (wrapped) when a report to compare is in no known
// format.
var ErrFormat = errors.New("report in no known format")

// Status says how a cell changed from one report to the next.
type Status uint8

const (
	// Same: both are numbers, and equal.
	Same Status = iota
	// Up: both are numbers, and the later one is larger.
	Up
	// Down: both are numbers, and the later one is smaller.
	Down
	// NotComparable: one side or both is not a number (see [Reason]).
	NotComparable
)

// named is the name of an enumerated value in JSON and CSV, and its label
// in both languages.
type named struct {
	key string
	txt lang.Text
}

// namedAt returns names[i], or the zero named when i is out of range.
func namedAt(names []named, i int) named {
	if i < 0 || i >= len(names) {
		return named{}
	}
	return names[i]
}

var statusInfo = [...]named{
	Same:          {"same", lang.Text{Zh: "持平", En: "same"}},
	Up:            {"up", lang.Text{Zh: "增加", En: "up"}},
	Down:          {"down", lang.Text{Zh: "减少", En: "down"}},
	NotComparable: {"not_comparable", lang.Text{Zh: "不可比", En: "not comparable"}},
}

// Key returns the status's name in JSON and CSV: "same", "up", "down" or
// "not_comparable".
func (s Status) Key() string { return namedAt(statusInfo[:], int(s)).key }

// Label returns the status in language l.
func (s Status) Label(l lang.Lang) string { return namedAt(statusInfo[:], int(s)).txt.In(l) }

// Reason says why a comparison is not comparable.
type Reason uint8

const (
	// ReasonNone: the comparison is comparable.
	ReasonNone Reason = iota
	// ReasonBlank: a cell on one side or both is blank (not reported).
	ReasonBlank
	// ReasonNotApplicable: a cell on one side or both is "/", and none is
	// blank.
	ReasonNotApplicable
	// ReasonUnit: two amounts of which only one names its unit (the 2019
	// 采购总金额 printed none), so that they cannot be set on one scale.
	ReasonUnit
	// ReasonNotComputable: a derived figure on one side or both could not be
	// computed (see [FigureValue]).
	ReasonNotComputable
)

var reasonInfo = [...]named{
	ReasonNone:          {"", lang.Text{}},
	ReasonBlank:         {"blank", lang.Text{Zh: "空白", En: "blank"}},
	ReasonNotApplicable: {"not_applicable", lang.Text{Zh: "不适用（/）", En: "not applicable (/)"}},
	ReasonUnit:          {"unit", lang.Text{Zh: "单位不明", En: "unit unknown"}},
	ReasonNotComputable: {"not_computable", lang.Text{Zh: "无法计算", En: "not computable"}},
}

// Key returns the reason's name in JSON and CSV, "" for ReasonNone.
func (r Reason) Key() string { return namedAt(reasonInfo[:], int(r)).key }

// Label returns the reason in language l.
func (r Reason) Label(l lang.Lang) string { return namedAt(reasonInfo[:], int(r)).txt.In(l) }

// Column describes one report of a comparison.
type Column struct {
	// Body is the reporting body as printed (Metadata.ReportingBody).
	Body string
	// Year is the year the report covers.
	Year int
	// Format is the report's format.
	Format report.Format
	// Aggregate is true for a 本级政府 report.
	Aggregate bool
}

func columnOf(r *report.Report) Column {
	return Column{Body: r.Metadata.ReportingBody, Year: r.Metadata.Year, Format: r.Format, Aggregate: r.Metadata.Aggregate}
}

// Line is one cell compared: its value in both reports, and the change.
type Line struct {
	// Cell is the cell compared, as Format declares it.
	Cell report.Cell
	// Format is the format whose labels name the line: the later report's,
	// or the earlier one's for a cell only the earlier format has.
	Format report.Format
	// PrevParts and CurParts name the cells summed for a side whose value is
	// a sum: the three 2021 rows under （六）其他处理 set against the 2019
	// row. They are nil for a side that is the cell itself.
	PrevParts, CurParts []report.Path
	// Prev and Cur are the values in the earlier and the later report.
	Prev, Cur report.Value
	// Status says how the cell changed.
	Status Status
	// Reason says why the line is NotComparable; ReasonNone otherwise.
	Reason Reason
	// Change is Cur − Prev, exact (an amount at the larger of the two
	// scales; in Cur's unit when the two amounts name different units, the
	// earlier one converted exactly). It is zero for a line that is
	// NotComparable.
	Change decimal.Decimal
	// Relative is Change ÷ |Prev| rounded to RelativePlaces places, when
	// HasRelative: not for a line that is NotComparable or whose Prev is 0.
	Relative    decimal.Decimal
	HasRelative bool
}

// Label returns the line's full label in language l: the official labels
// of Format in Chinese, the glossary's in English.
func (ln *Line) Label(l lang.Lang) string { return cellLabel(&ln.Cell, ln.Format, l) }

// cellLabel is the one way this package names a cell.
func cellLabel(c *report.Cell, f report.Format, l lang.Lang) string {
	if l == lang.English {
		return c.English()
	}
	return c.Label(f)
}

// Unmatched is a cell of one report that has no counterpart in the other's
// format.
type Unmatched struct {
	// Cell is the cell, as Format declares it.
	Cell report.Cell
	// Format is the format of the report that has the cell.
	Format report.Format
	// Value is the cell's value.
	Value report.Value
}

// Label returns the cell's full label in language l.
func (u *Unmatched) Label(l lang.Lang) string { return cellLabel(&u.Cell, u.Format, l) }

// Comparison is the comparison of two reports: every cell they share, the cells
// one has and the other has not, and the derived figures.
type Comparison struct {
	// Prev and Cur describe the earlier and the later report.
	Prev, Cur Column
	// Lines holds the cells compared, in the printed order of the later
	// report's format (a cell only the earlier format has is not here but
	// in OnlyPrev).
	Lines []Line
	// OnlyPrev lists the earlier report's cells that have no counterpart in
	// the later report's format; OnlyCur the later report's. Both are empty
	// for two reports of one format.
	OnlyPrev, OnlyCur []Unmatched
	// Figures holds each derived figure in both reports, in the order of
	// [Figures].
	Figures []FigureChange
}

// Diff compares two reports cell by cell: prev is the earlier one (last
// year's, say) and cur the later. The reports may be of different formats
// (see the package documentation for what is mapped). It fails only for a
// nil report or one of no known format.
func Diff(prev, cur *report.Report) (*Comparison, error) {
	if err := check("earlier", prev); err != nil {
		return nil, err
	}
	if err := check("later", cur); err != nil {
		return nil, err
	}
	d := &Comparison{Prev: columnOf(prev), Cur: columnOf(cur)}
	pf, cf := prev.Format, cur.Format
	used := make(map[report.Path]bool)
	for _, c := range report.CellsOf(cf) {
		if _, ok := report.LookupCell(pf, c.Path); ok {
			pv, _ := prev.Lookup(c.Path)
			cv, _ := cur.Lookup(c.Path)
			d.Lines = append(d.Lines, compareValues(Line{Cell: c, Format: cf, Prev: pv, Cur: cv}))
			used[c.Path] = true
			continue
		}
		if m, ok := otherHandlingSum(c, pf, cf); ok {
			ln := Line{Cell: m.cell, Format: m.format}
			ln.Prev, ln.PrevParts = valueOrSum(prev, m.prevParts)
			ln.Cur, ln.CurParts = valueOrSum(cur, m.curParts)
			for _, p := range append(append([]report.Path(nil), m.prevParts...), m.curParts...) {
				used[p] = true
			}
			d.Lines = append(d.Lines, compareValues(ln))
			continue
		}
		if !used[c.Path] && !isOtherHandlingPart(c, pf) {
			v, _ := cur.Lookup(c.Path)
			d.OnlyCur = append(d.OnlyCur, Unmatched{Cell: c, Format: cf, Value: v})
		}
	}
	for _, c := range report.CellsOf(pf) {
		if used[c.Path] || isOtherHandlingPart(c, cf) {
			continue
		}
		if _, ok := report.LookupCell(cf, c.Path); ok {
			continue
		}
		v, _ := prev.Lookup(c.Path)
		d.OnlyPrev = append(d.OnlyPrev, Unmatched{Cell: c, Format: pf, Value: v})
	}
	pfig, cfig := Compute(prev), Compute(cur)
	for i := range pfig {
		d.Figures = append(d.Figures, compareFigures(pfig[i], cfig[i]))
	}
	return d, nil
}

func check(which string, r *report.Report) error {
	if r == nil {
		return fmt.Errorf("compare: %s report: %w", which, ErrNoReport)
	}
	if !r.Format.Valid() {
		return fmt.Errorf("compare: %s report (%s, %d): %w", which, r.Metadata.ReportingBody, r.Metadata.Year, ErrFormat)
	}
	return nil
}

// otherHandlingRows are the three 2021 rows under （六）其他处理 that the 2019
// row report.RowOtherHandling is set against.
var otherHandlingRows = report.OtherHandling.Rows(report.Format2021)

// mapping is the one mapping of cells across formats beyond shared paths.
type mapping struct {
	cell                report.Cell
	format              report.Format
	prevParts, curParts []report.Path
}

// otherHandlingSum returns the mapping of the 2019 （六）其他处理 cell of an
// applicant column onto the sum of the three 2021 cells, when c is the first
// cell of that mapping met in the later format cf and the earlier format pf
// is the other format.
func otherHandlingSum(c report.Cell, pf, cf report.Format) (mapping, bool) {
	if c.Table != 3 || pf == cf {
		return mapping{}, false
	}
	var r2019 []report.Path
	var r2021 []report.Path
	a := c.Applicant
	r2019 = []report.Path{report.Table3Path(report.RowOtherHandling, a)}
	for _, r := range otherHandlingRows {
		r2021 = append(r2021, report.Table3Path(r, a))
	}
	switch {
	case cf == report.Format2021 && c.Table3Row == otherHandlingRows[0]:
		cell, _ := report.LookupCell(report.Format2019, r2019[0])
		return mapping{cell: cell, format: report.Format2019, prevParts: r2019, curParts: r2021}, true
	case cf == report.Format2019 && c.Table3Row == report.RowOtherHandling:
		return mapping{cell: c, format: cf, prevParts: r2021, curParts: r2019}, true
	}
	return mapping{}, false
}

// isOtherHandlingPart reports whether c is one of the three 2021 rows under
// （六）其他处理 and the other format is 2019, so that the sum maps it.
func isOtherHandlingPart(c report.Cell, other report.Format) bool {
	if c.Table != 3 || other != report.Format2019 {
		return false
	}
	for _, r := range otherHandlingRows {
		if c.Table3Row == r {
			return true
		}
	}
	return false
}

// valueOrSum returns the value of the one cell of parts, or the sum of
// several with the parts named. A sum is a number only when every part is
// one; otherwise it is blank when a part is blank, else "/".
func valueOrSum(r *report.Report, parts []report.Path) (report.Value, []report.Path) {
	if len(parts) == 1 {
		v, _ := r.Lookup(parts[0])
		return v, nil
	}
	return sumOf(r, parts), parts
}

func sumOf(r *report.Report, parts []report.Path) report.Value {
	var sum int64
	state := report.Count(0)
	for _, p := range parts {
		v, err := r.Lookup(p)
		if err != nil {
			return report.Value{Count: report.Blank}
		}
		switch n, ok := v.Count.Number(); {
		case ok:
			sum += n
		case v.Count.IsBlank():
			state = report.Blank
		case state != report.Blank:
			state = report.NotApplicable
		}
	}
	if state != 0 {
		return report.Value{Count: state}
	}
	return report.Value{Count: report.Count(sum)}
}

// number returns the value as a decimal, or why it is none.
func number(v report.Value) (decimal.Decimal, Reason) {
	switch {
	case v.IsBlank():
		return decimal.Zero, ReasonBlank
	case v.IsNotApplicable():
		return decimal.Zero, ReasonNotApplicable
	case v.Kind == report.KindAmount:
		d, _ := v.Amount.Decimal()
		return d, ReasonNone
	}
	n, _ := v.Count.Number()
	return decimal.NewFromInt(n), ReasonNone
}

// compareValues fills in the status, change and relative change of a line.
func compareValues(ln Line) Line {
	p, pr := number(ln.Prev)
	c, cr := number(ln.Cur)
	switch {
	case pr == ReasonBlank || cr == ReasonBlank:
		ln.Status, ln.Reason = NotComparable, ReasonBlank
		return ln
	case pr != ReasonNone || cr != ReasonNone:
		ln.Status, ln.Reason = NotComparable, ReasonNotApplicable
		return ln
	}
	if ln.Prev.Kind == report.KindAmount && ln.Prev.Unit != ln.Cur.Unit {
		if ln.Prev.Unit == report.UnitNone || ln.Cur.Unit == report.UnitNone {
			ln.Status, ln.Reason = NotComparable, ReasonUnit
			return ln
		}
		// Both units are known: set the earlier amount in the later unit.
		if ln.Cur.Unit == report.UnitYuan {
			p = p.Shift(4)
		} else {
			p = p.Shift(-4)
		}
	}
	ln.Change = c.Sub(p)
	ln.Status = statusOf(ln.Change)
	if !p.IsZero() {
		ln.Relative = ln.Change.DivRound(p.Abs(), RelativePlaces)
		ln.HasRelative = true
	}
	return ln
}

func statusOf(change decimal.Decimal) Status {
	switch change.Sign() {
	case 1:
		return Up
	case -1:
		return Down
	}
	return Same
}
