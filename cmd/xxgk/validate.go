package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/opengov-cn/xxgk/batch"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// validateCommand declares xxgk validate.
func validateCommand() command {
	return command{
		name:    "validate",
		args:    "FILE|FOLDER...",
		summary: "check reports against the identities of the format",
		doc: `Validates report files (JSON, or published HTML or text) and folders of
them: a folder is read recursively for its .json, .html, .htm, .txt and .md
files. FILE "-" reads standard input, named "<stdin>" in every output. The
files are read on every core and printed sorted by path. Reports of the
same body (编制机关, compared without spaces and with full-width and
half-width forms alike) for consecutive years are compared by the
cross-year rules; --prev names last year's report for every file instead.

Output: one tab-separated line per finding (file, code, severity, cell,
expected, actual, message) and a count per file, then a summary; with
--json one JSON array of {file, previous, error, diagnostics, result};
with --csv one row per finding (file, reporting body, year, code,
severity, cell, expected, actual, message) for a spreadsheet, --bom for
Excel. With --json and --csv the summary goes to standard error. A
progress line is shown on standard error when it is a terminal.
--min-severity hides the findings (and reading diagnostics) below it in
every output; the count per file and the summary count everything, the
counts of the JSON count the findings it lists.

What the reader of a published report (HTML or text) could not read, or
read with a doubt, is shown with the file's findings: its warnings and
errors as lines before them in the text output (their code prefixed with
PARSE-, as PARSE-ambiguous-split, their cell the label of the cell
concerned or else the place in the input, their actual what the reader
found), and on standard error with --json and --csv; every diagnostic as
"diagnostics" ({severity, code, at, paths, expected, found, message}) in
the JSON; warnings and errors as rows of the CSV before the file's
findings, as in the text. The summary counts the reports with reading
errors: cells or parts that could not be read, and are blank in the
report validated.

Exit status: 0 when no report has an error-severity finding or reading
error, 1 when one has, 2 when a file cannot be read at all or the
arguments are wrong.`,
		minArgs: 1, maxArgs: -1,
		new: func() runner { return &validateRunner{lang: lang.Chinese, minSeverity: validate.Info} },
	}
}

// validateRunner holds the flags of xxgk validate.
type validateRunner struct {
	prev        string
	lang        lang.Lang
	asJSON      bool
	asCSV       bool
	bom         bool
	blankAsZero bool
	disable     ruleCodes
	minSeverity validate.Severity
}

func (v *validateRunner) flags(fs *flag.FlagSet) {
	fs.StringVar(&v.prev, "prev", "", "`FILE` last year's report of the same body, for the cross-year rules; no chains are looked for")
	fs.TextVar(&v.lang, "lang", lang.Chinese, "`zh|en` language of the messages and labels")
	fs.BoolVar(&v.asJSON, "json", false, "print the results as JSON")
	fs.BoolVar(&v.asCSV, "csv", false, "print one CSV row per finding, for a spreadsheet")
	fs.BoolVar(&v.bom, "bom", false, "with --csv: begin with a UTF-8 byte order mark, so that Excel reads the file as UTF-8")
	fs.BoolVar(&v.blankAsZero, "blank-as-zero", false, "read blank and \"/\" cells as 0")
	fs.Var(&v.disable, "disable", "`CODE,...` codes of rules not to run, separated by commas (xxgk rules lists them)")
	fs.TextVar(&v.minSeverity, "min-severity", validate.Info, "`info|warning|error` show only the findings of this severity or above")
}

// run validates the files and folders of args and prints their findings.
func (v *validateRunner) run(e *env, args []string) int {
	switch {
	case v.asJSON && v.asCSV:
		return e.usageError("--json and --csv cannot go together")
	case v.bom && !v.asCSV:
		return e.usageError("--bom goes with --csv")
	}
	opts, err := v.options(e)
	if err != nil {
		return e.fail(2, err)
	}
	// The reports are dropped as they are validated: only the metadata is
	// kept for CSV, for the body and year of its rows.
	files := batch.Files(args...)
	items := make([]batch.Item, len(files))
	batch.Stream(files, opts, func(i int, it batch.Item) {
		switch {
		case it.Report == nil:
		case v.asCSV:
			it.Report = &report.Report{Format: it.Report.Format, Metadata: it.Report.Metadata}
		default:
			it.Report = nil
		}
		items[i] = it
	})
	for i := range items {
		items[i].File, items[i].Previous = displayName(items[i].File), displayName(items[i].Previous)
	}
	summary := batch.Summarize(items)
	for i := range items {
		if it := &items[i]; it.Err != nil {
			e.fail(2, it.Err)
		} else if v.asJSON || v.asCSV {
			printDiagnostics(e.stderr, it.File, it.Diagnostics, max(v.minSeverity, validate.Warning), v.lang)
		}
	}
	if err := v.write(e.stdout, items, summary); err != nil {
		return e.fail(2, err)
	}
	if v.asJSON || v.asCSV {
		printSummary(e.stderr, summary)
	}
	switch {
	case summary.Unreadable > 0:
		return 2
	case summary.WithErrors > 0 || summary.WithReadErrors > 0:
		return 1
	}
	return 0
}

// options returns the options of the batch: the validation asked for, the
// reading of "-" as standard input, last year's report read, a progress
// line on a terminal.
func (v *validateRunner) options(e *env) (batch.Options, error) {
	opts := batch.Options{
		Validate: validate.Options{Language: v.lang, BlankAsZero: v.blankAsZero, Disable: v.disable},
		Read:     e.read,
	}
	if v.prev != "" {
		prev, err := e.readReport(v.prev, v.lang)
		if err != nil {
			return opts, err
		}
		opts.Validate.Previous = prev
	}
	if isTerminal(e.stderr) {
		opts.Progress = progressLine(e.stderr)
	}
	return opts, nil
}

// write writes the items in the output form chosen: the findings of
// severity --min-severity or above.
func (v *validateRunner) write(w io.Writer, items []batch.Item, summary batch.Summary) error {
	switch {
	case v.asJSON:
		return writeValidateJSON(w, shownItems(items, v.minSeverity), v.lang)
	case v.asCSV:
		return batch.WriteCSV(w, shownItems(items, v.minSeverity), batch.CSVOptions{BOM: v.bom, Language: v.lang})
	}
	for i := range items {
		if items[i].Err == nil {
			printFile(w, &items[i], v.minSeverity, v.lang)
		}
	}
	printSummary(w, summary)
	return nil
}

// shownItems returns items with the findings and diagnostics below min
// left out; items is not changed.
func shownItems(items []batch.Item, min validate.Severity) []batch.Item {
	if min <= validate.Info {
		return items
	}
	out := make([]batch.Item, len(items))
	for i, it := range items {
		out[i] = it
		out[i].Diagnostics = nil
		for _, d := range it.Diagnostics {
			if d.Severity >= min {
				out[i].Diagnostics = append(out[i].Diagnostics, d)
			}
		}
		if it.Result == nil {
			continue
		}
		res := *it.Result
		res.Findings = nil
		for _, f := range it.Result.Findings {
			if f.Severity >= min {
				res.Findings = append(res.Findings, f)
			}
		}
		out[i].Result = &res
	}
	return out
}

// writeValidateJSON writes one JSON array of {file, previous, error,
// diagnostics, result}: previous names last year's report when a chain was
// found, error says why a file could not be read, diagnostics are those of
// the reader of a published report, with their messages in language l.
func writeValidateJSON(w io.Writer, items []batch.Item, l lang.Lang) error {
	type fileResult struct {
		File        string           `json:"file"`
		Previous    string           `json:"previous,omitempty"`
		Error       string           `json:"error,omitempty"`
		Diagnostics []jsonDiagnostic `json:"diagnostics,omitempty"`
		Result      *validate.Result `json:"result,omitempty"`
	}
	if len(items) == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	// The array is written item by item, as one encoding of it would
	// write it, so that its text is never all in memory at once.
	bw := bufio.NewWriter(w)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("  ", "  ")
	enc.SetEscapeHTML(false)
	for i := range items {
		it := &items[i]
		out := fileResult{File: it.File, Previous: it.Previous, Result: it.Result,
			Diagnostics: jsonDiagnostics(it.Diagnostics, validate.Info, l)}
		if it.Err != nil {
			out.Error = it.Err.Error()
		}
		b.Reset()
		if err := enc.Encode(out); err != nil {
			return err
		}
		sep := ",\n  "
		if i == 0 {
			sep = "[\n  "
		}
		bw.WriteString(sep)
		bw.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
	}
	bw.WriteString("\n]\n")
	return bw.Flush()
}

// printFile prints the text output of a file read: a line for each
// warning and error of the reader and for each finding of severity min or
// above, made by parse.Diagnostic.Row and validate.Finding.Row; then a
// line counting every finding and naming last year's report when one was
// compared.
func printFile(w io.Writer, it *batch.Item, min validate.Severity, l lang.Lang) {
	res := it.Result
	for _, d := range it.Diagnostics {
		if d.Severity >= max(min, validate.Warning) {
			printRow(w, it.File, d.Row(l, res.Format))
		}
	}
	for i := range res.Findings {
		if f := &res.Findings[i]; f.Severity >= min {
			printRow(w, it.File, f.Row(l, res.Format))
		}
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
