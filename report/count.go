package report

import (
	"math"
	"strconv"
)

// Count is one integer cell of a table: a number, a blank (the publisher
// left the cell empty) or "/" (the publisher marked it not applicable).
//
// Count is an integer type so that a builder writes plain numbers:
//
//	r.Table3.Rows[report.RowReceived] = report.Row{115, 0, 0, 0, 0, 0, 115}
//
// Blank and NotApplicable are reserved values far outside the range of any
// real count. The zero Count is the number 0, not a blank. Never do
// arithmetic on a Count before checking it with [Count.Number]: a blank cell
// is not a zero.
type Count int64

const (
	// Blank marks a cell the publisher left empty: not reported.
	Blank Count = math.MinInt64
	// NotApplicable marks a cell printed as "/" (or "—"): not applicable.
	NotApplicable Count = math.MinInt64 + 1
)

// MaxCount is the largest magnitude a count may have. It keeps every sum of a
// table's cells far from integer overflow; no real report comes near it.
const MaxCount = 1_000_000_000_000

// IsBlank reports whether c is a blank cell.
func (c Count) IsBlank() bool { return c == Blank }

// IsNotApplicable reports whether c is a cell marked "/".
func (c Count) IsNotApplicable() bool { return c == NotApplicable }

// IsNumber reports whether c holds a number.
func (c Count) IsNumber() bool { return c != Blank && c != NotApplicable }

// Number returns the number c holds and true, or 0 and false for a blank or
// not-applicable cell.
func (c Count) Number() (int64, bool) {
	if !c.IsNumber() {
		return 0, false
	}
	return int64(c), true
}

// String returns the cell as a table prints it: the number in decimal
// digits, "" for a blank and "/" for not applicable.
func (c Count) String() string {
	switch c {
	case Blank:
		return ""
	case NotApplicable:
		return "/"
	}
	return strconv.FormatInt(int64(c), 10)
}

// inRange reports whether a number may be stored as a Count.
func inRange(n int64) bool { return n >= -MaxCount && n <= MaxCount }
