package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/opengov-cn/xxgk/parse"
)

// buildPDF writes a PDF of the given objects (numbered from 1, the first
// the catalog) with a correct cross-reference table, and extra entries in
// its trailer.
func buildPDF(objects []string, trailer string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, trailer, xref)
	return b.Bytes()
}

// onePage returns the objects of a one-page PDF drawing the content, with
// Helvetica as font F1.
func onePage(content string) []string {
	return []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
}

// TestHandWritten reads a hand-written PDF: the engine gives its text and
// its ruling lines.
func TestHandWritten(t *testing.T) {
	pages, err := testReader(t).Pages(buildPDF(onePage("BT /F1 12 Tf 72 700 Td (Hello world) Tj ET 1 w 72 650 m 300 650 l S"), ""))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 1 || pages[0].Width != 595 || pages[0].Height != 842 {
		t.Fatalf("pages %+v", pages)
	}
	var text strings.Builder
	for _, g := range pages[0].Glyphs {
		text.WriteRune(g.Rune)
		if g.Rune == 'H' && (g.X < 71 || g.X > 73 || g.Y < 699 || g.Y > 701) {
			t.Errorf("H at %.1f,%.1f, want 72,700", g.X, g.Y)
		}
	}
	if !strings.Contains(text.String(), "Helloworld") && !strings.Contains(text.String(), "Hello world") {
		t.Errorf("text %q", text.String())
	}
	if len(pages[0].Rules) != 1 || pages[0].Rules[0].Left > 73 || pages[0].Rules[0].Right < 299 {
		t.Errorf("rules %+v", pages[0].Rules)
	}
}

// TestBadPDFs checks the error of each kind of PDF that cannot be read.
func TestBadPDFs(t *testing.T) {
	huaian := readTestdata(t, "huaian-city-2024.pdf")
	damaged := bytes.Clone(huaian)
	// The objects before the cross-reference table overwritten; its end
	// kept.
	i := bytes.LastIndex(damaged, []byte("startxref"))
	copy(damaged[i-3000:], bytes.Repeat([]byte("y"), 3000))
	encrypted := onePage("BT /F1 12 Tf 72 700 Td (secret) Tj ET")
	encrypted = append(encrypted, "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <"+strings.Repeat("1f", 32)+"> /U <"+strings.Repeat("2e", 32)+"> >>")
	for _, tt := range []struct {
		name string
		data []byte
		want error
		msg  string
	}{
		{"scan", buildPDF(onePage("q 100 0 0 100 72 600 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q"), ""), ErrNoText, "no text layer; it needs OCR"},
		{"blank", buildPDF(onePage(""), ""), ErrNoText, "no text layer; it needs OCR"},
		{"encrypted", buildPDF(encrypted, "/Encrypt 6 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]"), ErrEncrypted, "needs a password"},
		{"truncated", huaian[:len(huaian)/2], ErrDamaged, "cut short"},
		{"damaged", damaged, ErrDamaged, "damaged"},
		{"not a PDF", []byte("<html>%%EOF"), ErrDamaged, "no %PDF- header"},
		{"too large", huaian, parse.ErrTooLarge, "too large"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			opts := parse.Options{}
			if tt.want == parse.ErrTooLarge {
				opts.MaxBytes = 1000
			}
			_, err := testReader(t).Read(tt.data, opts)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %v, want %v with %q", err, tt.want, tt.msg)
			}
		})
	}
}

// TestTimeout gives up a document that takes longer than the reader's time
// limit (Config.Timeout): 490 pages, which take the engine a tenth of a
// second or more, against a limit of a millisecond. The reader still reads
// after it, once given a limit that a document fits in.
func TestTimeout(t *testing.T) {
	r, err := NewReader(Config{CacheDir: DefaultCacheDir(), Timeout: time.Millisecond, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	start := time.Now()
	if _, err := r.Pages(manyPages(490)); !errors.Is(err, ErrTimeout) {
		t.Errorf("error %v, want ErrTimeout", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("given up after %s", d)
	}
	r.timeout = DefaultTimeout
	if _, err := r.Read(readTestdata(t, "huaian-city-2024.pdf"), parse.Options{}); err != nil {
		t.Errorf("after a timeout: %v", err)
	}
}

// TestTooManyPages refuses a PDF above the page limit of its reader.
func TestTooManyPages(t *testing.T) {
	r, err := NewReader(Config{CacheDir: DefaultCacheDir(), MaxPages: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := r.Read(readTestdata(t, "huaian-city-2024.pdf"), parse.Options{}); !errors.Is(err, ErrTooManyPages) {
		t.Errorf("error %v, want ErrTooManyPages", err)
	}
}

// manyPages returns a PDF of n pages, each a line of text and a rule.
func manyPages(n int) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", ""}
	var kids []string
	content := "BT /F1 12 Tf 72 700 Td (Page text) Tj ET 1 w 72 650 m 300 650 l S"
	objs = append(objs, fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	for range n {
		kids = append(kids, fmt.Sprintf("%d 0 R", len(objs)+1))
		objs = append(objs, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>")
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n)
	return buildPDF(objs, "")
}

// TestHundredsOfPages reads a PDF of 400 pages within the limits, and
// refuses one above the page limit before reading any page.
func TestHundredsOfPages(t *testing.T) {
	start := time.Now()
	pages, err := testReader(t).Pages(manyPages(400))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 400 || len(pages[399].Glyphs) == 0 {
		t.Errorf("%d pages", len(pages))
	}
	t.Logf("400 pages read in %s", time.Since(start))
	start = time.Now()
	if _, err := testReader(t).Pages(manyPages(DefaultMaxPages + 1)); !errors.Is(err, ErrTooManyPages) {
		t.Errorf("error %v, want ErrTooManyPages", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("refused after %s", d)
	}
}

// TestConcurrent reads with one Reader from several goroutines.
func TestConcurrent(t *testing.T) {
	data := readTestdata(t, "huaian-city-2024.pdf")
	r := testReader(t)
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			res, err := r.Read(data, parse.Options{})
			if err == nil && res.Report.Metadata.Year != 2024 {
				err = fmt.Errorf("year %d", res.Report.Metadata.Year)
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestRotatedPage reads a page shown turned a quarter clockwise (/Rotate
// 90, as landscape tables are printed), its text drawn upright as shown:
// its lines run left to right.
func TestRotatedPage(t *testing.T) {
	// On a 595 x 842 page turned 90°, text upright as shown runs up the
	// page's own y axis.
	content := "BT /F1 12 Tf 0 1 -1 0 500 100 Tm (First line) Tj 0 1 -1 0 520 100 Tm (Second line) Tj ET"
	objs := onePage(content)
	objs[2] = strings.Replace(objs[2], "/Type /Page ", "/Type /Page /Rotate 90 ", 1)
	pages, err := testReader(t).Pages(buildPDF(objs, ""))
	if err != nil {
		t.Fatal(err)
	}
	if pages[0].Width != 842 || pages[0].Height != 595 {
		t.Errorf("size %vx%v, want 842x595", pages[0].Width, pages[0].Height)
	}
	var got []string
	for _, b := range Rebuild(pages) {
		got = append(got, b.Text)
	}
	if strings.Join(got, "|") != "First line|Second line" && strings.Join(got, "|") != "First line Second line" {
		t.Errorf("text %q", got)
	}
}

// TestPathsOfManyRules reads the rules of a grid drawn as one stroked path
// and as one filled path of thin rectangles.
func TestPathsOfManyRules(t *testing.T) {
	for name, content := range map[string]string{
		"stroked": "1 w 72 700 m 300 700 l 72 650 m 300 650 l 72 650 m 72 700 l 300 650 m 300 700 l S",
		"filled":  "72 699.5 228 1 re 72 649.5 228 1 re 71.5 650 1 50 re 299.5 650 1 50 re f",
	} {
		pages, err := testReader(t).Pages(buildPDF(onePage(content+" BT /F1 9 Tf 80 670 Td (cell) Tj ET"), ""))
		if err != nil {
			t.Fatal(err)
		}
		if len(pages[0].Rules) != 4 {
			t.Errorf("%s: rules %+v", name, pages[0].Rules)
		}
		blocks := Rebuild(pages)
		if len(blocks) != 1 || len(blocks[0].Rows) != 1 || blocks[0].Rows[0][0].Text != "cell" {
			t.Errorf("%s: blocks %+v", name, blocks)
		}
	}
}

// TestFormRules reads the rules a Form XObject draws, placed on the page.
func TestFormRules(t *testing.T) {
	form := "1 w 0 0 m 200 0 l S 0 0 m 0 50 l S"
	objs := onePage("q 1 0 0 1 72 600 cm /Fm1 Do Q BT /F1 9 Tf 80 620 Td (x) Tj ET")
	objs[2] = strings.Replace(objs[2], "/Resources << ", "/Resources << /XObject << /Fm1 6 0 R >> ", 1)
	objs = append(objs, fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 300 300] /Matrix [1 0 0 1 10 20] /Length %d >>\nstream\n%s\nendstream", len(form), form))
	pages, err := testReader(t).Pages(buildPDF(objs, ""))
	if err != nil {
		t.Fatal(err)
	}
	rules := pages[0].Rules
	if len(rules) != 2 {
		t.Fatalf("rules %+v", rules)
	}
	// The horizontal line from (82,620) to (282,620).
	h := rules[0]
	if h.Left < 81 || h.Left > 83 || h.Right < 281 || h.Right > 283 || h.Bottom < 619 || h.Top > 621 {
		t.Errorf("horizontal rule %+v, want 82..282 at 620", h)
	}
}
