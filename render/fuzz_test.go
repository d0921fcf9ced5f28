package render

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/table"
	"github.com/opengov-cn/xxgk/validate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FuzzRender renders arbitrary reports in every form and language: a
// report decoded from the fuzzed JSON when it is one, else a report of the
// fuzzed format with the fuzzed text in every text field and the fuzzed
// count in every cell. Each is rendered alone and with an appendix of one
// finding made of the fuzzed text. No rendering may panic, and the HTML
// must parse back into the layouts' tables, cell for cell (spans, labels
// and values), with every user string as text: the title and each
// metadata value read back as the text printed, and no element made from
// it.
func FuzzRender(f *testing.F) {
	f.Add(examples.Xiaoshan2023JSON, "", int64(0), uint8(2))
	f.Add([]byte("{}"), `<script>alert(1)</script>|&"</td>`, int64(-8), uint8(1))
	f.Add([]byte(""), "# a\n- b\r\n1. c\x00\u2028\xff", int64(report.NotApplicable), uint8(2))
	f.Add([]byte("null"), "规章 | 0", int64(report.Blank), uint8(0))
	f.Add([]byte("x"), " \n\t ", int64(1), uint8(1))
	if shanghai, err := os.ReadFile(filepath.Join("testdata", "shanghai-office-2019.json")); err == nil {
		f.Add(shanghai, "", int64(0), uint8(1))
	}
	f.Fuzz(func(t *testing.T, data []byte, text string, n int64, format uint8) {
		r, err := report.ReadJSON(bytes.NewReader(data))
		userText := ""
		if err != nil {
			userText = text
			r = report.New(report.Format(format%4), 2020)
			r.Metadata = report.Metadata{Title: text, ReportingBody: text, Publisher: text, IndexNumber: text,
				DocumentNumber: text, Other: []report.Field{{Label: text, Value: text}}}
			r.Preamble = []string{text}
			r.Overview = report.Section{Paragraphs: []string{text}, Subsections: []report.Subsection{{Title: text, Paragraphs: []string{text, ""}}}}
			r.Problems.Paragraphs = []string{text}
			for c := range r.Cells {
				if c.Kind != report.KindAmount {
					_ = r.Set(c.Path, report.Value{Kind: c.Kind, Count: report.Count(n)})
				}
			}
			r.Table2.ProcurementUnit = report.Unit(format % 4)
			if a, err := report.ParseAmount(text); err == nil {
				r.Table2.FeeAmount, r.Table2.ProcurementAmount = a, a
			}
		}
		findings := WithFindings(&validate.Result{Format: r.Format, Findings: []validate.Finding{
			{Code: text, Severity: validate.Severity(format % 4), Paths: []report.Path{report.Path(text)}, Message: lang.Text{Zh: text, En: text}},
		}})
		for _, l := range []lang.Lang{lang.Chinese, lang.English} {
			for _, rd := range renderers {
				for _, opts := range [][]Option{nil, {findings}} {
					var b bytes.Buffer
					err := rd.fn(&b, r, l, opts...)
					if !r.Format.Valid() {
						if err == nil {
							t.Errorf("%s of a report of format %d: no error", rd.ext, r.Format)
						}
						continue
					}
					if err != nil {
						t.Fatalf("%s %s: %v", rd.ext, l, err)
					}
					if !utf8.Valid(b.Bytes()) {
						t.Fatalf("%s %s: the output is not UTF-8", rd.ext, l)
					}
					if i := bytes.IndexFunc(b.Bytes(), func(r rune) bool { return r < 0x20 && r != '\n' }); i >= 0 {
						t.Fatalf("%s %s: control character at byte %d", rd.ext, l, i)
					}
					if strings.HasSuffix(rd.ext, "html") {
						checkFuzzedHTML(t, b.Bytes(), r, l)
						checkUserText(t, b.Bytes(), userText)
					}
				}
			}
		}
	})
}

func checkFuzzedHTML(t *testing.T, doc []byte, r *report.Report, l lang.Lang) {
	root, err := html.Parse(bytes.NewReader(doc))
	if err != nil {
		t.Fatalf("the HTML does not parse: %v", err)
	}
	if n := findAll(root, func(n *html.Node) bool { return n.DataAtom == atom.Script }); len(n) != 0 {
		t.Fatal("the HTML holds a script element")
	}
	for _, title := range findAll(root, func(n *html.Node) bool { return n.DataAtom == atom.Title }) {
		if strings.TrimSpace(textOf(title)) == "" {
			t.Fatal("the page's <title> is empty")
		}
	}
	var tables []htmlGrid
	for _, tbl := range findAll(root, func(n *html.Node) bool {
		return n.DataAtom == atom.Table && attr(n, "class") == "xxgk-table"
	}) {
		tables = append(tables, expandHTMLTable(tbl))
	}
	grids, _ := table.Fill(r)
	if len(tables) != len(grids) {
		t.Fatalf("%d tables in the HTML, want %d", len(tables), len(grids))
	}
	for i := range grids {
		if err := compareWithLayout(tables[i], grids[i], l); err != nil {
			t.Fatalf("table %d: %v", i+2, err)
		}
	}
}

// checkUserText checks that text, put in the title and every metadata field
// of the report, reads back from the HTML as the text printed (on one
// line): the <h1> and each metadata value.
func checkUserText(t *testing.T, doc []byte, text string) {
	want := oneLine(text)
	if want == "" {
		return
	}
	root, err := html.Parse(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	h1 := findAll(root, func(n *html.Node) bool { return n.DataAtom == atom.H1 })
	if len(h1) != 1 || textOf(h1[0]) != want {
		t.Fatalf("title read back as %q, want %q", textOf(h1[0]), want)
	}
	dds := findAll(root, func(n *html.Node) bool { return n.DataAtom == atom.Dd })
	if len(dds) == 0 || textOf(dds[0]) != want {
		t.Fatalf("reporting body read back wrong, want %q", want)
	}
}

func benchmarkRender(b *testing.B, fn func(io.Writer, *report.Report, lang.Lang, ...Option) error) {
	r := examples.Xiaoshan2023()
	var buf bytes.Buffer
	if err := fn(&buf, r, lang.Chinese); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := fn(&buf, r, lang.Chinese); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarkdown(b *testing.B) { benchmarkRender(b, Markdown) }
func BenchmarkHTML(b *testing.B)     { benchmarkRender(b, HTML) }
func BenchmarkHTMLPage(b *testing.B) { benchmarkRender(b, HTMLPage) }
func BenchmarkText(b *testing.B)     { benchmarkRender(b, Text) }
