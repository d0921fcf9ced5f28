package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/render"
	"github.com/opengov-cn/xxgk/report"
)

// runStdin runs the command line args with stdin as standard input.
func runStdin(args []string, stdin string) (status int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	status = runIO(args, strings.NewReader(stdin), &out, &errOut)
	return status, out.String(), errOut.String()
}

// warnedReport writes into a temporary folder a report with two warnings
// and one info finding (F-RATES, N-FEE, F-TABLE2) and returns its path.
func warnedReport(t *testing.T) string {
	warned := examples.Xiaoshan2023()
	warned.Fees.Collected, _ = report.ParseAmount("85")
	return writeReport(t, t.TempDir(), "warning.json", warned)
}

// Every subcommand reads its flags before and after its arguments alike.
func TestFlagsAfterArguments(t *testing.T) {
	file := warnedReport(t)
	pingtan := filepath.Join("..", "..", "parse", "testdata", "pingtan-2021.txt")
	for _, tt := range []struct{ before, after []string }{
		{[]string{"validate", "--lang", "en", "--min-severity", "warning", file}, []string{"validate", file, "--lang", "en", "--min-severity=warning"}},
		{[]string{"validate", "--json", file, pingtan}, []string{"validate", file, "--json", pingtan}},
		{[]string{"render", "--to", "text", "--lang", "en", file}, []string{"render", file, "--to", "text", "--lang", "en"}},
		{[]string{"export", "--csv", "--labels", "en", file}, []string{"export", file, "--csv", "--labels", "en"}},
		{[]string{"parse", "--json", "--lang", "en", pingtan}, []string{"parse", pingtan, "--json", "--lang", "en"}},
		{[]string{"rules", "--lang", "en", "--json"}, []string{"rules", "--json", "--lang", "en"}},
	} {
		s1, out1, err1 := runStdin(tt.before, "")
		s2, out2, err2 := runStdin(tt.after, "")
		if s1 != s2 || out1 != out2 || err1 != err2 || s1 == 2 || out1 == "" {
			t.Errorf("xxgk %q = %d and xxgk %q = %d differ or fail; stderr %q, %q", tt.before, s1, tt.after, s2, err1, err2)
		}
	}
	// After "--" every argument is a file, even one that looks like a flag.
	status, _, stderr := runStdin([]string{"validate", file, "--", "--lang"}, "")
	if status != 2 || !strings.Contains(stderr, "--lang: no such file") {
		t.Errorf("validate FILE -- --lang: status %d, stderr %q", status, stderr)
	}
}

// xxgk help CMD, xxgk CMD --help and xxgk CMD -h print the same full help
// on standard output and exit 0.
func TestHelp(t *testing.T) {
	for _, c := range commands() {
		status, want, stderr := runStdin([]string{"help", c.name}, "")
		if status != 0 || stderr != "" {
			t.Errorf("xxgk help %s = %d, stderr %q", c.name, status, stderr)
		}
		if !strings.HasPrefix(want, "usage: xxgk "+c.name) || !strings.Contains(want, c.doc[:20]) {
			t.Errorf("xxgk help %s lacks the usage line or the description:\n%s", c.name, want)
		}
		c.flagSet(c.new()).VisitAll(func(f *flag.Flag) {
			if !regexp.MustCompile(`(?m)^  -{1,2}` + regexp.QuoteMeta(f.Name) + `\b.*\n .*\(default: .+\)$`).MatchString(want) {
				t.Errorf("xxgk help %s: no line for flag %s with its default:\n%s", c.name, f.Name, want)
			}
		})
		for _, h := range []string{"--help", "-h", "-help"} {
			if status, got, _ := runStdin([]string{c.name, h}, ""); status != 0 || got != want {
				t.Errorf("xxgk %s %s = %d, printed something else than xxgk help %s:\n%s", c.name, h, status, c.name, got)
			}
		}
	}
	status, list, _ := runStdin([]string{"help"}, "")
	if status != 0 {
		t.Errorf("xxgk help = %d", status)
	}
	for _, c := range commands() {
		if !strings.Contains(list, "\n  "+c.name+" ") {
			t.Errorf("xxgk help does not list %s:\n%s", c.name, list)
		}
	}
	if status, out, _ := runStdin(nil, ""); status != 2 || out != list {
		t.Errorf("xxgk = %d, printed %q; want 2 and the list", status, out)
	}
	if status, _, stderr := runStdin([]string{"help", "nonsense"}, ""); status != 2 || !strings.Contains(stderr, `unknown command "nonsense"`) {
		t.Errorf("xxgk help nonsense = %d, stderr %q", status, stderr)
	}
}

// Unknown values are usage errors: exit 2, a message naming the flag.
func TestUnknownValues(t *testing.T) {
	file := warnedReport(t)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"validate", "--lang", "fr", file}, `invalid value "fr" for flag -lang`},
		{[]string{"render", file, "--lang", "fr"}, `invalid value "fr" for flag -lang`},
		{[]string{"parse", "--lang", "fr", file}, `invalid value "fr" for flag -lang`},
		{[]string{"rules", "--lang=fr"}, `invalid value "fr" for flag -lang`},
		{[]string{"validate", "--disable", "T3-BALANCE,T3-NOPE", file}, `invalid value "T3-BALANCE,T3-NOPE" for flag -disable: unknown rule code "T3-NOPE"`},
		{[]string{"validate", "--min-severity", "fatal", file}, `invalid value "fatal" for flag -min-severity: unknown severity "fatal"`},
		{[]string{"render", "--to", "pdf", file}, `invalid value "pdf" for flag -to: want md, markdown, html, text, txt or docx`},
		{[]string{"export", "--csv", "--labels", "fr", file}, `invalid value "fr" for flag -labels: want path, zh or en`},
		{[]string{"export", "--csv", "--nonsense", file}, "flag provided but not defined: -nonsense"},
		{[]string{"version", "extra"}, `unexpected argument "extra"`},
		{[]string{"render", file, file}, "too many arguments: want FILE"},
	} {
		status, out, stderr := runStdin(tt.args, "")
		if status != 2 || out != "" || !strings.Contains(stderr, tt.want) || !strings.Contains(stderr, "usage: xxgk "+tt.args[0]) {
			t.Errorf("xxgk %q = %d, stdout %q, stderr %q; want 2, the usage line and %q", tt.args, status, out, stderr, tt.want)
		}
	}
}

func TestRenderDefaultsToMarkdown(t *testing.T) {
	var want bytes.Buffer
	if err := render.Markdown(&want, examples.Xiaoshan2023(), lang.Chinese); err != nil {
		t.Fatal(err)
	}
	status, out, stderr := runStdin([]string{"render", "-"}, string(examples.Xiaoshan2023JSON))
	if status != 0 || out != want.String() {
		t.Errorf("xxgk render - = %d, stderr %q; want the Markdown", status, stderr)
	}
}

func TestRenderOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "r.html")
	status, stdout, stderr := runStdin([]string{"render", "-", "--to", "html", "-o", out}, string(examples.Xiaoshan2023JSON))
	b, err := os.ReadFile(out)
	if status != 0 || stdout != "" || err != nil || !bytes.Contains(b, []byte("<table")) {
		t.Errorf("render -o: status %d, stdout %q, stderr %q, file %v", status, stdout, stderr, err)
	}
}

func TestVersion(t *testing.T) {
	status, out, stderr := runStdin([]string{"version"}, "")
	shape := regexp.MustCompile(`^xxgk (\(devel\)|v\S+)( \(revision [0-9a-f]+(, modified)?\))? go\S+\n$`)
	if status != 0 || stderr != "" || !shape.MatchString(out) {
		t.Errorf("xxgk version = %d, printed %q, stderr %q", status, out, stderr)
	}
	info := &debug.BuildInfo{GoVersion: "go1.24.0", Main: debug.Module{Path: "github.com/opengov-cn/xxgk", Version: "v1.2.0"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123abc"}, {Key: "vcs.modified", Value: "true"}}}
	for _, tt := range []struct {
		info *debug.BuildInfo
		want string
	}{
		{info, "xxgk v1.2.0 (revision 0123abc, modified) go1.24.0"},
		{&debug.BuildInfo{GoVersion: "go1.24.0", Main: debug.Module{Version: "(devel)"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123abc"}, {Key: "vcs.modified", Value: "false"}}},
			"xxgk (devel) (revision 0123abc) go1.24.0"},
		{&debug.BuildInfo{}, "xxgk (devel)"},
		{nil, "xxgk (devel)"},
	} {
		if got := versionLine(tt.info); got != tt.want {
			t.Errorf("versionLine = %q, want %q", got, tt.want)
		}
	}
}

// --min-severity hides the findings below it in every output form; the
// counts of the text and the summary count everything.
func TestMinSeverity(t *testing.T) {
	file := warnedReport(t)
	status, out, _ := runStdin([]string{"validate", "--min-severity", "warning", file}, "")
	if status != 0 || strings.Contains(out, "F-TABLE2") || !strings.Contains(out, "F-RATES") || !strings.Contains(out, "N-FEE") ||
		!strings.Contains(out, "warning.json: 0 error(s), 2 warning(s), 1 info(s)") ||
		!strings.Contains(out, "summary: 1 report(s) read, 0 with errors, 1 with warnings") {
		t.Errorf("--min-severity warning: status %d, stdout:\n%s", status, out)
	}
	if _, out, _ := runStdin([]string{"validate", "--min-severity", "error", file}, ""); strings.Contains(out, "\t") {
		t.Errorf("--min-severity error: findings printed:\n%s", out)
	}
	if _, out, _ := runStdin([]string{"validate", "--min-severity", "info", file}, ""); !strings.Contains(out, "F-TABLE2") {
		t.Errorf("--min-severity info: the info finding is missing:\n%s", out)
	}

	_, out, stderr := runStdin([]string{"validate", "--csv", "--min-severity", "warning", file}, "")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 3 || strings.Contains(out, "F-TABLE2") {
		t.Errorf("--csv --min-severity warning: %v, %d rows:\n%s", err, len(rows), out)
	}
	if !strings.Contains(stderr, "summary: 1 report(s) read, 0 with errors, 1 with warnings") {
		t.Errorf("--csv: stderr %q lacks the summary", stderr)
	}

	_, out, _ = runStdin([]string{"validate", "--json", "--min-severity", "warning", file}, "")
	var results []struct {
		Result struct {
			Findings []struct{ Code string } `json:"findings"`
		} `json:"result"`
	}
	if err := json.Unmarshal([]byte(out), &results); err != nil || len(results) != 1 || len(results[0].Result.Findings) != 2 {
		t.Errorf("--json --min-severity warning: %v:\n%s", err, out)
	}

	// The reader's diagnostics too: pingtan-2021.txt has an error and info
	// diagnostics.
	pingtan := filepath.Join("..", "..", "parse", "testdata", "pingtan-2021.txt")
	_, all, _ := runStdin([]string{"validate", "--json", pingtan}, "")
	_, some, _ := runStdin([]string{"validate", "--json", "--min-severity", "error", pingtan}, "")
	if !strings.Contains(all, `"severity": "info"`) || strings.Contains(some, `"severity": "info"`) ||
		strings.Contains(some, `"severity": "warning"`) || !strings.Contains(some, "ambiguous-split") {
		t.Errorf("--json --min-severity error: diagnostics below error shown, or the error hidden:\n%s", some)
	}
}

// Standard input is named <stdin> in every output.
func TestStdinName(t *testing.T) {
	in := string(examples.Xiaoshan2023JSON)
	bad := `{"format": "2030"}`
	for _, tt := range []struct {
		args  []string
		stdin string
		out   string
		err   string
	}{
		{[]string{"validate", "-"}, in, "<stdin>: 0 error(s)", ""},
		{[]string{"validate", "--json", "-"}, in, `"file": "<stdin>"`, ""},
		{[]string{"validate", "--csv", "-"}, in, "", ""},
		{[]string{"validate", "-"}, bad, "", "xxgk validate: <stdin>: report JSON: format"},
		{[]string{"validate", "--prev", "-", "-"}, in, "", "<stdin>"},
		{[]string{"export", "--csv", "-"}, in, "\n<stdin>,", ""},
		{[]string{"export", "--csv", "-"}, bad, "", "xxgk export: <stdin>: report JSON: format"},
		{[]string{"parse", "--json", "-"}, in, `"file": "<stdin>"`, ""},
		{[]string{"render", "-"}, bad, "", "xxgk render: <stdin>: report JSON: format"},
	} {
		_, out, stderr := runStdin(tt.args, tt.stdin)
		if !strings.Contains(out, tt.out) || !strings.Contains(stderr, tt.err) || strings.Contains(out+stderr, "-:") || strings.Contains(out+stderr, "\"-\"") {
			t.Errorf("xxgk %q: stdout %q, stderr %q; want %q and %q", tt.args, out, stderr, tt.out, tt.err)
		}
	}
	// A published text from standard input: its diagnostics name <stdin>.
	txt, err := os.ReadFile(filepath.Join("..", "..", "parse", "testdata", "pingtan-2021.txt"))
	if err != nil {
		t.Fatal(err)
	}
	_, out, _ := runStdin([]string{"validate", "-"}, string(txt))
	if !strings.Contains(out, "<stdin>\tPARSE-ambiguous-split\t") || !strings.Contains(out, "\n<stdin>: 0 error(s)") {
		t.Errorf("validate - of a text: stdout:\n%s", out)
	}
	_, out, _ = runStdin([]string{"validate", "--csv", "-"}, string(txt))
	if !strings.Contains(out, "\n<stdin>,平潭综合实验区,2021,PARSE-ambiguous-split,") {
		t.Errorf("validate --csv - of a text: stdout:\n%s", out)
	}
}

// A JSON syntax error is shown as the reader gives it, with the line and
// column once report.DecodeError carries them.
func TestJSONSyntaxError(t *testing.T) {
	file := filepath.Join(t.TempDir(), "syntax.json")
	if err := os.WriteFile(file, []byte("{\n  \"format\": \"2021\",\n  oops\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, readErr := parse.ReadFile(file, parse.Options{})
	if readErr == nil {
		t.Fatal("the broken JSON was read")
	}
	for _, cmd := range []string{"validate", "render", "export --csv", "parse"} {
		args := append(strings.Fields(cmd), file)
		status, _, stderr := runStdin(args, "")
		if status != 2 || stderr != "xxgk "+args[0]+": "+readErr.Error()+"\n" {
			t.Errorf("xxgk %q = %d, stderr %q; want 2 and the reader's error %q", args, status, stderr, readErr)
		}
	}
	if !strings.Contains(readErr.Error(), "line 3, column 3") {
		t.Errorf("the syntax error %q is not placed at line 3, column 3", readErr)
	}
}

// TestFunctionLength keeps every function of the command under 80 lines.
func TestFunctionLength(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok {
				lines := fset.Position(fn.End()).Line - fset.Position(fn.Pos()).Line + 1
				if lines > 80 {
					t.Errorf("%s: %s has %d lines", name, fn.Name.Name, lines)
				}
			}
		}
	}
}
