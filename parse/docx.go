package parse

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"golang.org/x/net/html/charset"
)

// Errors for files that are not documents this package reads. Each is
// returned wrapped, with what was found and what to do, so that errors.Is
// tells them apart.
var (
	// ErrLegacyWord is returned for a legacy Word (.doc) or WPS (.wps)
	// document, an OLE2 compound file: it must be converted to .docx first,
	// for example with LibreOffice:
	//
	//	soffice --headless --convert-to docx FILE
	ErrLegacyWord = errors.New("legacy Word (.doc) or WPS (.wps) document")
	// ErrEncryptedWord is returned for a password-protected Word document
	// (an encrypted .docx is an OLE2 compound file too): it must be saved
	// without a password first.
	ErrEncryptedWord = errors.New("password-protected Word document")
	// ErrNotWord is returned for a zip archive that holds no Word document
	// (no word/document.xml, or one that is not WordprocessingML), and by
	// [DOCX] for input that is not a zip archive at all.
	ErrNotWord = errors.New("not a Word document")
	// ErrDamaged is returned for a damaged or truncated .docx: a zip archive
	// whose directory, compressed data or checksums are broken, or whose XML
	// is not well formed.
	ErrDamaged = errors.New("damaged or truncated document")
	// ErrNoPDFReader is returned by [Parse] for a PDF when no PDF reader is
	// configured: PDFs are never read as text.
	ErrNoPDFReader = errors.New("a PDF needs the PDF reader (package parse/pdf), and none is configured")
)

// maxXMLDepth bounds the nesting of XML elements in a part: real documents
// nest a few dozen deep (tables in tables included).
const maxXMLDepth = 512

// Namespaces of WordprocessingML (transitional and strict), markup
// compatibility, and the document properties.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	nsDC      = "http://purl.org/dc/elements/1.1/"
)

// ole2Magic opens every OLE2 compound file: legacy .doc, .wps, .xls, and
// encrypted .docx.
var ole2Magic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// isZip reports whether data opens as a zip archive does (a local file
// header, or the end record of an empty archive).
func isZip(data []byte) bool {
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06"))
}

// isPDF reports whether a PDF header ("%PDF-" and a version digit) is in the
// first kilobyte, where PDF readers look for it.
func isPDF(data []byte) bool {
	head := data[:min(len(data), 1024)]
	i := bytes.Index(head, []byte("%PDF-"))
	return i >= 0 && i+5 < len(head) && head[i+5] >= '0' && head[i+5] <= '9'
}

// refuseOLE2 returns the error for an OLE2 compound file: an encrypted
// .docx (it holds an EncryptedPackage stream), else a legacy document.
func refuseOLE2(data []byte) error {
	if bytes.Contains(data, utf16le("EncryptedPackage")) {
		return fmt.Errorf("parse: %w: save it without a password (File > Info > Protect Document) and try again", ErrEncryptedWord)
	}
	return fmt.Errorf("parse: %w (an OLE2 compound file): convert it to .docx first, e.g. with LibreOffice: soffice --headless --convert-to docx FILE", ErrLegacyWord)
}

func utf16le(s string) []byte {
	var b []byte
	for _, c := range []byte(s) {
		b = append(b, c, 0)
	}
	return b
}

// DOCX reads a report from a Word document (.docx, as Word, WPS and
// LibreOffice write it) through the same steps as [HTML]: its paragraphs
// and tables become blocks, then sections, metadata and tables are read.
//
// What it reads: the main document part (word/document.xml or wherever
// _rels/.rels points), with runs joined whatever their splitting, tabs and
// line breaks; tables with w:gridSpan, w:vMerge and w:hMerge turned into
// column and row spans, the innermost of nested tables kept as tables (the
// outer ones read as running text, as [HTML] does with layout tables);
// numbers of automatically numbered paragraphs ("一、", "（一）", "1.")
// computed from numbering.xml and styles.xml; tracked changes as if
// accepted (insertions and moves kept, deletions dropped); the results of
// fields (not their instructions; a table of contents is dropped); content
// controls, hyperlinks, smart tags, custom XML and text boxes;
// mc:AlternateContent through its first mc:Choice, else its mc:Fallback.
// Hidden text (w:vanish) is dropped. Headers, footers, footnotes and
// comments are not read. The title in docProps/core.xml (and the custom
// properties of docProps/custom.xml, where LibreOffice keeps a page's
// <meta>) are used as [HTML] uses the page's <title> and <meta>: only where
// the text lacks them. The author is never taken for the reporting body.
//
// Diagnostics place what they name as paragraph N (Location.Paragraph) or
// table T, row R, cell C (the C-th w:tc of the R-th w:tr of the T-th
// w:tbl, counting the covered parts of vertically merged cells).
//
// Limits: Options.MaxBytes (DefaultMaxBytes, 16 MiB, when 0) bounds the
// input, as for every input, and also the parts read from it, uncompressed
// and all together (document.xml, styles.xml, numbering.xml and the
// document properties): a zip bomb is refused with [ErrTooLarge] as soon as
// that much has been inflated. It bounds the text read too, the numbers of
// numbered paragraphs included. XML nesting is bounded by 512 levels. The
// XML is read as a stream, so memory stays within a small multiple of the
// text read (reading a zip bomb up to the default limit, the whole command
// line stays at 17 MB of resident memory), and time within about 3 s of
// CPU at the default limit at worst (16 MiB of empty elements); a real
// report's few hundred kilobytes of XML take some tens of milliseconds.
//
// Errors: [ErrNotWord] for a zip that holds no Word document or input that
// is not a zip; [ErrDamaged] for a damaged or truncated one;
// [ErrLegacyWord] and [ErrEncryptedWord] for OLE2 files; [ErrTooLarge] past
// the limits; [ErrEmpty] for a document with no text (pages pasted as
// images).
func DOCX(data []byte, opts Options) (*Result, error) {
	doc, err := readDOCX(data, opts)
	if err != nil {
		return nil, err
	}
	d := newDoc(KindDOCX, opts)
	d.blocks = doc.blocks
	d.pageTitle = doc.title
	d.pageMeta = doc.meta
	return d.finish(doc.encoding)
}

// docxDocument is what the reader takes from a .docx: the blocks of its
// body, and its properties.
type docxDocument struct {
	blocks   []block
	title    string            // dc:title
	meta     map[string]string // custom properties, lower-cased name → value
	encoding string
}

// readDOCX reads the blocks and properties of a .docx.
func readDOCX(data []byte, opts Options) (*docxDocument, error) {
	if err := checkSize(data, opts); err != nil {
		return nil, err
	}
	if bytes.HasPrefix(data, ole2Magic) {
		return nil, refuseOLE2(data)
	}
	if !isZip(data) {
		return nil, fmt.Errorf("parse: %w: not a zip archive", ErrNotWord)
	}
	pkg, err := openPackage(data, int64(opts.maxBytes()))
	if err != nil {
		return nil, err
	}
	main := pkg.mainDocument()
	if main == "" {
		if pkg.files["mimetype"] != nil && pkg.files["content.xml"] != nil {
			return nil, fmt.Errorf("parse: %w: an OpenDocument file (.odt): convert it to .docx first, e.g. with LibreOffice: soffice --headless --convert-to docx FILE", ErrNotWord)
		}
		return nil, fmt.Errorf("parse: %w: the zip archive holds no word/document.xml", ErrNotWord)
	}
	// Styles and numbering come first: a paragraph's number is computed
	// when it is read.
	num := newNumbering()
	rels := pkg.relationships(main)
	if err := pkg.readPart(pkg.target(rels, "/styles", path.Join(path.Dir(main), "styles.xml")), num.readStyles); err != nil {
		return nil, err
	}
	if err := pkg.readPart(pkg.target(rels, "/numbering", path.Join(path.Dir(main), "numbering.xml")), num.readNumbering); err != nil {
		return nil, err
	}
	body := &docxBody{num: num, maxText: opts.maxBytes()}
	if err := pkg.readPart(main, body.read); err != nil {
		return nil, err
	}
	if !body.isWord {
		return nil, fmt.Errorf("parse: %w: %s is not a WordprocessingML document", ErrNotWord, main)
	}
	if len(body.blocks) == 0 {
		return nil, fmt.Errorf("parse: %w: the Word document holds no text (pages pasted as images need OCR)", ErrEmpty)
	}
	// The properties only add metadata: a damaged properties part is
	// passed over, but not one past the limit.
	props := &docxProps{meta: map[string]string{}}
	pkgRels := pkg.relationships("")
	if err := pkg.readPart(pkg.target(pkgRels, "/core-properties", "docProps/core.xml"), props.readCore); errors.Is(err, ErrTooLarge) {
		return nil, err
	}
	if err := pkg.readPart(pkg.target(pkgRels, "/custom-properties", "docProps/custom.xml"), props.readCustom); errors.Is(err, ErrTooLarge) {
		return nil, err
	}
	return &docxDocument{blocks: body.blocks, title: props.title, meta: props.meta, encoding: body.encoding}, nil
}

// docxPackage is the zip archive of a .docx, with what may still be read
// from it uncompressed.
type docxPackage struct {
	files  map[string]*zip.File // by lower-cased part name: part names ignore case
	budget int64                // bytes that may still be read uncompressed
	limit  int64
}

func openPackage(data []byte, limit int64) (*docxPackage, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		// Nothing is written to disk, so insecure names do no harm.
		return nil, fmt.Errorf("parse: %w: %v", ErrDamaged, err)
	}
	p := &docxPackage{files: make(map[string]*zip.File, len(zr.File)), budget: limit, limit: limit}
	for _, f := range zr.File {
		name := strings.ToLower(strings.TrimPrefix(f.Name, "/"))
		if _, dup := p.files[name]; !dup {
			p.files[name] = f
		}
	}
	return p, nil
}

// mainDocument returns the name of the main document part: the target of
// the officeDocument relationship of _rels/.rels, else word/document.xml;
// "" when the archive holds neither.
func (p *docxPackage) mainDocument() string {
	name := p.target(p.relationships(""), "/officeDocument", "word/document.xml")
	if _, ok := p.files[strings.ToLower(name)]; ok {
		return name
	}
	if _, ok := p.files["word/document.xml"]; ok {
		return "word/document.xml"
	}
	return ""
}

// relationship is one <Relationship> of a .rels part.
type relationship struct {
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
	Mode   string `xml:"TargetMode,attr"`
}

// relationships returns the relationships of a part ("" for the package),
// with their targets resolved to part names. A missing or unreadable .rels
// part gives none: the default part names are tried instead.
func (p *docxPackage) relationships(part string) []relationship {
	dir, file := path.Split(part)
	relsName := path.Join(dir, "_rels", file+".rels")
	var rels []relationship
	_ = p.readPart(relsName, func(dec *xml.Decoder) error {
		for {
			tok, err := dec.Token()
			if err != nil {
				return err
			}
			if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "Relationship" {
				var r relationship
				if err := dec.DecodeElement(&r, &se); err != nil {
					return err
				}
				if r.Mode == "External" {
					continue
				}
				if strings.HasPrefix(r.Target, "/") {
					r.Target = strings.TrimPrefix(r.Target, "/")
				} else {
					r.Target = path.Join(dir, r.Target)
				}
				rels = append(rels, r)
				if len(rels) > 10000 {
					return nil
				}
			}
		}
	})
	return rels
}

// target returns the target of the first relationship whose type ends in
// suffix, else def.
func (p *docxPackage) target(rels []relationship, suffix, def string) string {
	for _, r := range rels {
		if strings.HasSuffix(r.Type, suffix) {
			return r.Target
		}
	}
	return def
}

// readPart streams a part through read, within the budget of uncompressed
// bytes. A part the archive does not hold is not an error: read is not
// called. Errors are wrapped in ErrTooLarge or ErrDamaged.
func (p *docxPackage) readPart(name string, read func(*xml.Decoder) error) error {
	f, ok := p.files[strings.ToLower(name)]
	if !ok {
		return nil
	}
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("parse: %w: %s: %v", ErrDamaged, name, err)
	}
	defer rc.Close()
	dec := xml.NewDecoder(&budgetReader{r: rc, pkg: p, name: name})
	dec.CharsetReader = charset.NewReaderLabel
	err = read(dec)
	switch {
	case p.budget < 0:
		// The decoder may report the cut it saw rather than the limit.
		return p.tooLarge(name)
	case err == nil, err == io.EOF:
		return nil
	case errors.Is(err, ErrTooLarge), errors.Is(err, ErrNotWord), errors.Is(err, ErrDamaged):
		return err
	}
	return fmt.Errorf("parse: %w: %s: %v", ErrDamaged, name, err)
}

// budgetReader reads a part, counting its bytes against the package's
// budget, and fails with ErrTooLarge past it.
type budgetReader struct {
	r    io.Reader
	pkg  *docxPackage
	name string
}

func (b *budgetReader) Read(buf []byte) (int, error) {
	if b.pkg.budget < 0 {
		return 0, b.pkg.tooLarge(b.name)
	}
	if int64(len(buf)) > b.pkg.budget+1 {
		buf = buf[:b.pkg.budget+1]
	}
	n, err := b.r.Read(buf)
	b.pkg.budget -= int64(n)
	if b.pkg.budget < 0 {
		return 0, b.pkg.tooLarge(b.name)
	}
	return n, err
}

func (p *docxPackage) tooLarge(name string) error {
	return fmt.Errorf("parse: %w: %s: the document's parts hold more than %d bytes uncompressed", ErrTooLarge, name, p.limit)
}

// docxProps holds the document properties used as the page's title and
// <meta> are for HTML.
type docxProps struct {
	title string
	meta  map[string]string // lower-cased name → value
}

// readCore reads dc:title from docProps/core.xml.
func (p *docxProps) readCore(dec *xml.Decoder) error {
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Space == nsDC && se.Name.Local == "title" {
			var s string
			if err := dec.DecodeElement(&s, &se); err != nil {
				return err
			}
			p.title = cleanText(s)
			return nil
		}
	}
}

// readCustom reads the text properties of docProps/custom.xml.
func (p *docxProps) readCustom(dec *xml.Decoder) error {
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "property" {
			continue
		}
		var prop struct {
			Name  string `xml:"name,attr"`
			Value string `xml:"lpwstr"`
		}
		if err := dec.DecodeElement(&prop, &se); err != nil {
			return err
		}
		if v := cleanText(prop.Value); prop.Name != "" && v != "" && len(p.meta) < 1000 {
			p.meta[strings.ToLower(prop.Name)] = v
		}
	}
}
