package validate

import "github.com/opengov-cn/xxgk/report"

// derivation is a report whose blank cells of tables 三 and 四 are filled
// where the report's own figures fix them, for the checks that need a
// total (the narrative, the balance of table 三, the carry across years):
//
//   - a blank 总计 (of a row of table 三, of （七）总计 in a column, of a
//     block of table 四) whose parts are all numbers is their sum;
//   - a blank part of a printed total whose other parts already add up to
//     it is 0, since no count is negative. Reports that leave zeros blank
//     (such as Shanghai's of 2019) are read this way, cell by cell, only
//     where their totals prove it.
//
// The identities that fill a cell (each row's 总计, each column's （七）总计,
// each block's 总计) are not the ones the derived cells are used to check,
// except that a row's 总计 feeds the narrative, which restates it.
type derivation struct {
	report  *report.Report
	derived map[report.Path]bool
}

// derivedOf returns those of paths that the derivation filled.
func (d *derivation) derivedOf(paths []report.Path) []report.Path {
	var out []report.Path
	for _, p := range paths {
		if d.derived[p] {
			out = append(out, p)
		}
	}
	return out
}

// derived returns the derivation of this year's report, or of last year's
// when previous is true (nil when there is none), made once per validation.
func (c *Context) derived(previous bool) *derivation {
	if previous {
		if c.previous == nil {
			return nil
		}
		if c.derivedPrev.report == nil {
			c.derivedPrev = derive(c.previous)
		}
		return &c.derivedPrev
	}
	if c.derivedCur.report == nil {
		c.derivedCur = derive(c.report)
	}
	return &c.derivedCur
}

// derive fills the cells of r that its own figures fix, in a copy. A
// report without blank cells in tables 三 and 四 is its own derivation.
func derive(r *report.Report) derivation {
	if !r.Format.Valid() || !hasBlanks(r) {
		return derivation{report: r}
	}
	cp := *r
	d := derivation{report: &cp, derived: map[report.Path]bool{}}
	t3 := &cp.Table3
	rows := report.Table3Rows(r.Format)
	outcomes := r.Table3.OutcomeRowsOf(r.Format)
	if r.Table3.CombinedOtherHandling(r.Format) {
		rows = append(rows, report.RowOtherHandling) // （六） printed as one row
	}
	set3 := func(row report.Table3Row, a report.Applicant, n int64) {
		t3.Rows[row][a] = report.Count(n)
		d.derived[report.Table3Path(row, a)] = true
	}
	// Each pass fills what the last one made possible; a pass that fills
	// nothing ends the loop. Every pass fills at least one of the finite
	// cells, so the loop ends.
	for changed := true; changed; {
		changed = false
		for _, row := range rows {
			cells := &t3.Rows[row]
			if fillSum(cells[:report.ApplicantTotal], &cells[report.ApplicantTotal], func(i int, n int64) {
				set3(row, report.Applicant(i), n)
			}, func(n int64) { set3(row, report.ApplicantTotal, n) }) {
				changed = true
			}
		}
		parts := make([]report.Count, len(outcomes))
		for _, a := range report.Applicants() {
			for i, row := range outcomes {
				parts[i] = t3.Rows[row][a]
			}
			total := t3.Rows[report.RowConcluded][a]
			if fillSum(parts, &total, func(i int, n int64) { set3(outcomes[i], a, n) },
				func(n int64) { set3(report.RowConcluded, a, n) }) {
				changed = true
			}
		}
	}
	for _, b := range report.Proceedings() {
		cells := &cp.Table4.Blocks[b]
		fillSum(cells[:report.Table4Total], &cells[report.Table4Total], func(i int, n int64) {
			cells[i] = report.Count(n)
			d.derived[report.Table4Path(b, report.Table4Column(i))] = true
		}, func(n int64) {
			cells[report.Table4Total] = report.Count(n)
			d.derived[report.Table4Path(b, report.Table4Total)] = true
		})
	}
	return d
}

// hasBlanks reports whether a cell of tables 三 and 四 that r's format
// prints is not a number.
func hasBlanks(r *report.Report) bool {
	for _, row := range report.Table3Rows(r.Format) {
		if cells := r.Table3.Rows[row][:]; bitsOf(cells) < 0 && !allNumbers(cells) {
			return true
		}
	}
	for i := range r.Table4.Blocks {
		if cells := r.Table4.Blocks[i][:]; bitsOf(cells) < 0 && !allNumbers(cells) {
			return true
		}
	}
	return false
}

// bitsOf returns the bitwise or of cells, to test them all at once: it is
// 0 or more exactly when every count is (and so a number: blank and "/" are
// below 0), and below smallCounts only when every count is.
func bitsOf(cells []report.Count) report.Count {
	var all report.Count
	for _, c := range cells {
		all |= c
	}
	return all
}

// smallCounts bounds counts well within report.MaxCount by a power of 2,
// for tests of the bitwise or of counts (see bitsOf).
const smallCounts = 1 << 39

// allNumbers reports whether every count of cells is a number.
func allNumbers(cells []report.Count) bool {
	for _, c := range cells {
		if !c.IsNumber() {
			return false
		}
	}
	return true
}

// fillSum fills the identity *total = sum of parts where it fixes blank
// cells: a blank total whose parts are all numbers (setTotal), or blank
// parts whose total the numbers among the parts already make (setPart, 0).
// Counts out of range or negative stop it. It reports whether it filled a
// cell.
func fillSum(parts []report.Count, total *report.Count, setPart func(i int, n int64), setTotal func(n int64)) bool {
	var sum int64
	blanks := 0
	for _, c := range parts {
		n, ok := c.Number()
		switch {
		case !ok:
			if c != report.Blank && c != report.NotApplicable {
				return false
			}
			blanks++
		case n < 0 || n > report.MaxCount:
			return false
		default:
			sum += n
		}
	}
	t, ok := total.Number()
	switch {
	case !ok && *total != report.Blank && *total != report.NotApplicable:
		return false
	case !ok && blanks == 0:
		setTotal(sum)
		return true
	case ok && blanks > 0 && t == sum:
		for i, c := range parts {
			if !c.IsNumber() {
				setPart(i, 0)
			}
		}
		return true
	}
	return false
}
