package validate

import "github.com/opengov-cn/xxgk/report"

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

// rowFigure returns the figure table 三 gives for a row: its 总计 cell, or
// when that is blank or "/", the sum of the six applicant columns (which
// must then all be numbers, unless blanks read as 0).
func rowFigure(ctx *Context, row report.Table3Row) (int64, bool) {
	cells := &ctx.report.Table3.Rows[row%report.NumTable3Rows]
	if n, ok := cells[report.ApplicantTotal].Number(); ok {
		return n, true
	}
	return sumOf(ctx, cells[:report.ApplicantTotal])
}

// sumOf returns the sum of cells, which must all be numbers (unless blanks
// read as 0).
func sumOf(ctx *Context, cells []report.Count) (int64, bool) {
	var sum int64
	for _, c := range cells {
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
	eachTitledParagraph(r, func(p, _ string) bool { return yield(p) })
}

// eachTitledParagraph calls yield with each paragraph of the report's
// prose and the title of the subsection it stands in ("" for none), in
// printed order, until yield returns false.
func eachTitledParagraph(r *report.Report, yield func(p, title string) bool) {
	for _, p := range r.Preamble {
		if !yield(p, "") {
			return
		}
	}
	for _, s := range []*report.Section{&r.Overview, &r.Problems, &r.OtherMatters} {
		for p, title := range s.AllParagraphs() {
			if !yield(p, title) {
				return
			}
		}
	}
}
