package pdf

import (
	"testing"

	"github.com/opengov-cn/xxgk/parse"
)

// BenchmarkRead reads the Huai'an PDF (6 pages) with a started engine;
// ns/page is the time a page takes.
func BenchmarkRead(b *testing.B) {
	data := readTestdata(b, "huaian-city-2024.pdf")
	r := testReader(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := r.Read(data, parse.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*6), "ns/page")
}

// BenchmarkRebuild rebuilds the Huai'an pages from their glyphs and rules,
// without the engine.
func BenchmarkRebuild(b *testing.B) {
	pages, err := testReader(b).Pages(readTestdata(b, "huaian-city-2024.pdf"))
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		Rebuild(pages)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
}

// BenchmarkStart starts the engine and reads a one-page PDF: with no
// compilation cache (the engine compiled each time), and with a cache
// filled by an earlier start. Run with -benchtime 1x: a cold start takes
// seconds.
func BenchmarkStart(b *testing.B) {
	data := buildPDF(onePage("BT /F1 12 Tf 72 700 Td (Hello) Tj ET"), "")
	start := func(b *testing.B, dir string) {
		r, err := NewReader(Config{CacheDir: dir})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := r.Pages(data); err != nil {
			b.Fatal(err)
		}
		r.Close()
	}
	b.Run("no-cache", func(b *testing.B) {
		for b.Loop() {
			start(b, "")
		}
	})
	b.Run("cache", func(b *testing.B) {
		dir := b.TempDir()
		start(b, dir) // fill the cache
		b.ResetTimer()
		for b.Loop() {
			start(b, dir)
		}
	})
}
