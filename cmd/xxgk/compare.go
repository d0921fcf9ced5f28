package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/opengov-cn/xxgk/batch"
	"github.com/opengov-cn/xxgk/compare"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

const compareUsage = `usage: xxgk compare [--to md|html|csv|json] [--lang zh|en] PREV CUR
       xxgk compare --over [--to md|html|csv|json] [--lang zh|en] FILE|FOLDER...`

// runCompare compares two reports (PREV the earlier, CUR the later), or
// with --over sets many side by side: the files named and the report files
// under the folders named, grouped by body (compare.Group). When every body
// has one report the table has a column per body; otherwise each body gets
// a table of its years. Any input the other commands read will do (report
// JSON, published HTML or text; "-" for standard input). The exit status
// is 0 on success, 1 when the comparison cannot be written or, with
// --over, when some files could not be read (they are named on standard
// error and left out), and 2 for wrong arguments or, without --over, a
// file that cannot be read.
func runCompare(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	to := fs.String("to", "md", "output form: md, html, csv or json")
	langName := fs.String("lang", "zh", "label language: zh or en")
	over := fs.Bool("over", false, "set many reports side by side, one column each")
	usageErr := func(err error) int {
		if err != nil {
			fmt.Fprintln(stderr, "xxgk compare:", err)
		}
		fmt.Fprintln(stderr, compareUsage)
		return 2
	}
	// Flags may come before or after the files.
	var files []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			return usageErr(err)
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	l, err := lang.Parse(*langName)
	if err != nil {
		return usageErr(err)
	}
	form, err := compare.ParseForm(*to)
	if err != nil {
		return usageErr(err)
	}
	if !*over {
		if len(files) != 2 {
			return usageErr(nil)
		}
		var rs [2]*report.Report
		for i, f := range files {
			if rs[i], err = readReport(f, stderr, l.String()); err != nil {
				fmt.Fprintln(stderr, "xxgk compare:", err)
				return 2
			}
		}
		d, err := compare.Diff(rs[0], rs[1])
		if err != nil {
			fmt.Fprintln(stderr, "xxgk compare:", err)
			return 2
		}
		if err := compare.WriteDiff(stdout, d, form, l); err != nil {
			fmt.Fprintln(stderr, "xxgk compare:", err)
			return 1
		}
		return 0
	}

	if len(files) == 0 {
		return usageErr(nil)
	}
	status := 0
	var reports []*report.Report
	for _, f := range expandFiles(files) {
		r, err := readReport(f, stderr, l.String())
		if err != nil || !r.Format.Valid() {
			if err == nil {
				err = fmt.Errorf("%s: the report's format is not known", f)
			}
			fmt.Fprintln(stderr, "xxgk compare: left out:", err)
			status = 1
			continue
		}
		reports = append(reports, r)
	}
	if len(reports) == 0 {
		fmt.Fprintln(stderr, "xxgk compare: no report to compare")
		return 2
	}
	groups := compare.Group(reports)
	sets := groups
	if allSingle(groups) {
		sets = [][]*report.Report{nil}
		for _, g := range groups {
			sets[0] = append(sets[0], g...)
		}
	}
	var tables []*compare.Table
	for _, s := range sets {
		t, err := compare.Over(s)
		if err != nil {
			fmt.Fprintln(stderr, "xxgk compare:", err)
			return 2
		}
		tables = append(tables, t)
	}
	if err := compare.WriteTables(stdout, tables, form, l); err != nil {
		fmt.Fprintln(stderr, "xxgk compare:", err)
		return 1
	}
	return status
}

// expandFiles lists the files named and the report files under the folders
// named, as the batch commands do; "-" stays standard input.
func expandFiles(names []string) []string {
	var out []string
	for _, n := range names {
		if n == "-" {
			out = append(out, n)
			continue
		}
		out = append(out, batch.Files(n)...)
	}
	return out
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
