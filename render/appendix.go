package render

import (
	"fmt"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
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
// warnings and infos, and a table of the findings in their order, each as
// the row [validate.Finding.Row] makes: code, severity, cell (the full label
// of the finding's first cell), expected, actual (when the finding compared
// figures) and message. A result without findings gives the heading and a
// line that says so. A nil res adds nothing.
//
// Everything is printed in the render language, the messages included;
// cells are labelled as res.Format prints them (the report's format when
// res names none).
func WithFindings(res *validate.Result) Option {
	return func(o *options) { o.findings = res }
}

// appendix is the appendix of validation results, ready to print.
type appendix struct {
	heading string
	summary string // the counts, or the line that says there are no findings
	table   *flatTable
}

// newAppendix prepares the appendix of res for a report of format f in
// language l.
func newAppendix(res *validate.Result, f report.Format, l lang.Lang) *appendix {
	a := &appendix{heading: labelAppendix.In(l)}
	if len(res.Findings) == 0 {
		a.summary = labelNoFindings.In(l)
		return a
	}
	a.summary = fmt.Sprintf(labelSummary.In(l),
		res.Count(validate.Error), res.Count(validate.Warning), res.Count(validate.Info))
	format := res.Format
	if !format.Valid() {
		format = f
	}
	t := &flatTable{header: validate.RowHeader(l), numeric: make([]bool, validate.NumColumns)}
	t.numeric[validate.ColumnExpected], t.numeric[validate.ColumnActual] = true, true
	for i := range res.Findings {
		fields := res.Findings[i].Row(l, format).Fields()
		for j := range fields {
			fields[j] = oneLine(fields[j])
		}
		t.rows = append(t.rows, fields)
	}
	a.table = t
	return a
}
