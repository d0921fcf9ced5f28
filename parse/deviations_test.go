package parse

import (
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
