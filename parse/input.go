package parse

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/opengov-cn/xxgk/internal/utf8check"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// DefaultMaxBytes is the input size limit when Options.MaxBytes is 0: far
// above any real report page (the largest portal pages are a few hundred
// kilobytes), low enough that a run over many files stays in memory.
const DefaultMaxBytes = 16 << 20

// DefaultMaxPDFBytes is the size limit of a PDF when Options.MaxBytes is 0:
// reports with scanned seals and photos run to a few megabytes.
const DefaultMaxPDFBytes = 64 << 20

// ErrTooLarge is returned (wrapped) for input above the size limit.
var ErrTooLarge = errors.New("input too large")

// ErrEmpty is returned for input with no text in it.
var ErrEmpty = errors.New("no text in input")

// InputKind is what the reader took the input for.
type InputKind uint8

const (
	// KindText is plain text: lines, with tables as |- or tab-separated
	// rows, space-aligned columns, Markdown tables or cells run together.
	KindText InputKind = iota + 1
	// KindHTML is an HTML page or fragment.
	KindHTML
	// KindJSON is report JSON, the form of report.Report.MarshalJSON.
	KindJSON
	// KindDOCX is a zip archive, read as a Word document (.docx); one that
	// holds no word/document.xml is refused ([ErrNotWord]).
	KindDOCX
	// KindPDF is a PDF document. It is never read as text.
	KindPDF
	// KindLegacyWord is an OLE2 compound file: a legacy Word (.doc) or WPS
	// (.wps) document, or an encrypted .docx. It is recognised only to be
	// refused ([ErrLegacyWord], [ErrEncryptedWord]).
	KindLegacyWord
)

// String returns "text", "html", "json", "docx", "pdf" or "doc".
func (k InputKind) String() string {
	switch k {
	case KindText:
		return "text"
	case KindHTML:
		return "html"
	case KindJSON:
		return "json"
	case KindDOCX:
		return "docx"
	case KindPDF:
		return "pdf"
	case KindLegacyWord:
		return "doc"
	}
	return "unknown"
}

// Detect tells the kind of input by its content, whatever its file name: a
// zip archive (KindDOCX) or an OLE2 compound file (KindLegacyWord) by the
// bytes they start with, a PDF by its header in the first kilobyte, report
// JSON when, after a byte-order mark and white space, it opens an object,
// then HTML from text by the first markup in the input: a doctype, or an
// <html>, <head>, <body>, <table>, <p>, <div> or <meta> tag near the start.
func Detect(data []byte) InputKind {
	switch {
	case isZip(data):
		return KindDOCX
	case bytes.HasPrefix(data, ole2Magic):
		return KindLegacyWord
	case isPDF(data):
		return KindPDF
	case isJSON(data):
		return KindJSON
	}
	if hasHTMLTag(data[:min(len(data), 4096)]) {
		return KindHTML
	}
	return KindText
}

// htmlTags are the markup Detect tells HTML by, in lower case.
var htmlTags = []string{"<!doctype html", "<html", "<head", "<body", "<table", "<meta", "<div", "<p>", "<p ", "<tr", "<td"}

// hasHTMLTag reports whether head, lower-cased (bytes.ToLower), holds one
// of htmlTags, without lower-casing it: the only runes other than ASCII
// that lower-case to ASCII are U+0130 (İ, to i) and U+212A (the Kelvin
// sign, to k, in no tag), so comparing ASCII letters without case finds
// the same tags, but in a head with an İ, which is lower-cased first.
func hasHTMLTag(head []byte) bool {
	if bytes.Contains(head, []byte("\u0130")) {
		head = bytes.ToLower(head)
	}
	for i := bytes.IndexByte(head, '<'); i >= 0; {
		for _, tag := range htmlTags {
			if hasPrefixLower(head[i:], tag) {
				return true
			}
		}
		next := bytes.IndexByte(head[i+1:], '<')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// hasPrefixLower reports whether b begins with prefix, a lower-case ASCII
// string, ASCII letters of b compared without case.
func hasPrefixLower(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := range len(prefix) {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// decodeHTML returns the page as UTF-8: by its byte-order mark, else by the
// charset its <meta> declares, else UTF-8 when the bytes are valid UTF-8,
// else GB18030 (a superset of GBK and GB2312, the encodings of older
// portals). A page that declares UTF-8 but is not valid UTF-8 is read as
// GB18030 too: such pages were re-encoded without their declaration.
func decodeHTML(data []byte) ([]byte, string, error) {
	if enc, name := bomEncoding(data); enc != nil {
		return decodeWith(enc, name, data)
	}
	// With no Content-Type header, DetermineEncoding reads the <meta>
	// declarations, and answers windows-1252 when there is none.
	enc, name, _ := charset.DetermineEncoding(data, "")
	switch {
	case name == "utf-8" && utf8check.Valid(data):
		return data, name, nil
	case name == "utf-8", name == "windows-1252":
		return decodeGuess(data)
	}
	return decodeWith(enc, name, data)
}

// decodeText returns text as UTF-8: by its byte-order mark, else UTF-8 when
// valid, else GB18030.
func decodeText(data []byte) ([]byte, string, error) {
	if enc, name := bomEncoding(data); enc != nil {
		return decodeWith(enc, name, data)
	}
	return decodeGuess(data)
}

func decodeGuess(data []byte) ([]byte, string, error) {
	if utf8check.Valid(data) {
		return data, "utf-8", nil
	}
	return decodeWith(simplifiedchinese.GB18030, "gb18030", data)
}

// bomEncoding recognises the UTF-8 and UTF-16 byte-order marks.
func bomEncoding(data []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8BOM, "utf-8"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	}
	return nil, ""
}

func decodeWith(enc encoding.Encoding, name string, data []byte) ([]byte, string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, name, fmt.Errorf("decoding %s: %w", name, err)
	}
	return dropInvalid(out), name, nil
}

// dropInvalid replaces invalid UTF-8 sequences, so that every later step
// works on valid text.
func dropInvalid(b []byte) []byte {
	if utf8check.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}
