package report_test

import (
	"bytes"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/report"
)

// BenchmarkUnmarshalJSON decodes the Xiaoshan 2023 report from its
// indented JSON, as WriteJSON writes it and a batch reads it:
//
//	go test ./report -run '^$' -bench UnmarshalJSON -count 6
func BenchmarkUnmarshalJSON(b *testing.B) {
	var buf bytes.Buffer
	if err := report.WriteJSON(&buf, examples.Xiaoshan2023()); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var r report.Report
		if err := r.UnmarshalJSON(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarshalJSON encodes the Xiaoshan 2023 report.
func BenchmarkMarshalJSON(b *testing.B) {
	r := examples.Xiaoshan2023()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	}
}
