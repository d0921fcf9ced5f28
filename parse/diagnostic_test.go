package parse

import (
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// TestDiagnosticRow checks that a diagnostic's row names its cell by the
// cell's label, also a cell its report's format prints only in a combined
// table 三 (（六）其他处理 of the 2019 format in a 2021 report), and by its
// place in the input when it names no cell.
func TestDiagnosticRow(t *testing.T) {
	at := Location{Table: 3, Row: 20, Cell: 1}
	d := Diagnostic{Code: CodeHybridOtherHandling, At: at,
		Paths: []report.Path{report.Table3Path(report.RowOtherHandling, report.ApplicantTotal)}}
	for _, f := range []report.Format{report.Format2019, report.Format2021} {
		row := d.Row(lang.English, f)
		if row.Code != RowCodePrefix+d.Code || !strings.Contains(strings.ToLower(row.Cell), "other handling") {
			t.Errorf("format %v: row %+v, want the cell's label", f, row)
		}
	}
	d.Paths = nil
	if row := d.Row(lang.English, report.Format2021); row.Cell != at.In(lang.English) {
		t.Errorf("no cell: row cell %q, want the place %q", row.Cell, at.In(lang.English))
	}
}
