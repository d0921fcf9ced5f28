package pdf

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/enums"
	pdfiumerrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// Config sets up a [Reader]. The zero Config is usable: no compilation
// cache, one document at a time, the default limits.
type Config struct {
	// CacheDir is a directory where the engine, once compiled, is kept
	// (wazero's compilation cache), so that the next start of a process
	// takes a fraction of a second instead of seconds. "" keeps no cache.
	// [DefaultCacheDir] gives the usual place.
	CacheDir string
	// Workers is the number of documents read at the same time, each by an
	// engine instance of its own; 0 means 1. Instances are made when first
	// needed and kept.
	Workers int
	// MaxPages is the most pages a document may have; 0 means
	// DefaultMaxPages.
	MaxPages int
	// Timeout bounds the time a caller waits for one document; 0 means
	// DefaultTimeout. A document that takes longer (a damaged file the
	// engine labours to repair) is given up with ErrTimeout: the engine
	// stops at its next page, and its instance is free again then.
	Timeout time.Duration
}

// DefaultTimeout is the time limit of one document when Config.Timeout is
// 0: real reports take well under a second, 500 pages a few seconds; a
// damaged file whose cross-reference table the engine must rebuild can take
// seconds a page.
const DefaultTimeout = 30 * time.Second

// DefaultMaxPages is the page limit when Config.MaxPages is 0: annual
// reports run to 5–30 pages, and a few hundred pages read in a few seconds.
const DefaultMaxPages = 500

// DefaultMaxBytes is the size limit of a PDF when parse.Options.MaxBytes
// is 0 ([parse.DefaultMaxPDFBytes]).
const DefaultMaxBytes = parse.DefaultMaxPDFBytes

// memoryLimitPages bounds the engine's memory (64 KiB pages): 1 GiB.
const memoryLimitPages = 16384

// DefaultCacheDir returns the usual directory of the compilation cache:
// xxgk/wazero in the user's cache directory (os.UserCacheDir), or "" when
// there is none.
func DefaultCacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "xxgk", "wazero")
}

// Reader reads PDFs with PDFium, the engine of Chrome, compiled to
// WebAssembly and run by wazero in pure Go. Starting a Reader compiles the
// engine: about 4.5 s on first start, about 0.15 s with a filled
// compilation cache. A Reader is safe for concurrent use: up to
// Config.Workers documents are read at once, further calls wait.
type Reader struct {
	pool     pdfium.Pool
	maxPages int
	timeout  time.Duration
	slots    chan struct{}
}

// NewReader starts the engine. Close the Reader when done.
func NewReader(cfg Config) (*Reader, error) {
	workers := max(cfg.Workers, 1)
	rc := wazero.NewRuntimeConfig().
		WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
		WithMemoryLimitPages(memoryLimitPages)
	if cfg.CacheDir != "" {
		cache, err := wazero.NewCompilationCacheWithDir(cfg.CacheDir)
		if err != nil {
			return nil, fmt.Errorf("pdf: compilation cache %s: %w", cfg.CacheDir, err)
		}
		rc = rc.WithCompilationCache(cache)
	}
	pool, err := webassembly.Init(webassembly.Config{
		MinIdle:       0,
		MaxIdle:       workers,
		MaxTotal:      workers,
		ReuseWorkers:  true,
		RuntimeConfig: rc,
		FSConfig:      wazero.NewFSConfig(), // no files: documents are read from memory
		Stdout:        io.Discard,
		Stderr:        io.Discard,
	})
	if err != nil {
		return nil, fmt.Errorf("pdf: starting the engine: %w", err)
	}
	maxPages := cfg.MaxPages
	if maxPages <= 0 {
		maxPages = DefaultMaxPages
	}
	timeout := cfg.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	return &Reader{pool: pool, maxPages: maxPages, timeout: timeout, slots: make(chan struct{}, workers)}, nil
}

// Close stops the engine. The Reader is not usable after.
func (r *Reader) Close() error { return r.pool.Close() }

// Pages reads what each page of a PDF shows: its characters with their
// positions and its ruling lines. It returns ErrEncrypted, ErrDamaged or
// ErrTooManyPages (wrapped) for a PDF it cannot read.
func (r *Reader) Pages(data []byte) ([]Page, error) {
	if err := checkPDF(data); err != nil {
		return nil, err
	}
	// The engine reads in a goroutine of its own, so that a caller waits
	// no longer than the time limit. (Interrupting the engine inside a call
	// would need wazero's WithCloseOnContextDone, which makes it ten times
	// slower.)
	r.slots <- struct{}{}
	type result struct {
		pages []Page
		err   error
	}
	done := make(chan result, 1)
	var stop atomic.Bool
	go func() {
		defer func() { <-r.slots }()
		pages, err := r.read(data, &stop)
		done <- result{pages, err}
	}()
	timer := time.NewTimer(r.timeout)
	defer timer.Stop()
	select {
	case res := <-done:
		return res.pages, res.err
	case <-timer.C:
		stop.Store(true)
		return nil, fmt.Errorf("pdf: %w (%s)", ErrTimeout, r.timeout)
	}
}

// read reads the pages with an engine instance, until told to stop.
func (r *Reader) read(data []byte, stop *atomic.Bool) (pages []Page, err error) {
	inst, err := r.pool.GetInstance(10 * time.Minute)
	if err != nil {
		return nil, fmt.Errorf("pdf: engine: %w", err)
	}
	defer inst.Close()
	// The engine must not bring the program down: a failure inside it is
	// an error about this document.
	defer func() {
		if p := recover(); p != nil {
			pages, err = nil, fmt.Errorf("pdf: %w: the engine failed: %v", ErrDamaged, p)
		}
	}()
	doc, err := inst.FPDF_LoadMemDocument(&requests.FPDF_LoadMemDocument{Data: &data})
	if err != nil {
		return nil, loadError(err)
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
	count, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return nil, fmt.Errorf("pdf: %w: %v", ErrDamaged, err)
	}
	if count.PageCount > r.maxPages {
		return nil, fmt.Errorf("pdf: %w: %d pages (limit %d)", ErrTooManyPages, count.PageCount, r.maxPages)
	}
	if count.PageCount == 0 {
		return nil, fmt.Errorf("pdf: %w: no pages", ErrDamaged)
	}
	for i := range count.PageCount {
		if stop.Load() {
			return nil, ErrTimeout
		}
		p, err := readPage(inst, doc.Document, i)
		if err != nil {
			return nil, fmt.Errorf("pdf: page %d: %w: %v", i+1, ErrDamaged, err)
		}
		pages = append(pages, p)
	}
	return pages, nil
}

// loadError says why the engine could not open a document.
func loadError(err error) error {
	switch {
	case errors.Is(err, pdfiumerrors.ErrPassword):
		return fmt.Errorf("pdf: %w", ErrEncrypted)
	case errors.Is(err, pdfiumerrors.ErrSecurity):
		return fmt.Errorf("pdf: %w (unsupported encryption)", ErrEncrypted)
	}
	return fmt.Errorf("pdf: %w: %v", ErrDamaged, err)
}

// readPage reads the characters and the rules of page i.
func readPage(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, i int) (p Page, err error) {
	pg, err := inst.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: doc, Index: i})
	if err != nil {
		return Page{}, err
	}
	defer inst.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: pg.Page})
	page := requests.Page{ByReference: &pg.Page}
	p = Page{Number: i + 1}
	if w, err := inst.FPDF_GetPageWidth(&requests.FPDF_GetPageWidth{Page: page}); err == nil {
		p.Width = w.Width
	}
	if h, err := inst.FPDF_GetPageHeight(&requests.FPDF_GetPageHeight{Page: page}); err == nil {
		p.Height = h.Height
	}
	tp, err := inst.FPDFText_LoadPage(&requests.FPDFText_LoadPage{Page: page})
	if err != nil {
		return Page{}, err
	}
	defer inst.FPDFText_ClosePage(&requests.FPDFText_ClosePage{TextPage: tp.TextPage})
	n, err := inst.FPDFText_CountChars(&requests.FPDFText_CountChars{TextPage: tp.TextPage})
	if err != nil {
		return Page{}, err
	}
	for c := range min(n.Count, maxGlyphsPerPage) {
		u, err := inst.FPDFText_GetUnicode(&requests.FPDFText_GetUnicode{TextPage: tp.TextPage, Index: c})
		if err != nil || u.Unicode <= ' ' || u.Unicode > math.MaxInt32 {
			continue
		}
		o, err := inst.FPDFText_GetCharOrigin(&requests.FPDFText_GetCharOrigin{TextPage: tp.TextPage, Index: c})
		if err != nil {
			continue
		}
		b, err := inst.FPDFText_GetLooseCharBox(&requests.FPDFText_GetLooseCharBox{TextPage: tp.TextPage, Index: c})
		if err != nil {
			continue
		}
		box := Rect{float64(b.Rect.Left), float64(b.Rect.Bottom), float64(b.Rect.Right), float64(b.Rect.Top)}
		if box.Top < box.Bottom { // some engines give the box upside down
			box.Top, box.Bottom = box.Bottom, box.Top
		}
		p.Glyphs = append(p.Glyphs, Glyph{Rune: rune(u.Unicode), X: o.X, Y: o.Y, Box: box})
	}
	defer func() {
		if rot, err := inst.FPDFPage_GetRotation(&requests.FPDFPage_GetRotation{Page: page}); err == nil {
			upright(&p, int(rot.PageRotation))
		}
	}()
	objs, err := inst.FPDFPage_CountObjects(&requests.FPDFPage_CountObjects{Page: page})
	if err != nil {
		return p, nil
	}
	for k := range objs.Count {
		if len(p.Rules) >= maxRulesPerPage {
			break
		}
		ob, err := inst.FPDFPage_GetObject(&requests.FPDFPage_GetObject{Page: page, Index: k})
		if err != nil {
			continue
		}
		p.Rules = objectRules(inst, ob.PageObject, identity, 0, p.Rules)
	}
	return p, nil
}

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// then returns the transformation m followed by n.
func (m matrix) then(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// box returns the bounding box of r transformed by m.
func (m matrix) box(r Rect) Rect {
	pt := func(x, y float64) Rect {
		x, y = m[0]*x+m[2]*y+m[4], m[1]*x+m[3]*y+m[5]
		return Rect{x, y, x, y}
	}
	return union(union(pt(r.Left, r.Bottom), pt(r.Right, r.Top)), union(pt(r.Left, r.Top), pt(r.Right, r.Bottom)))
}

// maxFormDepth bounds the nesting of form objects looked into.
const maxFormDepth = 4

// objectRules adds the rules of a page object to rules: a path's, or
// those of the objects in a form object (a Form XObject, which some
// writers wrap the page in), placed by the form's matrix; m places the
// object on the page.
func objectRules(inst pdfium.Pdfium, obj references.FPDF_PAGEOBJECT, m matrix, depth int, rules []Rule) []Rule {
	ty, err := inst.FPDFPageObj_GetType(&requests.FPDFPageObj_GetType{PageObject: obj})
	if err != nil {
		return rules
	}
	switch ty.Type {
	case enums.FPDF_PAGEOBJ_PATH:
		for _, r := range pathRules(inst, obj) {
			rules = append(rules, Rule(m.box(Rect(r))))
		}
	case enums.FPDF_PAGEOBJ_FORM:
		if depth >= maxFormDepth {
			return rules
		}
		fm, err := inst.FPDFPageObj_GetMatrix(&requests.FPDFPageObj_GetMatrix{PageObject: obj})
		if err != nil {
			return rules
		}
		f := fm.Matrix
		inner := matrix{float64(f.A), float64(f.B), float64(f.C), float64(f.D), float64(f.E), float64(f.F)}.then(m)
		n, err := inst.FPDFFormObj_CountObjects(&requests.FPDFFormObj_CountObjects{PageObject: obj})
		if err != nil {
			return rules
		}
		for k := range n.Count {
			if len(rules) >= maxRulesPerPage {
				break
			}
			sub, err := inst.FPDFFormObj_GetObject(&requests.FPDFFormObj_GetObject{PageObject: obj, Index: uint64(k)})
			if err != nil {
				continue
			}
			rules = objectRules(inst, sub.PageObject, inner, depth+1, rules)
		}
	}
	return rules
}

// pathRules returns the rules a path draws: the path itself when it is a
// thin line or rectangle; else, for a path that draws many (a whole grid,
// as some writers do), its straight stroked segments and its thin filled
// subpaths, placed by the object's matrix.
func pathRules(inst pdfium.Pdfium, obj references.FPDF_PAGEOBJECT) []Rule {
	bd, err := inst.FPDFPageObj_GetBounds(&requests.FPDFPageObj_GetBounds{PageObject: obj})
	if err != nil {
		return nil
	}
	box := Rule{float64(bd.Left), float64(bd.Bottom), float64(bd.Right), float64(bd.Top)}
	if Rect(box).width() <= 2.5 || Rect(box).height() <= 2.5 {
		return []Rule{box}
	}
	segs, err := inst.FPDFPath_CountSegments(&requests.FPDFPath_CountSegments{PageObject: obj})
	if err != nil || segs.Count < 2 || segs.Count > 4*maxRulesPerPage {
		return nil
	}
	mode, err := inst.FPDFPath_GetDrawMode(&requests.FPDFPath_GetDrawMode{PageObject: obj})
	if err != nil {
		return nil
	}
	m, err := inst.FPDFPageObj_GetMatrix(&requests.FPDFPageObj_GetMatrix{PageObject: obj})
	if err != nil {
		return nil
	}
	at := func(x, y float64) (float64, float64) {
		mx := m.Matrix
		return float64(mx.A)*x + float64(mx.C)*y + float64(mx.E), float64(mx.B)*x + float64(mx.D)*y + float64(mx.F)
	}
	var rules []Rule
	var px, py float64
	var sub Rect // the current subpath's box
	inSub := false
	flush := func() {
		if inSub && mode.FillMode != enums.FPDF_FILLMODE_NONE && (sub.width() <= 2.5 || sub.height() <= 2.5) {
			rules = append(rules, Rule(sub))
		}
		inSub = false
	}
	for s := range segs.Count {
		seg, err := inst.FPDFPath_GetPathSegment(&requests.FPDFPath_GetPathSegment{PageObject: obj, Index: s})
		if err != nil {
			break
		}
		pt, err := inst.FPDFPathSegment_GetPoint(&requests.FPDFPathSegment_GetPoint{PathSegment: seg.PathSegment})
		if err != nil {
			break
		}
		ty, err := inst.FPDFPathSegment_GetType(&requests.FPDFPathSegment_GetType{PathSegment: seg.PathSegment})
		if err != nil {
			break
		}
		x, y := at(float64(pt.X), float64(pt.Y))
		if ty.Type == enums.FPDF_SEGMENT_MOVETO {
			flush()
			sub, inSub = Rect{x, y, x, y}, true
		} else {
			sub = union(sub, Rect{x, y, x, y})
		}
		if ty.Type == enums.FPDF_SEGMENT_LINETO && mode.Stroke {
			r := Rect{min(px, x), min(py, y), max(px, x), max(py, y)}
			if r.width() <= 1 || r.height() <= 1 { // straight
				rules = append(rules, Rule{r.Left - 0.25, r.Bottom - 0.25, r.Right + 0.25, r.Top + 0.25})
			}
		}
		px, py = x, y
	}
	flush()
	return rules
}

// The reader shared by the process, started on first use.
var shared struct {
	sync.Mutex
	r *Reader
}

// sharedReader returns the process's reader, starting it on first use with
// the default cache directory (or none, when it cannot be made) and a
// worker for each CPU.
func sharedReader() (*Reader, error) {
	shared.Lock()
	defer shared.Unlock()
	if shared.r == nil {
		cfg := Config{CacheDir: DefaultCacheDir(), Workers: runtime.GOMAXPROCS(0)}
		r, err := NewReader(cfg)
		if err != nil && cfg.CacheDir != "" {
			cfg.CacheDir = "" // a cache directory that cannot be made: start without
			r, err = NewReader(cfg)
		}
		if err != nil {
			return nil, err
		}
		shared.r = r
	}
	return shared.r, nil
}

// Close stops the engine that [Read] started, if any; a later Read starts
// it again.
func Close() error {
	shared.Lock()
	defer shared.Unlock()
	if shared.r == nil {
		return nil
	}
	err := shared.r.Close()
	shared.r = nil
	return err
}
