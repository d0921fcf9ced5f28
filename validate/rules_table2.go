package validate

import (
	"strings"

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
		}, 2),
		regulationsRule,
		disclosedBoundRule,
		changeRule,
	}
}

// regulationsRule: only bodies with the power to make 规章 report them.
var regulationsRule = NewRule(RuleInfo{
	Code: "T2-REGULATIONS", Severity: Warning, Formats: bothFormats,
	Description: lang.Text{
		Zh: "县级及以下机关（名称中的地名含县、区、旗、乡、镇、街道）没有规章制定权，规章各栏应为 0",
		En: "a body at county level or below (a place in its name ends in 县, 区, 旗, 乡, 镇 or 街道) cannot make regulations: their cells should be 0",
	},
}, func(ctx *Context) {
	r := ctx.report
	if !cannotMakeRegulations(r.Metadata.ReportingBody) {
		return
	}
	for _, col := range table2Columns(r.Format, report.Regulations) {
		n, ok := r.Table2.Counts[report.Regulations][col].Number()
		if !ok || n <= 0 {
			continue
		}
		p := report.Table2Path(report.Regulations, col)
		f := Finding{Paths: []report.Path{p}}
		f.compared(0, n)
		f.msg = localMessage{text: msgRegulations, args: []any{ctx.rule.Description, p, f.Actual.String(), r.Metadata.ReportingBody}}
		ctx.Add(f)
	}
})

// cannotMakeRegulations reports whether a body's name marks it as one at
// county level or below. 规章 are made by 国务院部门 and by the people's
// governments of provinces and 设区的市 (and 自治州); the name of a 县, 区,
// 旗, 乡, 镇 or 街道 body says it has no such power. Words that hold those
// characters without naming a place (自治区, 城乡, 乡村, 社区, 园区, 地区, 城镇,
// 区域) do not count, and a national body (中华人民共和国…, 国务院…, 国家…)
// never does. An empty name says nothing.
func cannotMakeRegulations(body string) bool {
	for _, national := range []string{"中华人民共和国", "国务院", "国家"} {
		if strings.HasPrefix(body, national) {
			return false
		}
	}
	body = notPlaceWords.Replace(body)
	for _, marker := range []string{"县", "区", "旗", "乡", "镇", "街道"} {
		if strings.Contains(body, marker) {
			return true
		}
	}
	return false
}

// notPlaceWords removes the words that hold a place marker without naming a
// place of county level or below.
var notPlaceWords = strings.NewReplacer("自治区", "", "城乡", "", "乡村", "", "社区", "", "园区", "", "地区", "", "城镇", "", "区域", "")

// table2Columns returns the columns format f prints for a row of table 二.
func table2Columns(f report.Format, row report.Table2Row) []report.Table2Column {
	for _, b := range table2Layout(f) {
		for _, r := range b.Rows {
			if r == row {
				return b.Columns
			}
		}
	}
	return nil
}

// table2Layout returns report.Table2Blocks for f, built once per format.
func table2Layout(f report.Format) []report.Table2Block {
	switch f {
	case report.Format2019:
		return layout2019
	case report.Format2021:
		return layout2021
	}
	return nil
}

var (
	layout2019 = report.Table2Blocks(report.Format2019)
	layout2021 = report.Table2Blocks(report.Format2021)
)

// disclosedBoundRule: what was newly disclosed this year is part of what is
// disclosed in total (format 2019).
var disclosedBoundRule = NewRule(RuleInfo{
	Code: "T2-DISCLOSED", Severity: Warning, Formats: only2019,
	Description: lang.Text{
		Zh: "表二（2019 年格式）：本年新公开数量不大于对外公开总数量",
		En: "table 2 (format 2019): newly disclosed this year is not more than disclosed in total",
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
			f.msg = localMessage{text: msgSum, args: []any{ctx.rule.Description, f.Paths[:1], "≤ " + f.Expected.String(), f.Actual.String(), f.Difference.String()}}
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
		f.msg = localMessage{text: msgRange, args: []any{ctx.rule.Description, f.Paths[0], f.Actual.String()}}
		ctx.Add(f)
	}
})

// changeRows are the rows of table 二 of format 2019 with a signed change.
var changeRows = []report.Table2Row{report.AdministrativeLicensing, report.OtherExternalServices,
	report.AdministrativePenalties, report.AdministrativeCompulsion, report.AdministrativeFees}
