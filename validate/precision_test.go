package validate_test

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// precisionCase is a report of the precision test: a real published report
// of parse/testdata, or a copy of one changed to show one class of false
// alarm.
type precisionCase struct {
	name, file string
	// edit changes the published text; nil keeps it as published.
	edit func(t *testing.T, b []byte) []byte
}

// replaceOnce replaces the first old in b with new, and fails the test when
// b holds no old.
func replaceOnce(t *testing.T, b []byte, old, new string) []byte {
	t.Helper()
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("no %q to replace", old)
	}
	return bytes.Replace(b, []byte(old), []byte(new), 1)
}

// realReports are the published reports of the test data, as published.
var realReports = []precisionCase{
	{name: "xiaoshan-2023.txt"},
	{name: "shanghai-office-2019.txt"},
	{name: "shanghai-office-2025.txt"},
	{name: "huaian-city-2024.txt"},
	{name: "pingtan-2021.txt"},
	{name: "pingtan-2022.txt"},
	{name: "pingtan-2022.html"},
	{name: "pingtan-2019.html"},
}

// falseAlarms are copies of real reports, each changed to show one class
// of false alarm that validators gave on real reports.
var falseAlarms = []precisionCase{
	// The text's figure of requests received counts 新收 + 上年结转 (115 + 8).
	{name: "received-plus-carried", file: "xiaoshan-2023.txt", edit: func(t *testing.T, b []byte) []byte {
		return replaceOnce(t, b, "累计收到政府信息公开申请115件", "累计收到政府信息公开申请123件")
	}},
	// A district government's own report, compiled from all its bodies
	// (its title names the district), published in March: due by 3月31日.
	{name: "compiled-in-march", file: "xiaoshan-2023.txt", edit: func(t *testing.T, b []byte) []byte {
		return append([]byte("杭州市萧山区2023年政府信息公开工作年度报告\n发布日期：2024-03-20\n"), b...)
	}},
	// A 实验区 body that reports 规章 made: its level is not told by its
	// name (平潭 is of prefecture level).
	{name: "pilot-zone-regulations", file: "pingtan-2022.html", edit: func(t *testing.T, b []byte) []byte {
		i := bytes.Index(b, []byte("规章</span>"))
		if i < 0 {
			t.Fatal("no row 规章")
		}
		return append(b[:i:i], replaceOnce(t, b[i:], ">0</span>", ">2</span>")...)
	}},
	// A sentence about complaints raised in a TV programme (群众诉求), in
	// the subsection on requests, before the figure of requests.
	{name: "public-complaints", file: "xiaoshan-2023.txt", edit: func(t *testing.T, b []byte) []byte {
		return replaceOnce(t, b, "全年,区政府办公室累计收到", "《我们圆桌会》栏目反映群众诉求,共受理32件,均已办结。全年,区政府办公室累计收到")
	}},
	// One office's figure in a government's compiled report.
	{name: "one-office", file: "pingtan-2022.txt", edit: func(t *testing.T, b []byte) []byte {
		return replaceOnce(t, b, "2022年，全区收到政府信息公开申请75件", "管委会办公室代表管委会受理政府信息公开申请17件。2022年，全区收到政府信息公开申请75件")
	}},
}

// expectedFinding is one line of testdata/precision.tsv: a finding a
// correct validator gives on a case, and why.
type expectedFinding struct {
	key  string // case, code, severity and cells, tab-separated
	why  string
	info bool
}

// readExpected reads testdata/precision.tsv: for each case, the warnings and
// errors a correct validator gives (and, for the false-alarm cases, the
// info findings that replace the false alarms), with the sentence or cell
// that justifies each.
func readExpected(t *testing.T) map[string][]expectedFinding {
	t.Helper()
	f, err := os.Open("testdata/precision.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][]expectedFinding{}
	for sc := bufio.NewScanner(f); sc.Scan(); {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 || cols[4] == "" {
			t.Fatalf("precision.tsv: want case, code, severity, cells and justification: %q", line)
		}
		out[cols[0]] = append(out[cols[0]], expectedFinding{key: strings.Join(cols[:4], "\t"), why: cols[4], info: cols[2] == "info"})
	}
	return out
}

// findingKey returns the key of a finding as precision.tsv writes it.
func findingKey(name string, f validate.Finding) string {
	cells := "-"
	if len(f.Paths) > 0 {
		var paths []string
		for _, p := range f.Paths {
			paths = append(paths, string(p))
		}
		cells = strings.Join(paths, " ")
	}
	return strings.Join([]string{name, f.Code, f.Severity.String(), cells}, "\t")
}

// read reads a case with package parse.
func (c precisionCase) read(t *testing.T) *report.Report {
	t.Helper()
	file := c.file
	if file == "" {
		file = c.name
	}
	b, err := os.ReadFile(filepath.Join("..", "parse", "testdata", file)) // the real reports, kept once

	if err != nil {
		t.Fatal(err)
	}
	if c.edit != nil {
		b = c.edit(t, b)
	}
	res, err := parse.Parse(b, parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Report
}

// checkPrecision validates a case and compares its findings with the
// expected ones: every warning and error must be expected, every expected
// finding found.
func checkPrecision(t *testing.T, c precisionCase, want []expectedFinding) {
	res := validate.Validate(c.read(t), validate.Options{})
	var got []string
	for _, f := range res.Findings {
		got = append(got, findingKey(c.name, f))
		if f.Severity < validate.Warning {
			continue
		}
		if !slices.ContainsFunc(want, func(e expectedFinding) bool { return e.key == got[len(got)-1] }) {
			t.Errorf("false alarm: %s: %s", got[len(got)-1], f.Message.Zh)
		}
	}
	for _, e := range want {
		if !slices.Contains(got, e.key) {
			t.Errorf("missed: %s (%s)", e.key, e.why)
		}
	}
}

// TestPrecision validates every published report of the test data: no
// warning or error that is not in testdata/precision.tsv, and every one
// there found (such as the contradictions of Shanghai's 2019 text).
func TestPrecision(t *testing.T) {
	want := readExpected(t)
	for _, c := range realReports {
		t.Run(c.name, func(t *testing.T) { checkPrecision(t, c, want[c.name]) })
	}
}

// TestFalseAlarmClasses validates a copy of a real report for each class
// of false alarm seen on real reports: the false alarm is gone (and, where
// precision.tsv says so, an info finding says why).
func TestFalseAlarmClasses(t *testing.T) {
	want := readExpected(t)
	for _, c := range falseAlarms {
		t.Run(c.name, func(t *testing.T) { checkPrecision(t, c, want[c.name]) })
	}
}
