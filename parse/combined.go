package parse

import (
	"slices"

	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// Some reports on the 2021 format print （六）其他处理 as one row of numbers,
// as the 2019 format did, where the 2021 format has three rows (deviation
// D18 of the format reference). The reader keeps what was printed: the one
// row, in the cells of report.RowOtherHandling, which a 2021 report may
// carry in place of the three (report.Table3.CombinedOtherHandling).
// Validation reports the deviation.

// isHybridOtherHandling reports whether a printed row is （六）其他处理 as
// one row of numbers in a 2021 table 三, and keeps the first such row to be
// read by readCombined.
func (tr *tableReader) isHybridOtherHandling(p printedRow) bool {
	if tr.layout.Format != report.Format2021 || tr.layout.Section != report.SectionRequests ||
		matchLabel(p.label, report.NormalizeLabel(report.OtherHandling.Label())) < bareMatch || !hasNumbers(p.values) {
		return false
	}
	if tr.combined == nil {
		first := p // a copy: p itself stays on the stack
		tr.combined = &first
	}
	return true
}

// subRowsRead reports whether some cell of the three rows of
// （六）其他处理 of the 2021 format has been read.
func (tr *tableReader) subRowsRead() bool {
	for _, r := range report.OtherHandling.Rows(report.Format2021) {
		for _, a := range report.Applicants() {
			if tr.pathFilled(report.Table3Path(r, a)) {
				return true
			}
		}
	}
	return false
}

// standsForCombined reports whether layout row r is one of the three rows
// that the one row read stands for.
func (tr *tableReader) standsForCombined(r layoutRow) bool {
	if tr.combined == nil || tr.subRowsRead() || len(r.paths) == 0 {
		return false
	}
	c, ok := report.LookupCell(tr.layout.Format, r.paths[0])
	if !ok || c.Table != 3 {
		return false
	}
	g, _ := c.Table3Row.Outcome()
	return g == report.OtherHandling
}

// readCombined reads （六）其他处理 printed as one row into the cells of
// report.RowOtherHandling, when the three rows of the 2021 format were not
// printed too; a row printed both ways is reported and not read.
func (tr *tableReader) readCombined() {
	p := tr.combined
	if p == nil {
		return
	}
	paths := report.Table3RowPaths(report.RowOtherHandling)
	if tr.subRowsRead() {
		tr.d.diagnose(Diagnostic{Severity: validate.Warning, Code: CodeDuplicateRow, At: p.at, Paths: paths,
			Expected: report.OtherHandling.Label(), Found: rowText(*p)})
		return
	}
	tr.d.diagnose(Diagnostic{Severity: validate.Info, Code: CodeHybridOtherHandling, At: p.at, Paths: paths, Found: rowText(*p)})
	// Read as a row of its own, one the layout of the format lacks.
	k := len(tr.rows)
	tr.rows = append(slices.Clip(tr.rows), layoutRow{display: report.OtherHandling.Label(), paths: paths})
	tr.fill(k, *p, false)
	tr.rows = tr.rows[:k]
}
