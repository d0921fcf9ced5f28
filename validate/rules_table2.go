package validate

import (
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// table2Rules returns the T2- rules: table 二.
func table2Rules() []Rule {
	return []Rule{
		newRangeRule(RuleInfo{
			Code: "T2-RANGE", Severity: Error, Formats: bothFormats,
			Description: lang.Text{
				Zh: "表二每个数量不小于 0（本年增/减除外），金额不小于 0",
				En: "table 2: every count is not below 0 (except the signed change this year), every amount is not below 0",
			},
			Needs: lang.Text{
				Zh: "无：空白单元格不核对",
				En: "nothing: blank cells are skipped",
			},
		}, 2),
		regulationsRule,
		disclosedBoundRule,
		changeRule,
	}
}

// regulationsRule: only bodies with the power to make 规章 make them.
var regulationsRule = NewRule(RuleInfo{
	Code: "T2-REGULATIONS", Severity: Warning, Formats: bothFormats,
	Description: lang.Text{
		Zh: "县级及以下机关、地方政府的部门（代表本级政府的办公厅、办公室除外）没有规章制定权，规章本年制发（2019 年格式：本年新制作）应为 0",
		En: "a body at county level or below, or a department of a local government (other than the general office that reports for the government), cannot make regulations: regulations issued (format 2019: newly made) should be 0",
	},
	Needs: lang.Text{
		Zh: "规章本年制发（本年新制作）为正数时：报告机关的层级，省级、地级的还需报告类型",
		En: "when regulations issued (newly made) is positive: the level of the reporting body, and for a province or prefecture the report's scope",
	},
}, func(ctx *Context) {
	r := ctx.report
	col := report.Issued
	if r.Format == report.Format2019 {
		col = report.NewlyMade
	}
	n, ok := r.Table2.Counts[report.Regulations][col].Number()
	if !ok || n <= 0 {
		return
	}
	m := &r.Metadata
	p := report.Table2Path(report.Regulations, col)
	can, known := m.CanMakeRegulations()
	body := m.ReportingBody
	if body == "" {
		body = m.Publisher
	}
	switch {
	case !known:
		ctx.Add(Finding{Severity: Info, NotAssessable: true, Paths: []report.Path{p},
			msg: localMessage{text: msgLevelUnknown, args: []arg{textArg(ctx.rule.Description), cellArg(p), numArg(n), strArg(body)}}})
	case !can:
		f := Finding{Paths: []report.Path{p}}
		f.compared(0, n)
		f.msg = localMessage{text: msgRegulations, args: []arg{textArg(ctx.rule.Description), cellArg(p), strArg(f.Actual.String()), strArg(body),
			textArg(lang.Text{Zh: m.Level.Label(), En: m.Level.English()}), textArg(lang.Text{Zh: m.ReportScope().Label(), En: m.ReportScope().English()})}}
		ctx.Add(f)
	}
})

// disclosedBoundRule: what was newly disclosed this year is part of what is
// disclosed in total (format 2019).
var disclosedBoundRule = NewRule(RuleInfo{
	Code: "T2-DISCLOSED", Severity: Warning, Formats: only2019,
	Description: lang.Text{
		Zh: "表二（2019 年格式）：本年新公开数量不大于对外公开总数量",
		En: "table 2 (format 2019): newly disclosed this year is not more than disclosed in total",
	},
	Needs: lang.Text{
		Zh: "规章、行政规范性文件的本年新公开数量与对外公开总数量为数字",
		En: "newly disclosed and disclosed in total of regulations and normative documents are numbers",
	},
}, func(ctx *Context) {
	t := &ctx.report.Table2
	for _, row := range []report.Table2Row{report.Regulations, report.NormativeDocuments} {
		newly, ok1 := ctx.Number(t.Counts[row][report.NewlyDisclosed])
		total, ok2 := ctx.Number(t.Counts[row][report.DisclosedTotal])
		paths := func() []report.Path {
			return []report.Path{report.Table2Path(row, report.NewlyDisclosed), report.Table2Path(row, report.DisclosedTotal)}
		}
		switch {
		case !ok1 || !ok2:
			ctx.NotAssessable(blankOf(ctx, paths())...)
		case newly > total:
			f := Finding{Paths: paths()}
			f.compared(total, newly)
			f.msg = localMessage{text: msgSum, args: []arg{textArg(ctx.rule.Description), cellsArg(f.Paths[:1]), strArg("≤ " + f.Expected.String()), strArg(f.Actual.String()), strArg(f.Difference.String())}}
			ctx.Add(f)
		}
	}
})

// changeRule: a signed change cannot take the number of items below 0
// (format 2019).
var changeRule = NewRule(RuleInfo{
	Code: "T2-CHANGE", Severity: Error, Formats: only2019,
	Description: lang.Text{
		Zh: "表二（2019 年格式）：上一年项目数量加本年增/减不小于 0",
		En: "table 2 (format 2019): items last year plus the change this year is not below 0",
	},
	Needs: lang.Text{
		Zh: "上一年项目数量与本年增/减为数字；否则不核对",
		En: "items last year and the change are numbers; otherwise nothing is checked",
	},
}, func(ctx *Context) {
	t := &ctx.report.Table2
	for _, row := range changeRows {
		items, ok1 := t.Counts[row][report.ItemsLastYear].Number()
		change, ok2 := t.Counts[row][report.Change].Number()
		if !ok1 || !ok2 || items+change >= 0 || items < 0 || items > report.MaxCount || change < -report.MaxCount {
			continue // blank cells and ranges are for T2-RANGE to judge
		}
		f := Finding{Paths: []report.Path{report.Table2Path(row, report.Change), report.Table2Path(row, report.ItemsLastYear)}}
		f.compared(-items, change)
		f.msg = localMessage{text: msgRange, args: []arg{textArg(ctx.rule.Description), cellArg(f.Paths[0]), strArg(f.Actual.String())}}
		ctx.Add(f)
	}
})

// changeRows are the rows of table 二 of format 2019 with a signed change.
var changeRows = []report.Table2Row{report.AdministrativeLicensing, report.OtherExternalServices,
	report.AdministrativePenalties, report.AdministrativeCompulsion, report.AdministrativeFees}
