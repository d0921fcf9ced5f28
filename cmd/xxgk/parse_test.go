package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/report"
)

func TestParseCommand(t *testing.T) {
	txt := filepath.Join("..", "..", "parse", "testdata", "xiaoshan-2023.txt")
	page := filepath.Join("..", "..", "parse", "testdata", "pingtan-2022.html")

	var out, errOut bytes.Buffer
	if got := run([]string{"parse", txt}, &out, &errOut); got != 0 {
		t.Fatalf("xxgk parse %s = %d, stderr %s", txt, got, errOut.String())
	}
	r, err := report.ReadJSON(&out)
	if err != nil {
		t.Fatal(err)
	}
	opts := []cmp.Option{cmp.Comparer(func(a, b report.Amount) bool { return a.Equal(b) }), cmpopts.EquateEmpty()}
	want := examples.Xiaoshan2023()
	// the reader tells a district government office's report
	want.Metadata.Scope, want.Metadata.Level = report.ScopeDepartment, report.LevelCounty
	if d := cmp.Diff(want, r, opts...); d != "" {
		t.Errorf("parsed report differs from the example:\n%s", d)
	}

	out.Reset()
	errOut.Reset()
	// Both files are read without an error-severity diagnostic: exit 0.
	if got := run([]string{"parse", "--json", "--lang", "en", page, txt}, &out, &errOut); got != 0 {
		t.Fatalf("xxgk parse --json = %d, stderr %s", got, errOut.String())
	}
	var results []struct {
		File        string          `json:"file"`
		Kind        string          `json:"kind"`
		Report      json.RawMessage `json:"report"`
		Diagnostics []struct {
			Severity string `json:"severity"`
			Code     string `json:"code"`
			Message  string `json:"message"`
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal(out.Bytes(), &results); err != nil {
		t.Fatalf("--json output: %v\n%s", err, out.String())
	}
	if len(results) != 2 || results[0].Kind != "html" || results[1].Kind != "text" {
		t.Fatalf("results: %+v", results)
	}
	if len(results[0].Diagnostics) == 0 || !strings.Contains(results[0].Diagnostics[0].Message, "heading") {
		t.Errorf("diagnostics of the page: %+v", results[0].Diagnostics)
	}
}

func TestParseCommandStatus(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.txt")
	src, _ := os.ReadFile(filepath.Join("..", "..", "parse", "testdata", "xiaoshan-2023.txt"))
	// Cut the text inside table 三: the rows after it cannot be read.
	if err := os.WriteFile(broken, src[:bytes.Index(src, []byte("(五)不予处理"))], 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"parse"}, 2},
		{[]string{"parse", "--lang", "fr", broken}, 2},
		{[]string{"parse", broken}, 1},
		{[]string{"parse", filepath.Join(dir, "missing.html")}, 2},
		{[]string{"parse", empty}, 2},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		if got := run(tt.args, &out, &errOut); got != tt.want {
			t.Errorf("xxgk %s = %d, want %d (stderr %s)", strings.Join(tt.args, " "), got, tt.want, errOut.String())
		}
	}
}

// TestCommandsReadPublishedReports checks that validate and render take HTML
// and text as well as JSON.
func TestCommandsReadPublishedReports(t *testing.T) {
	txt := filepath.Join("..", "..", "parse", "testdata", "xiaoshan-2023.txt")
	page := filepath.Join("..", "..", "parse", "testdata", "pingtan-2022.html")
	var out, errOut bytes.Buffer
	if got := run([]string{"validate", txt}, &out, &errOut); got != 0 {
		t.Errorf("xxgk validate %s = %d\n%s%s", txt, got, out.String(), errOut.String())
	}
	out.Reset()
	if got := run([]string{"render", "--to", "md", page}, &out, &errOut); got != 0 || !strings.Contains(out.String(), "| 一、本年新收政府信息公开申请数量") {
		t.Errorf("xxgk render --to md %s = %d\n%s", page, got, errOut.String())
	}
}
