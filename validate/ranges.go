package validate

import (
	"sync"

	"github.com/opengov-cn/xxgk/report"
	"github.com/shopspring/decimal"
)

// rangeRule checks that every cell of one table of the report's format
// holds a number in range: a count from 0 (or -MaxCount for a signed count)
// to report.MaxCount, an amount not below 0. Blank and "/" cells are not out
// of range: this rule says nothing about them.
type rangeRule struct {
	info  RuleInfo
	table int // 2, 3, 4, or 6 for the fee facts of section 六
}

func newRangeRule(info RuleInfo, table int) Rule { return &rangeRule{info: info, table: table} }

func (r *rangeRule) Info() RuleInfo { return r.info }

func (r *rangeRule) Check(ctx *Context) {
	rep := ctx.report
	cells := tableCells(rep.Format, r.table)
	for i := range cells {
		cell := &cells[i]
		if cell.Kind == report.KindAmount {
			checkAmountRange(ctx, cell.Path, amountOf(rep, cell))
			continue
		}
		c := countOf(rep, cell)
		n, ok := c.Number()
		if !ok {
			continue
		}
		low := int64(0)
		if cell.Kind == report.KindSignedCount {
			low = -report.MaxCount
		}
		switch {
		case n < low:
			addRange(ctx, cell.Path, low, n)
		case n > report.MaxCount:
			addRange(ctx, cell.Path, report.MaxCount, n)
		}
	}
}

// cellsByTable holds the cells of each format (by index) and table (2, 3,
// 4 and 6), in printed order, built once.
var cellsByTable = sync.OnceValue(func() (out [3][7][]report.Cell) {
	for _, f := range report.Formats() {
		for _, c := range report.CellsOf(f) {
			out[f][c.Table] = append(out[f][c.Table], c)
		}
	}
	return out
})

// tableCells returns the cells of one table in format f.
func tableCells(f report.Format, table int) []report.Cell {
	if !f.Valid() || table < 0 || table > 6 {
		return nil
	}
	return cellsByTable()[f][table]
}

// addRange records a count out of range: expected is the nearest allowed
// figure.
func addRange(ctx *Context, p report.Path, expected, actual int64) {
	f := Finding{Paths: []report.Path{p}}
	f.compared(expected, actual)
	f.msg = localMessage{key: keyRange, args: []any{ctx.rule.Description, p, f.Actual.String()}}
	ctx.Add(f)
}

// checkAmountRange records an amount below 0.
func checkAmountRange(ctx *Context, p report.Path, a report.Amount) {
	d, ok := a.Decimal()
	if !ok || !d.IsNegative() {
		return
	}
	f := Finding{Paths: []report.Path{p}}
	f.comparedDecimal(decimal.Zero, d)
	f.msg = localMessage{key: keyRange, args: []any{ctx.rule.Description, p, a.String()}}
	ctx.Add(f)
}

// countOf reads a count cell of r.
func countOf(r *report.Report, c *report.Cell) report.Count {
	switch c.Table {
	case 2:
		return r.Table2.Counts[c.Table2Row%report.NumTable2Rows][c.Table2Column%report.NumTable2Columns]
	case 3:
		return r.Table3.Rows[c.Table3Row%report.NumTable3Rows][c.Applicant%report.NumApplicants]
	case 4:
		return r.Table4.Blocks[c.Proceeding%report.NumProceedings][c.Result%report.NumResults]
	case 6:
		return r.Fees.Notices
	}
	return report.Blank
}

// amountOf reads an amount cell of r.
func amountOf(r *report.Report, c *report.Cell) report.Amount {
	switch {
	case c.Path == report.PathFeeCollected:
		return r.Fees.Collected
	case c.Table2Column == report.FeeAmount:
		return r.Table2.Fees
	case c.Table2Column == report.ProcurementAmount:
		return r.Table2.Procurement
	}
	return report.BlankAmount
}
