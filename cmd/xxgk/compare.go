package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/opengov-cn/xxgk/compare"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// compareCommand declares xxgk compare.
func compareCommand() command {
	return command{
		name:    "compare",
		args:    "PREV CUR | --over FILE|FOLDER...",
		summary: "compare a report with last year's, or many reports side by side",
		doc: `Compares two reports, PREV the earlier and CUR the later: every cell of
tables 二, 三 and 四 and the fee facts side by side, with the change and the
relative change, and the derived figures (disclosure rate, outcome shares,
correction rates). A blank or "/" cell is never read as 0: a change from or
to one is "not comparable". A report of the 2019 format is compared with one
of the 2021 format through what maps between them; the rest is listed.

With --over, the files named and the report files under the folders named
are set side by side, grouped by body: when every body has one report, one
table with a column per body; otherwise a table of years for each body.

Any input the other commands read will do (report JSON, published HTML or
text; "-" for standard input).

--to docx writes a Word document in the house style of xxgk render --to
docx; it is not written to a terminal: say -o FILE or redirect the output.

Exit status: 0 on success; 1 when the comparison cannot be written or, with
--over, when some files could not be read (they are named on standard
error and left out); 2 for wrong arguments or, without --over, a file that
cannot be read.`,
		minArgs: 1, maxArgs: -1,
		new: func() runner { return &compareRunner{to: newChoice("md", "md", "html", "csv", "json", "docx")} },
	}
}

// compareRunner holds the flags of xxgk compare.
type compareRunner struct {
	to   *choice
	lang lang.Lang
	over bool
	out  string
}

func (r *compareRunner) flags(fs *flag.FlagSet) {
	fs.Var(r.to, "to", "output form")
	fs.TextVar(&r.lang, "lang", lang.Chinese, "`zh|en` label language")
	fs.BoolVar(&r.over, "over", false, "set many reports side by side, one column each")
	fs.StringVar(&r.out, "o", "", "`FILE` write there instead of standard output")
}

func (r *compareRunner) run(e *env, args []string) int {
	form, err := compare.ParseForm(r.to.String())
	if err != nil {
		return e.usageError("%v", err)
	}
	if form == compare.DOCX {
		if status := e.refuseBinary(r.to.String(), r.out); status != 0 {
			return status
		}
	}
	if r.over {
		return r.runOver(e, args, form)
	}
	if len(args) != 2 {
		return e.usageError("want PREV CUR, or --over FILE|FOLDER...")
	}
	var rs [2]*report.Report
	for i, f := range args {
		if rs[i], err = e.readReport(f, r.lang); err != nil {
			return e.fail(2, err)
		}
	}
	d, err := compare.Diff(rs[0], rs[1])
	if err != nil {
		return e.fail(2, err)
	}
	if err := e.writeOutput(r.out, func(w io.Writer) error { return compare.WriteDiff(w, d, form, r.lang) }); err != nil {
		return e.fail(1, err)
	}
	return 0
}

// runOver sets the reports of files and folders side by side.
func (r *compareRunner) runOver(e *env, args []string, form compare.Form) int {
	status := 0
	var reports []*report.Report
	for _, f := range fileArgs(args) {
		rep, err := e.readReport(f, r.lang)
		if err == nil && !rep.Format.Valid() {
			err = fmt.Errorf("%s: the report's format is not known", displayName(f))
		}
		if err != nil {
			fmt.Fprintln(e.stderr, "xxgk compare: left out:", err)
			status = 1
			continue
		}
		reports = append(reports, rep)
	}
	if len(reports) == 0 {
		return e.fail(2, fmt.Errorf("no report to compare"))
	}
	groups := compare.Group(reports)
	if allSingle(groups) {
		var one []*report.Report
		for _, g := range groups {
			one = append(one, g...)
		}
		groups = [][]*report.Report{one}
	}
	tables := make([]*compare.Table, 0, len(groups))
	for _, g := range groups {
		t, err := compare.Over(g)
		if err != nil {
			return e.fail(2, err)
		}
		tables = append(tables, t)
	}
	if err := e.writeOutput(r.out, func(w io.Writer) error { return compare.WriteTables(w, tables, form, r.lang) }); err != nil {
		return e.fail(1, err)
	}
	return status
}

// allSingle reports whether every group holds one report.
func allSingle(groups [][]*report.Report) bool {
	for _, g := range groups {
		if len(g) != 1 {
			return false
		}
	}
	return true
}
