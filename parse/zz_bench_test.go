package parse

import (
	"archive/zip"
	"bytes"
	"testing"
)

func bombDoc(size int, chunkS string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0"?><w:document ` + wordNamespaces + `><w:body>`))
	chunk := bytes.Repeat([]byte(chunkS), (1<<16)/len(chunkS))
	for n := 0; n < size; n += len(chunk) {
		w.Write(chunk)
	}
	w.Write([]byte(`</w:body></w:document>`))
	zw.Close()
	return buf.Bytes()
}

func BenchmarkBombEmptyParas(b *testing.B) {
	d := bombDoc(4<<20, "<w:p/>")
	for b.Loop() {
		DOCX(d, Options{MaxBytes: 2 << 20})
	}
}
func BenchmarkBombRealistic(b *testing.B) {
	d := bombDoc(4<<20, `<w:p><w:pPr><w:pStyle w:val="TextBody"/><w:spacing w:before="0" w:after="0"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="GB2312"/><w:sz w:val="28"/></w:rPr><w:t>x</w:t></w:r></w:p>`)
	for b.Loop() {
		DOCX(d, Options{MaxBytes: 2 << 20})
	}
}
