package batch_test

import (
	"testing"

	"github.com/opengov-cn/xxgk/batch"
)

// BenchmarkRun validates a folder of 10,000 generated reports, as JSON and
// as standalone HTML pages, walk included, and reports reports/s. The
// files are written once, before the timer starts:
//
//	go test ./batch -run '^$' -bench Run -benchtime 3x
func BenchmarkRun(b *testing.B) {
	const n = 10000
	for _, kind := range []string{"json", "html"} {
		b.Run(kind, func(b *testing.B) {
			dir := b.TempDir()
			writeGenerated(b, dir, n, kind)
			b.ReportAllocs()
			for b.Loop() {
				items := batch.Run(batch.Files(dir), batch.Options{})
				if s := batch.Summarize(items); s.Read != n || s.WithErrors != n/10 {
					b.Fatalf("summary %+v", s)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "reports/s")
		})
	}
}
