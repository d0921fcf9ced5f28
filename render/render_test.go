package render

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// testReport is a report the tests render, by name.
type testReport struct {
	name string
	r    *report.Report
}

// shanghai2019 reads the 2019-format test report: the 2019 report of
// 上海市人民政府办公厅 (figures from testdata/shanghai-office-2019.txt, a copy
// of the published text), with the blank 总计 cells of its outcome rows and
// the 251000元 of 采购总金额.
func shanghai2019(t testing.TB) *report.Report {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "shanghai-office-2019.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := report.ReadJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func testReports(t testing.TB) []testReport {
	return []testReport{
		{"xiaoshan-2023", examples.Xiaoshan2023()},
		{"shanghai-office-2019", shanghai2019(t)},
	}
}

// renderer is one output form, by file extension.
type renderer struct {
	ext string
	fn  func(io.Writer, *report.Report, lang.Lang, ...Option) error
}

var renderers = []renderer{
	{"md", Markdown},
	{"html", HTMLPage},
	{"txt", Text},
	{"fragment.html", HTML},
}

func renderString(t testing.TB, fn func(io.Writer, *report.Report, lang.Lang, ...Option) error, r *report.Report, l lang.Lang, opts ...Option) string {
	t.Helper()
	var b bytes.Buffer
	if err := fn(&b, r, l, opts...); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// checkGolden compares got with the golden file testdata/golden/name, or
// rewrites it with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./render -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (-want +got):\n%s", path, cmp.Diff(string(want), got))
	}
}

func TestGolden(t *testing.T) {
	for _, tr := range testReports(t) {
		for _, rd := range renderers[:3] {
			for _, l := range []lang.Lang{lang.Chinese, lang.English} {
				name := tr.name + "." + l.String() + "." + rd.ext
				t.Run(name, func(t *testing.T) {
					got := renderString(t, rd.fn, tr.r, l)
					checkGolden(t, name, got)
					if again := renderString(t, rd.fn, tr.r, l); again != got {
						t.Error("a second rendering differs from the first")
					}
				})
			}
		}
	}
}

// The standalone page holds the fragment exactly.
func TestPageHoldsFragment(t *testing.T) {
	r := examples.Xiaoshan2023()
	for _, l := range []lang.Lang{lang.Chinese, lang.English} {
		page := renderString(t, HTMLPage, r, l)
		frag := renderString(t, HTML, r, l)
		if !strings.Contains(page, frag) {
			t.Errorf("%s: the page does not contain the fragment", l)
		}
		if !strings.HasPrefix(page, "<!DOCTYPE html>\n<html lang=\""+l.Tag()+"\">") {
			t.Errorf("%s: page starts %q", l, page[:40])
		}
		if !strings.HasPrefix(frag, `<article class="xxgk-report" lang="`+l.Tag()+`">`) {
			t.Errorf("%s: fragment starts %q", l, frag[:40])
		}
	}
}

// Every line of a Markdown or text table has the same display width.
func TestTablesLineUp(t *testing.T) {
	for _, tr := range testReports(t) {
		for _, l := range []lang.Lang{lang.Chinese, lang.English} {
			for _, rd := range []renderer{renderers[0], renderers[2]} {
				out := renderString(t, rd.fn, tr.r, l)
				width := -1
				for _, line := range strings.Split(out, "\n") {
					if !strings.HasPrefix(line, "|") && !strings.HasPrefix(line, "+") {
						width = -1
						continue
					}
					w := displayWidth(line)
					if width >= 0 && w != width {
						t.Errorf("%s %s %s: line %q is %d wide, the table %d", tr.name, l, rd.ext, line, w, width)
					}
					width = w
				}
			}
		}
	}
}

// Blank stays blank and "/" stays "/"; money keeps its printed scale and
// the unit printed in the cell.
func TestCellText(t *testing.T) {
	r := report.New(report.Format2019, 2020)
	r.Table3.Rows[report.RowReceived] = report.Row{3, report.NotApplicable, report.Blank, 0, 0, 0, 3}
	r.Table2.Counts[report.AdministrativeLicensing][report.Change] = -8
	r.Table2.ProcurementAmount, _ = report.ParseAmount("75394432.50")
	r.Table2.ProcurementUnit = report.UnitYuan
	md := renderString(t, Markdown, r, lang.Chinese)
	for title, want := range map[string][]string{
		"一、本年新收政府信息公开申请数量": {"3", "/", "", "0", "0", "0", "3"},
		"政府集中采购": {"", "75394432.50元"},
		"行政许可":   {"", "-8", ""},
	} {
		if got := markdownRow(md, title); !cmp.Equal(got, want) {
			t.Errorf("Markdown row %s = %q, want %q", title, got, want)
		}
	}
	if en := renderString(t, Text, r, lang.English); !strings.Contains(en, "75394432.50 yuan |") {
		t.Error("English text lacks 75394432.50 yuan")
	}
}

func TestDisplayWidth(t *testing.T) {
	for s, want := range map[string]int{
		"":             0,
		"abc":          3,
		"规章":           4,
		"（一）予以公开":      14,
		"3.危及“三安全一稳定”": 2 + 2*2 + 2*6 + 2, // “ and ” are ambiguous: 1 each
		"e\u0301":      1,
	} {
		if got := displayWidth(s); got != want {
			t.Errorf("displayWidth(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestErrors(t *testing.T) {
	for _, rd := range renderers {
		if err := rd.fn(io.Discard, nil, lang.Chinese); err == nil {
			t.Errorf("%s of nil: no error", rd.ext)
		}
		if err := rd.fn(io.Discard, &report.Report{}, lang.Chinese); err == nil {
			t.Errorf("%s of a report of unknown format: no error", rd.ext)
		}
		if err := rd.fn(failingWriter{}, examples.Xiaoshan2023(), lang.Chinese); err == nil {
			t.Errorf("%s to a failing writer: no error", rd.ext)
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

// markdownRow returns the cells after the title of the first Markdown table
// row with that title.
func markdownRow(md, title string) []string {
	for _, line := range strings.Split(md, "\n") {
		cells := strings.Split(strings.Trim(line, "|"), "|")
		if len(cells) < 2 || strings.TrimSpace(cells[0]) != title {
			continue
		}
		out := make([]string, 0, len(cells)-1)
		for _, c := range cells[1:] {
			out = append(out, strings.TrimSpace(c))
		}
		return out
	}
	return nil
}
