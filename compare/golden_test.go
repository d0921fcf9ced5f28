package compare

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

var forms = []struct {
	ext  string
	form Form
}{{"md", Markdown}, {"html", HTML}, {"csv", CSV}, {"json", JSON}}

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
		t.Fatalf("%v (run go test ./compare -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (-want +got):\n%s", path, cmp.Diff(string(want), got))
	}
}

// pingtanYears reads the three Pingtan reports, oldest first.
func pingtanYears(t testing.TB) []*report.Report {
	return []*report.Report{readReport(t, "pingtan-2019.html"), readReport(t, "pingtan-2021.txt"), readReport(t, "pingtan-2022.html")}
}

// TestGolden writes the comparison of Pingtan 2019 (format 2019) with 2022,
// and the table of the three Pingtan reports, in every form and both
// languages, and compares them with the golden files.
func TestGolden(t *testing.T) {
	ps := pingtanYears(t)
	d, err := Diff(ps[0], ps[2])
	if err != nil {
		t.Fatal(err)
	}
	tb, err := Over(ps)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range forms {
		for _, l := range lang.Langs() {
			name := "pingtan-2019-2022." + l.String() + "." + f.ext
			t.Run(name, func(t *testing.T) {
				var b bytes.Buffer
				if err := WriteDiff(&b, d, f.form, l); err != nil {
					t.Fatal(err)
				}
				checkWellFormed(t, f.form, b.Bytes())
				checkGolden(t, name, b.String())
			})
			name = "pingtan-over-years." + l.String() + "." + f.ext
			t.Run(name, func(t *testing.T) {
				var b bytes.Buffer
				if err := WriteTables(&b, []*Table{tb}, f.form, l); err != nil {
					t.Fatal(err)
				}
				checkWellFormed(t, f.form, b.Bytes())
				checkGolden(t, name, b.String())
			})
		}
	}
}

// checkWellFormed checks what can be checked of an output without golden
// files: JSON decodes, HTML has no script and no external asset.
func checkWellFormed(t *testing.T, f Form, out []byte) {
	t.Helper()
	switch f {
	case JSON:
		var v any
		if err := json.Unmarshal(out, &v); err != nil {
			t.Errorf("JSON does not decode: %v", err)
		}
	case HTML:
		s := string(out)
		for _, bad := range []string{"<script", "http://", "https://", "src="} {
			if strings.Contains(strings.ReplaceAll(s, `xmlns="http://www.w3.org/2000/svg"`, ""), bad) {
				t.Errorf("HTML holds %q", bad)
			}
		}
	}
}

// TestBlankNotZero: in every form, a blank cell is told apart from a zero.
func TestBlankNotZero(t *testing.T) {
	d, err := Diff(readReport(t, "pingtan-2019.html"), readReport(t, "pingtan-2022.html"))
	if err != nil {
		t.Fatal(err)
	}
	out := func(f Form, l lang.Lang) string {
		var b bytes.Buffer
		if err := WriteDiff(&b, d, f, l); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	// fees.collected: 2019 blank, 2022 0.
	if s := out(HTML, lang.Chinese); !strings.Contains(s, `<td class="blank" data-path="fees.collected">（空白）</td><td class="num" data-path="fees.collected">0</td><td class="nc">不可比（空白）</td>`) {
		t.Error("HTML does not mark the blank fee apart from the 0")
	}
	if s := out(Markdown, lang.English); !strings.Contains(s, "| *(blank)* | 0 | not comparable (blank) |") {
		t.Error("Markdown does not mark the blank fee apart from the 0")
	}
	if s := out(CSV, lang.English); !strings.Contains(s, "fees.collected,6. Other matters / information processing fee collected (yuan),,0,,,not comparable,blank") {
		t.Error("CSV does not leave the blank fee empty beside the 0")
	}
	if s := out(JSON, lang.English); !strings.Contains(s, `"earlier": "",
      "later": "0",`) {
		t.Error("JSON does not give the blank fee as \"\" beside \"0\"")
	}
}
