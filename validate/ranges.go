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
	switch {
	case r.table == 3 && rep.Format.Valid():
		for _, row := range table3Rows()[rep.Format] {
			if b := bitsOf(rep.Table3.Rows[row][:]); b >= 0 && b < smallCounts {
				continue // every cell in range
			}
			for a, c := range rep.Table3.Rows[row] {
				if c < 0 || c > report.MaxCount { // blank and "/" are below 0
					checkCount(ctx, c, report.KindCount, report.Table3Path(row, report.Applicant(a)))
				}
			}
		}
		return
	case r.table == 4 && rep.Format.Valid():
		for p, block := range rep.Table4.Blocks {
			for res, c := range block {
				if c < 0 || c > report.MaxCount {
					checkCount(ctx, c, report.KindCount, report.Table4Path(report.Proceeding(p), report.Table4Column(res)))
				}
			}
		}
		return
	}
	cells := tableCells(rep.Format, r.table)
	for i := range cells {
		cell := &cells[i]
		if cell.Kind == report.KindAmount {
			checkAmountRange(ctx, cell.Path, amountOf(rep, cell))
			continue
		}
		checkCount(ctx, countOf(rep, cell), cell.Kind, cell.Path)
	}
}

// checkCount records a count out of range: below 0 (below -MaxCount for a
// signed count) or above report.MaxCount.
func checkCount(ctx *Context, c report.Count, kind report.CellKind, p report.Path) {
	n, ok := c.Number()
	if !ok {
		return
	}
	low := int64(0)
	if kind == report.KindSignedCount {
		low = -report.MaxCount
	}
	switch {
	case n < low:
		addRange(ctx, p, low, n)
	case n > report.MaxCount:
		addRange(ctx, p, report.MaxCount, n)
	}
}

// table3Rows holds report.Table3Rows for each format (by index), built once.
var table3Rows = sync.OnceValue(func() (out [3][]report.Table3Row) {
	for _, f := range report.Formats() {
		out[f] = report.Table3Rows(f)
	}
	return out
})

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
	f.msg = localMessage{text: msgRange, args: []arg{textArg(ctx.rule.Description), cellArg(p), strArg(f.Actual.String())}}
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
	f.msg = localMessage{text: msgRange, args: []arg{textArg(ctx.rule.Description), cellArg(p), strArg(a.String())}}
	ctx.Add(f)
}

// countOf reads a count cell of r.
func countOf(r *report.Report, c *report.Cell) report.Count {
	switch c.Table {
	case 2:
		return r.Table2.Counts[c.Table2Row%report.NumTable2Rows][c.Table2Column%report.NumTable2CountColumns]
	case 3:
		return r.Table3.Rows[c.Table3Row%report.NumTable3Rows][c.Applicant%report.NumApplicants]
	case 4:
		return r.Table4.Blocks[c.Proceeding%report.NumProceedings][c.Table4Column%report.NumTable4Columns]
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
		return r.Table2.FeeAmount
	case c.Table2Column == report.ProcurementAmount:
		return r.Table2.ProcurementAmount
	}
	return report.BlankAmount
}
