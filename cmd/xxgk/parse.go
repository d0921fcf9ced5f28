package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

const parseUsage = "usage: xxgk parse [--json] [--lang zh|en] FILE..."

// runParse reads published reports (HTML or text) and prints each as
// report JSON, its diagnostics on stderr; with --json, one JSON array of
// {file, kind, encoding, report, diagnostics}. The exit status is 0 when
// every file was read without an error-severity diagnostic, 1 when some
// cell or part could not be read, and 2 when a file cannot be read at all
// or the arguments are wrong.
func runParse(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, parseUsage)
		fs.PrintDefaults()
	}
	asJSON := fs.Bool("json", false, "print one JSON array holding each report with its diagnostics")
	l := lang.Chinese
	fs.TextVar(&l, "lang", lang.Chinese, "language of the diagnostics: zh or en")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	type fileResult struct {
		File        string           `json:"file"`
		Kind        string           `json:"kind"`
		Encoding    string           `json:"encoding"`
		Report      *report.Report   `json:"report"`
		Diagnostics []jsonDiagnostic `json:"diagnostics"`
	}
	results := []fileResult{}
	status := 0
	for _, name := range fs.Args() {
		res, err := readFile(name)
		if err == nil {
			{
				out := fileResult{File: name, Kind: res.Kind.String(), Encoding: res.Encoding, Report: res.Report, Diagnostics: []jsonDiagnostic{}}
				for _, d := range res.Diagnostics {
					out.Diagnostics = append(out.Diagnostics, jsonDiagnostic{d, d.Message(l)})
					if !*asJSON {
						fmt.Fprintf(stderr, "%s: %s %s: %s\n", name, d.Severity, d.Code, d.Message(l))
					}
				}
				if res.HasErrors() {
					status = max(status, 1)
				}
				if *asJSON {
					results = append(results, out)
				} else if err := report.WriteJSON(stdout, res.Report); err != nil {
					fmt.Fprintln(stderr, "xxgk parse:", err)
					return 2
				}
				continue
			}
		}
		fmt.Fprintln(stderr, "xxgk parse:", err)
		status = 2
	}
	if *asJSON {
		b, err := json.MarshalIndent(results, "", "  ")
		if err != nil {
			fmt.Fprintln(stderr, "xxgk parse:", err)
			return 2
		}
		fmt.Fprintf(stdout, "%s\n", b)
	}
	return status
}
