package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/opengov-cn/xxgk/validate"
	"golang.org/x/text/language"
)

const validateUsage = "usage: xxgk validate [--prev LAST_YEAR.json] [--lang zh|en] [--json] [--blank-as-zero] [--disable CODE,...] FILE..."

// runValidate validates report files (JSON, or published HTML or text)
// and prints their findings. The
// exit status is 0 when no file has an error-severity finding, 1 when one
// has, and 2 when a file cannot be read or the arguments are wrong.
func runValidate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, validateUsage)
		fs.PrintDefaults()
	}
	prevFile := fs.String("prev", "", "last year's report of the same body, for the cross-year rules")
	lang := fs.String("lang", "zh", "language of the messages and labels: zh or en")
	asJSON := fs.Bool("json", false, "print the results as JSON")
	blankAsZero := fs.Bool("blank-as-zero", false, "read blank and \"/\" cells as 0")
	disable := fs.String("disable", "", "comma-separated codes of rules not to run")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	tag, err := language.Parse(*lang)
	if err != nil || fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	opts := validate.Options{Language: tag, BlankAsZero: *blankAsZero}
	if *disable != "" {
		opts.Disable = strings.Split(*disable, ",")
	}
	if *prevFile != "" {
		prev, err := readReport(*prevFile, stderr, *lang)
		if err != nil {
			fmt.Fprintln(stderr, "xxgk validate:", err)
			return 2
		}
		opts.Previous = prev
	}

	type fileResult struct {
		File   string           `json:"file"`
		Result *validate.Result `json:"result"`
	}
	var results []fileResult
	status := 0
	for _, name := range fs.Args() {
		r, err := readReport(name, stderr, *lang)
		if err != nil {
			fmt.Fprintln(stderr, "xxgk validate:", err)
			status = 2
			continue
		}
		res := validate.Validate(r, opts)
		if res.HasErrors() && status == 0 {
			status = 1
		}
		if *asJSON {
			results = append(results, fileResult{name, res})
			continue
		}
		printFindings(stdout, name, res)
	}
	if *asJSON {
		if results == nil {
			results = []fileResult{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(results); err != nil {
			fmt.Fprintln(stderr, "xxgk validate:", err)
			return 2
		}
	}
	return status
}

// printFindings prints one line for each finding of a file, its fields
// separated by tabs: file, code, severity, the cell's label, expected,
// actual, message. A last line counts the findings.
func printFindings(w io.Writer, name string, res *validate.Result) {
	for i := range res.Findings {
		f := &res.Findings[i]
		expected, actual := "", ""
		if f.Compared {
			expected, actual = f.Expected.String(), f.Actual.String()
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", name, f.Code, f.Severity,
			f.Label(res.Language, res.Format), expected, actual, f.Message)
	}
	fmt.Fprintf(w, "%s: %d error(s), %d warning(s), %d info(s)\n", name,
		res.Count(validate.Error), res.Count(validate.Warning), res.Count(validate.Info))
}
