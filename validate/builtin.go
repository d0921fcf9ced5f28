package validate

import (
	"sync"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// Format lists for rule declarations.
var (
	bothFormats = []report.Format{report.Format2019, report.Format2021}
	only2019    = []report.Format{report.Format2019}
	only2021    = []report.Format{report.Format2021}
)

// builtin returns the built-in rules, built once. They never change after.
var builtin = sync.OnceValue(func() []Rule {
	var rules []Rule
	add := func(r Rule) { rules = append(rules, r) }
	addSum := func(info RuleInfo) {
		r, err := NewSumRule(info)
		if err != nil {
			panic(err) // a broken declaration below; the tests catch it
		}
		add(r)
	}

	// The report as a whole.
	add(formatRule)
	add(periodRule)
	add(deadlineRule)

	// Table 三.
	addSum(RuleInfo{
		Code: "T3-BALANCE", Severity: Error, Formats: bothFormats,
		Description: lang.Text{
			Zh: "表三每一列：第一项加第二项之和，等于第三项加第四项之和（表内注明的勾稽关系）",
			En: "table 3, every column: items one and two add up to items three and four (the identity printed in the table)",
		},
		Sum: &Sum{Scope: ScopeColumns,
			Total: terms("table3.concluded.*", "table3.carried_forward.*"),
			Items: terms("table3.received.*", "table3.carried_over.*"),
		},
	})
	addSum(RuleInfo{
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
	})
	outcomes := terms("table3.disclosed.*", "table3.partially_disclosed.*")
	for _, r := range report.Table3Rows(report.Format2021) {
		if r.IsReason() {
			outcomes = append(outcomes, Term{Cell: report.Path("table3." + r.Key() + ".*"), Optional: !r.In(report.Format2019)})
		}
	}
	outcomes = append(outcomes, Term{Cell: "table3.other_handling.*", Optional: true})
	addSum(RuleInfo{
		Code: "T3-CONCLUDED", Severity: Error, Formats: bothFormats,
		Description: lang.Text{
			Zh: "表三每一列：（七）总计等于（一）至（六）各项办理结果之和",
			En: "table 3, every column: (7) concluded is the sum of the outcome rows (1) to (6)",
		},
		Sum: &Sum{Scope: ScopeColumns, Total: terms("table3.concluded.*"), Items: outcomes},
	})
	add(newRangeRule(RuleInfo{
		Code: "T3-RANGE", Severity: Error, Formats: bothFormats,
		Description: lang.Text{Zh: "表三每个单元格不小于 0，也不大于一万亿", En: "table 3: no cell is below 0 or above one trillion"},
	}, 3))

	// Table 四.
	addSum(RuleInfo{
		Code: "T4-TOTAL", Severity: Error, Formats: bothFormats,
		Description: lang.Text{
			Zh: "表四每一组：总计等于结果维持、结果纠正、其他结果、尚未审结之和",
			En: "table 4, every block: the total is the sum of upheld, corrected, other result and pending",
		},
		Sum: &Sum{Scope: ScopeBlocks,
			Total: terms("table4.*.total"),
			Items: terms("table4.*.upheld", "table4.*.corrected", "table4.*.other_result", "table4.*.pending"),
		},
	})
	add(newRangeRule(RuleInfo{
		Code: "T4-RANGE", Severity: Error, Formats: bothFormats,
		Description: lang.Text{Zh: "表四每个单元格不小于 0，也不大于一万亿", En: "table 4: no cell is below 0 or above one trillion"},
	}, 4))

	// Table 二.
	add(newRangeRule(RuleInfo{
		Code: "T2-RANGE", Severity: Error, Formats: bothFormats,
		Description: lang.Text{
			Zh: "表二每个数量不小于 0（本年增/减除外），金额不小于 0",
			En: "table 2: every count is not below 0 (except the signed change this year), every amount is not below 0",
		},
	}, 2))
	add(regulationsRule)
	add(disclosedBoundRule)
	add(changeRule)

	// The 信息处理费 of section 六.
	add(newRangeRule(RuleInfo{
		Code: "F-RANGE", Severity: Error, Formats: bothFormats,
		Description: lang.Text{
			Zh: "信息处理费收费通知份数与收取金额不小于 0",
			En: "the number of fee notices and the information processing fee collected are not below 0",
		},
	}, 6))
	add(feeRatesRule)
	add(feeTable2Rule)
	add(unpaidFeeRule)

	// Cross-year.
	add(previousRule)
	addSum(RuleInfo{
		Code: "X-CARRY", Severity: Warning, Formats: bothFormats,
		Description: lang.Text{
			Zh: "表三每一列：上年结转等于上年报告的结转下年度继续办理（跨 2020→2021 格式变更亦然）",
			En: "table 3, every column: carried over equals last year's carried forward (across the 2020→2021 format change too)",
		},
		Sum: &Sum{Scope: ScopeColumns,
			Total: terms("table3.carried_over.*"),
			Items: []Term{{Cell: "table3.carried_forward.*", Previous: true}},
		},
	})
	addSum(RuleInfo{
		Code: "X-IN-FORCE", Severity: Warning, Formats: only2021,
		Description: lang.Text{
			Zh: "规章、行政规范性文件：现行有效件数等于上年现行有效件数加本年制发件数减本年废止件数",
			En: "regulations and normative documents: in force equals last year's in force plus issued minus repealed",
		},
		Sum: &Sum{Scope: ScopeTable2Rows,
			Total: terms("table2.*.in_force"),
			Items: []Term{{Cell: "table2.*.in_force", Previous: true}, {Cell: "table2.*.issued"}, {Cell: "table2.*.repealed", Weight: -1}},
		},
	})
	addSum(RuleInfo{
		Code: "X-ITEMS", Severity: Warning, Formats: only2019,
		Description: lang.Text{
			Zh: "表二（2019 年格式）：上一年项目数量等于上年报告的上一年项目数量加本年增/减",
			En: "table 2 (format 2019): items last year equals last year's items last year plus its change this year",
		},
		Sum: &Sum{Scope: ScopeTable2Rows,
			Total: terms("table2.*.items_last_year"),
			Items: []Term{{Cell: "table2.*.items_last_year", Previous: true}, {Cell: "table2.*.change", Previous: true}},
		},
	})

	// Narrative.
	for _, r := range narrativeRules() {
		add(r)
	}
	return rules
})

// terms returns a term of weight 1 for each path.
func terms(paths ...report.Path) []Term {
	out := make([]Term, len(paths))
	for i, p := range paths {
		out[i] = Term{Cell: p}
	}
	return out
}
