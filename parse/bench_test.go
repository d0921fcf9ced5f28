package parse

import (
	"bytes"
	"testing"

	"golang.org/x/net/html"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/render"
)

// BenchmarkParseHTML reads the Pingtan 2022 portal page into a report.
func BenchmarkParseHTML(b *testing.B) {
	page := readTestdata(b, "pingtan-2022.html")
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := HTML(page, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTokenizeHTML only tokenizes the same page with
// golang.org/x/net/html: the floor the reader is measured against.
func BenchmarkTokenizeHTML(b *testing.B) {
	page := readTestdata(b, "pingtan-2022.html")
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		z := html.NewTokenizer(bytes.NewReader(page))
		for z.Next() != html.ErrorToken {
		}
	}
}

// BenchmarkParseText reads the Xiaoshan text.
func BenchmarkParseText(b *testing.B) {
	text := readTestdata(b, "xiaoshan-2023.txt")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Text(text, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseRunTogether reads a report whose tables run together.
func BenchmarkParseRunTogether(b *testing.B) {
	text := readTestdata(b, "pingtan-2021.txt")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Text(text, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseRenderedHTML reads the page render.HTMLPage prints for
// the Xiaoshan report: the pages batch validation reads.
func BenchmarkParseRenderedHTML(b *testing.B) {
	var page bytes.Buffer
	if err := render.HTMLPage(&page, examples.Xiaoshan2023(), lang.Chinese); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(page.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := HTML(page.Bytes(), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
