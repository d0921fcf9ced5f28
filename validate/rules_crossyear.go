package validate

import (
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// crossYearRules returns the X- rules: the report against last year's.
func crossYearRules() []Rule {
	return []Rule{
		previousRule,
		mustSum(RuleInfo{
			Code: "X-CARRY", Severity: Warning, Formats: bothFormats,
			Description: lang.Text{
				Zh: "表三每一列：上年结转等于上年报告的结转下年度继续办理（跨 2020→2021 格式变更亦然）",
				En: "table 3, every column: carried over equals last year's carried forward (across the 2020→2021 format change too)",
			},
			Sum: &Sum{Scope: ScopeColumns, Derive: true,
				Total: terms("table3.carried_over.*"),
				Items: []Term{{Cell: "table3.carried_forward.*", Previous: true}},
			},
		}),
		mustSum(RuleInfo{
			Code: "X-IN-FORCE", Severity: Warning, Formats: only2021,
			Description: lang.Text{
				Zh: "规章、行政规范性文件：现行有效件数等于上年现行有效件数加本年制发件数减本年废止件数",
				En: "regulations and normative documents: in force equals last year's in force plus issued minus repealed",
			},
			Sum: &Sum{Scope: ScopeTable2Rows,
				Total: terms("table2.*.in_force"),
				Items: []Term{{Cell: "table2.*.in_force", Previous: true}, {Cell: "table2.*.issued"}, {Cell: "table2.*.repealed", Weight: -1}},
			},
		}),
		mustSum(RuleInfo{
			Code: "X-ITEMS", Severity: Warning, Formats: only2019,
			Description: lang.Text{
				Zh: "表二（2019 年格式）：上一年项目数量等于上年报告的上一年项目数量加本年增/减",
				En: "table 2 (format 2019): items last year equals last year's items last year plus its change this year",
			},
			Sum: &Sum{Scope: ScopeTable2Rows,
				Total: terms("table2.*.items_last_year"),
				Items: []Term{{Cell: "table2.*.items_last_year", Previous: true}, {Cell: "table2.*.change", Previous: true}},
			},
		}),
	}
}

// previousRule: last year's report is of the year before and of the same
// body.
var previousRule = NewRule(RuleInfo{
	Code: "X-PREVIOUS", Severity: Warning, Formats: bothFormats, CrossYear: true,
	Description: lang.Text{
		Zh: "上年报告为同一机关的上一年度报告",
		En: "last year's report is of the same body, for the year before",
	},
	Needs: lang.Text{
		Zh: "上年报告；两份报告的年度或报告机关",
		En: "last year's report; the years or reporting bodies of both",
	},
}, func(ctx *Context) {
	m, p := &ctx.report.Metadata, &ctx.previous.Metadata
	wrongYear := m.Year != 0 && p.Year != 0 && p.Year != m.Year-1
	otherBody := m.ReportingBody != "" && p.ReportingBody != "" && report.BodyKey(m.ReportingBody) != report.BodyKey(p.ReportingBody)
	if wrongYear || otherBody {
		ctx.Add(Finding{msg: localMessage{text: msgPrevious, args: []arg{textArg(ctx.rule.Description),
			numArg(int64(p.Year)), strArg(p.ReportingBody), numArg(int64(m.Year)), strArg(m.ReportingBody)}}})
	}
})
