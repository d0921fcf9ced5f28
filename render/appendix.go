package render

import (
	"fmt"

	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
	"golang.org/x/text/language"
)

// Option adjusts what a renderer prints. The renderers take options after
// the language; without any they print the report alone.
type Option func(*options)

// options collects what the Options passed to a renderer ask for.
type options struct {
	findings *validate.Result
}

// WithFindings ends the document with an appendix of the validation result
// res, so that a supervisor can send back one document: a heading (附录：校验
// 结果, or "Appendix: validation results"), a line counting the errors,
// warnings and infos, and a table of the findings in their order with the
// columns code, severity, cell (the full official label of the finding's
// first cell), expected, actual (when the finding compared figures) and
// message. A result without findings gives the heading and a line that says
// so. A nil res adds nothing.
//
// The heading, column titles, severities and cell labels are in the render
// language; cells are labelled as res.Format prints them (the report's
// format when res names none). The messages are the findings' own, printed as they are: when
// res was made in another language (see [validate.Options].Language), the
// messages stay in that language (marked with a lang attribute in HTML).
func WithFindings(res *validate.Result) Option {
	return func(o *options) { o.findings = res }
}

// appendix is the appendix of validation results, ready to print.
type appendix struct {
	heading string
	summary string // the counts, or the line that says there are no findings
	table   *flatTable
	// msgLang is the tag of the messages' language when it is not the
	// render language, or "".
	msgLang string
}

// Columns of the findings table, in order.
const (
	colCode = iota
	colSeverity
	colCell
	colExpected
	colActual
	colMessage
)

// newAppendix prepares the appendix of res for a report of format f in
// language l.
func newAppendix(res *validate.Result, f report.Format, l Lang) *appendix {
	a := &appendix{heading: l.pick(labelAppendix)}
	if len(res.Findings) == 0 {
		a.summary = l.pick(labelNoFindings)
		return a
	}
	a.summary = fmt.Sprintf(l.pick(labelSummary),
		res.Count(validate.Error), res.Count(validate.Warning), res.Count(validate.Info))
	tag := language.SimplifiedChinese
	if l == English {
		tag = language.English
	}
	if m := validate.MatchLanguage(res.Language); m != tag {
		a.msgLang = m.String()
	}
	format := res.Format
	if !format.Valid() {
		format = f
	}
	t := &flatTable{
		header:  []string{l.pick(labelCode), l.pick(labelSeverity), l.pick(labelCell), l.pick(labelExpected), l.pick(labelActual), l.pick(labelMessage)},
		numeric: []bool{colExpected: true, colActual: true, colMessage: false}, // by column
	}
	for i := range res.Findings {
		fd := &res.Findings[i]
		severity := fd.Severity.Chinese()
		if l == English {
			severity = fd.Severity.String()
		}
		expected, actual := "", ""
		if fd.Compared {
			expected, actual = fd.Expected.String(), fd.Actual.String()
		}
		t.rows = append(t.rows, []string{oneLine(fd.Code), severity, oneLine(fd.Label(tag, format)), expected, actual, oneLine(fd.Message)})
	}
	a.table = t
	return a
}
