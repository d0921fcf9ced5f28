package validate

import (
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// reportRules returns the R- rules: the report as a whole (its format,
// statistical period and publication date).
func reportRules() []Rule { return []Rule{formatRule, periodRule, deadlineRule, emptyRule} }

// formatRule: the report follows a known format, the one for its year.
var formatRule = NewRule(RuleInfo{
	Code: "R-FORMAT", Severity: Error,
	Description: lang.Text{
		Zh: "报告采用已知格式，且与年度相符：2019、2020 年度为〔2019〕60号试行格式，2021 年度起为〔2021〕30号格式",
		En: "the report follows a known format, the one for its year: format 2019 for 2019 and 2020, format 2021 from 2021",
	},
	Needs: lang.Text{
		Zh: "报告格式与报告年度",
		En: "the report's format and year",
	},
}, func(ctx *Context) {
	r := ctx.report
	if !r.Format.Valid() {
		ctx.Add(Finding{msg: localMessage{text: msgFormatUnknown}})
		return
	}
	want := report.FormatForYear(r.Metadata.Year)
	if want.Valid() && want != r.Format {
		ctx.Add(Finding{msg: localMessage{text: msgFormat, args: []arg{textArg(ctx.rule.Description), numArg(int64(r.Metadata.Year)),
			textArg(lang.Text{Zh: want.Label(), En: want.English()}), textArg(lang.Text{Zh: r.Format.Label(), En: r.Format.English()})}}})
	}
})

// emptyRule: a report with no reporting body, no year and every cell
// blank says nothing; it must not pass as clean.
var emptyRule = NewRule(RuleInfo{
	Code: "R-EMPTY", Severity: Warning, Formats: bothFormats,
	Description: lang.Text{
		Zh: "报告不为空：载明编制机关或年度，或至少填有一个单元格",
		En: "the report is not empty: it names its reporting body or year, or fills some cell",
	},
	Needs: lang.Text{Zh: "无", En: "nothing"},
}, func(ctx *Context) {
	r := ctx.report
	if r.Metadata.ReportingBody != "" || r.Metadata.Year != 0 {
		return
	}
	for _, v := range r.Cells {
		if !v.IsBlank() {
			return
		}
	}
	ctx.Add(Finding{msg: localMessage{text: msgEmpty}})
})

// periodRule: a statistical period, when given, is the calendar year.
var periodRule = NewRule(RuleInfo{
	Code: "R-PERIOD", Severity: Warning, Formats: bothFormats,
	Description: lang.Text{
		Zh: "统计期限（如载明）为报告年度的 1 月 1 日至 12 月 31 日",
		En: "the statistical period, when given, is 1 January to 31 December of the report's year",
	},
	Needs: lang.Text{
		Zh: "报告年度与载明的统计期限；未载明则不核对",
		En: "the year and the stated statistical period; none stated, nothing checked",
	},
}, func(ctx *Context) {
	m := &ctx.report.Metadata
	if m.Year == 0 || (m.PeriodStart.IsZero() && m.PeriodEnd.IsZero()) {
		return
	}
	start := report.Date{Year: m.Year, Month: 1, Day: 1}
	end := report.Date{Year: m.Year, Month: 12, Day: 31}
	if m.PeriodStart != start || m.PeriodEnd != end {
		ctx.Add(Finding{msg: localMessage{text: msgPeriod, args: []arg{textArg(ctx.rule.Description),
			strArg(m.PeriodStart.String()), strArg(m.PeriodEnd.String()), numArg(int64(m.Year))}}})
	}
})

// deadlineRule: the report is published by the deadline of 条例第四十九条:
// 1月31日 for a department's report, 3月31日 for a government's.
var deadlineRule = NewRule(RuleInfo{
	Code: "R-DEADLINE", Severity: Warning, Formats: bothFormats,
	Description: lang.Text{
		Zh: "发布日期（如载明）不晚于次年 1 月 31 日（本级政府报告为 3 月 31 日），条例第四十九条",
		En: "the publication date, when given, is not after 31 January of the next year (31 March for a government's report), Article 49",
	},
	Needs: lang.Text{
		Zh: "报告年度与发布日期；发布于 2 月 1 日至 3 月 31 日之间的，还需报告类型（部门报告或本级政府报告）",
		En: "the year and the publication date; for one published from 1 February to 31 March, also the report's scope (a department's or a government's)",
	},
}, func(ctx *Context) {
	m := &ctx.report.Metadata
	if m.Year == 0 || m.PublicationDate.IsZero() {
		return
	}
	january := report.Date{Year: m.Year + 1, Month: 1, Day: 31}
	march := report.Date{Year: m.Year + 1, Month: 3, Day: 31}
	deadline := january
	switch m.ReportScope() {
	case report.ScopeAggregate:
		deadline = march
	case report.ScopeUnknown:
		if !january.Before(m.PublicationDate) {
			return
		}
		if !march.Before(m.PublicationDate) {
			ctx.Add(Finding{Severity: Info, NotAssessable: true, msg: localMessage{text: msgScopeUnknown,
				args: []arg{textArg(ctx.rule.Description), strArg(m.PublicationDate.String())}}})
			return
		}
		deadline = march
	}
	if deadline.Before(m.PublicationDate) {
		ctx.Add(Finding{msg: localMessage{text: msgDeadline, args: []arg{textArg(ctx.rule.Description), strArg(m.PublicationDate.String()), strArg(deadline.String()),
			textArg(lang.Text{Zh: m.ReportScope().Label(), En: m.ReportScope().English()})}}})
	}
})
