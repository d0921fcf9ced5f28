package main

import (
	"fmt"
	"io"
	"os"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// readReport reads a report from a file, or from standard input for "-":
// report JSON, or a published report as HTML or text, told apart by
// content (see parse.Read). For a published report, what the reader could
// not read (its warnings and errors) is printed on diag in language l.
// Errors name the file.
func readReport(name string, diag io.Writer, l lang.Lang) (*report.Report, error) {
	res, err := readFile(name)
	if err != nil {
		return nil, err
	}
	printDiagnostics(diag, name, res.Diagnostics, l)
	return res.Report, nil
}

// readFile reads a report from a file, or from standard input for "-".
func readFile(name string) (*parse.Result, error) {
	if name == "-" {
		return parse.Read(name, os.Stdin, parse.Options{})
	}
	return parse.ReadFile(name, parse.Options{})
}

// jsonDiagnostic is a diagnostic of the reader as the commands print it in
// JSON: its fields and its message in the language chosen.
type jsonDiagnostic struct {
	parse.Diagnostic
	Message string `json:"message"`
}

// printDiagnostics prints the warnings and errors of the reader of a
// published report on w, in language l.
func printDiagnostics(w io.Writer, name string, diags []parse.Diagnostic, l lang.Lang) {
	for _, d := range diags {
		if d.Severity >= validate.Warning {
			fmt.Fprintf(w, "%s: %s %s: %s\n", name, d.Severity, d.Code, d.Message(l))
		}
	}
}
