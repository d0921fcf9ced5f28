package batch_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/opengov-cn/xxgk/batch"
)

// benchReports is the number of reports of the batch benchmarks.
const benchReports = 10000

// benchFolder returns a folder of benchReports generated reports of kind
// "json" or "html": $XXGK_BENCH_DIR/json or /html when the variable is set
// and the folder exists (written by an earlier run, so that runs side by
// side read the same files), else a new folder, written before the timer
// starts (and under $XXGK_BENCH_DIR when set).
func benchFolder(b *testing.B, kind string) string {
	root := os.Getenv("XXGK_BENCH_DIR")
	if root == "" {
		dir := b.TempDir()
		writeGenerated(b, dir, benchReports, kind)
		return dir
	}
	dir := filepath.Join(root, kind)
	if _, err := os.Stat(dir); err == nil {
		return dir
	}
	writeGenerated(b, dir, benchReports, kind)
	return dir
}

// BenchmarkRun validates a folder of 10,000 generated reports, as JSON and
// as standalone HTML pages, walk included, and reports reports/s:
//
//	XXGK_BENCH_DIR=/tmp/xxgk-bench go test ./batch -run '^$' -bench Run -benchtime 3x -count 6
func BenchmarkRun(b *testing.B) {
	for _, kind := range []string{"json", "html"} {
		b.Run(kind, func(b *testing.B) {
			dir := benchFolder(b, kind)
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				items := batch.Run(batch.Files(dir), batch.Options{})
				if s := batch.Summarize(items); s.Read != benchReports || s.WithErrors != benchReports/10 {
					b.Fatalf("summary %+v", s)
				}
			}
			reportRate(b, cpuTime()-cpu)
		})
	}
}

// reportRate reports the reports validated a second, and the processor
// time a report took (user and system, all cores, of the whole process):
// on a machine shared with other work the wall-clock rate varies with the
// load, the processor time much less.
func reportRate(b *testing.B, cpu time.Duration) {
	n := float64(benchReports) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "reports/s")
	b.ReportMetric(float64(cpu.Microseconds())/n, "cpu-µs/report")
}

// cpuTime returns the processor time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
