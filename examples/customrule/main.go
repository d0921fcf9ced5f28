// Command customrule shows an embedder's own validation rules, run with the
// built-in ones on the Xiaoshan 2023 report. A supervising office might ask
// more of its bodies than the format does; here three local rules, one for
// each way of writing a rule:
//
//   - LOCAL-NOT-HELD, a type that implements validate.Rule with a setting of
//     its own: warn when more than a given share of the requests concluded
//     were answered 本机关不掌握相关政府信息 (not held by this body);
//
//   - LOCAL-INDEX, a function given to validate.NewRule: the report must
//     carry its 索引号 (index number);
//
//   - LOCAL-NO-BACKLOG, a sum declared as data and given to
//     validate.NewSumRule: in every column, nothing is carried forward to
//     next year (年底清零).
//
//     go run ./examples/customrule             # messages in Chinese
//     go run ./examples/customrule --lang en   # messages in English
//
// LOCAL-NOT-HELD gives its message in both languages; LOCAL-INDEX writes
// its message in the language the validation asks for
// (validate.Context.Language). It exits with status 1 when a finding of
// severity error is made, and 2 for a bad argument.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
	"github.com/shopspring/decimal"
)

func main() {
	name := flag.String("lang", "zh", "language of the messages: zh or en")
	flag.Parse()
	l, err := lang.Parse(*name)
	if err != nil {
		fmt.Fprintln(os.Stderr, "customrule: --lang:", err)
		os.Exit(2)
	}
	ok, err := run(os.Stdout, l)
	if err != nil {
		fmt.Fprintln(os.Stderr, "customrule:", err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}

// notHeldShare warns when the requests answered 本机关不掌握相关政府信息 are
// more than MaxPercent per cent of the requests concluded.
type notHeldShare struct {
	// MaxPercent is the largest share allowed, in per cent.
	MaxPercent int64
}

// Info describes the rule.
func (r notHeldShare) Info() validate.RuleInfo {
	return validate.RuleInfo{
		Code:     "LOCAL-NOT-HELD",
		Severity: validate.Warning,
		Description: lang.Text{
			Zh: fmt.Sprintf("“本机关不掌握相关政府信息”不超过办结总数的 %d%%", r.MaxPercent),
			En: fmt.Sprintf("at most %d%% of the requests concluded are answered \"not held\"", r.MaxPercent),
		},
	}
}

// Check compares the share of the 总计 column.
func (r notHeldShare) Check(ctx *validate.Context) {
	t3 := &ctx.Report().Table3
	notHeld, ok1 := ctx.Number(t3.Rows[report.RowCannotProvideNotHeld][report.ApplicantTotal])
	concluded, ok2 := ctx.Number(t3.Rows[report.RowConcluded][report.ApplicantTotal])
	if !ok1 || !ok2 {
		ctx.NotAssessable("table3.cannot_provide_not_held.total", "table3.concluded.total")
		return
	}
	if notHeld*100 <= r.MaxPercent*concluded {
		return
	}
	limit := r.MaxPercent * concluded / 100 // the most allowed, in requests
	ctx.Add(validate.Finding{
		Paths:      []report.Path{"table3.cannot_provide_not_held.total", "table3.concluded.total"},
		Compared:   true,
		Expected:   decimal.NewFromInt(limit),
		Actual:     decimal.NewFromInt(notHeld),
		Difference: decimal.NewFromInt(notHeld - limit),
		Message: lang.Text{
			Zh: "办结 %[1]d 件中 %[2]d 件答复本机关不掌握相关政府信息，超过 %[3]d%%（至多 %[4]d 件）",
			En: "%[2]d of the %[1]d requests concluded were answered \"not held\", more than %[3]d%% (at most %[4]d)",
		}.Sprintf(concluded, notHeld, r.MaxPercent, limit),
	})
}

// rules returns the three local rules.
func rules() ([]validate.Rule, error) {
	index := validate.NewRule(validate.RuleInfo{
		Code:        "LOCAL-INDEX",
		Severity:    validate.Error,
		Description: lang.Text{Zh: "报告载明索引号", En: "the report carries its index number"},
	}, func(ctx *validate.Context) {
		if ctx.Report().Metadata.IndexNumber != "" {
			return
		}
		// A message in one language only: the one asked for.
		if ctx.Language() == lang.English {
			ctx.Add(validate.Finding{Message: lang.Text{En: "the report carries no index number (索引号)"}})
		} else {
			ctx.Add(validate.Finding{Message: lang.Text{Zh: "报告未载明索引号"}})
		}
	})
	noBacklog, err := validate.NewSumRule(validate.RuleInfo{
		Code:        "LOCAL-NO-BACKLOG",
		Severity:    validate.Warning,
		Description: lang.Text{Zh: "年底清零：结转下年度继续办理为 0", En: "nothing is carried forward to next year"},
		Sum: &validate.Sum{
			Scope: validate.ScopeColumns,
			Total: []validate.Term{{Cell: "table3.carried_forward.*"}},
		},
	})
	if err != nil {
		return nil, err
	}
	return []validate.Rule{notHeldShare{MaxPercent: 20}, index, noBacklog}, nil
}

// run validates the Xiaoshan report with the built-in rules and the local
// ones, prints the findings on w in language l and reports whether none is
// an error.
func run(w io.Writer, l lang.Lang) (bool, error) {
	local, err := rules()
	if err != nil {
		return false, err
	}
	r := examples.Xiaoshan2023()
	res := validate.Validate(r, validate.Options{Extra: local, Language: l})
	fmt.Fprintf(w, "%s %d: %d error(s), %d warning(s), %d info(s)\n", r.Metadata.ReportingBody, r.Metadata.Year,
		res.Count(validate.Error), res.Count(validate.Warning), res.Count(validate.Info))
	for _, f := range res.Findings {
		fmt.Fprintf(w, "%s\t%s\t%s\n", f.Code, f.Severity.In(l), f.Message.In(l))
	}
	return !res.HasErrors(), nil
}
