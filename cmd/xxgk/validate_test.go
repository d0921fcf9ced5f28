package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/report"
)

// writeReport writes r as JSON into dir and returns the file's path.
func writeReport(t *testing.T, dir, name string, r *report.Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := report.WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestValidateCommand(t *testing.T) {
	dir := t.TempDir()
	clean := writeReport(t, dir, "clean.json", examples.Xiaoshan2023())
	broken := examples.Xiaoshan2023()
	broken.Table4.Blocks[report.Reconsideration][report.Pending] = 1
	wrong := writeReport(t, dir, "wrong.json", broken)
	warned := examples.Xiaoshan2023()
	warned.Fees.Collected, _ = report.ParseAmount("85")
	warning := writeReport(t, dir, "warning.json", warned)
	last := examples.Xiaoshan2023()
	last.Metadata.Year = 2022
	prev := writeReport(t, dir, "prev.json", last)
	garbage := filepath.Join(dir, "garbage.json")
	if err := os.WriteFile(garbage, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.json")
	pingtan := filepath.Join("..", "..", "parse", "testdata", "pingtan-2021.txt")

	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantOut    []string
		wantErr    string
	}{
		{"clean", []string{clean}, 0, []string{"clean.json: 0 error(s), 0 warning(s), 0 info(s)"}, ""},
		{"error", []string{wrong}, 1, []string{"wrong.json\tT4-TOTAL\t错误\t行政复议 / 总计\t5\t4\t行政复议 / 总计 应为 5，实为 4，相差 -1"}, ""},
		{"english", []string{"--lang", "en", wrong}, 1, []string{"T4-TOTAL\terror\tadministrative reconsideration / total\t5\t4\t"}, ""},
		{"warnings only", []string{warning}, 0, []string{"warning.json\tF-RATES\t警告\t", "N-FEE"}, ""},
		{"switched off", []string{"--disable", "T4-TOTAL,X-CARRY", wrong}, 0, []string{"0 error(s)"}, ""},
		{"several files", []string{clean, wrong}, 1, []string{"clean.json: 0 error(s)", "wrong.json: 1 error(s)"}, ""},
		{"previous", []string{"--prev", prev, clean}, 0, []string{"X-CARRY\t警告\t二、上年结转政府信息公开申请数量 / 自然人\t10\t8"}, ""},
		{"reading error", []string{pingtan}, 1, []string{
			pingtan + "\tPARSE-ambiguous-split\t错误\t第二十条第（一）项 / 行政规范性文件 / 本年制发件数\t6 9 3665 / 6 93 665\t693665\t第12行第2119列（“…章 000行政规范性文件693665第二十条第（…”附近）：数字“693665”连在一起",
			"1 with reading errors, 0 unreadable",
		}, ""},
		{"unreadable", []string{clean, missing}, 2, []string{"clean.json: 0 error(s)"}, "missing.json"},
		{"not JSON", []string{garbage}, 2, nil, "garbage.json"},
		{"unreadable previous", []string{"--prev", missing, clean}, 2, nil, "missing.json"},
		{"no file", nil, 2, nil, "usage: xxgk validate"},
		{"bad flag", []string{"--nonsense", clean}, 2, nil, "usage: xxgk validate"},
		{"bad language", []string{"--lang", "!!", clean}, 2, nil, "usage: xxgk validate"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		got := run(append([]string{"validate"}, tt.args...), &out, &errOut)
		if got != tt.wantStatus {
			t.Errorf("%s: status %d, want %d; stderr %q", tt.name, got, tt.wantStatus, errOut.String())
		}
		for _, want := range tt.wantOut {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%s: stdout %q lacks %q", tt.name, out.String(), want)
			}
		}
		if !strings.Contains(errOut.String(), tt.wantErr) {
			t.Errorf("%s: stderr %q lacks %q", tt.name, errOut.String(), tt.wantErr)
		}
	}
}

func TestValidateCommandJSON(t *testing.T) {
	dir := t.TempDir()
	broken := examples.Xiaoshan2023()
	broken.Table4.Blocks[report.Reconsideration][report.Pending] = 1
	wrong := writeReport(t, dir, "wrong.json", broken)
	var out, errOut bytes.Buffer
	if got := run([]string{"validate", "--json", wrong}, &out, &errOut); got != 1 {
		t.Fatalf("status %d, stderr %q", got, errOut.String())
	}
	var results []struct {
		File   string `json:"file"`
		Result struct {
			Errors   int `json:"errors"`
			Findings []struct {
				Code  string   `json:"code"`
				Paths []string `json:"paths"`
			} `json:"findings"`
		} `json:"result"`
	}
	if err := json.Unmarshal(out.Bytes(), &results); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if len(results) != 1 || results[0].File != wrong || results[0].Result.Errors != 1 ||
		results[0].Result.Findings[0].Code != "T4-TOTAL" || results[0].Result.Findings[0].Paths[0] != "table4.reconsideration.total" {
		t.Errorf("%+v", results)
	}
}

// TestValidateCommandReadErrors validates a published text with a row
// whose digits run together ambiguously: the reader's error comes before
// the file's findings in the text, the CSV and the JSON, is counted in the
// summary, and gives exit status 1. The text is Pingtan's 2021 report
// published late (on 8 April rather than 8 February, after even a
// government's deadline), so that it has a finding.
func TestValidateCommandReadErrors(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "parse", "testdata", "pingtan-2021.txt"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "pingtan-2021.txt")
	if err := os.WriteFile(file, bytes.ReplaceAll(b, []byte("2022-02-08"), []byte("2022-04-08")), 0o644); err != nil {
		t.Fatal(err)
	}

	var out, errOut bytes.Buffer
	if got := run([]string{"validate", "--lang", "en", file}, &out, &errOut); got != 1 {
		t.Errorf("text: status %d, want 1; stderr %q", got, errOut.String())
	}
	diag := file + "\tPARSE-ambiguous-split\terror\tArticle 20 item (1) / normative documents / issued this year\t6 9 3665 / 6 93 665\t693665\tline 12, column 2119 (near \"…章 000行政规范性文件693665第二十条第（…\"): the digits \"693665\" run together"
	if d, f := strings.Index(out.String(), diag), strings.Index(out.String(), file+"\tR-DEADLINE\t"); d < 0 || f < d {
		t.Errorf("text: stdout lacks %q before the findings:\n%s", diag, out.String())
	}

	out.Reset()
	errOut.Reset()
	if got := run([]string{"validate", "--csv", file}, &out, &errOut); got != 1 {
		t.Errorf("--csv: status %d, want 1; stderr %q", got, errOut.String())
	}
	if want := "summary: 1 report(s) read, 0 with errors, 1 with warnings, 1 with reading errors, 0 unreadable"; !strings.Contains(errOut.String(), want) {
		t.Errorf("--csv: stderr %q lacks %q", errOut.String(), want)
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{file, "平潭综合实验区", "2021", "PARSE-ambiguous-split", "错误", "第二十条第（一）项 / 行政规范性文件 / 本年制发件数", "6 9 3665 / 6 93 665", "693665"},
		{file, "平潭综合实验区", "2021", "R-DEADLINE", "警告"},
	}
	if len(rows) != 3 {
		t.Fatalf("--csv: %d rows, want 3: %q", len(rows), rows)
	}
	for i, w := range want {
		if !slices.Equal(rows[i+1][:len(w)], w) {
			t.Errorf("--csv row %d: %q, want %q", i+1, rows[i+1], w)
		}
	}

	out.Reset()
	if got := run([]string{"validate", "--json", "--lang", "en", file}, &out, &errOut); got != 1 {
		t.Errorf("--json: status %d, want 1", got)
	}
	var results []struct {
		Diagnostics []struct {
			Severity string `json:"severity"`
			Code     string `json:"code"`
			At       struct{ Line, Column int }
			Paths    []string `json:"paths"`
			Expected string   `json:"expected"`
			Found    string   `json:"found"`
			Message  string   `json:"message"`
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal(out.Bytes(), &results); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if len(results) != 1 {
		t.Fatalf("--json: %d results", len(results))
	}
	found := false
	for _, d := range results[0].Diagnostics {
		if d.Code == "ambiguous-split" {
			found = d.Severity == "error" && d.At.Line == 12 && d.At.Column == 2119 &&
				slices.Equal(d.Paths, []string{"table2.normative_documents.issued", "table2.normative_documents.repealed", "table2.normative_documents.in_force"}) &&
				d.Expected == "6 9 3665 / 6 93 665" && d.Found == "693665" &&
				strings.HasPrefix(d.Message, "line 12, column 2119 (near")
			if !found {
				t.Errorf("--json: diagnostic %+v", d)
			}
		}
	}
	if !found {
		t.Errorf("--json: no ambiguous-split diagnostic: %s", out.String())
	}
}

func TestRulesCommand(t *testing.T) {
	tests := []struct {
		args       []string
		wantStatus int
		wantOut    string
		wantErr    string
	}{
		{nil, 0, "T3-BALANCE         error    2019,2021  表三每一列", ""},
		{[]string{"--lang", "en"}, 0, "T4-TOTAL           error    2019,2021  table 4, every block", ""},
		{[]string{"--json"}, 0, `"code": "T3-BALANCE"`, ""},
		{[]string{"extra"}, 2, "", "usage: xxgk rules"},
		{[]string{"--nonsense"}, 2, "", "usage: xxgk rules"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		got := run(append([]string{"rules"}, tt.args...), &out, &errOut)
		if got != tt.wantStatus || !strings.Contains(out.String(), tt.wantOut) || !strings.Contains(errOut.String(), tt.wantErr) {
			t.Errorf("rules %q = %d, stdout %q, stderr %q", tt.args, got, out.String(), errOut.String())
		}
	}
	var out bytes.Buffer
	run([]string{"rules", "--json"}, &out, &out)
	var rules []map[string]any
	if err := json.Unmarshal(out.Bytes(), &rules); err != nil || len(rules) < 20 {
		t.Errorf("rules --json: %v, %d rules", err, len(rules))
	}
}

// TestValidateCommandFolder validates a folder: files sorted by path, a
// chain found by itself, a summary, CSV for a spreadsheet.
func TestValidateCommandFolder(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "2023")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	this := writeReport(t, sub, "b-xiaoshan.json", examples.Xiaoshan2023())
	last := examples.Xiaoshan2023()
	last.Metadata.Year = 2022
	last.Metadata.PeriodStart.Year, last.Metadata.PeriodEnd.Year = 2022, 2022
	last.Metadata.ReportingBody = "杭州市萧山区人民政府 办公室"
	prev := writeReport(t, dir, "xiaoshan-2022.json", last)
	broken := examples.Xiaoshan2023()
	broken.Metadata.ReportingBody = "=某局"
	broken.Table4.Blocks[report.Reconsideration][report.Pending] = 1
	wrong := writeReport(t, sub, "a-wrong.json", broken)
	if err := os.WriteFile(filepath.Join(dir, "notes.png"), []byte("\x89PNG"), 0o644); err != nil {
		t.Fatal(err)
	}

	var out, errOut bytes.Buffer
	if got := run([]string{"validate", dir}, &out, &errOut); got != 1 {
		t.Fatalf("status %d, stderr %q", got, errOut.String())
	}
	text := out.String()
	for _, want := range []string{
		this + "\tX-CARRY\t警告\t",
		this + ": 0 error(s), 3 warning(s), 0 info(s); last year: " + prev + "\n",
		"summary: 3 report(s) read, 1 with errors, 1 with warnings, 0 with reading errors, 0 unreadable\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("stdout lacks %q:\n%s", want, text)
		}
	}
	if a, b, c := strings.Index(text, wrong), strings.Index(text, this), strings.Index(text, prev+":"); !(a < b && b < c) {
		t.Errorf("files not in path order:\n%s", text)
	}

	out.Reset()
	errOut.Reset()
	if got := run([]string{"validate", "--csv", "--bom", dir, filepath.Join(dir, "missing.json")}, &out, &errOut); got != 2 {
		t.Fatalf("--csv: status %d, stderr %q", got, errOut.String())
	}
	if !strings.Contains(errOut.String(), "summary: 3 report(s) read, 1 with errors, 1 with warnings, 0 with reading errors, 1 unreadable") {
		t.Errorf("--csv: stderr %q lacks the summary", errOut.String())
	}
	data, ok := bytes.CutPrefix(out.Bytes(), []byte("\uFEFF"))
	if !ok {
		t.Error("--bom: no byte order mark")
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// The header, one error of a-wrong, three warnings of b-xiaoshan, the
	// unreadable file.
	want := map[int][]string{
		0: {"文件", "编制机关", "年度", "规则", "严重程度", "单元格", "应为", "实为", "说明"},
		1: {wrong, "'=某局", "2023", "T4-TOTAL", "错误", "行政复议 / 总计", "5", "4", "行政复议 / 总计 应为 5，实为 4，相差 -1"},
		2: {this, "杭州市萧山区人民政府办公室", "2023", "X-CARRY", "警告", "二、上年结转政府信息公开申请数量 / 自然人", "10", "8"},
		5: {filepath.Join(dir, "missing.json"), "", "", "", "错误", "", "", ""},
	}
	if len(rows) != 6 {
		t.Fatalf("--csv: %d rows, want 6: %q", len(rows), rows)
	}
	for i, w := range want {
		if !slices.Equal(rows[i][:len(w)], w) {
			t.Errorf("--csv row %d: %q, want %q", i, rows[i], w)
		}
	}

	out.Reset()
	if got := run([]string{"validate", "--json", dir, filepath.Join(dir, "missing.json")}, &out, &errOut); got != 2 {
		t.Fatalf("--json: status %d", got)
	}
	var results []struct {
		File     string          `json:"file"`
		Previous string          `json:"previous"`
		Error    string          `json:"error"`
		Result   json.RawMessage `json:"result"`
	}
	if err := json.Unmarshal(out.Bytes(), &results); err != nil {
		t.Fatal(err)
	}
	if len(results) != 4 || results[1].Previous != prev || results[2].Error == "" || results[2].Result != nil {
		t.Errorf("--json: %+v", results)
	}

	for _, args := range [][]string{{"--json", "--csv", dir}, {"--bom", dir}} {
		if got := run(append([]string{"validate"}, args...), &out, &errOut); got != 2 {
			t.Errorf("validate %q: status %d, want 2", args, got)
		}
	}
}

func TestProgressLine(t *testing.T) {
	var b bytes.Buffer
	progress := progressLine(&b)
	progress(1, 10)
	progress(2, 10) // within a tenth of a second: not shown
	progress(10, 10)
	if want := "\rxxgk validate: 1/10 files read\r\033[K"; b.String() != want {
		t.Errorf("progress wrote %q, want %q", b.String(), want)
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(&b) || isTerminal(f) {
		t.Error("a buffer or a file taken for a terminal")
	}
}
