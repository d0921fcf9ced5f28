package parse

import (
	"slices"

	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"

	"github.com/opengov-cn/xxgk/lang"
)

// Tests of the classes of real damage of issue 11, each on inputs built
// from the test files: the files are read and reshaped here, never edited.

// TestPlacesOnOneLine reads a report flattened onto one line: its
// diagnostics give the column within the line and quote the text there.
func TestPlacesOnOneLine(t *testing.T) {
	res, err := Parse(readTestdata(t, "pingtan-2021.txt"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	line := strings.Split(string(readTestdata(t, "pingtan-2021.txt")), "\n")[11]
	seen := 0
	for _, d := range res.Diagnostics {
		if d.Code != CodeAmbiguousSplit && d.Code != CodeSplitByIdentity {
			continue
		}
		seen++
		runes := []rune(line)
		if d.At.Line != 12 || d.At.Column < 2 || d.At.Column > len(runes) {
			t.Fatalf("%s: at %+v", d, d.At)
		}
		// The run of digits is printed at the column given.
		if got := string(runes[d.At.Column-1:]); !strings.HasPrefix(strings.ReplaceAll(got, " ", ""), d.Found) {
			t.Errorf("%s: column %d holds %q", d.Found, d.At.Column, string([]rune(got)[:10]))
		}
		if !strings.Contains(strings.ReplaceAll(d.At.Near, " ", ""), d.Found) {
			t.Errorf("%s: near %q", d.Found, d.At.Near)
		}
		for _, l := range lang.Langs() {
			if m := d.Message(l); !strings.Contains(m, d.At.Near) {
				t.Errorf("message %q does not quote the place", m)
			}
		}
	}
	if seen < 10 {
		t.Errorf("only %d split diagnostics", seen)
	}
}

// classCase is a test file reshaped into one class of damage. The
// reference is the file after ref (a change of content, read cleanly); the
// damaged copy is the reference after damage. Every cell of the damaged
// copy must be the reference's, or blank and named (never wrong in
// silence); the cells of want must be read as given, the cells of named
// named by a warning or an error, and codes each given by some diagnostic.
type classCase struct {
	name   string
	file   string
	ref    func(string) string
	damage func(string) string
	want   map[report.Path]string
	named  []report.Path
	codes  []string
}

// run checks one case.
func (c classCase) run(t *testing.T) {
	t.Helper()
	src := string(readTestdata(t, c.file))
	if c.ref != nil {
		changed := c.ref(src)
		if changed == src {
			t.Fatal("the change of content changed nothing")
		}
		src = changed
	}
	clean, err := Parse([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	damaged := c.damage(src)
	if damaged == src {
		t.Fatal("the damage changed nothing")
	}
	res, err := Parse([]byte(damaged), Options{})
	if err != nil {
		t.Fatal(err)
	}
	assertNoSilentDifference(t, clean.Report, res)
	for p, w := range c.want {
		if v, err := res.Report.Lookup(p); err != nil || v.String() != w {
			t.Errorf("%s = %q (%v), want %q", p, v.String(), err, w)
		}
	}
	if len(c.named) > 0 && !hasDiagnostic(res, c.named...) {
		t.Errorf("no diagnostic names %v", c.named)
	}
	for _, code := range c.codes {
		if !slices.ContainsFunc(res.Diagnostics, func(d Diagnostic) bool { return d.Code == code }) {
			t.Errorf("no %s diagnostic", code)
		}
	}
	if t.Failed() {
		t.Log(diagnosticList(res))
	}
}

// lineRange returns the lines of s from the first that begins with from
// up to (not including) the first after it that begins with to.
func lineRange(s, from, to string) (before, lines, after string) {
	i := strings.Index(s, "\n"+from) + 1
	j := i + strings.Index(s[i:], "\n"+to) + 1
	return s[:i], s[i:j], s[j:]
}

// flatten joins the lines of s from the line beginning with from to the
// line beginning with to onto one line, the cells of each row run together
// as a site archive's flattening prints them.
func flatten(s, from, to string) string {
	before, lines, after := lineRange(s, from, to)
	lines = strings.ReplaceAll(lines, " | ", "")
	lines = strings.ReplaceAll(lines, "\n", "")
	return before + lines + "\n" + after
}

// TestFusedNumbers: numbers run together with their signs and decimal
// points.
func TestFusedNumbers(t *testing.T) {
	cases := []classCase{{
		name: "2019 table 二 on one line, a signed change",
		file: "shanghai-office-2019.txt",
		ref: func(s string) string {
			return strings.Replace(s, "行政事业性收费 | 0 | 0", "行政事业性收费 | 35 | -15", 1)
		},
		damage: func(s string) string {
			return flatten(s, "二、主动公开政府信息情况", "三、收到和处理")
		},
		want: map[report.Path]string{
			"table2.administrative_fees.items_last_year": "35",
			"table2.administrative_fees.change":          "-15",
		},
		named: []report.Path{"table2.regulations.newly_made"},
	}, {
		name: "2019 table 二, a signed change fused in one cell",
		file: "shanghai-office-2019.txt",
		ref: func(s string) string {
			return strings.Replace(s, "行政事业性收费 | 0 | 0", "行政事业性收费 | 35 | -15", 1)
		},
		damage: func(s string) string {
			return strings.Replace(s, "行政事业性收费 | 35 | -15", "行政事业性收费 | 35-15", 1)
		},
		want: map[report.Path]string{
			"table2.administrative_fees.items_last_year": "35",
			"table2.administrative_fees.change":          "-15",
		},
		codes: []string{CodeFusedCell},
	}, {
		name: "a sign where the column cannot be negative",
		file: "xiaoshan-2023.txt",
		damage: func(s string) string {
			return strings.Replace(s, "2.重复申请 | 0 | 0 |", "2.重复申请 | 0-0 |", 1)
		},
		named: rowPaths(report.RowNotProcessedRepeated),
		codes: []string{CodeBadCell},
	}, {
		name: "numbers fused in a cell of table 三",
		file: "xiaoshan-2023.txt",
		damage: func(s string) string {
			return strings.Replace(s, "(一)予以公开 | 64 | 0 |", "(一)予以公开 | 64 0 |", 1)
		},
		want:  map[report.Path]string{"table3.disclosed.natural_person": "64", "table3.disclosed.total": "64"},
		codes: []string{CodeFusedCell},
	}}
	for _, c := range cases {
		t.Run(c.name, c.run)
	}
}

// TestLabelVariants: labels with a character dropped, added or changed.
func TestLabelVariants(t *testing.T) {
	cases := []classCase{{
		name: "characters dropped",
		file: "xiaoshan-2023.txt",
		damage: func(s string) string {
			return strings.Replace(s, "2.其他法律行政法规禁止公开 |", "2.其他法律行政止公开 |", 1)
		},
		want:  map[report.Path]string{"table3.withheld_prohibited_by_law.total": "0"},
		codes: []string{CodeLabelVariant},
	}, {
		name: "character changed",
		file: "xiaoshan-2023.txt",
		damage: func(s string) string {
			return strings.Replace(s, "5.属于三类内部事务信息 |", "5.属于三类内部事物信息 |", 1)
		},
		want:  map[report.Path]string{"table3.withheld_internal_affairs.total": "1"},
		codes: []string{CodeLabelVariant},
	}, {
		name: "character added",
		file: "xiaoshan-2023.txt",
		damage: func(s string) string {
			return strings.Replace(s, "3.要求提供公开出版物 |", "3.要求提供公开出出版物 |", 1)
		},
		want:  map[report.Path]string{"table3.not_processed_publication.total": "0"},
		codes: []string{CodeLabelVariant},
	}, {
		name: "not close",
		file: "xiaoshan-2023.txt",
		damage: func(s string) string {
			return strings.Replace(s, "7.属于行政执法案卷 |", "7.其他不予公开的情形 |", 1)
		},
		want:  map[report.Path]string{"table3.withheld_enforcement_case_files.total": ""},
		named: rowPaths(report.RowWithheldEnforcementCaseFiles),
		codes: []string{CodeUnknownRow},
	}, {
		name: "close but out of place",
		file: "xiaoshan-2023.txt",
		damage: func(s string) string {
			before, lines, after := lineRange(s, "6.属于四类过程性信息", "(四)无法提供")
			moved := strings.Replace(lines, "6.属于四类过程性信息", "6.属于四类过桯性信息", 1)
			first, rest, _ := strings.Cut(moved, "\n")
			return before + rest + first + "\n" + after
		},
		want:  map[report.Path]string{"table3.withheld_process_information.total": ""},
		named: rowPaths(report.RowWithheldProcessInformation),
		codes: []string{CodeUnknownRow},
	}}
	for _, c := range cases {
		t.Run(c.name, c.run)
	}
}

// TestTablesByContent: tables found by the rows they hold, wherever they
// stand and whatever their headings.
func TestTablesByContent(t *testing.T) {
	moveTables := func(s string, headings [3]string) string {
		before, tables, after := lineRange(s, "二、主动公开政府信息情况", "五、存在的主要问题")
		tables = strings.Replace(tables, "二、主动公开政府信息情况\n", headings[0], 1)
		tables = strings.Replace(tables, "三、收到和处理政府信息公开申请情况\n", headings[1], 1)
		tables = strings.Replace(tables, "四、政府信息公开行政复议、行政诉讼情况\n", headings[2], 1)
		narrative := strings.NewReplacer("五、存在的主要问题及改进情况", "二、工作机制保障", "六、其他需要报告的事项", "三、主动公开工作情况").Replace(after)
		return before + narrative + "\n附表\n" + tables
	}
	cases := []classCase{{
		name: "renumbered headings at the end",
		file: "xiaoshan-2023.txt",
		damage: func(s string) string {
			return moveTables(s, [3]string{"一、主动公开政府信息情况\n", "二、收到和处理政府信息公开申请情况\n", "三、政府信息公开行政复议、行政诉讼情况\n"})
		},
		want: map[report.Path]string{"table2.normative_documents.in_force": "73", "table3.received.total": "115", "table4.sued_directly.total": "5"},
	}, {
		name: "no headings",
		file: "xiaoshan-2023.txt",
		damage: func(s string) string {
			return moveTables(s, [3]string{"", "", ""})
		},
		want: map[report.Path]string{"table2.normative_documents.in_force": "73", "table3.received.total": "115", "table3.carried_forward.total": "10"},
	}}
	for _, c := range cases {
		t.Run(c.name, c.run)
	}
}

// detachLabels rewrites the rows of table 三 from the line beginning with
// from up to the line beginning with to as a PDF-to-Markdown extraction
// prints them: each label on lines of its own, broken in two (or dropped
// when drop says so), then the row's values as a Markdown row with no
// label, with a header fragment between some rows.
func detachLabels(s, from, to string, drop func(i int, label string) bool) string {
	before, lines, after := lineRange(s, from, to)
	var b strings.Builder
	for i, line := range strings.Split(strings.TrimSuffix(lines, "\n"), "\n") {
		cells := strings.Split(strings.TrimRight(line, " |"), " | ")
		label := cells[0]
		if len(cells) == report.NumApplicants+2 { // a group label first: (三)不予公开 | 1.属于国家秘密
			b.WriteString(cells[0] + "\n")
			label, cells = cells[1], cells[1:]
		}
		if !drop(i, label) {
			r := []rune(label)
			b.WriteString(string(r[:len(r)*2/3]) + "\n" + string(r[len(r)*2/3:]) + "\n")
		}
		b.WriteString("| " + strings.Join(cells[1:], " | ") + " |\n")
		if i%3 == 1 {
			b.WriteString("| 业 | 构 | 益组织 |\n")
		}
	}
	return before + b.String() + after
}

// TestLabelsApart: labels on lines of their own, values in rows with no
// label.
func TestLabelsApart(t *testing.T) {
	from, to := "(三)不予公开", "(五)不予处理"
	cases := []classCase{{
		name:   "labels broken across lines",
		file:   "xiaoshan-2023.txt",
		damage: func(s string) string { return detachLabels(s, from, to, func(int, string) bool { return false }) },
		want: map[report.Path]string{"table3.withheld_internal_affairs.total": "1", "table3.withheld_process_information.total": "1",
			"table3.cannot_provide_not_held.total": "29", "table3.cannot_provide_must_be_created.total": "3"},
	}, {
		name: "labels lost, values in order",
		file: "xiaoshan-2023.txt",
		damage: func(s string) string {
			return detachLabels(s, from, to, func(i int, _ string) bool { return i >= 4 && i <= 6 })
		},
		want: map[report.Path]string{"table3.withheld_internal_affairs.total": "1", "table3.withheld_process_information.total": "1",
			"table3.withheld_enforcement_case_files.total": "0"},
		codes: []string{CodePlacedByOrder},
	}, {
		name: "labels lost, a row of values lost too",
		file: "xiaoshan-2023.txt",
		damage: func(s string) string {
			s = detachLabels(s, from, to, func(i int, _ string) bool { return i >= 4 && i <= 6 })
			i := strings.Index(s, "| 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n")
			return s[:i] + s[i+len("| 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"):]
		},
		named: rowPaths(report.RowWithheldInternalAffairs),
		codes: []string{CodeOrderMismatch},
	}}
	for _, c := range cases {
		t.Run(c.name, c.run)
	}
}

// TestTableInPieces: a table printed in pieces, with stray headers.
func TestTableInPieces(t *testing.T) {
	const header = "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n"
	cases := []classCase{{
		name: "table 四 as three tables under sub-headings",
		file: "xiaoshan-2023.txt",
		damage: func(s string) string {
			before, _, after := lineRange(s, "行政复议 | 行政诉讼", "五、存在的主要问题")
			return before + "行政复议\n" + header + "4 | 0 | 0 | 0 | 4\n\n行政诉讼（未经复议直接起诉）\n" + header +
				"5 | 0 | 0 | 0 | 5\n\n行政诉讼（复议后起诉）\n" + header + "1 | 0 | 0 | 0 | 1\n" + after
		},
		want: map[report.Path]string{"table4.reconsideration.upheld": "4", "table4.sued_directly.total": "5", "table4.sued_after_reconsideration.upheld": "1"},
	}, {
		name: "table 三 across pages, headers repeated and wrong",
		file: "xiaoshan-2023.txt",
		damage: func(s string) string {
			i := strings.Index(s, "(四)无法提供")
			return s[:i] + "— 5 —\n申请人情况 | 法人或其他组织 | 总计\n自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计\n" + s[i:]
		},
		want: map[report.Path]string{"table3.cannot_provide_not_held.total": "29", "table3.concluded.total": "113"},
	}, {
		name: "columns headed 数据1 … 数据6 by OCR",
		file: "xiaoshan-2023.txt",
		damage: func(s string) string {
			before, _, after := lineRange(s, "本列数据的勾稽关系", "一、本年新收")
			ocr := "项目 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计\n"
			i := strings.Index(after, "(四)无法提供")
			return before + ocr + after[:i] + ocr + after[i:]
		},
		want: map[report.Path]string{"table3.received.total": "115", "table3.cannot_provide_not_held.total": "29"},
	}}
	for _, c := range cases {
		t.Run(c.name, c.run)
	}
}

// TestCombinedOtherHandling reads a 2021 report that prints
// （六）其他处理 as one row, as the 2019 format did (deviation D18): the row
// is read and kept in JSON, the three rows it stands for are not reported
// missing, and validation reports the deviation, not a reading error.
func TestCombinedOtherHandling(t *testing.T) {
	src := string(readTestdata(t, "xiaoshan-2023.txt"))
	before, _, after := lineRange(src, "(六)其他处理", "(七)总计")
	res, err := Parse([]byte(before+"(六)其他处理 | 12 | 0 | 0 | 0 | 0 | 0 | 12 |\n"+after), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.HasErrors() {
		t.Errorf("reading errors:\n%s", diagnosticList(res))
	}
	r := res.Report
	if !r.Table3.CombinedOtherHandling(r.Format) {
		t.Fatalf("not read as one row:\n%s", diagnosticList(res))
	}
	if v, _ := r.Lookup("table3.other_handling.total"); v.String() != "12" {
		t.Errorf("other_handling.total = %q", v.String())
	}
	b, err := r.MarshalJSON()
	if err != nil || !strings.Contains(string(b), `"other_handling":{"natural_person":12`) {
		t.Errorf("JSON %v lacks the row: %s", err, b)
	}
	var found []string
	for _, f := range validate.Validate(r, validate.Options{}).Findings {
		if f.Severity >= validate.Warning {
			found = append(found, f.Code)
		}
	}
	if !slices.Equal(found, []string{"T3-COMBINED"}) {
		t.Errorf("findings %v, want only T3-COMBINED", found)
	}
}

// TestSplitByNarrative: a split of run-together digits that the report's
// own text settles.
func TestSplitByNarrative(t *testing.T) {
	src := readTestdata(t, "pingtan-2021.txt")
	res, err := Parse(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !hasDiagnostic(res, "table2.normative_documents.issued") {
		t.Fatal("the split of 行政规范性文件 is not ambiguous to begin with")
	}
	// The text states two of the three cells: the third follows.
	stated := strings.Replace(string(src), "2021年，我区", "本年度制发的规范性文件6件，废止规范性文件93件。2021年，我区", 1)
	res, err = Parse([]byte(stated), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for p, want := range map[report.Path]string{
		"table2.normative_documents.issued":   "6",
		"table2.normative_documents.repealed": "93",
		"table2.normative_documents.in_force": "665",
	} {
		if v, _ := res.Report.Lookup(p); v.String() != want {
			t.Errorf("%s = %q, want %q\n%s", p, v.String(), want, diagnosticList(res))
		}
	}
	if !slices.ContainsFunc(res.Diagnostics, func(d Diagnostic) bool {
		return d.Code == CodeSplitByNarrative && strings.Contains(d.Found, "制发的规范性文件6件")
	}) {
		t.Errorf("no split-by-narrative diagnostic quoting the text:\n%s", diagnosticList(res))
	}
	// A figure stated for another cell settles nothing.
	other := strings.Replace(string(src), "2021年，我区", "本年度共公开规范性文件6件。2021年，我区", 1)
	if res, err = Parse([]byte(other), Options{}); err != nil || !hasDiagnostic(res, "table2.normative_documents.issued") {
		t.Errorf("a figure not stated for the cell settled the split (%v)", err)
	}
}
