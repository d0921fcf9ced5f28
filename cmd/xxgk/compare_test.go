package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/compare"
	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// writeCompareReport writes a report as JSON into dir.
func writeCompareReport(t *testing.T, dir, name string, r *report.Report) string {
	t.Helper()
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCompareCommand(t *testing.T) {
	dir := t.TempDir()
	prev := examples.Xiaoshan2023()
	cur := examples.Xiaoshan2023()
	cur.Metadata.Year = 2024
	cur.Table3.Rows[report.RowReceived][report.NaturalPerson] = 125
	cur.Fees.Notices = report.Blank
	other := examples.Xiaoshan2023()
	other.Metadata.ReportingBody = "杭州市萧山区发展和改革局"
	p := writeCompareReport(t, dir, "prev.json", prev)
	c := writeCompareReport(t, dir, "cur.json", cur)

	d, err := compare.Diff(prev, cur)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		form compare.Form
		l    lang.Lang
	}{
		{[]string{p, c}, compare.Markdown, lang.Chinese},
		{[]string{"--to", "json", "--lang", "en", p, c}, compare.JSON, lang.English},
		{[]string{p, "--to=html", c}, compare.HTML, lang.Chinese},
		{[]string{p, c, "--to", "csv", "--lang", "en"}, compare.CSV, lang.English},
	} {
		var want, out, errOut bytes.Buffer
		if err := compare.WriteDiff(&want, d, tt.form, tt.l); err != nil {
			t.Fatal(err)
		}
		if got := run(append([]string{"compare"}, tt.args...), &out, &errOut); got != 0 {
			t.Errorf("xxgk compare %q = %d, stderr %q", tt.args, got, errOut.String())
			continue
		}
		if out.String() != want.String() {
			t.Errorf("xxgk compare %q printed something else than compare.WriteDiff", tt.args)
		}
	}

	// --over a folder: one body over two years gives one table of two
	// columns; with a second body of 2023 there are two tables.
	over := t.TempDir()
	writeCompareReport(t, over, "a.json", cur)
	writeCompareReport(t, over, "b.json", prev)
	var out, errOut bytes.Buffer
	if got := run([]string{"compare", "--over", over, "--to", "json"}, &out, &errOut); got != 0 {
		t.Fatalf("xxgk compare --over = %d, stderr %q", got, errOut.String())
	}
	var one struct {
		Columns []struct{ Year int }
	}
	if err := json.Unmarshal(out.Bytes(), &one); err != nil || len(one.Columns) != 2 || one.Columns[0].Year != 2023 || one.Columns[1].Year != 2024 {
		t.Errorf("--over one body: %v, columns %+v; want 2023 and 2024", err, one.Columns)
	}
	writeCompareReport(t, over, "c.json", other)
	out.Reset()
	if got := run([]string{"compare", "--over", over, "--to", "json"}, &out, &errOut); got != 0 {
		t.Fatalf("xxgk compare --over = %d, stderr %q", got, errOut.String())
	}
	var two []json.RawMessage
	if err := json.Unmarshal(out.Bytes(), &two); err != nil || len(two) != 2 {
		t.Errorf("--over two bodies, one over two years: %v, %d tables; want 2", err, len(two))
	}
	// Bodies of one year: one table, a column per body.
	year := t.TempDir()
	writeCompareReport(t, year, "a.json", prev)
	writeCompareReport(t, year, "b.json", other)
	out.Reset()
	if got := run([]string{"compare", "--over", "--to", "md", "--lang", "en", year}, &out, &errOut); got != 0 {
		t.Fatalf("xxgk compare --over = %d, stderr %q", got, errOut.String())
	}
	if !strings.Contains(out.String(), "| item | 杭州市萧山区人民政府办公室 | 杭州市萧山区发展和改革局 |") {
		t.Errorf("--over bodies of one year: no column per body in\n%.400s", out.String())
	}

	// Usage errors.
	for _, args := range [][]string{{p}, {"--to", "pdf", p, c}, {"--lang", "fr", p, c}, {"--over"}, {p, filepath.Join(dir, "missing.json")}} {
		errOut.Reset()
		if got := run(append([]string{"compare"}, args...), &out, &errOut); got != 2 {
			t.Errorf("xxgk compare %q = %d, want 2", args, got)
		}
		if errOut.Len() == 0 {
			t.Errorf("xxgk compare %q says nothing on stderr", args)
		}
	}
}

// --to docx writes the .docx of compare.WriteDiff and compare.WriteTables,
// to the file -o names or to standard output, never to a terminal.
func TestCompareCommandDOCX(t *testing.T) {
	dir := t.TempDir()
	prev := examples.Xiaoshan2023()
	cur := examples.Xiaoshan2023()
	cur.Metadata.Year = 2024
	cur.Table3.Rows[report.RowReceived][report.NaturalPerson] = 125
	p := writeCompareReport(t, dir, "prev.json", prev)
	c := writeCompareReport(t, dir, "cur.json", cur)
	d, err := compare.Diff(prev, cur)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := compare.Over([]*report.Report{prev, cur})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args  []string
		l     lang.Lang
		write func(*bytes.Buffer, lang.Lang) error
	}{
		{[]string{"--to", "docx", "-o", filepath.Join(dir, "diff.docx"), p, c}, lang.Chinese,
			func(b *bytes.Buffer, l lang.Lang) error { return compare.WriteDiff(b, d, compare.DOCX, l) }},
		{[]string{"--over", "--lang", "en", "--to=docx", "-o", filepath.Join(dir, "over.docx"), p, c}, lang.English,
			func(b *bytes.Buffer, l lang.Lang) error {
				return compare.WriteTables(b, []*compare.Table{tb}, compare.DOCX, l)
			}},
	} {
		var want, out, errOut bytes.Buffer
		if err := tt.write(&want, tt.l); err != nil {
			t.Fatal(err)
		}
		if got := run(append([]string{"compare"}, tt.args...), &out, &errOut); got != 0 || out.Len() != 0 {
			t.Errorf("xxgk compare %q = %d, %d bytes on standard output, stderr %q", tt.args, got, out.Len(), errOut.String())
			continue
		}
		got, err := os.ReadFile(tt.args[slices.Index(tt.args, "-o")+1])
		if err != nil || !bytes.Equal(got, want.Bytes()) {
			t.Errorf("xxgk compare %q wrote something else than package compare (%v)", tt.args, err)
		}
	}

	var out, errOut bytes.Buffer
	if got := run([]string{"compare", "--to", "docx", p, c}, &out, &errOut); got != 0 || !bytes.HasPrefix(out.Bytes(), []byte("PK\x03\x04")) {
		t.Errorf("xxgk compare --to docx to a pipe = %d, %d bytes, stderr %q", got, out.Len(), errOut.String())
	}
	// isTerminal takes any character device for a terminal: /dev/null
	// stands in for one here.
	tty, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Skip(err)
	}
	defer tty.Close()
	if !isTerminal(tty) {
		t.Skipf("%s is not a character device here", os.DevNull)
	}
	errOut.Reset()
	if got := run([]string{"compare", "--to", "docx", p, c}, tty, &errOut); got != 2 || !strings.Contains(errOut.String(), "not writing --to docx to a terminal") {
		t.Errorf("xxgk compare --to docx to a terminal = %d, stderr %q", got, errOut.String())
	}
	// Markdown to a terminal is fine.
	if got := run([]string{"compare", p, c}, tty, &errOut); got != 0 {
		t.Errorf("xxgk compare to a terminal = %d", got)
	}
	errOut.Reset()
	if got := run([]string{"compare", "--to", "docx", "-o", filepath.Join(dir, "no", "such", "x.docx"), p, c}, &out, &errOut); got != 1 || !strings.Contains(errOut.String(), "no such file") {
		t.Errorf("xxgk compare -o into a missing folder = %d, stderr %q", got, errOut.String())
	}
}
