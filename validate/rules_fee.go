package validate

import (
	"strings"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/shopspring/decimal"
)

// feeRules returns the F- rules: the 信息处理费 of section 六.
func feeRules() []Rule {
	return []Rule{
		newRangeRule(RuleInfo{
			Code: "F-RANGE", Severity: Error, Formats: bothFormats,
			Description: lang.Text{
				Zh: "信息处理费收费通知份数与收取金额不小于 0",
				En: "the number of fee notices and the information processing fee collected are not below 0",
			},
			Needs: lang.Text{
				Zh: "无：空白不核对",
				En: "nothing: blanks are skipped",
			},
		}, 6),
		feeRatesRule,
		feeTable2Rule,
		unpaidFeeRule,
	}
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
	Needs: lang.Text{
		Zh: "第六部分收取信息处理费金额为数字",
		En: "the fee collected of section 6 is a number",
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
	f.msg = localMessage{text: msgFeeRates, args: []arg{textArg(ctx.rule.Description), strArg(ctx.report.Fees.Collected.String())}}
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
	Needs: lang.Text{
		Zh: "信息处理费与表二行政事业性收费金额均为数字",
		En: "the fee collected and table 2's administrative fees amount are numbers",
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
	f.msg = localMessage{text: msgFeeTable2, args: []arg{textArg(ctx.rule.Description), strArg(r.Fees.Collected.String()), strArg(r.Table2.FeeAmount.String()), strArg(cellYuan.String())}}
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
	Needs: lang.Text{
		Zh: "表三（六）其他处理 2 的总计（或各列）为数字",
		En: "table 3's other handling 2 total (or its columns) is a number",
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
	ctx.Add(Finding{Paths: []report.Path{p}, msg: localMessage{text: msgUnpaidFee, args: []arg{textArg(ctx.rule.Description), numArg(n)}}})
})
