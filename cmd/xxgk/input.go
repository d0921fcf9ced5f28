package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// readReport reads a report from the file name, or from standard input for
// "-": report JSON, or a published report as HTML or text, told apart by
// content (see parse.Read). For a published report, what the reader could
// not read (its warnings and errors) is printed on standard error in
// language l. Errors name the file.
func (e *env) readReport(name string, l lang.Lang) (*report.Report, error) {
	res, err := e.read(name)
	if err != nil {
		return nil, err
	}
	printDiagnostics(e.stderr, displayName(name), res.Diagnostics, validate.Warning, l)
	return res.Report, nil
}

// jsonDiagnostic is a diagnostic of the reader as the commands print it in
// JSON: its fields and its message in the language chosen.
type jsonDiagnostic struct {
	parse.Diagnostic
	Message string `json:"message"`
}

// jsonDiagnostics returns the diagnostics of severity min or above as the
// commands print them in JSON, with their messages in language l; nil when
// there are none.
func jsonDiagnostics(diags []parse.Diagnostic, min validate.Severity, l lang.Lang) []jsonDiagnostic {
	var out []jsonDiagnostic
	for _, d := range diags {
		if d.Severity >= min {
			out = append(out, jsonDiagnostic{d, d.Message(l)})
		}
	}
	return out
}

// printDiagnostics prints the diagnostics of severity min or above of the
// reader of a published report on w, one a line, in language l, as
// messages: "FILE: severity code: message".
func printDiagnostics(w io.Writer, file string, diags []parse.Diagnostic, min validate.Severity, l lang.Lang) {
	for _, d := range diags {
		if d.Severity >= min {
			fmt.Fprintf(w, "%s: %s %s: %s\n", file, d.Severity, d.Code, d.Message(l))
		}
	}
}

// printRow prints a finding or a diagnostic of a file as a line of the
// text output of validate: the file, then the row's fields, separated by
// tabs.
func printRow(w io.Writer, file string, row validate.Row) {
	fmt.Fprintf(w, "%s\t%s\n", file, strings.Join(row.Fields(), "\t"))
}
