package validate

import (
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// table3Rules returns the T3- rules: table 三.
func table3Rules() []Rule {
	// The outcome rows that (七)总计 sums: those of both formats, and those
	// of one format only, which the other format lacks.
	outcomes := terms("table3.disclosed.*", "table3.partially_disclosed.*")
	for _, r := range report.Table3Rows(report.Format2021) {
		if r.IsReason() {
			outcomes = append(outcomes, Term{Cell: report.Path("table3." + r.Key() + ".*"), Optional: !r.In(report.Format2019)})
		}
	}
	outcomes = append(outcomes, Term{Cell: "table3.other_handling.*", Optional: true})
	return []Rule{
		mustSum(RuleInfo{
			Code: "T3-BALANCE", Severity: Error, Formats: bothFormats,
			Description: lang.Text{
				Zh: "表三每一列：第一项加第二项之和，等于第三项加第四项之和（表内注明的勾稽关系）",
				En: "table 3, every column: items one and two add up to items three and four (the identity printed in the table)",
			},
			Sum: &Sum{Scope: ScopeColumns, Derive: true,
				Total: terms("table3.concluded.*", "table3.carried_forward.*"),
				Items: terms("table3.received.*", "table3.carried_over.*"),
			},
		}),
		mustSum(RuleInfo{
			Code: "T3-ROW-TOTAL", Severity: Error, Formats: bothFormats,
			Description: lang.Text{
				Zh: "表三每一行：总计等于自然人与五类法人或其他组织之和",
				En: "table 3, every row: the total is the sum of the natural-person column and the five organisation columns",
			},
			Sum: &Sum{Scope: ScopeRows,
				Total: terms("table3.*.total"),
				Items: terms("table3.*.natural_person", "table3.*.commercial_enterprise", "table3.*.research_institution",
					"table3.*.public_interest_organisation", "table3.*.legal_service_institution", "table3.*.other"),
			},
		}),
		mustSum(RuleInfo{
			Code: "T3-CONCLUDED", Severity: Error, Formats: bothFormats,
			Description: lang.Text{
				Zh: "表三每一列：（七）总计等于（一）至（六）各项办理结果之和",
				En: "table 3, every column: (7) concluded is the sum of the outcome rows (1) to (6)",
			},
			Sum: &Sum{Scope: ScopeColumns, Total: terms("table3.concluded.*"), Items: outcomes},
		}),
		combinedRule,
		newRangeRule(RuleInfo{
			Code: "T3-RANGE", Severity: Error, Formats: bothFormats,
			Description: lang.Text{Zh: "表三每个单元格不小于 0，也不大于一万亿", En: "table 3: no cell is below 0 or above one trillion"},
			Needs:       lang.Text{Zh: "无：空白单元格不核对", En: "nothing: blank cells are skipped"},
		}, 3),
	}
}

// combinedRule: a 2021 table 三 prints （六）其他处理 as its three rows, not as
// the one row of the 2019 format (deviation D18 of the format reference).
// The one row is read and stands for the three in every sum; this rule says
// that the report deviates from its format.
var combinedRule = NewRule(RuleInfo{
	Code: "T3-COMBINED", Severity: Warning, Formats: only2021,
	Description: lang.Text{
		Zh: "表三（六）其他处理按 2021 年格式分列三项，而非按 2019 年格式印为一行",
		En: "table 3 prints (6) other handling as the three rows of format 2021, not as the one row of format 2019",
	},
	Needs: lang.Text{Zh: "无", En: "nothing"},
}, func(ctx *Context) {
	t := &ctx.report.Table3
	if !t.CombinedOtherHandling(ctx.report.Format) {
		return
	}
	ctx.Add(Finding{Paths: report.Table3RowPaths(report.RowOtherHandling), msg: localMessage{text: msgCombined}})
})
