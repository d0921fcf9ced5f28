package main

import (
	"encoding/json"
	"flag"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// parseCommand declares xxgk parse.
func parseCommand() command {
	return command{
		name:    "parse",
		args:    "FILE...",
		summary: "read published reports (HTML, text, Word or PDF) and print them as JSON",
		doc: `Reads published reports (an HTML page, text, a Word .docx or a PDF,
told apart by content; report JSON is read too) and prints each as report JSON, and what could
not be read, or was read with a doubt, on standard error. With --json,
prints one JSON array of {file, kind, encoding, report, diagnostics}
instead. FILE "-" reads standard input, named "<stdin>" in the output.

Exit status: 0 when every file was read without an error-severity
diagnostic, 1 when some cell or part could not be read, 2 when a file
cannot be read at all or the arguments are wrong.`,
		minArgs: 1, maxArgs: -1,
		new: func() runner { return &parseRunner{lang: lang.Chinese} },
	}
}

// parseRunner holds the flags of xxgk parse.
type parseRunner struct {
	asJSON bool
	lang   lang.Lang
}

func (p *parseRunner) flags(fs *flag.FlagSet) {
	fs.BoolVar(&p.asJSON, "json", false, "print one JSON array holding each report with its diagnostics")
	fs.TextVar(&p.lang, "lang", lang.Chinese, "`zh|en` language of the diagnostics")
}

// parsedFile is a file read by xxgk parse, as --json prints it.
type parsedFile struct {
	File        string           `json:"file"`
	Kind        string           `json:"kind"`
	Encoding    string           `json:"encoding"`
	Report      *report.Report   `json:"report"`
	Diagnostics []jsonDiagnostic `json:"diagnostics"`
}

func (p *parseRunner) run(e *env, args []string) int {
	results := []parsedFile{}
	status := 0
	for _, name := range args {
		res, err := e.read(name)
		if err != nil {
			status = e.fail(2, err)
			continue
		}
		if res.HasErrors() {
			status = max(status, 1)
		}
		file := displayName(name)
		if p.asJSON {
			diags := jsonDiagnostics(res.Diagnostics, validate.Info, p.lang)
			if diags == nil {
				diags = []jsonDiagnostic{} // "diagnostics": [], not null
			}
			results = append(results, parsedFile{File: file, Kind: res.Kind.String(), Encoding: res.Encoding,
				Report: res.Report, Diagnostics: diags})
			continue
		}
		printDiagnostics(e.stderr, file, res.Diagnostics, validate.Info, p.lang)
		if err := report.WriteJSON(e.stdout, res.Report); err != nil {
			return e.fail(2, err)
		}
	}
	if p.asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false) // "<stdin>" as it is, as in validate --json
		if err := enc.Encode(results); err != nil {
			return e.fail(2, err)
		}
	}
	return status
}
