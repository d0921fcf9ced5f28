package parse

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// deviationsText is a report in the 2021 format printed with the deviations
// real reports show (format-spec section 6): annotated and truncated labels,
// 规范性文件 for 行政规范性文件, an extra row a province adds, full-width
// digits, dashes and "/" for empty cells, a unit inside a cell, a decimal
// 万元 cell, label cells broken by spaces, and （六）其他处理 as one row.
const deviationsText = `某县人民政府2023年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第(一)项
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件
规章(设区的市、自治州人民政府应提供相关数据) | / | / | /
规范性文件 | １２ | 3 | 40
其他主动公开文件 | 3 | 0 | 5
第二十条第(五)项
信息内容 | 本年处理决定数量
行政许可 | 1200件
第二十条第(六)项
信息内容 | 本年处理决定数量
行政处罚 | —
行政强制 | 1 8
第二十条第(八)项
信息内容 | 本年收费金额(单位:万元)
行政事业性收费 | 5949.088667
三、收到和处理政府信息公开申请情况
自然人 | 法人或其他组织 | 总计
商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他
一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6
二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0
(一)予以公开 | 3 | 1 | 0 | 0 | 0 | 0 | 4
(六)其他处理 | 2 | 0 | 0 | 0 | 0 | 0 | 2
(七)总计 | 5 | 1 | 0 | 0 | 0 | 0 | 6
四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0
`

func TestDeviations(t *testing.T) {
	res, err := Text([]byte(deviationsText), Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := res.Report
	if r.Format != report.Format2021 || r.Metadata.Year != 2023 || r.Metadata.ReportingBody != "某县人民政府" {
		t.Errorf("format %s, year %d, body %q", r.Format, r.Metadata.Year, r.Metadata.ReportingBody)
	}
	want := map[report.Path]string{
		"table2.regulations.issued":                  "/",
		"table2.regulations.in_force":                "/",
		"table2.normative_documents.issued":          "12",
		"table2.normative_documents.in_force":        "40",
		"table2.administrative_licensing.decisions":  "1200",
		"table2.administrative_penalties.decisions":  "/",
		"table2.administrative_compulsion.decisions": "",
		"table2.administrative_fees.amount":          "5949.088667",
		"table3.received.commercial_enterprise":      "1",
		"table3.received.total":                      "6",
		"table3.disclosed.total":                     "4",
		"table3.concluded.total":                     "6",
		"table3.other_handling_other.total":          "",
		"table3.other_handling.total":                "2",
		"table3.other_handling.natural_person":       "2",
	}
	for p, w := range want {
		if v, err := r.Lookup(p); err != nil || v.String() != w {
			t.Errorf("%s = %q (%v), want %q", p, v.String(), err, w)
		}
	}
	codes := map[string]int{}
	for _, d := range res.Diagnostics {
		codes[d.Code]++
	}
	// The extra row is reported, not kept; the hybrid row is read as one
	// row (validation reports the deviation); the unit in a cell is noted.
	for _, code := range []string{CodeUnknownRow, CodeHybridOtherHandling, CodeUnit, CodeBadCell} {
		if codes[code] == 0 {
			t.Errorf("no %s diagnostic:\n%s", code, diagnosticList(res))
		}
	}
	for _, d := range res.Diagnostics {
		if d.Code == CodeUnknownRow && !strings.Contains(d.Found, "其他主动公开文件") {
			t.Errorf("unexpected unknown row: %s", d)
		}
		if d.Code == CodeHybridOtherHandling && (len(d.Paths) != report.NumApplicants || d.Severity != validate.Info) {
			t.Errorf("hybrid diagnostic names %d cells", len(d.Paths))
		}
	}
}

// deviationCase is one deviation of the format reference (section 6), shown
// by a test file reshaped the way real reports deviate.
type deviationCase struct {
	file   string
	change func(string) string
	check  func(t *testing.T, res *Result)
}

// cellIs checks that the cell at p reads as want.
func cellIs(t *testing.T, res *Result, p report.Path, want string) {
	t.Helper()
	if v, err := res.Report.Lookup(p); err != nil || v.String() != want {
		t.Errorf("%s = %q (%v), want %q\n%s", p, v.String(), err, want, diagnosticList(res))
	}
}

// hasCode checks that some diagnostic has the code.
func hasCode(t *testing.T, res *Result, code string) {
	t.Helper()
	if !slices.ContainsFunc(res.Diagnostics, func(d Diagnostic) bool { return d.Code == code }) {
		t.Errorf("no %s diagnostic:\n%s", code, diagnosticList(res))
	}
}

// findingCodes returns the codes of the warnings and errors validation
// finds in the report read.
func findingCodes(res *Result) []string {
	var codes []string
	for _, f := range validate.Validate(res.Report, validate.Options{}).Findings {
		if f.Severity >= validate.Warning && !f.NotAssessable {
			codes = append(codes, f.Code)
		}
	}
	return codes
}

// TestEachDeviation has a case for every deviation D1–D19 of the format
// reference: the reader reads what was printed, and names what it cannot.
func TestEachDeviation(t *testing.T) {
	xiaoshanTable4 := func(s string) string {
		before, _, after := lineRange(s, "行政复议 | 行政诉讼", "4 | 0 | 0 | 0 | 4 |")
		return before + after
	}
	cases := map[string]deviationCase{
		"D1 blank cells instead of 0": {"shanghai-office-2019.txt", nil, func(t *testing.T, res *Result) {
			cellIs(t, res, "table3.disclosed.total", "")
			cellIs(t, res, "table3.disclosed.natural_person", "258")
			if hasDiagnostic(res, "table3.disclosed.total") {
				t.Error("a blank cell is named as if unread")
			}
		}},
		"D2 unit inside the cell": {"shanghai-office-2019.txt", nil, func(t *testing.T, res *Result) {
			cellIs(t, res, "table2.centralised_procurement.total_amount", "251000")
			hasCode(t, res, CodeUnit)
		}},
		"D3 narrative contradicts the table": {"shanghai-office-2019.txt", nil, func(t *testing.T, res *Result) {
			// The table is read as printed; the narrative is kept as printed,
			// for validation to compare.
			cellIs(t, res, "table3.cannot_provide_not_held.natural_person", "252")
			if !strings.Contains(strings.Join(res.Report.Overview.Subsections[1].Paragraphs, ""), "无法提供265件") {
				t.Error("the narrative is not kept")
			}
		}},
		"D4 slash for not applicable": {"xiaoshan-2023.txt", func(s string) string {
			return strings.Replace(s, "规章 | 0 | 0 | 0 |", "规章 | / | / | / |", 1)
		}, func(t *testing.T, res *Result) { cellIs(t, res, "table2.regulations.in_force", "/") }},
		"D5 header truncated": {"shanghai-office-2019.txt", func(s string) string {
			return strings.Replace(s, "本年新制作数量 | 本年新公开数量", "本年新 | 本年新", 1)
		}, func(t *testing.T, res *Result) {
			cellIs(t, res, "table2.regulations.newly_made", "13")
			cellIs(t, res, "table2.regulations.disclosed_total", "524")
		}},
		"D6 typo in a header, leading spaces": {"xiaoshan-2023.txt", func(s string) string {
			return strings.NewReplacer("现行有效件数", "现行有效件", "规章 | 0 |", "规章 |   0 |").Replace(s)
		}, func(t *testing.T, res *Result) {
			cellIs(t, res, "table2.regulations.issued", "0")
			cellIs(t, res, "table2.normative_documents.in_force", "73")
		}},
		"D7 wrong section heading": {"xiaoshan-2023.txt", func(s string) string {
			return strings.Replace(s, "二、主动公开政府信息情况", "二、主动公开政府政府情况", 1)
		}, func(t *testing.T, res *Result) {
			cellIs(t, res, "table2.normative_documents.issued", "18")
			hasCode(t, res, CodeHeadingVariant)
		}},
		"D8 format ignored, no tables": {"xiaoshan-2023.txt", func(s string) string {
			before, _, after := lineRange(s, "二、主动公开政府信息情况", "五、存在的主要问题")
			return before + "二、主动公开政府信息情况\n本年度主动公开政府信息605条。\n三、依申请公开政府信息情况\n本年度收到申请115件。\n" + after
		}, func(t *testing.T, res *Result) {
			cellIs(t, res, "table3.received.total", "")
			hasCode(t, res, CodeNoTable)
		}},
		"D9 typo in the period": {"xiaoshan-2023.txt", func(s string) string {
			return strings.Replace(s, "至2023年12月31日", "至202320年12月31日", 1)
		}, func(t *testing.T, res *Result) {
			m := res.Report.Metadata
			if m.PeriodEnd == (report.Date{Year: 2023, Month: 12, Day: 31}) {
				t.Error("a mangled period read as the calendar year")
			}
			if m.Year != 0 && m.Year != 2023 {
				t.Errorf("year %d", m.Year)
			}
		}},
		"D10 provincial rows and annotations": {"", func(string) string { return deviationsText }, func(t *testing.T, res *Result) {
			cellIs(t, res, "table2.regulations.issued", "/")
			hasCode(t, res, CodeUnknownRow)
		}},
		"D11 vertical header split per character": {"xiaoshan-2023.txt", func(s string) string {
			return strings.Replace(xiaoshanTable4(s), "4 | 0 | 0 | 0 | 4 |", "结 结 其 尚\n果 果 他 未\n维 纠 结 审\n持 正 果 结\n4 | 0 | 0 | 0 | 4 |", 1)
		}, func(t *testing.T, res *Result) {
			cellIs(t, res, "table4.reconsideration.upheld", "4")
			cellIs(t, res, "table4.sued_after_reconsideration.total", "1")
		}},
		"D12 header cells broken by spaces": {"xiaoshan-2023.txt", nil, func(t *testing.T, res *Result) {
			cellIs(t, res, "table3.received.commercial_enterprise", "0")
			cellIs(t, res, "table3.received.total", "115")
		}},
		"D13 implausible data, boilerplate before tables": {"xiaoshan-2023.txt", func(s string) string {
			s = strings.Replace(s, "规章 | 0 | 0 | 0 |", "规章 | 0 | 0 | 6 |", 1)
			return strings.NewReplacer("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n该部分以表格形式报告。表格如下:\n",
				"三、收到和处理政府信息公开申请情况\n", "三、收到和处理政府信息公开申请情况\n该部分以表格形式报告。表格如下:\n").Replace(s)
		}, func(t *testing.T, res *Result) {
			cellIs(t, res, "table2.regulations.in_force", "6")
			cellIs(t, res, "table3.received.total", "115")
		}},
		"D14 terminology drift in prose": {"xiaoshan-2023.txt", func(s string) string {
			return strings.Replace(s, "一、总体情况\n", "一、总体情况\n全年办结申请113件（含上年度转结8件）。\n", 1)
		}, func(t *testing.T, res *Result) { cellIs(t, res, "table3.carried_over.total", "8") }},
		"D15 half-width punctuation": {"xiaoshan-2023.txt", nil, func(t *testing.T, res *Result) {
			cellIs(t, res, "table3.disclosed.total", "64")
		}},
		"D16 yuan in a wan cell": {"xiaoshan-2023.txt", func(s string) string {
			return strings.Replace(s, "行政事业性收费 | 0.008 |", "行政事业性收费 | 80元 |", 1)
		}, func(t *testing.T, res *Result) {
			cellIs(t, res, "table2.administrative_fees.amount", "0.008")
			hasCode(t, res, CodeUnit)
		}},
		"D17 full-width digits, an extra subtotal column": {"xiaoshan-2023.txt", func(s string) string {
			return strings.NewReplacer("(一)予以公开 | 64 |", "(一)予以公开 | ６４ |",
				"2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |").Replace(s)
		}, func(t *testing.T, res *Result) {
			cellIs(t, res, "table3.disclosed.natural_person", "64")
			cellIs(t, res, "table3.not_processed_repeated.total", "")
			if !hasDiagnostic(res, rowPaths(report.RowNotProcessedRepeated)...) {
				t.Error("the row with an extra column is not named")
			}
		}},
		"D18 （六）其他处理 as one row": {"xiaoshan-2023.txt", func(s string) string {
			before, _, after := lineRange(s, "(六)其他处理", "(七)总计")
			return before + "(六)其他处理 | 12 | 0 | 0 | 0 | 0 | 0 | 12 |\n" + after
		}, func(t *testing.T, res *Result) {
			cellIs(t, res, "table3.other_handling.total", "12")
			hasCode(t, res, CodeHybridOtherHandling)
			if codes := findingCodes(res); !slices.Equal(codes, []string{"T3-COMBINED"}) {
				t.Errorf("findings %v, want T3-COMBINED only", codes)
			}
		}},
		"D19 wan with six decimals": {"xiaoshan-2023.txt", func(s string) string {
			return strings.Replace(s, "行政事业性收费 | 0.008 |", "行政事业性收费 | 5949.088667 |", 1)
		}, func(t *testing.T, res *Result) { cellIs(t, res, "table2.administrative_fees.amount", "5949.088667") }},
	}
	for n := 1; n <= 19; n++ {
		prefix := fmt.Sprintf("D%d ", n)
		found := false
		for name, c := range cases {
			if !strings.HasPrefix(name, prefix) {
				continue
			}
			found = true
			t.Run(name, func(t *testing.T) {
				src := ""
				if c.file != "" {
					src = string(readTestdata(t, c.file))
				}
				if c.change != nil {
					changed := c.change(src)
					if changed == src {
						t.Fatal("the change changed nothing")
					}
					src = changed
				}
				res, err := Parse([]byte(src), Options{})
				if err != nil {
					t.Fatal(err)
				}
				c.check(t, res)
			})
		}
		if !found {
			t.Errorf("no case for D%d", n)
		}
	}
}
