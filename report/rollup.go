package report

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
)

// Errors that [RollUp] wraps.
var (
	// ErrNoReports is a roll-up of no reports.
	ErrNoReports = errors.New("no reports to roll up")
	// ErrMixedFormats is a roll-up of reports in different formats.
	ErrMixedFormats = errors.New("reports in different formats")
	// ErrMixedYears is a roll-up of reports on different years.
	ErrMixedYears = errors.New("reports on different years")
	// ErrUnknownUnit is a roll-up of amounts that cannot be added because a
	// nonzero amount was printed without a unit (the 2019 format's
	// 采购总金额).
	ErrUnknownUnit = errors.New("amount printed without a unit cannot be added to another")
)

// RollUp sums the reports of several bodies into one aggregate report, as a
// 本级政府 report sums the bodies under a government. The parts must share
// one format and one year. The result has that format and year,
// Metadata.Aggregate set, the statistical period of the parts where they all
// agree, and every cell of the format summed across the parts; the caller
// fills in the reporting body, the dates and the narrative sections.
//
// Each cell is summed on its own, totals included, so parts whose totals add
// up give a roll-up whose totals add up. A part that leaves a total blank
// while the cells it totals hold numbers (some reports leave the 总计 of
// their outcome rows empty) adds nothing to that total, and the roll-up's
// total then falls short of its parts: call FillTotals on such a part first
// when its blank totals mean "not written" rather than "not known". For
// each cell:
//
//   - the numbers among the parts are added; blank and "/" parts count as
//     nothing (a blank part and a part holding 3 give 3, and so do "/" and 3);
//   - where no part holds a number, the cell is "/" if any part is "/", and
//     blank only where every part is blank;
//   - amounts are added as exact decimals at the largest printed scale
//     among them ("0.5" and "0.008" give "0.508").
//
// The 2019 format's 采购总金额 carries the unit each body printed. Amounts
// in one unit are added in that unit. Amounts in 元 and in 万元 are
// normalised: the 万元 are converted to 元, exactly, and the roll-up is in
// 元. A nonzero amount printed without a unit is refused (wrapping
// [ErrUnknownUnit]) unless it is the only nonzero amount of the cell: its
// unit is unknown, so no sum with it would mean anything. A zero needs no
// unit.
//
// The error names the part (its index and reporting body) and the cell.
func RollUp(parts []*Report) (*Report, error) {
	if len(parts) == 0 {
		return nil, fmt.Errorf("roll-up: %w", ErrNoReports)
	}
	for i, p := range parts {
		if p == nil {
			return nil, fmt.Errorf("roll-up: report %d is nil", i)
		}
	}
	first := parts[0]
	if !first.Format.Valid() {
		return nil, fmt.Errorf("roll-up: %s: %w", partName(parts, 0), ErrBadFormat)
	}
	for i, p := range parts[1:] {
		if p.Format != first.Format {
			return nil, fmt.Errorf("roll-up: %s is in format %s, %s in format %s: %w",
				partName(parts, i+1), p.Format, partName(parts, 0), first.Format, ErrMixedFormats)
		}
		if p.Metadata.Year != first.Metadata.Year {
			return nil, fmt.Errorf("roll-up: %s is on %d, %s on %d: %w",
				partName(parts, i+1), p.Metadata.Year, partName(parts, 0), first.Metadata.Year, ErrMixedYears)
		}
	}

	out := New(first.Format, first.Metadata.Year)
	out.Metadata.Aggregate = true
	out.Metadata.PeriodStart, out.Metadata.PeriodEnd = first.Metadata.PeriodStart, first.Metadata.PeriodEnd
	for _, p := range parts[1:] {
		if p.Metadata.PeriodStart != out.Metadata.PeriodStart || p.Metadata.PeriodEnd != out.Metadata.PeriodEnd {
			out.Metadata.PeriodStart, out.Metadata.PeriodEnd = Date{}, Date{}
			break
		}
	}

	values := make([]Value, len(parts))
	cells := CellsOf(first.Format)
	for i := range cells {
		c := &cells[i]
		for j, p := range parts {
			values[j] = c.get(p)
		}
		var v Value
		var err error
		if c.Kind == KindAmount {
			v, err = sumAmounts(values)
		} else {
			v, err = sumCountValues(values)
		}
		if err != nil {
			var pe *partError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("roll-up: %s: %s: %w", partName(parts, pe.index), c.Path, pe.err)
			}
			return nil, fmt.Errorf("roll-up: %s: %w", c.Path, err)
		}
		c.set(out, v)
	}
	return out, nil
}

// partError is a problem with one part of a roll-up.
type partError struct {
	index int
	err   error
}

func (e *partError) Error() string { return e.err.Error() }

// partName names a part of a roll-up in an error message.
func partName(parts []*Report, i int) string {
	if body := parts[i].Metadata.ReportingBody; body != "" {
		return fmt.Sprintf("report %d (%s)", i, body)
	}
	return fmt.Sprintf("report %d", i)
}

// sumCountValues adds the counts of one cell across the parts.
func sumCountValues(values []Value) (Value, error) {
	v := Value{Kind: values[0].Kind, Count: Blank}
	var sum int64
	numbers := 0
	for i, p := range values {
		n, ok := p.Count.Number()
		switch {
		case ok && !inRange(n):
			return v, &partError{i, fmt.Errorf("%d: %w", n, ErrOutOfRange)}
		case ok:
			sum += n
			numbers++
			if !inRange(sum) {
				return v, fmt.Errorf("sum %d: %w", sum, ErrOutOfRange)
			}
		case p.Count.IsNotApplicable():
			v.Count = NotApplicable
		}
	}
	if numbers > 0 {
		v.Count = Count(sum)
	}
	return v, nil
}

// sumAmounts adds the amounts of one cell across the parts, normalising the
// units of the 2019 采购总金额 as [RollUp] describes.
func sumAmounts(values []Value) (Value, error) {
	v := Value{Kind: KindAmount, Amount: BlankAmount, Unit: values[0].Unit}
	// The units of the nonzero amounts decide the unit of the sum.
	var units [3]int
	for _, p := range values {
		if d, ok := p.Amount.Decimal(); ok && !d.IsZero() {
			units[p.Unit.index()]++
		}
	}
	nonzero := units[UnitNone] + units[UnitYuan] + units[UnitWan]
	switch {
	case units[UnitNone] > 0 && nonzero > 1:
		for i, p := range values {
			if d, ok := p.Amount.Decimal(); ok && !d.IsZero() && p.Unit == UnitNone {
				return v, &partError{i, fmt.Errorf("%s: %w", p.Amount, ErrUnknownUnit)}
			}
		}
	case units[UnitYuan] > 0:
		v.Unit = UnitYuan
	case units[UnitWan] > 0:
		v.Unit = UnitWan
	case nonzero == 0:
		v.Unit = commonUnit(values)
	default:
		v.Unit = UnitNone
	}
	sum := decimal.Zero
	numbers := 0
	for _, p := range values {
		a := p.Amount
		if p.Unit == UnitWan && v.Unit == UnitYuan {
			a = a.WanToYuan()
		}
		d, ok := a.Decimal()
		switch {
		case ok:
			sum = sum.Add(d)
			numbers++
		case a.IsNotApplicable():
			v.Amount = NotApplicableAmount
		}
	}
	if numbers > 0 {
		v.Amount = AmountOf(sum)
	}
	return v, nil
}

// commonUnit returns the unit that every amount holding a number shares, or
// UnitNone when they differ.
func commonUnit(values []Value) Unit {
	unit, seen := UnitNone, false
	for _, p := range values {
		if !p.Amount.IsNumber() {
			continue
		}
		if seen && p.Unit != unit {
			return UnitNone
		}
		unit, seen = p.Unit, true
	}
	return unit
}
