package main

import (
	"fmt"
	"io"
	"os"

	"github.com/opengov-cn/xxgk/batch"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/report"
)

// readReport reads a report from a file, or from standard input for "-":
// report JSON, or a published report as HTML or text, told apart by
// content (see batch.Read). For a published report, what the reader could
// not read (its warnings and errors) is printed on diag in language lang
// ("zh" or "en"). Errors name the file.
func readReport(name string, diag io.Writer, lang string) (*report.Report, error) {
	r, diags, err := readFile(name)
	if err != nil {
		return nil, err
	}
	printDiagnostics(diag, name, diags, lang)
	return r, nil
}

// readFile reads a report from a file, or from standard input for "-".
func readFile(name string) (*report.Report, []parse.Diagnostic, error) {
	if name == "-" {
		return batch.Read(name, os.Stdin)
	}
	return batch.ReadFile(name)
}

// readInput reads the bytes of a file, or of standard input for "-", up to
// the size limit of batch.ReadInput.
func readInput(name string) ([]byte, error) {
	if name == "-" {
		return batch.ReadInput(name, os.Stdin)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return batch.ReadInput(name, f)
}

// jsonDiagnostic is a diagnostic of the reader as the commands print it in
// JSON: its fields and its message in the language chosen.
type jsonDiagnostic struct {
	parse.Diagnostic
	Message string `json:"message"`
}

// printDiagnostics prints the warnings and errors of the reader of a
// published report on w, in language lang ("zh" or "en").
func printDiagnostics(w io.Writer, name string, diags []parse.Diagnostic, lang string) {
	for _, d := range diags {
		if d.Severity >= parse.Warning {
			fmt.Fprintf(w, "%s: %s %s: %s\n", name, d.Severity, d.Code, d.Message(lang))
		}
	}
}
