package parse

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// hasDiagnostic reports whether some warning or error names one of paths.
func hasDiagnostic(res *Result, paths ...report.Path) bool {
	for _, d := range res.Diagnostics {
		if d.Severity < validate.Warning {
			continue
		}
		for _, p := range paths {
			if slices.Contains(d.Paths, p) {
				return true
			}
		}
	}
	return false
}

func rowPaths(row report.Table3Row) []report.Path {
	var paths []report.Path
	for _, a := range report.Applicants() {
		paths = append(paths, report.Table3Path(row, a))
	}
	return paths
}

// TestDamagedText damages the Xiaoshan text in the ways published copies
// are damaged, and checks that each damage is named by a diagnostic on the
// cells it touches, and that no damaged cell is read as a wrong number
// without one.
func TestDamagedText(t *testing.T) {
	src := string(readTestdata(t, "xiaoshan-2023.txt"))
	clean, err := Text([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		damage func(string) string
		paths  []report.Path
	}{
		{"row deleted", func(s string) string {
			return regexp.MustCompile(`(?m)^2\.重复申请 .*\n`).ReplaceAllString(s, "")
		}, rowPaths(report.RowNotProcessedRepeated)},
		{"column deleted", func(s string) string {
			// Drop the 法律服务机构 value (the fifth number) of every row of table 三.
			re := regexp.MustCompile(`(?m)^(.*?\| \d+ \| \d+ \| \d+ \| \d+ \|) \d+ \|`)
			return re.ReplaceAllString(s, "$1")
		}, rowPaths(report.RowReceived)},
		{"number replaced by text", func(s string) string {
			return strings.Replace(s, "(一)予以公开 | 64 |", "(一)予以公开 | 六十四 |", 1)
		}, []report.Path{"table3.disclosed.natural_person"}},
		{"table cut off", func(s string) string {
			i := strings.Index(s, "(五)不予处理")
			return s[:i]
		}, append(rowPaths(report.RowConcluded), "table4.reconsideration.total")},
		{"value missing in table 四", func(s string) string {
			return strings.Replace(s, "4 | 0 | 0 | 0 | 4 | 5 |", "4 | 0 | 0 | 4 | 5 |", 1)
		}, []report.Path{"table4.reconsideration.upheld"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			damaged := tt.damage(src)
			if damaged == src {
				t.Fatal("the damage changed nothing")
			}
			res, err := Text([]byte(damaged), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !hasDiagnostic(res, tt.paths...) {
				t.Errorf("no diagnostic names %v; got:\n%s", tt.paths, diagnosticList(res))
			}
			assertNoSilentDifference(t, clean.Report, res)
		})
	}
}

// assertNoSilentDifference checks the central promise against a reference
// report: every cell is the reference's value, or blank, or named in a
// diagnostic.
func assertNoSilentDifference(t *testing.T, want *report.Report, res *Result) {
	t.Helper()
	named := map[report.Path]bool{}
	for _, d := range res.Diagnostics {
		if d.Severity >= validate.Warning {
			for _, p := range d.Paths {
				named[p] = true
			}
		}
	}
	for cell, v := range want.Cells {
		if cell.Table == 6 {
			continue
		}
		got, err := res.Report.Lookup(cell.Path)
		if err != nil {
			t.Errorf("%s: %v", cell.Path, err)
			continue
		}
		if got.String() != v.String() && !named[cell.Path] {
			t.Errorf("%s read as %q (want %q) with no diagnostic naming it", cell.Path, got.String(), v.String())
		}
	}
}

func diagnosticList(res *Result) string {
	var b strings.Builder
	for _, d := range res.Diagnostics {
		b.WriteString("  " + d.String() + "\n")
	}
	return b.String()
}

// TestDamagedHTML damages the Pingtan 2022 page.
func TestDamagedHTML(t *testing.T) {
	src := readTestdata(t, "pingtan-2022.html")
	clean, err := HTML(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	trs := regexp.MustCompile(`(?s)<tr[^>]*>.*?</tr>`)
	tests := []struct {
		name   string
		damage func([]byte) []byte
		paths  []report.Path
	}{
		{"row deleted", func(b []byte) []byte {
			n := 0
			return trs.ReplaceAllFunc(b, func(m []byte) []byte {
				n++
				if bytes.Contains(m, []byte("2.重复申请")) {
					return nil
				}
				return m
			})
		}, rowPaths(report.RowNotProcessedRepeated)},
		{"cell deleted", func(b []byte) []byte {
			return trs.ReplaceAllFunc(b, func(m []byte) []byte {
				if !bytes.Contains(m, []byte("（一）予以公开")) {
					return m
				}
				tds := regexp.MustCompile(`(?s)<td[^>]*>.*?</td>`).FindAllIndex(m, -1)
				last := tds[len(tds)-1]
				return append(append([]byte{}, m[:last[0]]...), m[last[1]:]...)
			})
		}, rowPaths(report.RowDisclosed)},
		{"number replaced by text", func(b []byte) []byte {
			return bytes.Replace(b, []byte(">9116.36<"), []byte(">九千<"), 1)
		}, []report.Path{"table2.administrative_fees.amount"}},
		{"page cut off", func(b []byte) []byte {
			return b[:bytes.Index(b, []byte("（五）不予处理"))]
		}, rowPaths(report.RowConcluded)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			damaged := tt.damage(src)
			if bytes.Equal(damaged, src) {
				t.Fatal("the damage changed nothing")
			}
			res, err := HTML(damaged, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !hasDiagnostic(res, tt.paths...) {
				t.Errorf("no diagnostic names %v; got:\n%s", tt.paths, diagnosticList(res))
			}
			assertNoSilentDifference(t, clean.Report, res)
		})
	}
}
