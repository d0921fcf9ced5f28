package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/render"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

func TestRenderCommand(t *testing.T) {
	file := filepath.Join(t.TempDir(), "xiaoshan.json")
	if err := os.WriteFile(file, examples.Xiaoshan2023JSON, 0o644); err != nil {
		t.Fatal(err)
	}
	r := examples.Xiaoshan2023()
	want := func(fn func(io.Writer, *report.Report, lang.Lang, ...render.Option) error, l lang.Lang, opts ...render.Option) string {
		var b bytes.Buffer
		if err := fn(&b, r, l, opts...); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--to", "md", file}, want(render.Markdown, lang.Chinese)},
		{[]string{"--to", "text", "--lang", "en", file}, want(render.Text, lang.English)},
		{[]string{"--to=html", file}, want(render.HTML, lang.Chinese)},
		{[]string{file, "--to", "html", "--standalone", "--lang", "en"}, want(render.HTMLPage, lang.English)},
		{[]string{"--to", "md", "--validate", file}, want(render.Markdown, lang.Chinese,
			render.WithFindings(validate.Validate(r, validate.Options{})))},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		if got := run(append([]string{"render"}, tt.args...), &out, &errOut); got != 0 {
			t.Errorf("xxgk render %q = %d, stderr %q", tt.args, got, errOut.String())
			continue
		}
		if out.String() != tt.want {
			t.Errorf("xxgk render %q printed something else than the renderer", tt.args)
		}
	}
}

// --validate appends the findings in the --lang language, and a report
// with error findings still renders (status 0).
func TestRenderCommandValidate(t *testing.T) {
	r := examples.Xiaoshan2023()
	r.Table3.Rows[report.RowReceived][report.NaturalPerson]++
	file := filepath.Join(t.TempDir(), "wrong.json")
	var data bytes.Buffer
	if err := report.WriteJSON(&data, r); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, data.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, l := range []lang.Lang{lang.Chinese, lang.English} {
		res := validate.Validate(r, validate.Options{Language: l})
		if res.Count(validate.Error) == 0 {
			t.Fatal("the changed report has no error findings")
		}
		var want bytes.Buffer
		if err := render.Text(&want, r, l, render.WithFindings(res)); err != nil {
			t.Fatal(err)
		}
		var out, errOut bytes.Buffer
		args := []string{"render", "--to", "text", "--validate", "--lang", l.String(), file}
		if got := run(args, &out, &errOut); got != 0 {
			t.Fatalf("xxgk %q = %d, stderr %q", args, got, errOut.String())
		}
		if out.String() != want.String() {
			t.Errorf("xxgk %q printed something else than the renderer with the findings", args)
		}
		if !strings.Contains(out.String(), res.Findings[0].Message.In(l)) {
			t.Errorf("xxgk %q: the first finding's message is missing", args)
		}
	}
}

func TestRenderCommandErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"format":"2021","table3":{"received":{"total":"x"}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args       []string
		wantStatus int
		wantErr    string
	}{
		{nil, 2, "usage: xxgk render"},
		{[]string{"--to", "md"}, 2, "usage: xxgk render"},
		{[]string{"--to", "pdf", "x.json"}, 2, `invalid value "pdf" for flag -to: want md, markdown, html, text, txt or docx`},
		{[]string{"--to", "md", "--lang", "fr", "x.json"}, 2, `invalid value "fr" for flag -lang: unknown language`},
		{[]string{"--to", "md", "--standalone", "x.json"}, 2, "--standalone goes with --to html"},
		{[]string{"--to", "md", "a.json", "b.json"}, 2, "usage: xxgk render"},
		{[]string{"--bogus"}, 2, "flag provided but not defined"},
		{[]string{"--to", "md", filepath.Join(t.TempDir(), "missing.json")}, 2, "no such file"},
		{[]string{"--to", "md", bad}, 2, "table3.received.total"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		got := run(append([]string{"render"}, tt.args...), &out, &errOut)
		if got != tt.wantStatus || !strings.Contains(errOut.String(), tt.wantErr) {
			t.Errorf("xxgk render %q = %d, stderr %q; want %d and %q", tt.args, got, errOut.String(), tt.wantStatus, tt.wantErr)
		}
	}
}

// --to docx -o writes the .docx of render.DOCX to the file, and nothing
// goes to standard output.
func TestRenderCommandDOCX(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "xiaoshan.json")
	if err := os.WriteFile(file, examples.Xiaoshan2023JSON, 0o644); err != nil {
		t.Fatal(err)
	}
	r := examples.Xiaoshan2023()
	for _, tt := range []struct {
		args []string
		l    lang.Lang
	}{
		{[]string{"--to", "docx", "-o", filepath.Join(dir, "out.docx"), file}, lang.Chinese},
		{[]string{file, "--to=docx", "--lang", "en", "-o", filepath.Join(dir, "out.en.docx")}, lang.English},
	} {
		var out, errOut bytes.Buffer
		if got := run(append([]string{"render"}, tt.args...), &out, &errOut); got != 0 {
			t.Errorf("xxgk render %q = %d, stderr %q", tt.args, got, errOut.String())
			continue
		}
		if out.Len() != 0 {
			t.Errorf("xxgk render %q printed %d bytes to standard output", tt.args, out.Len())
		}
		var want bytes.Buffer
		if err := render.DOCX(&want, r, tt.l); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(tt.args[slices.Index(tt.args, "-o")+1])
		if err != nil || !bytes.Equal(got, want.Bytes()) {
			t.Errorf("xxgk render %q wrote something else than render.DOCX (%v)", tt.args, err)
		}
	}

	// Without -o, a .docx goes to standard output unless it is a terminal.
	var out, errOut bytes.Buffer
	if got := run([]string{"render", "--to", "docx", file}, &out, &errOut); got != 0 || !bytes.HasPrefix(out.Bytes(), []byte("PK\x03\x04")) {
		t.Errorf("xxgk render --to docx to a pipe = %d, %d bytes, stderr %q", got, out.Len(), errOut.String())
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
	if got := run([]string{"render", "--to", "docx", file}, tty, &errOut); got != 2 || !strings.Contains(errOut.String(), "not writing --to docx to a terminal") {
		t.Errorf("xxgk render --to docx to a terminal = %d, stderr %q", got, errOut.String())
	}
	// -o into a folder that does not exist fails with status 1.
	errOut.Reset()
	if got := run([]string{"render", "--to", "docx", "-o", filepath.Join(dir, "no", "such", "x.docx"), file}, &out, &errOut); got != 1 || !strings.Contains(errOut.String(), "no such file") {
		t.Errorf("xxgk render -o into a missing folder = %d, stderr %q", got, errOut.String())
	}
}
