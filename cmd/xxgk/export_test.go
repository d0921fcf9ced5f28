package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/report"
)

// exportFiles writes the Xiaoshan 2023 report and the 2019 trial report to
// a temporary folder and returns their names.
func exportFiles(t *testing.T) (xiaoshan, trial string) {
	t.Helper()
	dir := t.TempDir()
	xiaoshan = filepath.Join(dir, "xiaoshan-2023.json")
	if err := os.WriteFile(xiaoshan, examples.Xiaoshan2023JSON, 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join("..", "..", "report", "testdata", "trial-2019.json"))
	if err != nil {
		t.Fatal(err)
	}
	trial = filepath.Join(dir, "trial-2019.json")
	if err := os.WriteFile(trial, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return xiaoshan, trial
}

// readCSV runs xxgk export and reads its output back with encoding/csv,
// as a map from header to value for each row.
func readCSV(t *testing.T, args ...string) (header []string, rows []map[string]string, stderr string, status int) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = run(append([]string{"export"}, args...), &out, &errOut)
	text := out.String()
	if bom := strings.HasPrefix(text, "\uFEFF"); bom != slices.Contains(args, "--bom") {
		t.Errorf("byte order mark present: %v, want %v", bom, !bom)
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	if text == "" {
		return nil, nil, errOut.String(), status
	}
	records, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not read back: %v", err)
	}
	header = records[0]
	for _, rec := range records[1:] {
		row := make(map[string]string)
		for i, v := range rec {
			row[header[i]] = v
		}
		rows = append(rows, row)
	}
	return header, rows, errOut.String(), status
}

func TestExportPaths(t *testing.T) {
	xiaoshan, trial := exportFiles(t)
	header, rows, stderr, status := readCSV(t, "--csv", xiaoshan, trial)
	if status != 0 || stderr != "" {
		t.Fatalf("status %d, stderr %q", status, stderr)
	}
	if len(rows) != 2 {
		t.Fatalf("got %d rows, want 2", len(rows))
	}
	if want := []string{"file", "reporting_body", "year", "format", "table2.regulations.issued"}; !slices.Equal(header[:5], want) {
		t.Errorf("header begins %q, want %q", header[:5], want)
	}
	// Every cell of both formats has one column, and only the unit is extra.
	paths := make(map[string]bool)
	for _, f := range report.Formats() {
		for _, c := range report.CellsOf(f) {
			paths[string(c.Path)] = true
		}
	}
	if len(header) != 4+len(paths)+1 {
		t.Errorf("%d columns, want %d", len(header), 4+len(paths)+1)
	}
	seen := make(map[string]bool)
	for _, h := range header[4:] {
		if seen[h] {
			t.Errorf("column %q twice", h)
		}
		seen[h] = true
		if !paths[h] && h != "table2.centralised_procurement.total_amount_unit" {
			t.Errorf("column %q is no cell", h)
		}
	}

	x, s := rows[0], rows[1]
	want := []struct {
		row        map[string]string
		col, value string
	}{
		{x, "file", xiaoshan},
		{x, "reporting_body", "杭州市萧山区人民政府办公室"},
		{x, "year", "2023"},
		{x, "format", "2021"},
		{x, "table3.received.total", "115"},
		{x, "table3.carried_forward.natural_person", "10"},
		{x, "table2.administrative_fees.amount", "0.008"},
		{x, "fees.collected", "80"},
		{x, "table3.other_handling.total", ""},       // a 2019 cell
		{x, "table2.regulations.newly_made", ""},     // a 2019 cell
		{s, "table2.regulations.issued", ""},         // a 2021 cell
		{s, "table3.other_handling_other.total", ""}, // a 2021 cell
		{s, "format", "2019"},
		{s, "reporting_body", "上海市人民政府办公厅"},
		{s, "table2.centralised_procurement.total_amount", "251000"},
		{s, "table2.centralised_procurement.total_amount_unit", "yuan"},
	}
	for _, w := range want {
		got, ok := w.row[w.col]
		if !ok {
			t.Errorf("no column %q", w.col)
		} else if got != w.value {
			t.Errorf("%s of %s: got %q, want %q", w.col, w.row["file"], got, w.value)
		}
	}
	// The 2019 report's cells as its JSON holds them.
	res, err := parse.ReadFile(trial, parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for c, v := range res.Report.Cells {
		if got := s[string(c.Path)]; got != v.String() {
			t.Errorf("%s: exported %q, report holds %q", c.Path, got, v.String())
		}
	}
	if got := s["table3.concluded.natural_person"]; got != "767" {
		t.Errorf("the 2019 report's （七）总计 自然人 = %q, want 767", got)
	}
}

// TestExportSingleFormat checks that the columns of one format are its
// cells in printed order.
func TestExportSingleFormat(t *testing.T) {
	xiaoshan, _ := exportFiles(t)
	header, rows, _, status := readCSV(t, "--csv", xiaoshan)
	if status != 0 || len(rows) != 1 {
		t.Fatalf("status %d, %d rows", status, len(rows))
	}
	var want []string
	for _, c := range report.CellsOf(report.Format2021) {
		want = append(want, string(c.Path))
	}
	if !slices.Equal(header[4:], want) {
		t.Errorf("columns differ from the cells of format 2021 in printed order:\n%q\n%q", header[4:], want)
	}
}

func TestExportLabels(t *testing.T) {
	xiaoshan, trial := exportFiles(t)
	for _, labels := range []string{"zh", "en"} {
		header, rows, stderr, status := readCSV(t, "--csv", "--labels", labels, "--bom", trial, xiaoshan)
		if status != 0 || len(rows) != 2 {
			t.Fatalf("--labels %s: status %d, %d rows, stderr %q", labels, status, len(rows), stderr)
		}
		seen := make(map[string]bool)
		for _, h := range header {
			if seen[h] {
				t.Errorf("--labels %s: header %q twice", labels, h)
			}
			seen[h] = true
		}
		cell, _ := report.LookupCell(report.Format2021, "table3.withheld_state_secret.natural_person")
		label := cell.English()
		if labels == "zh" {
			label = cell.Label(report.Format2021)
		}
		if got := rows[1][label]; got != "0" {
			t.Errorf("--labels %s: column %q of Xiaoshan = %q, want 0", labels, label, got)
		}
	}
	header, rows, _, _ := readCSV(t, "--csv", "--labels", "zh", trial)
	if header[0] != "文件" || header[1] != "编制机关" {
		t.Errorf("zh header begins %q", header[:4])
	}
	if got := rows[0]["第二十条第（九）项 / 政府集中采购 / 采购总金额 / 单位"]; got != "元" {
		t.Errorf("unit column = %q, want 元", got)
	}
}

func TestExportOutputFile(t *testing.T) {
	xiaoshan, _ := exportFiles(t)
	out := filepath.Join(t.TempDir(), "out.csv")
	var stdout, stderr bytes.Buffer
	if status := run([]string{"export", "--csv", "--bom", "-o", out, xiaoshan}, &stdout, &stderr); status != 0 {
		t.Fatalf("status %d, stderr %q", status, stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("\xEF\xBB\xBFfile,")) || stdout.Len() != 0 {
		t.Errorf("output file begins %q; stdout %q", b[:min(len(b), 10)], stdout.String())
	}
	if status := run([]string{"export", "--csv", "-o", filepath.Join(out, "no", "such"), xiaoshan}, &stdout, &stderr); status != 1 {
		t.Errorf("unwritable output: status %d, want 1", status)
	}
}

func TestExportErrors(t *testing.T) {
	xiaoshan, _ := exportFiles(t)
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"format": "2030"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args    []string
		status  int
		rows    int
		wantErr string
	}{
		{[]string{xiaoshan}, 2, 0, "say --csv"},
		{[]string{"--csv"}, 2, 0, "missing FILE|FOLDER..."},
		{[]string{"--csv", "--labels", "fr", xiaoshan}, 2, 0, `invalid value "fr" for flag -labels: want path, zh or en`},
		{[]string{"--csv", "--nonsense", xiaoshan}, 2, 0, "nonsense"},
		{[]string{"--csv", "missing.json"}, 2, 0, "missing.json"},
		{[]string{"--csv", xiaoshan, bad, "missing.json"}, 2, 1, "bad.json: report JSON: format"},
	}
	for _, tt := range tests {
		_, rows, stderr, status := readCSV(t, tt.args...)
		if status != tt.status || len(rows) != tt.rows || !strings.Contains(stderr, tt.wantErr) {
			t.Errorf("export %q: status %d, %d rows, stderr %q; want %d, %d rows, stderr containing %q",
				tt.args, status, len(rows), stderr, tt.status, tt.rows, tt.wantErr)
		}
	}
}

// export reads folders as validate does, and every kind of input: a
// published text with a reading error is exported (exit 1), an unreadable
// file is named once (exit 2).
func TestExportFolder(t *testing.T) {
	xiaoshan, trial := exportFiles(t)
	dir := filepath.Dir(xiaoshan)
	txt, err := os.ReadFile(filepath.Join("..", "..", "parse", "testdata", "pingtan-2021.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "published")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	pingtan := filepath.Join(sub, "pingtan-2021.txt")
	if err := os.WriteFile(pingtan, txt, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.png"), []byte("\x89PNG"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, rows, stderr, status := readCSV(t, dir, "--csv")
	if status != 1 || len(rows) != 3 {
		t.Fatalf("export FOLDER: status %d, %d rows, stderr %q; want 1 and 3 rows", status, len(rows), stderr)
	}
	for i, want := range []string{pingtan, trial, xiaoshan} {
		if rows[i]["file"] != want {
			t.Errorf("row %d is %q, want %q (sorted by path)", i, rows[i]["file"], want)
		}
	}
	if rows[0]["reporting_body"] != "平潭综合实验区" || rows[0]["table2.normative_documents.issued"] != "" {
		t.Errorf("the published text: %q, issued %q", rows[0]["reporting_body"], rows[0]["table2.normative_documents.issued"])
	}
	if want := pingtan + ": error ambiguous-split: "; !strings.Contains(stderr, want) {
		t.Errorf("stderr %q lacks the reading error %q", stderr, want)
	}

	missing := filepath.Join(dir, "missing.json")
	_, rows, stderr, status = readCSV(t, "--csv", xiaoshan, missing)
	if status != 2 || len(rows) != 1 || strings.Count(stderr, "missing.json") != 1 {
		t.Errorf("export with a missing file: status %d, %d rows, stderr %q; want 2, 1 row, the file named once", status, len(rows), stderr)
	}
}
