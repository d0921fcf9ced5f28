package pdf

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/opengov-cn/xxgk/parse"
)

// Errors for PDFs that cannot be read, returned wrapped: test with
// errors.Is.
var (
	// ErrNoText: the pages hold no text, only images (a scan).
	ErrNoText = errors.New("no text layer; it needs OCR")
	// ErrEncrypted: the PDF is encrypted and needs a password to open.
	ErrEncrypted = errors.New("encrypted PDF; it needs a password")
	// ErrDamaged: the PDF is truncated or damaged.
	ErrDamaged = errors.New("truncated or damaged PDF")
	// ErrTooManyPages: the PDF has more pages than the limit.
	ErrTooManyPages = errors.New("too many pages")
	// ErrTimeout: the engine took longer than the time limit.
	ErrTimeout = errors.New("reading the PDF took too long")
)

// checkPDF refuses what is plainly no whole PDF: no header, or no end
// marker (a file cut short in a download).
func checkPDF(data []byte) error {
	if !parse.IsPDF(data) {
		return fmt.Errorf("pdf: %w: no %%PDF- header", ErrDamaged)
	}
	tail := data[max(len(data)-2048, 0):]
	if !bytes.Contains(tail, []byte("%%EOF")) {
		return fmt.Errorf("pdf: %w: no %%%%EOF at the end (the file is cut short)", ErrDamaged)
	}
	return nil
}

// Read reads a report from a PDF with the engine shared by the process,
// started on first use (see [Reader]) with its compilation cache in
// [DefaultCacheDir] and one engine instance for each CPU. Use it as
// parse.Options.PDF to let [parse.Parse] read PDFs.
func Read(data []byte, opts parse.Options) (*parse.Result, error) {
	r, err := sharedReader()
	if err != nil {
		return nil, err
	}
	return r.Read(data, opts)
}

// Read reads a report from a PDF: the text of its pages is rebuilt into
// paragraphs and tables by [Rebuild], and read as HTML and text are. The
// input is limited to opts.MaxBytes (DefaultMaxBytes when 0) and to the
// Reader's page limit. It returns ErrNoText for a scan, ErrEncrypted,
// ErrDamaged, ErrTooManyPages, ErrTimeout or parse.ErrTooLarge (wrapped).
func (r *Reader) Read(data []byte, opts parse.Options) (*parse.Result, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if len(data) > limit {
		return nil, fmt.Errorf("pdf: %w: %d bytes (limit %d)", parse.ErrTooLarge, len(data), limit)
	}
	pages, err := r.Pages(data)
	if err != nil {
		return nil, err
	}
	if !hasText(pages) {
		return nil, fmt.Errorf("pdf: %d pages: %w", len(pages), ErrNoText)
	}
	return parse.FromBlocks(parse.KindPDF, Rebuild(pages), opts)
}

// hasText reports whether some page shows some character.
func hasText(pages []Page) bool {
	for _, p := range pages {
		for _, g := range p.Glyphs {
			if clean(g) {
				return true
			}
		}
	}
	return false
}
