package parse

import (
	"bytes"
	"fmt"

	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// Options adjust the reader. The zero Options are the defaults.
type Options struct {
	// MaxBytes is the largest input accepted; 0 means DefaultMaxBytes. For
	// a .docx it also bounds what its parts hold uncompressed (see [DOCX]).
	MaxBytes int
	// Format forces the report format; FormatUnknown (the default) detects
	// it from the tables and the year.
	Format report.Format
	// PDF reads a PDF, when [Parse] is given one: package parse/pdf's Read
	// (pdf.Read). Nil means PDFs are refused with ErrNoPDFReader, so that
	// a program that reads no PDF neither builds nor starts the engine.
	PDF func(data []byte, opts Options) (*Result, error)
}

// Result is a report read from a published document, with what the reader
// could not read.
type Result struct {
	// Report is the report read. Cells the reader could not read are blank,
	// and each is named by a diagnostic.
	Report *report.Report
	// Diagnostics lists what could not be read or was read with a doubt,
	// in the order of the document.
	Diagnostics []Diagnostic
	// Kind is what the input was taken for.
	Kind InputKind
	// Encoding is the character encoding the input was decoded from.
	Encoding string
}

// HasErrors reports whether some diagnostic has Error severity: some cell or
// part of the report could not be read.
func (r *Result) HasErrors() bool {
	for _, d := range r.Diagnostics {
		if d.Severity == validate.Error {
			return true
		}
	}
	return false
}

// Parse reads a report of any kind, told apart by content ([Detect]):
// report JSON (the form of report.Report.MarshalJSON), or a published
// report as HTML, a Word document (.docx) or text. JSON gives no
// diagnostics: a document the decoder refuses is an error. It refuses what
// it cannot read with an error: legacy Word and WPS files
// ([ErrLegacyWord]), and PDFs when Options.PDF is nil ([ErrNoPDFReader]):
// a PDF is never read as text.
func Parse(data []byte, opts Options) (*Result, error) {
	switch Detect(data) {
	case KindJSON:
		if err := checkSize(data, opts); err != nil {
			return nil, err
		}
		return readJSON(data)
	case KindHTML:
		return HTML(data, opts)
	case KindDOCX:
		return DOCX(data, opts)
	case KindLegacyWord:
		return nil, refuseOLE2(data)
	case KindPDF:
		if opts.PDF == nil {
			return nil, fmt.Errorf("parse: %w", ErrNoPDFReader)
		}
		return opts.PDF(data, opts)
	}
	return Text(data, opts)
}

// maxBytes returns the size limit the options set.
func (o Options) maxBytes() int {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// readLimit returns how much of a file is read: the size limit, or, when
// MaxBytes is 0 and a PDF reader is set, DefaultMaxPDFBytes, as PDFs run
// larger; each reader then applies its own limit to what was read.
func (o Options) readLimit() int {
	if o.MaxBytes <= 0 && o.PDF != nil {
		return max(DefaultMaxBytes, DefaultMaxPDFBytes)
	}
	return o.maxBytes()
}

// HTML reads a report from an HTML page as a portal serves it: the report
// inside navigation, scripts and metadata; tables with merged cells;
// Word-pasted markup; in UTF-8 or GBK/GB2312/GB18030.
func HTML(data []byte, opts Options) (*Result, error) {
	if err := checkSize(data, opts); err != nil {
		return nil, err
	}
	page, enc, err := decodeHTML(data)
	if err != nil {
		return nil, err
	}
	p := htmlBlocks(page)
	d := newDoc(KindHTML, opts)
	d.blocks = p.blocks
	d.pageTitle = p.title
	d.pageMeta = p.meta
	return d.finish(enc)
}

// Text reads a report from text: lines of prose with tables as |- or
// tab-separated rows, space-aligned columns (pdftotext -layout), Markdown
// tables, or cells run together with no separator.
func Text(data []byte, opts Options) (*Result, error) {
	if err := checkSize(data, opts); err != nil {
		return nil, err
	}
	text, enc, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	d := newDoc(KindText, opts)
	d.blocks = textBlocks(string(text))
	return d.finish(enc)
}

func checkSize(data []byte, opts Options) error {
	if limit := opts.maxBytes(); len(data) > limit {
		return fmt.Errorf("parse: %w: %d bytes (limit %d)", ErrTooLarge, len(data), limit)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fmt.Errorf("parse: %w", ErrEmpty)
	}
	return nil
}
