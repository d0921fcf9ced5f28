package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// xiaoshanWrong returns the Xiaoshan report with one cell of table 三
// changed by +1: 自然人 of 一、本年新收政府信息公开申请数量, so that the
// row's total and the balance no longer hold.
func xiaoshanWrong() *report.Report {
	r := examples.Xiaoshan2023()
	r.Table3.Rows[report.RowReceived][0]++
	return r
}

// validated returns r validated with messages in language l.
func validated(r *report.Report, l lang.Lang) *validate.Result {
	return validate.Validate(r, validate.Options{Language: l})
}

func TestAppendixGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		r    *report.Report
		l    lang.Lang
	}{
		{"xiaoshan-2023", examples.Xiaoshan2023(), lang.Chinese},
		{"xiaoshan-2023-wrong", xiaoshanWrong(), lang.English},
	} {
		res := validated(tt.r, tt.l)
		for _, rd := range renderers[:3] {
			name := tt.name + "." + tt.l.String() + ".findings." + rd.ext
			t.Run(name, func(t *testing.T) {
				got := renderString(t, rd.fn, tt.r, tt.l, WithFindings(res))
				checkGolden(t, name, got)
				// The appendix comes after the report, which is unchanged.
				if plain := renderString(t, rd.fn, tt.r, tt.l); !strings.HasPrefix(got, strings.TrimSuffix(plain, "</article>\n</body>\n</html>\n")) {
					t.Error("the report before the appendix differs from the report rendered alone")
				}
			})
		}
	}
	if res := validated(xiaoshanWrong(), lang.English); res.Count(validate.Error) == 0 {
		t.Errorf("the changed report has no error findings: %v", res.Findings)
	}
}

// Without findings, or with a nil result or option, the output is that of
// the renderer without options.
func TestAppendixAbsent(t *testing.T) {
	r := examples.Xiaoshan2023()
	for _, rd := range renderers {
		want := renderString(t, rd.fn, r, lang.Chinese)
		for _, opts := range [][]Option{nil, {nil}, {WithFindings(nil)}} {
			if got := renderString(t, rd.fn, r, lang.Chinese, opts...); got != want {
				t.Errorf("%s with options %v differs from the renderer without", rd.ext, opts)
			}
		}
	}
}

// No findings: the heading and one line.
func TestAppendixNoFindings(t *testing.T) {
	r := examples.Xiaoshan2023()
	res := &validate.Result{}
	for _, tt := range []struct {
		l    lang.Lang
		want string
	}{
		{lang.Chinese, "\n## 附录：校验结果\n\n未发现问题。\n"},
		{lang.English, "\n## Appendix: validation results\n\nNo findings.\n"},
	} {
		if md := renderString(t, Markdown, r, tt.l, WithFindings(res)); !strings.HasSuffix(md, tt.want) {
			t.Errorf("%s: Markdown ends %q, want %q", tt.l, md[len(md)-80:], tt.want)
		}
	}
	frag := renderString(t, HTML, r, lang.Chinese, WithFindings(res))
	if !strings.HasSuffix(frag, "<section id=\"xxgk-appendix\">\n<h2>附录：校验结果</h2>\n<p>未发现问题。</p>\n</section>\n</article>\n") {
		t.Errorf("HTML ends %q", frag[len(frag)-120:])
	}
}

// appendixRows parses an HTML page and returns the cells of the rows of the
// findings table, and checks that it is the last section of the article.
func appendixRows(t *testing.T, page string) [][]*html.Node {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	sections := findAll(root, func(n *html.Node) bool { return n.DataAtom == atom.Section })
	if len(sections) != 7 || attr(sections[6], "id") != "xxgk-appendix" {
		t.Fatalf("%d sections, the last %q; want 7, the last xxgk-appendix", len(sections), attr(sections[len(sections)-1], "id"))
	}
	tables := findAll(sections[6], func(n *html.Node) bool { return n.DataAtom == atom.Table })
	if len(tables) != 1 || attr(tables[0], "class") != "xxgk-table xxgk-findings" {
		t.Fatalf("the appendix holds %d tables", len(tables))
	}
	var rows [][]*html.Node
	for _, tr := range findAll(tables[0], func(n *html.Node) bool { return n.DataAtom == atom.Tr }) {
		rows = append(rows, findAll(tr, func(n *html.Node) bool { return n.DataAtom == atom.Td || n.DataAtom == atom.Th }))
	}
	return rows
}

// The HTML parses, its appendix has one row per finding, in order, with its
// figures in cells of class num; the report's tables are still those of the
// layouts.
func TestAppendixHTML(t *testing.T) {
	r := xiaoshanWrong()
	res := validated(r, lang.English)
	page := renderString(t, HTMLPage, r, lang.English, WithFindings(res))
	checkFuzzedHTML(t, []byte(page), r, lang.English)
	rows := appendixRows(t, page)
	if len(rows) != len(res.Findings)+1 {
		t.Fatalf("%d rows, want a header and %d findings", len(rows), len(res.Findings))
	}
	var header []string
	for _, c := range rows[0] {
		header = append(header, textOf(c))
	}
	if want := validate.RowHeader(lang.English); !cmp.Equal(header, want) {
		t.Errorf("header %q, want %q", header, want)
	}
	for i, f := range res.Findings {
		row := rows[i+1]
		if len(row) != 6 {
			t.Fatalf("row %d has %d cells", i+1, len(row))
		}
		got := []string{textOf(row[0]), textOf(row[1]), textOf(row[2]), textOf(row[5])}
		want := []string{f.Code, f.Severity.String(), f.Label(lang.English, r.Format), f.Message.En}
		if !cmp.Equal(got, want) {
			t.Errorf("row %d = %q, want %q", i+1, got, want)
		}
		if f.Compared && (textOf(row[3]) != f.Expected.String() || textOf(row[4]) != f.Actual.String() ||
			attr(row[3], "class") != "num" || attr(row[4], "class") != "num") {
			t.Errorf("row %d: figures %q %q (class %q), want %s %s", i+1, textOf(row[3]), textOf(row[4]), attr(row[3], "class"), f.Expected, f.Actual)
		}
	}
}

// Findings made in another language than the render's: everything, the
// messages included, is printed in the render language.
func TestAppendixOtherLanguage(t *testing.T) {
	r := xiaoshanWrong()
	res := validated(r, lang.Chinese)
	f := res.Findings[0]
	rows := appendixRows(t, renderString(t, HTML, r, lang.English, WithFindings(res)))
	if got := textOf(rows[0][0]); got != "Code" {
		t.Errorf("first column %q, want Code", got)
	}
	got := []string{textOf(rows[1][1]), textOf(rows[1][2]), textOf(rows[1][5]), attr(rows[1][5], "lang")}
	want := []string{f.Severity.String(), f.Label(lang.English, r.Format), f.Message.En, ""}
	if !cmp.Equal(got, want) {
		t.Errorf("first finding %q, want %q", got, want)
	}
	txt := renderString(t, Text, r, lang.Chinese, WithFindings(validated(r, lang.English)))
	if !strings.Contains(txt, "附录：校验结果") || !strings.Contains(txt, f.Message.Zh) {
		t.Error("Chinese text of English findings lacks the Chinese heading or the Chinese message")
	}
}

// A finding's code, message and cell stay inert: no element in HTML, no
// new cell or line in Markdown and text, the tables still line up.
func TestAppendixInjection(t *testing.T) {
	r := examples.Xiaoshan2023()
	evil := `<script>alert(1)</script> | a & "b" </td>`
	res := &validate.Result{Format: r.Format, Findings: []validate.Finding{
		{Code: "X|<b>", Severity: validate.Error, Message: lang.Text{Zh: evil + "\n# heading\r\n| x |", En: evil + "\n# heading\r\n| x |"}},
		{Code: "Y", Severity: validate.Warning, Paths: []report.Path{"table3.received.total"}, Message: lang.Text{Zh: "规章 | 0", En: "规章 | 0"}},
	}}
	for _, l := range []lang.Lang{lang.Chinese, lang.English} {
		page := renderString(t, HTMLPage, r, l, WithFindings(res))
		checkFuzzedHTML(t, []byte(page), r, l)
		rows := appendixRows(t, page)
		if len(rows) != 3 {
			t.Fatalf("%d rows, want 3", len(rows))
		}
		if got, want := textOf(rows[1][5]), evil+" # heading | x |"; got != want {
			t.Errorf("message %q, want %q", got, want)
		}
		if got := textOf(rows[1][0]); got != "X|<b>" {
			t.Errorf("code %q", got)
		}
		for _, rd := range []renderer{renderers[0], renderers[2]} {
			out := renderString(t, rd.fn, r, l, WithFindings(res))
			_, app, _ := strings.Cut(out, labelAppendix.In(l))
			var tableLines []string
			for _, line := range strings.Split(app, "\n") {
				if strings.HasPrefix(line, "|") {
					tableLines = append(tableLines, line)
				}
			}
			// Markdown: header, rule and two rows; text: header and two rows.
			if want := map[string]int{"md": 4, "txt": 3}[rd.ext]; len(tableLines) != want {
				t.Errorf("%s %s: %d table lines in the appendix, want %d:\n%s", rd.ext, l, len(tableLines), want, app)
			}
			for _, line := range tableLines {
				if rd.ext == "md" && strings.Count(line, "|")-strings.Count(line, `\|`) != 7 {
					t.Errorf("%s: line %q does not have 6 cells", l, line)
				}
				if displayWidth(line) != displayWidth(tableLines[0]) {
					t.Errorf("%s %s: line %q does not line up", rd.ext, l, line)
				}
			}
			if strings.Contains(app, "\n# heading") {
				t.Errorf("%s %s: a line of the message escaped its cell", rd.ext, l)
			}
		}
	}
}

func TestAppendixErrors(t *testing.T) {
	res := &validate.Result{}
	for _, rd := range renderers {
		if err := rd.fn(failingWriter{}, examples.Xiaoshan2023(), lang.Chinese, WithFindings(res)); err == nil {
			t.Errorf("%s to a failing writer: no error", rd.ext)
		}
		if err := rd.fn(&bytes.Buffer{}, nil, lang.Chinese, WithFindings(res)); err == nil {
			t.Errorf("%s of nil: no error", rd.ext)
		}
	}
}
