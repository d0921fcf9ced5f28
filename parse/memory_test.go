package parse

import (
	"os"
	"runtime"
	"testing"

	"github.com/opengov-cn/xxgk/report"
)

// TestMetadataKeepsNoChunk checks that keeping only the metadata of a read
// page keeps little memory: the readers cut text out of shared chunks of a
// few kilobytes, and a batch keeps the metadata of every body.
func TestMetadataKeepsNoChunk(t *testing.T) {
	data, err := os.ReadFile("testdata/pingtan-2022.html")
	if err != nil {
		t.Fatal(err)
	}
	const n = 200
	kept := make([]report.Metadata, 0, n)
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	before := heap()
	for range n {
		res, err := HTML(data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		kept = append(kept, res.Report.Metadata)
	}
	after := heap()
	if per := (int64(after) - int64(before)) / n; per > 1500 {
		t.Errorf("keeping a report's metadata keeps %d bytes, want at most 1500", per)
	}
	runtime.KeepAlive(kept)
}
