package validate_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// Validate a report and print its findings.
func ExampleValidate() {
	r := examples.Xiaoshan2023()
	r.Table4.Blocks[report.Reconsideration][report.Pending] = 1 // 总计 now disagrees

	res := validate.Validate(r, validate.Options{})
	for _, f := range res.Findings {
		fmt.Println(f.Code, f.Severity, f.Paths[0], f.Expected, f.Actual)
		fmt.Println(f.Message.Zh)
	}
	fmt.Println(res.Err() != nil)
	// Output:
	// T4-TOTAL error table4.reconsideration.total 5 4
	// 行政复议 / 总计 应为 5，实为 4，相差 -1
	// true
}

// Validate many reports with one Result: each validation empties it and
// fills it again, so a clean report costs no allocation. Copy the findings
// to keep before the next validation.
func ExampleValidateInto() {
	clean := examples.Xiaoshan2023()
	wrong := examples.Xiaoshan2023()
	wrong.Table4.Blocks[report.Reconsideration][report.Pending] = 1 // 总计 now disagrees

	var res validate.Result
	for _, r := range []*report.Report{clean, wrong, clean} {
		validate.ValidateInto(&res, r, validate.Options{Language: lang.English})
		fmt.Println(len(res.Findings), res.Err() != nil)
	}
	// Output:
	// 0 false
	// 1 true
	// 0 false
}

// A rule of your own: a function given to NewRule. This one asks that a
// report name its reporting body.
func ExampleNewRule() {
	named := validate.NewRule(validate.RuleInfo{
		Code:        "MY-BODY",
		Severity:    validate.Warning,
		Description: lang.Text{Zh: "报告写明编制机关", En: "the report names its reporting body"},
	}, func(ctx *validate.Context) {
		if ctx.Report().Metadata.ReportingBody == "" {
			ctx.Add(validate.Finding{Message: lang.Text{Zh: "未写明编制机关", En: "the reporting body is not named"}})
		}
	})

	r := examples.Xiaoshan2023()
	r.Metadata.ReportingBody = ""
	res := validate.Validate(r, validate.Options{Extra: []validate.Rule{named}, Language: lang.English})
	for _, f := range res.Findings {
		fmt.Println(f)
	}
	// Output:
	// MY-BODY warning: the reporting body is not named
}

// A sum rule of your own, declared as data. This one, which is no identity
// of the format, asks that in the natural-person column 予以公开 plus 部分公开
// equal （七）总计 minus 本机关不掌握; the Xiaoshan report fails it.
func ExampleNewSumRule() {
	rule, err := validate.NewSumRule(validate.RuleInfo{
		Code:     "MY-DISCLOSED",
		Severity: validate.Error,
		Description: lang.Text{
			Zh: "自然人一列：予以公开与部分公开之和等于（七）总计减无法提供",
			En: "natural persons: disclosed and partially disclosed equal concluded minus cannot provide",
		},
		Sum: &validate.Sum{
			Scope: validate.ScopeCells,
			Total: []validate.Term{{Cell: "table3.disclosed.natural_person"}, {Cell: "table3.partially_disclosed.natural_person"}},
			Items: []validate.Term{{Cell: "table3.concluded.natural_person"}, {Cell: "table3.cannot_provide_not_held.natural_person", Weight: -1}},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	res := validate.Validate(examples.Xiaoshan2023(), validate.Options{Rules: []validate.Rule{rule}, Language: lang.English})
	for _, f := range res.Findings {
		fmt.Println(f.Code, f.Message.En)
	}
	// Output:
	// MY-DISCLOSED outcomes (this year) / (1) disclosed / natural person; outcomes (this year) / (2) partially disclosed (a request handled in part counts here only) / natural person should be 84 but is 66 (difference -18)
}

// Switch a rule off by its code: here the check of the regulations a
// county-level body reports.
func ExampleOptions_disable() {
	r := examples.Xiaoshan2023()
	r.Metadata.Scope, r.Metadata.Level = report.ScopeDepartment, report.LevelCounty
	r.Table2.Counts[report.Regulations][report.Issued] = 2
	r.Table2.Counts[report.Regulations][report.InForce] = 2

	fmt.Println(len(validate.Validate(r, validate.Options{}).Findings))
	res := validate.Validate(r, validate.Options{Disable: []string{"T2-REGULATIONS"}})
	fmt.Println(len(res.Findings))
	// Output:
	// 1
	// 0
}

// Pass last year's report for the cross-year rules: 上年结转 must be last
// year's 结转下年度继续办理.
func ExampleOptions_previous() {
	last := examples.Xiaoshan2023()
	last.Metadata.Year = 2022
	last.Table3.Rows[report.RowCarriedForward] = report.Row{7, 0, 0, 0, 0, 0, 7}
	last.Table3.Rows[report.RowConcluded] = report.Row{116, 0, 0, 0, 0, 0, 116}
	last.Table3.Rows[report.RowDisclosed] = report.Row{67, 0, 0, 0, 0, 0, 67}
	last.Table2.Counts[report.NormativeDocuments][report.InForce] = 61

	res := validate.Validate(examples.Xiaoshan2023(), validate.Options{Previous: last, Language: lang.English})
	for _, f := range res.Findings {
		fmt.Println(f.Code, f.Severity, f.Paths)
		fmt.Println(f.Message.En)
	}
	// Output:
	// X-CARRY warning [table3.carried_over.natural_person previous.table3.carried_forward.natural_person]
	// 2. requests carried over from last year / natural person should be 7 but is 8 (difference 1)
	// X-CARRY warning [table3.carried_over.total previous.table3.carried_forward.total]
	// 2. requests carried over from last year / total should be 7 but is 8 (difference 1)
}

// A result is an error only when it holds an error-severity finding; use
// errors.As to get the findings back from the error.
func ExampleResult_Err() {
	check := func(r *report.Report) error {
		return validate.Validate(r, validate.Options{Language: lang.English}).Err()
	}
	r := examples.Xiaoshan2023()
	fmt.Println(check(r))

	r.Table3.Rows[report.RowReceived][report.NaturalPerson] = 116
	err := check(r)
	var res *validate.Result
	if errors.As(err, &res) {
		for _, f := range res.Findings {
			fmt.Println(f)
		}
	}
	// Output:
	// <nil>
	// T3-BALANCE error: outcomes (this year) / (7) concluded (total) / natural person; 4. carried forward to next year / natural person should be 124 but is 123 (difference -1)
	// T3-ROW-TOTAL error: 1. requests received this year / total should be 116 but is 115 (difference -1)
}

// List the catalogue of built-in rules.
func ExampleCatalogue() {
	for _, info := range validate.Catalogue()[:3] {
		fmt.Println(info.Code, info.Severity, info.Formats)
	}
	// Output:
	// R-FORMAT error []
	// R-PERIOD warning [2019 2021]
	// R-DEADLINE warning [2019 2021]
}

// A finding as a table row, in either language: the form the render
// appendix, the CSV of package batch and the command line print.
func ExampleFinding_Row() {
	r := examples.Xiaoshan2023()
	r.Table4.Blocks[report.Reconsideration][report.Pending] = 1
	f := validate.Validate(r, validate.Options{}).Findings[0]
	for _, l := range lang.Langs() {
		fmt.Println(strings.Join(validate.RowHeader(l), " | "))
		fmt.Println(strings.Join(f.Row(l, r.Format).Fields(), " | "))
	}
	// Output:
	// 规则 | 严重程度 | 单元格 | 应为 | 实为 | 说明
	// T4-TOTAL | 错误 | 行政复议 / 总计 | 5 | 4 | 行政复议 / 总计 应为 5，实为 4，相差 -1
	// Code | Severity | Cell | Expected | Actual | Message
	// T4-TOTAL | error | administrative reconsideration / total | 5 | 4 | administrative reconsideration / total should be 5 but is 4 (difference -1)
}
