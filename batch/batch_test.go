package batch_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/opengov-cn/xxgk/batch"
	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// TestRunGenerated validates 200 generated reports: results in path order,
// chains linked across the changing spelling of each body's name, every
// error found, every worker busy at once and progress reported file by file.
func TestRunGenerated(t *testing.T) {
	const n = 200
	dir := t.TempDir()
	paths := writeGenerated(t, dir, n, "json")
	files := batch.Files(dir)
	if !slices.Equal(files, paths) {
		t.Fatalf("Files found %d files, want the %d written in order", len(files), len(paths))
	}

	var inFlight, most atomic.Int32
	read := func(name string) (*parse.Result, error) {
		now := inFlight.Add(1)
		defer inFlight.Add(-1)
		for m := most.Load(); now > m && !most.CompareAndSwap(m, now); m = most.Load() {
		}
		time.Sleep(time.Millisecond) // let the other workers start
		return parse.ReadFile(name, parse.Options{})
	}
	var calls []int
	items := batch.Run(files, batch.Options{Read: read, Progress: func(done, total int) {
		if total != n {
			t.Errorf("progress total %d, want %d", total, n)
		}
		calls = append(calls, done)
	}})

	if want := int32(min(runtime.GOMAXPROCS(0), n)); most.Load() != want {
		t.Errorf("at most %d files read at once, want %d (runtime.GOMAXPROCS)", most.Load(), want)
	}
	if len(calls) != n || !slices.IsSorted(calls) || calls[n-1] != n {
		t.Errorf("progress calls %v, want 1 to %d", calls, n)
	}
	for i, it := range items {
		if it.File != paths[i] {
			t.Fatalf("item %d is %s, want %s", i, it.File, paths[i])
		}
		if it.Err != nil {
			t.Fatalf("%s: %v", it.File, it.Err)
		}
		wantPrev := ""
		if i%yearsPerBody != 0 {
			wantPrev = paths[i-1]
		}
		if it.Previous != wantPrev {
			t.Errorf("%s: previous %q, want %q", it.File, it.Previous, wantPrev)
		}
		if got, want := it.Result.HasErrors(), i%10 == 9; got != want {
			t.Errorf("%s: has errors %v, want %v: %v", it.File, got, want, it.Result.Findings)
		}
		if wantPrev != "" && !hasCode(it.Result, "X-CARRY") {
			t.Errorf("%s: linked to last year's report, but no cross-year finding", it.File)
		}
	}
	// Warnings come from the narrative, whose figures no longer agree when
	// the numbers were changed, and from the chains.
	warned := 0
	for i := range n {
		if i*7%13 != 0 || i%yearsPerBody != 0 {
			warned++
		}
	}
	want := batch.Summary{Read: n, WithErrors: n / 10, WithWarnings: warned, Unreadable: 0}
	if got := batch.Summarize(items); got != want {
		t.Errorf("summary %+v, want %+v", got, want)
	}

	// One worker gives the same results.
	again := batch.Run(files, batch.Options{Workers: 1})
	for i := range items {
		if !slices.EqualFunc(items[i].Result.Findings, again[i].Result.Findings, func(a, b validate.Finding) bool {
			return a.Code == b.Code && a.Message == b.Message
		}) || items[i].Previous != again[i].Previous {
			t.Errorf("%s: one worker gives other results", items[i].File)
		}
	}
}

func hasCode(res *validate.Result, code string) bool {
	return slices.ContainsFunc(res.Findings, func(f validate.Finding) bool { return f.Code == code })
}

// TestRunHTML reads generated HTML pages as well as JSON: a chain runs
// across the two.
func TestRunHTML(t *testing.T) {
	dir := t.TempDir()
	html := writeGenerated(t, filepath.Join(dir, "html"), 3, "html")
	json := writeGenerated(t, filepath.Join(dir, "json"), 3, "json")
	// The 2022 report as JSON only, the others as HTML only.
	for _, p := range []string{json[0], json[2], html[1]} {
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
	}
	items := batch.Run(batch.Files(dir), batch.Options{})
	if len(items) != 3 {
		t.Fatalf("%d items, want 3", len(items))
	}
	prev := map[string]string{}
	for _, it := range items {
		if it.Err != nil {
			t.Fatalf("%s: %v", it.File, it.Err)
		}
		if it.Result.HasErrors() {
			t.Errorf("%s: %v", it.File, it.Result.Findings)
		}
		prev[it.File] = it.Previous
	}
	if prev[html[0]] != "" || prev[json[1]] != html[0] || prev[html[2]] != json[1] {
		t.Errorf("chains %v", prev)
	}
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"a.json", "b.HTML", "c.htm", "d.txt", "e.md", "f.pdf", "g", "sub/h.json", "sub/deep/i.html",
		".hidden.json", ".git/j.json", "sub/.cache/k.json",
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	at := func(names ...string) []string {
		var out []string
		for _, n := range names {
			out = append(out, filepath.Join(dir, filepath.FromSlash(n)))
		}
		return out
	}
	got := batch.Files(filepath.Join(dir, "f.pdf"), dir, filepath.Join(dir, "sub"), filepath.Join(dir, "missing.json"))
	want := at("a.json", "b.HTML", "c.htm", "d.txt", "e.md", "f.pdf", "missing.json", "sub/deep/i.html", "sub/h.json")
	if !slices.Equal(got, want) {
		t.Errorf("Files = %q,\nwant %q", got, want)
	}
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(filepath.Join(dir, "sub"), link); err == nil {
		got := batch.Files(link)
		want := []string{filepath.Join(link, "deep", "i.html"), filepath.Join(link, "h.json")}
		if !slices.Equal(got, want) {
			t.Errorf("Files(link to a folder) = %q, want %q", got, want)
		}
	}
	if got := batch.Files(); len(got) != 0 {
		t.Errorf("Files() = %q", got)
	}
}

func TestRunUnreadable(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	garbage := filepath.Join(dir, "garbage.json")
	empty := filepath.Join(dir, "empty.txt")
	missing := filepath.Join(dir, "missing.json")
	if err := os.WriteFile(good, examples.Xiaoshan2023JSON, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(garbage, []byte(`{"format": 7}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(empty, []byte(" \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	notReport := filepath.Join(dir, "README.md")
	if err := os.WriteFile(notReport, []byte("# 年报\n\n本文件夹存放年度报告。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	items := batch.Run([]string{good, garbage, empty, missing, dir, notReport}, batch.Options{})
	var de *report.DecodeError
	switch {
	case items[0].Err != nil || items[0].Result == nil:
		t.Errorf("good: %v", items[0].Err)
	case !errors.As(items[1].Err, &de) || !strings.HasPrefix(items[1].Err.Error(), garbage+": "):
		t.Errorf("garbage: %v", items[1].Err)
	case !errors.Is(items[2].Err, parse.ErrEmpty):
		t.Errorf("empty: %v", items[2].Err)
	case !errors.Is(items[3].Err, fs.ErrNotExist) || !strings.Contains(items[3].Err.Error(), missing):
		t.Errorf("missing: %v", items[3].Err)
	case items[4].Err == nil || !strings.Contains(items[4].Err.Error(), dir):
		t.Errorf("folder read as a file: %v", items[4].Err)
	case !errors.Is(items[5].Err, parse.ErrNotReport) || !strings.HasPrefix(items[5].Err.Error(), notReport+": "):
		t.Errorf("not a report: %v", items[5].Err)
	}
	for _, it := range items[1:] {
		if it.Report != nil || it.Result != nil {
			t.Errorf("%s: unreadable, yet a report or result", it.File)
		}
	}
	if got, want := batch.Summarize(items), (batch.Summary{Read: 1, Unreadable: 5}); got != want {
		t.Errorf("summary %+v, want %+v", got, want)
	}
}

// TestRunPrevious compares every report with Options.Validate.Previous
// and links no chain.
func TestRunPrevious(t *testing.T) {
	dir := t.TempDir()
	paths := writeGenerated(t, dir, 2, "json")
	last := examples.Xiaoshan2023()
	last.Metadata.Year = 2022
	items := batch.Run(paths, batch.Options{Validate: validate.Options{Previous: last}})
	for _, it := range items {
		if it.Previous != "" || !hasCode(it.Result, "X-CARRY") {
			t.Errorf("%s: previous %q, findings %v", it.File, it.Previous, it.Result.Findings)
		}
	}
}

func TestLink(t *testing.T) {
	mk := func(body string, year int, aggregate bool) *report.Report {
		r := report.New(report.Format2021, year)
		r.Metadata.ReportingBody, r.Metadata.Aggregate = body, aggregate
		return r
	}
	reports := []*report.Report{
		0:  mk("甲局", 2022, false),
		1:  mk("甲局", 2023, false),
		2:  mk("甲 局", 2023, false), // a second copy of 2023
		3:  mk("甲局", 2024, false),
		4:  mk("甲局", 2024, true),  // aggregate: no aggregate 2023
		5:  mk("乙局", 2024, false), // another body
		6:  mk("", 2023, false),
		7:  mk("", 2024, false), // no body: no chain
		8:  nil,
		9:  mk("甲局", 0, false),
		10: mk("甲局", 2021, false),
	}
	want := []int{10, 0, 0, 1, -1, -1, -1, -1, -1, -1, -1}
	if got := batch.Link(reports); !slices.Equal(got, want) {
		t.Errorf("Link = %v, want %v", got, want)
	}
}

func TestWriteCSV(t *testing.T) {
	dir := t.TempDir()
	wrong := examples.Xiaoshan2023()
	wrong.Metadata.ReportingBody = "=HYPERLINK(\"x\")"
	wrong.Table4.Blocks[report.Reconsideration][report.Pending]++
	var b bytes.Buffer
	if err := report.WriteJSON(&b, wrong); err != nil {
		t.Fatal(err)
	}
	wrongFile := filepath.Join(dir, "-wrong.json")
	if err := os.WriteFile(wrongFile, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	items := batch.Run([]string{wrongFile, filepath.Join(dir, "missing.json")}, batch.Options{})

	for _, tt := range []struct {
		lang  lang.Lang
		bom   bool
		want  []string
		count int
	}{
		{lang.Chinese, true, []string{wrongFile, "'=HYPERLINK(\"x\")", "2023", "T4-TOTAL", "错误", "行政复议 / 总计", "5", "4", "行政复议 / 总计 应为 5，实为 4，相差 -1"}, 2},
		{lang.English, false, []string{wrongFile, "'=HYPERLINK(\"x\")", "2023", "T4-TOTAL", "error", "administrative reconsideration / total", "5", "4", "administrative reconsideration / total should be 5 but is 4 (difference -1)"}, 2},
	} {
		var out bytes.Buffer
		if err := batch.WriteCSV(&out, items, batch.CSVOptions{BOM: tt.bom, Language: tt.lang}); err != nil {
			t.Fatal(err)
		}
		data := out.Bytes()
		if got := bytes.HasPrefix(data, []byte("\uFEFF")); got != tt.bom {
			t.Errorf("%v: BOM %v, want %v", tt.lang, got, tt.bom)
		}
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
		if err != nil {
			t.Fatalf("%v: %v", tt.lang, err)
		}
		if len(rows) != 1+tt.count || !slices.Equal(rows[0], batch.CSVHeader(tt.lang)) {
			t.Fatalf("%v: rows %q", tt.lang, rows)
		}
		if !slices.Equal(rows[1], tt.want) {
			t.Errorf("%v: row\n%q, want\n%q", tt.lang, rows[1], tt.want)
		}
		last := rows[len(rows)-1]
		if !strings.HasSuffix(last[0], "missing.json") || last[3] != "" || last[4] != tt.want[4] || !strings.Contains(last[8], "missing.json") {
			t.Errorf("%v: unreadable row %q", tt.lang, last)
		}
	}
}

// TestReadErrors reads a published text whose digits run together
// ambiguously in one row: the reader's error is counted in the summary
// and written to the CSV before the file's findings. The text is Pingtan's
// 2021 report published late (on 8 April rather than 8 February, after
// even a government's deadline), so that it has a finding.
func TestReadErrors(t *testing.T) {
	file := latePingtan(t)
	for _, tt := range []struct {
		lang lang.Lang
		want [][]string
	}{
		{lang.Chinese, [][]string{
			{file, "平潭综合实验区", "2021", "PARSE-ambiguous-split", "错误", "第二十条第（一）项 / 行政规范性文件 / 本年制发件数",
				"6 9 3665 / 6 93 665", "693665", "第12行第2119列（“…章 000行政规范性文件693665第二十条第（…”附近）：数字“693665”连在一起，可有多种符合勾稽关系的拆分（如 6 9 3665 / 6 93 665），按空白处理"},
			{file, "平潭综合实验区", "2021", "R-DEADLINE", "警告", "", "", "", "发布日期 2022-04-08 晚于法定期限 2022-03-31（本级政府报告）"},
		}},
		{lang.English, [][]string{
			{file, "平潭综合实验区", "2021", "PARSE-ambiguous-split", "error", "Article 20 item (1) / normative documents / issued this year",
				"6 9 3665 / 6 93 665", "693665", `line 12, column 2119 (near "…章 000行政规范性文件693665第二十条第（…"): the digits "693665" run together and can be split more than one way within the identities (such as 6 9 3665 / 6 93 665); read as blank`},
			{file, "平潭综合实验区", "2021", "R-DEADLINE", "warning", "", "", "", "published on 2022-04-08, after the deadline of 2022-03-31 (aggregate report)"},
		}},
	} {
		items := batch.Run([]string{file}, batch.Options{Validate: validate.Options{Language: tt.lang}})
		if got, want := batch.Summarize(items), (batch.Summary{Read: 1, WithWarnings: 1, WithReadErrors: 1}); got != want {
			t.Errorf("%v: summary %+v, want %+v", tt.lang, got, want)
		}
		var out bytes.Buffer
		if err := batch.WriteCSV(&out, items, batch.CSVOptions{Language: tt.lang}); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&out).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		// The info diagnostics of the text (rows split by the identities)
		// give no row.
		if !slices.EqualFunc(rows[1:], tt.want, slices.Equal) {
			t.Errorf("%v: rows\n%q\nwant\n%q", tt.lang, rows[1:], tt.want)
		}
	}
	// A diagnostic with no cell is placed by its location; text that a
	// spreadsheet would take for a formula is guarded.
	read := func(string) (*parse.Result, error) {
		return &parse.Result{Report: examples.Xiaoshan2023(), Diagnostics: []parse.Diagnostic{
			{Severity: validate.Warning, Code: parse.CodeUnknownRow, At: parse.Location{Table: 2, Row: 5, Cell: 1}, Found: "=其他"},
			{Severity: validate.Info, Code: parse.CodeHeadingVariant},
		}}, nil
	}
	items := batch.Run([]string{"page.html"}, batch.Options{Read: read})
	var out bytes.Buffer
	if err := batch.WriteCSV(&out, items, batch.CSVOptions{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&out).ReadAll()
	want := []string{"page.html", "杭州市萧山区人民政府办公室", "2023", "PARSE-unknown-row", "警告", "表2第5行第1格", "", "'=其他", "表2第5行第1格：行“=其他”不是规定格式中的行，未读取"}
	if err != nil || len(rows) != 2 || !slices.Equal(rows[1], want) {
		t.Errorf("rows %q, %v; want the header and\n%q", rows, err, want)
	}
	if got := batch.Summarize(items); got.WithReadErrors != 0 {
		t.Errorf("a warning counted as a reading error: %+v", got)
	}
}

// latePingtan writes a copy of Pingtan's 2021 report published on 8 April
// 2022, after the deadline of a government's report, and returns its name.
func latePingtan(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "parse", "testdata", "pingtan-2021.txt"))
	if err != nil {
		t.Fatal(err)
	}
	b = bytes.ReplaceAll(b, []byte("2022-02-08"), []byte("2022-04-08"))
	name := filepath.Join(t.TempDir(), "pingtan-2021.txt")
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}
