package batch_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/render"
	"github.com/opengov-cn/xxgk/report"
)

// yearsPerBody is the length of each body's chain in the generated reports.
const yearsPerBody = 5

// generated returns the i-th generated report: the Xiaoshan 2023 report
// with another body and year and other numbers, all derived from i. Reports
// i and i+1 are of the same body for consecutive years unless i+1 is a
// multiple of yearsPerBody; bodies of odd number print their brackets
// full-width in odd years and half-width in even ones, and some names carry
// spaces, so that chains must compare names by BodyKey. Every tenth report
// has an error in table 四.
func generated(i int) *report.Report {
	r := examples.Xiaoshan2023()
	body, year := i/yearsPerBody, 2021+i%yearsPerBody
	name := fmt.Sprintf("某市（第%d区）人民政府办公室", body)
	if body%2 == 1 && year%2 == 0 {
		name = fmt.Sprintf("某市(第%d区)人民政府 办公室", body)
	}
	r.Metadata.ReportingBody = name
	r.Metadata.Year = year
	r.Metadata.PeriodStart.Year, r.Metadata.PeriodEnd.Year = year, year
	r.Metadata.DocumentDate.Year = year + 1
	r.Metadata.IndexNumber = fmt.Sprintf("G%05d/%d", body, year)
	more := report.Count(i * 7 % 13)
	r.Table3.Rows[report.RowReceived][report.NaturalPerson] += more
	r.Table3.Rows[report.RowDisclosed][report.NaturalPerson] += more
	r.FillTotals()
	if i%10 == 9 {
		r.Table4.Blocks[report.Reconsideration][report.Pending]++
	}
	return r
}

// writeGenerated writes n generated reports into dir, in subfolders of
// 100, as JSON (kind "json") or as standalone HTML pages (kind "html"), and
// returns the path of each, in the order of i.
func writeGenerated(tb testing.TB, dir string, n int, kind string) []string {
	tb.Helper()
	paths := make([]string, n)
	var b bytes.Buffer
	for i := range n {
		r := generated(i)
		b.Reset()
		var err error
		switch kind {
		case "json":
			err = report.WriteJSON(&b, r)
		case "html":
			err = render.HTMLPage(&b, r, lang.Chinese)
		default:
			tb.Fatalf("unknown kind %q", kind)
		}
		if err != nil {
			tb.Fatal(err)
		}
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/100))
		if i%100 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				tb.Fatal(err)
			}
		}
		paths[i] = filepath.Join(sub, fmt.Sprintf("report-%05d.%s", i, kind))
		if err := os.WriteFile(paths[i], b.Bytes(), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return paths
}
