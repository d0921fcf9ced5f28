package validate

import (
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/report"
)

// BenchmarkValidateXiaoshan validates the Xiaoshan 2023 report, a clean
// report: every identity holds and the narrative agrees with the tables.
// It reuses one Result, as a caller validating many reports does.
func BenchmarkValidateXiaoshan(b *testing.B) {
	r := examples.Xiaoshan2023()
	var res Result
	b.ReportAllocs()
	for b.Loop() {
		if ValidateInto(&res, r, Options{}); len(res.Findings) != 0 {
			b.Fatal(res.Findings)
		}
	}
}

// BenchmarkValidateFindings validates the Xiaoshan report with table 三's
// received (total) and table 四's reconsideration 总计 one too many: sum
// errors and narrative warnings, the findings most generated reports of the
// batch benchmarks get. A new Result each time, as Validate makes.
func BenchmarkValidateFindings(b *testing.B) {
	r := examples.Xiaoshan2023()
	n, _ := r.Table3.Rows[report.RowReceived][report.ApplicantTotal].Number()
	r.Table3.Rows[report.RowReceived][report.ApplicantTotal] = report.Count(n + 1)
	m, _ := r.Table4.Blocks[report.Reconsideration][report.Table4Total].Number()
	r.Table4.Blocks[report.Reconsideration][report.Table4Total] = report.Count(m + 1)
	b.ReportAllocs()
	for b.Loop() {
		if res := Validate(r, Options{}); len(res.Findings) < 3 {
			b.Fatal(res.Findings)
		}
	}
}
