package validate

import (
	"testing"

	"github.com/opengov-cn/xxgk/examples"
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
