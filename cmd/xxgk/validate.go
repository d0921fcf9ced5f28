package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/opengov-cn/xxgk/batch"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/validate"
)

const validateUsage = `usage: xxgk validate [--prev LAST_YEAR.json] [--lang zh|en] [--json | --csv [--bom]] [--blank-as-zero] [--disable CODE,...] FILE|FOLDER...

Validates report files (JSON, or published HTML or text) and folders of
them: a folder is read recursively for its .json, .html, .htm, .txt and .md
files. The files are read on every core and printed sorted by path. Reports
of the same body (编制机关, compared without spaces and with full-width and
half-width forms alike) for consecutive years are compared by the
cross-year rules; --prev names last year's report for every file instead.

Output: one tab-separated line per finding and a count per file, then a
summary; with --json one JSON array of {file, previous, error, diagnostics,
result}; with --csv one row per finding (file, reporting body, year, code,
severity, cell, expected, actual, message) for a spreadsheet, --bom for
Excel. With --json and --csv the summary goes to standard error. A progress
line is shown on standard error when it is a terminal.

What the reader of a published report (HTML or text) could not read, or
read with a doubt, is shown with the file's findings: before them in the
text output (and on standard error with --json and --csv), as
"diagnostics" ({severity, code, at, paths, expected, found, message}) in
the JSON, and, for warnings and errors, as rows of the CSV before the
file's findings, their code prefixed with PARSE- (as PARSE-ambiguous-split),
their cell the label of the cell concerned or else the place in the input,
their actual what the reader found. The summary counts the reports with
reading errors: cells or parts that could not be read, and are blank in
the report validated.

Exit status: 0 when no report has an error-severity finding or reading
error, 1 when one has, 2 when a file cannot be read at all or the
arguments are wrong.

flags:`

// runValidate validates report files and folders of them and prints their
// findings, with the diagnostics of the reader of published reports. The
// exit status is 0 when no file has an error-severity finding or
// diagnostic, 1 when one has, and 2 when a file cannot be read or the
// arguments are wrong.
func runValidate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, validateUsage)
		fs.PrintDefaults()
	}
	prevFile := fs.String("prev", "", "last year's report of the same body, for the cross-year rules; no chains are looked for")
	l := lang.Chinese
	fs.TextVar(&l, "lang", lang.Chinese, "language of the messages and labels: zh or en")
	asJSON := fs.Bool("json", false, "print the results as JSON")
	asCSV := fs.Bool("csv", false, "print one CSV row per finding, for a spreadsheet")
	bom := fs.Bool("bom", false, "with --csv: begin with a UTF-8 byte order mark, so that Excel reads the file as UTF-8")
	blankAsZero := fs.Bool("blank-as-zero", false, "read blank and \"/\" cells as 0")
	disable := fs.String("disable", "", "comma-separated codes of rules not to run")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 || (*asJSON && *asCSV) || (*bom && !*asCSV) {
		fs.Usage()
		return 2
	}
	opts := batch.Options{
		Validate: validate.Options{Language: l, BlankAsZero: *blankAsZero},
		Read:     readFile,
	}
	if *disable != "" {
		opts.Validate.Disable = strings.Split(*disable, ",")
	}
	if *prevFile != "" {
		prev, err := readReport(*prevFile, stderr, l)
		if err != nil {
			fmt.Fprintln(stderr, "xxgk validate:", err)
			return 2
		}
		opts.Validate.Previous = prev
	}
	if isTerminal(stderr) {
		opts.Progress = progressLine(stderr)
	}

	items := batch.Run(batch.Files(fs.Args()...), opts)
	for i := range items {
		it := &items[i]
		if it.Err != nil {
			fmt.Fprintln(stderr, "xxgk validate:", it.Err)
		} else if *asJSON || *asCSV {
			printDiagnostics(stderr, it.File, it.Diagnostics, l)
		}
	}
	summary := batch.Summarize(items)
	status := 0
	switch {
	case summary.Unreadable > 0:
		status = 2
	case summary.WithErrors > 0 || summary.WithReadErrors > 0:
		status = 1
	}

	var err error
	switch {
	case *asJSON:
		err = writeValidateJSON(stdout, items, l)
	case *asCSV:
		err = batch.WriteCSV(stdout, items, batch.CSVOptions{BOM: *bom, Language: l})
	default:
		for i := range items {
			if items[i].Err == nil {
				printDiagnostics(stdout, items[i].File, items[i].Diagnostics, l)
				printFindings(stdout, &items[i])
			}
		}
		printSummary(stdout, summary)
	}
	if err != nil {
		fmt.Fprintln(stderr, "xxgk validate:", err)
		return 2
	}
	if *asJSON || *asCSV {
		printSummary(stderr, summary)
	}
	return status
}

// writeValidateJSON writes one JSON array of {file, previous, error,
// diagnostics, result}: previous names last year's report when a chain was
// found, error says why a file could not be read, diagnostics are those of
// the reader of a published report, with their messages in language lang
// ("zh" or "en").
func writeValidateJSON(w io.Writer, items []batch.Item, l lang.Lang) error {
	type fileResult struct {
		File        string           `json:"file"`
		Previous    string           `json:"previous,omitempty"`
		Error       string           `json:"error,omitempty"`
		Diagnostics []jsonDiagnostic `json:"diagnostics,omitempty"`
		Result      *validate.Result `json:"result,omitempty"`
	}
	results := make([]fileResult, 0, len(items))
	for i := range items {
		it := &items[i]
		out := fileResult{File: it.File, Previous: it.Previous, Result: it.Result}
		if it.Err != nil {
			out.Error = it.Err.Error()
		}
		for _, d := range it.Diagnostics {
			out.Diagnostics = append(out.Diagnostics, jsonDiagnostic{d, d.Message(l)})
		}
		results = append(results, out)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(results)
}

// printFindings prints one line for each finding of a file, its fields
// separated by tabs: file, code, severity, the cell's label, expected,
// actual, message. A last line counts the findings and names last year's
// report when one was compared.
func printFindings(w io.Writer, it *batch.Item) {
	res := it.Result
	for i := range res.Findings {
		f := &res.Findings[i]
		expected, actual := "", ""
		if f.Compared {
			expected, actual = f.Expected.String(), f.Actual.String()
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", it.File, f.Code, f.Severity,
			f.Label(res.Language, res.Format), expected, actual, f.Message.In(res.Language))
	}
	fmt.Fprintf(w, "%s: %d error(s), %d warning(s), %d info(s)", it.File,
		res.Count(validate.Error), res.Count(validate.Warning), res.Count(validate.Info))
	if it.Previous != "" {
		fmt.Fprintf(w, "; last year: %s", it.Previous)
	}
	fmt.Fprintln(w)
}

// printSummary prints the counts of a batch on one line.
func printSummary(w io.Writer, s batch.Summary) {
	fmt.Fprintf(w, "summary: %d report(s) read, %d with errors, %d with warnings, %d with reading errors, %d unreadable\n",
		s.Read, s.WithErrors, s.WithWarnings, s.WithReadErrors, s.Unreadable)
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressLine returns a progress function that rewrites one line on w at
// most ten times a second, and clears it when all is done.
func progressLine(w io.Writer) func(done, total int) {
	var last time.Time
	return func(done, total int) {
		if done == total {
			fmt.Fprint(w, "\r\033[K")
			return
		}
		if now := time.Now(); now.Sub(last) >= 100*time.Millisecond {
			last = now
			fmt.Fprintf(w, "\rxxgk validate: %d/%d files read", done, total)
		}
	}
}
