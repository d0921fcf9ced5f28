package parse

import (
	"archive/zip"
	"bytes"
	"testing"
	"time"
)

// FuzzDOCX reads any bytes as a .docx: a report, or an error; never a
// panic, never long.
func FuzzDOCX(f *testing.F) {
	seedTestdata(f, ".docx")
	for _, tt := range docxStructures {
		f.Add(makeDOCX(f, tt.body))
	}
	f.Add(makeDOCX(f, numbered("Heading1", "", "", "总体情况")+numbered("", "1", "1", "主动公开"), "word/numbering.xml", listNumbering, "word/styles.xml", listStyles))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		res, err := DOCX(data, Options{})
		if d := time.Since(start); d > maxParseTime {
			t.Fatalf("took %v", d)
		}
		checkResult(t, res, err)
	})
}

// FuzzDOCXParts reads a .docx made of any document.xml, numbering.xml and
// styles.xml, stored uncompressed so that the fuzzer works on the XML.
func FuzzDOCXParts(f *testing.F) {
	for _, tt := range docxStructures {
		f.Add(wordDocument(tt.body), "", "")
	}
	f.Add(wordDocument(numbered("Heading1", "", "", "总体情况")+numbered("", "1", "3", "法条")+numbered("", "3", "1", "重新编号")+numbered("MyHeading", "", "", "x")),
		listNumbering, listStyles)
	f.Fuzz(func(t *testing.T, document, numbering, styles string) {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, part := range []struct{ name, data string }{
			{"word/document.xml", document}, {"word/numbering.xml", numbering}, {"word/styles.xml", styles},
		} {
			w, err := zw.CreateHeader(&zip.FileHeader{Name: part.name, Method: zip.Store})
			if err != nil {
				t.Fatal(err)
			}
			w.Write([]byte(part.data))
		}
		zw.Close()
		start := time.Now()
		res, err := DOCX(buf.Bytes(), Options{})
		if d := time.Since(start); d > maxParseTime {
			t.Fatalf("took %v", d)
		}
		checkResult(t, res, err)
	})
}
