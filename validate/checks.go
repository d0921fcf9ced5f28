package validate

import (
	"strconv"
	"strings"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/shopspring/decimal"
)

// formatRule: the report follows a known format, the one for its year.
var formatRule = NewRule(RuleInfo{
	Code: "R-FORMAT", Severity: Error,
	Description: lang.Text{
		Zh: "报告采用已知格式，且与年度相符：2019、2020 年度为〔2019〕60号试行格式，2021 年度起为〔2021〕30号格式",
		En: "the report follows a known format, the one for its year: format 2019 for 2019 and 2020, format 2021 from 2021",
	},
}, func(ctx *Context) {
	r := ctx.report
	if !r.Format.Valid() {
		ctx.Add(Finding{msg: localMessage{text: msgFormatUnknown}})
		return
	}
	want := report.FormatForYear(r.Metadata.Year)
	if want.Valid() && want != r.Format {
		ctx.Add(Finding{msg: localMessage{text: msgFormat, args: []any{ctx.rule.Description, strconv.Itoa(r.Metadata.Year),
			lang.Text{Zh: want.Label(), En: want.English()}, lang.Text{Zh: r.Format.Label(), En: r.Format.English()}}}})
	}
})

// periodRule: a statistical period, when given, is the calendar year.
var periodRule = NewRule(RuleInfo{
	Code: "R-PERIOD", Severity: Warning, Formats: bothFormats,
	Description: lang.Text{
		Zh: "统计期限（如载明）为报告年度的 1 月 1 日至 12 月 31 日",
		En: "the statistical period, when given, is 1 January to 31 December of the report's year",
	},
}, func(ctx *Context) {
	m := &ctx.report.Metadata
	if m.Year == 0 || (m.PeriodStart.IsZero() && m.PeriodEnd.IsZero()) {
		return
	}
	start := report.Date{Year: m.Year, Month: 1, Day: 1}
	end := report.Date{Year: m.Year, Month: 12, Day: 31}
	if m.PeriodStart != start || m.PeriodEnd != end {
		ctx.Add(Finding{msg: localMessage{text: msgPeriod, args: []any{ctx.rule.Description,
			m.PeriodStart.String(), m.PeriodEnd.String(), strconv.Itoa(m.Year)}}})
	}
})

// deadlineRule: the report is published by the deadline of 条例第四十九条.
var deadlineRule = NewRule(RuleInfo{
	Code: "R-DEADLINE", Severity: Warning, Formats: bothFormats,
	Description: lang.Text{
		Zh: "发布日期（如载明）不晚于次年 1 月 31 日（本级政府汇总报告为 3 月 31 日），条例第四十九条",
		En: "the publication date, when given, is not after 31 January of the next year (31 March for a government's aggregate report), Article 49",
	},
}, func(ctx *Context) {
	m := &ctx.report.Metadata
	if m.Year == 0 || m.PublicationDate.IsZero() {
		return
	}
	deadline := report.Date{Year: m.Year + 1, Month: 1, Day: 31}
	if m.Aggregate {
		deadline.Month = 3
	}
	if dateAfter(m.PublicationDate, deadline) {
		ctx.Add(Finding{msg: localMessage{text: msgDeadline, args: []any{ctx.rule.Description, m.PublicationDate.String(), deadline.String()}}})
	}
})

// dateAfter reports whether a is a later day than b.
func dateAfter(a, b report.Date) bool {
	if a.Year != b.Year {
		return a.Year > b.Year
	}
	if a.Month != b.Month {
		return a.Month > b.Month
	}
	return a.Day > b.Day
}

// previousRule: last year's report is of the year before and of the same
// body.
var previousRule = NewRule(RuleInfo{
	Code: "X-PREVIOUS", Severity: Warning, Formats: bothFormats, CrossYear: true,
	Description: lang.Text{
		Zh: "上年报告为同一机关的上一年度报告",
		En: "last year's report is of the same body, for the year before",
	},
}, func(ctx *Context) {
	m, p := &ctx.report.Metadata, &ctx.previous.Metadata
	wrongYear := m.Year != 0 && p.Year != 0 && p.Year != m.Year-1
	otherBody := m.ReportingBody != "" && p.ReportingBody != "" && report.BodyKey(m.ReportingBody) != report.BodyKey(p.ReportingBody)
	if wrongYear || otherBody {
		ctx.Add(Finding{msg: localMessage{text: msgPrevious, args: []any{ctx.rule.Description,
			strconv.Itoa(p.Year), p.ReportingBody, strconv.Itoa(m.Year), m.ReportingBody}}})
	}
})

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

// blankOf returns those of paths whose cells are blank or "/" in the report.
func blankOf(ctx *Context, paths []report.Path) []report.Path {
	var out []report.Path
	for _, p := range paths {
		if v, err := ctx.report.Lookup(p); err == nil {
			if n := v.Count; v.Kind != report.KindAmount {
				if _, ok := ctx.Number(n); !ok {
					out = append(out, p)
				}
			} else if !v.Amount.IsNumber() && !ctx.blankAsZero {
				out = append(out, p)
			}
		}
	}
	return out
}

// ten is 10 元, the step every 信息处理费 is a multiple of.
var ten = decimal.NewFromInt(10)

// feeRatesRule: the rates of 国办函〔2020〕109号 give amounts in whole tens
// of 元.
var feeRatesRule = NewRule(RuleInfo{
	Code: "F-RATES", Severity: Warning, Formats: bothFormats,
	Description: lang.Text{
		Zh: "信息处理费为 10 元的整数倍：按件计收每件 100 元起，按量计收每页 10、20、40 元（国办函〔2020〕109号）",
		En: "the information processing fee is a multiple of 10 yuan: 100 yuan a request and up, or 10, 20 or 40 yuan a page (国办函〔2020〕109号)",
	},
}, func(ctx *Context) {
	d, ok := ctx.report.Fees.Collected.Decimal()
	if !ok || d.IsNegative() {
		return
	}
	if f, ok := fixedOf(d); ok && f.multipleOfTen() {
		return
	}
	if d.Mod(ten).IsZero() {
		return
	}
	f := Finding{Paths: []report.Path{report.PathFeeCollected}}
	f.comparedDecimal(d.Sub(d.Mod(ten)), d)
	f.msg = localMessage{text: msgFeeRates, args: []any{ctx.rule.Description, ctx.report.Fees.Collected.String()}}
	ctx.Add(f)
})

// feeTable2Rule: the 信息处理费 is a 行政事业性收费, so table 二's amount
// (万元) is at least the fee (元), compared exactly. It is only info: many
// bodies report their other fees in table 二 and the 信息处理费 apart.
var feeTable2Rule = NewRule(RuleInfo{
	Code: "F-TABLE2", Severity: Info, Formats: only2021,
	Description: lang.Text{
		Zh: "第六部分的信息处理费（元）不多于表二行政事业性收费本年收费金额（万元），精确换算（0.008 万元 = 80 元）",
		En: "the information processing fee of section 6 (yuan) is not more than table 2's administrative fees (10,000 yuan), converted exactly (0.008 = 80 yuan)",
	},
}, func(ctx *Context) {
	r := ctx.report
	fee, ok := r.Fees.Collected.Decimal()
	if !ok || fee.IsNegative() {
		return // no fee reported: nothing to compare
	}
	if !r.Table2.FeeAmount.IsNumber() {
		if !ctx.blankAsZero {
			ctx.NotAssessable(report.Table2Path(report.AdministrativeFees, report.FeeAmount))
		}
		return
	}
	wan, _ := r.Table2.FeeAmount.Decimal()
	if a, ok := fixedOf(fee); ok {
		if b, ok := fixedOf(wan); ok {
			b.exp += 4 // 万元 to 元
			if c, ok := a.cmp(b); ok && c <= 0 {
				return
			}
		}
	}
	cellYuan := r.Table2.FeeAmount.WanToYuan()
	limit, _ := cellYuan.Decimal()
	if fee.Cmp(limit) <= 0 {
		return
	}
	f := Finding{Paths: []report.Path{report.PathFeeCollected, report.Table2Path(report.AdministrativeFees, report.FeeAmount)}}
	f.comparedDecimal(limit, fee)
	f.msg = localMessage{text: msgFeeTable2, args: []any{ctx.rule.Description, r.Fees.Collected.String(), r.Table2.FeeAmount.String(), cellYuan.String()}}
	ctx.Add(f)
})

// unpaidFeeRule: requests dropped for an unpaid fee mean a fee was asked
// for, which section 六 should report.
var unpaidFeeRule = NewRule(RuleInfo{
	Code: "F-UNPAID", Severity: Warning, Formats: only2021,
	Description: lang.Text{
		Zh: "表三（六）其他处理 2（逾期未缴纳费用）大于 0 时，报告应提及信息处理费或收费通知",
		En: "when table 3's other handling 2 (fee not paid in time) is above 0, the report should mention the information processing fee or fee notices",
	},
}, func(ctx *Context) {
	r := ctx.report
	n, ok := rowFigure(ctx, report.RowOtherHandlingFeeNotPaid)
	if !ok || n <= 0 {
		return
	}
	if notices, ok := r.Fees.Notices.Number(); ok && notices > 0 {
		return
	}
	if d, ok := r.Fees.Collected.Decimal(); ok && d.IsPositive() {
		return
	}
	mentioned := false
	eachParagraph(r, func(p string) bool {
		mentioned = strings.Contains(p, "处理费") || strings.Contains(p, "收费通知")
		return !mentioned
	})
	if mentioned {
		return
	}
	p := report.Table3Path(report.RowOtherHandlingFeeNotPaid, report.ApplicantTotal)
	ctx.Add(Finding{Paths: []report.Path{p}, msg: localMessage{text: msgUnpaidFee, args: []any{ctx.rule.Description, strconv.FormatInt(n, 10)}}})
})

// rowFigure returns the figure table 三 gives for a row: its 总计 cell, or
// when that is blank or "/", the sum of the six applicant columns (which
// must then all be numbers, unless blanks read as 0).
func rowFigure(ctx *Context, row report.Table3Row) (int64, bool) {
	cells := &ctx.report.Table3.Rows[row%report.NumTable3Rows]
	if n, ok := cells[report.ApplicantTotal].Number(); ok {
		return n, true
	}
	var sum int64
	for _, c := range cells[:report.ApplicantTotal] {
		n, ok := ctx.Number(c)
		if !ok {
			return 0, false
		}
		sum += n
	}
	return sum, true
}

// eachParagraph calls yield with each paragraph of the report's prose, in
// printed order, until yield returns false.
func eachParagraph(r *report.Report, yield func(string) bool) {
	for _, p := range r.Preamble {
		if !yield(p) {
			return
		}
	}
	for _, s := range []*report.Section{&r.Overview, &r.Problems, &r.OtherMatters} {
		for _, p := range s.Paragraphs {
			if !yield(p) {
				return
			}
		}
		for i := range s.Subsections {
			for _, p := range s.Subsections[i].Paragraphs {
				if !yield(p) {
					return
				}
			}
		}
	}
}
