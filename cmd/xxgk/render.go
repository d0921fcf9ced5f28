package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/opengov-cn/xxgk/render"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
	"golang.org/x/text/language"
)

const renderUsage = "usage: xxgk render --to md|html|text|docx [--lang zh|en] [--standalone] [--validate] [-o OUT] FILE"

// runRender prints a report file (JSON, or published HTML or text) as
// Markdown, HTML, plain text or a Word document (.docx), to standard output
// or with -o to the file OUT. A .docx is not written to a terminal. FILE
// "-" reads standard input. With
// --validate the report is validated (messages in the --lang language) and
// the document ends with an appendix of the findings. The exit status is 0
// on success, findings or not, 1 when the report cannot be written, and 2
// when the file cannot be read or the arguments are wrong.
func runRender(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	to := fs.String("to", "", "output form: md, html, text or docx")
	outFile := fs.String("o", "", "write to this file, not standard output")
	lang := fs.String("lang", "zh", "label language: zh or en")
	standalone := fs.Bool("standalone", false, "with --to html: a whole printable page, not a fragment")
	withFindings := fs.Bool("validate", false, "validate the report and append the findings")
	// Flags may come before or after FILE.
	var files []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			fmt.Fprintln(stderr, "xxgk render:", err)
			fmt.Fprintln(stderr, renderUsage)
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(files) != 1 {
		fmt.Fprintln(stderr, renderUsage)
		return 2
	}
	l, err := render.ParseLang(*lang)
	if err != nil {
		fmt.Fprintln(stderr, "xxgk render:", err)
		fmt.Fprintln(stderr, renderUsage)
		return 2
	}
	var fn func(io.Writer, *report.Report, render.Lang, ...render.Option) error
	switch *to {
	case "md", "markdown":
		fn = render.Markdown
	case "html":
		fn = render.HTML
		if *standalone {
			fn = render.HTMLPage
		}
	case "text", "txt":
		fn = render.Text
	case "docx":
		fn = render.DOCX
		if *outFile == "" && isTerminal(stdout) {
			fmt.Fprintln(stderr, "xxgk render: not writing a .docx to a terminal: use -o FILE or redirect the output")
			return 2
		}
	default:
		fmt.Fprintf(stderr, "xxgk render: --to must be md, html, text or docx, not %q\n", *to)
		fmt.Fprintln(stderr, renderUsage)
		return 2
	}
	if *standalone && *to != "html" {
		fmt.Fprintln(stderr, "xxgk render: --standalone goes with --to html")
		return 2
	}

	r, err := readReport(files[0], stderr, *lang)
	if err != nil {
		fmt.Fprintln(stderr, "xxgk render:", err)
		return 2
	}
	var opts []render.Option
	if *withFindings {
		tag := language.SimplifiedChinese
		if l == render.English {
			tag = language.English
		}
		opts = append(opts, render.WithFindings(validate.Validate(r, validate.Options{Language: tag})))
	}
	if *outFile == "" {
		if err := fn(stdout, r, l, opts...); err != nil {
			fmt.Fprintln(stderr, "xxgk render:", err)
			return 1
		}
		return 0
	}
	// Render in memory first, so that a failure leaves no partial file.
	var b bytes.Buffer
	if err := fn(&b, r, l, opts...); err != nil {
		fmt.Fprintln(stderr, "xxgk render:", err)
		return 1
	}
	if err := os.WriteFile(*outFile, b.Bytes(), 0o644); err != nil {
		fmt.Fprintln(stderr, "xxgk render:", err)
		return 1
	}
	return 0
}
