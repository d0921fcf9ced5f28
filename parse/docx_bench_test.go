package parse

import "testing"

// BenchmarkParseDOCX reads the Pingtan 2022 report saved as .docx, to
// compare with BenchmarkParseHTML, which reads the page it was saved from.
func BenchmarkParseDOCX(b *testing.B) {
	doc := readTestdata(b, "pingtan-2022.docx")
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadDOCXBlocks only reads the .docx into blocks: the zip and
// the XML, without the steps shared with HTML.
func BenchmarkReadDOCXBlocks(b *testing.B) {
	doc := readTestdata(b, "pingtan-2022.docx")
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := readDOCX(doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
