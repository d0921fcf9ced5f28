package main

import (
	"flag"
	"io"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/render"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// renderCommand declares xxgk render.
func renderCommand() command {
	return command{
		name:    "render",
		args:    "FILE",
		summary: "print a report as Markdown, HTML, plain text or Word (.docx)",
		doc: `Prints a report (report JSON, or a published report as HTML or text)
as Markdown, HTML, plain text or a Word document laid out as an official
document (--to docx), its labels in the --lang language. A .docx is not
written to a terminal: say -o FILE or redirect the output. FILE "-" reads
standard input. With --validate the report is validated
(messages in the --lang language) and the document ends with an
appendix of the findings.

Exit status: 0 on success, findings or not, 1 when the document cannot be
written, 2 when the file cannot be read or the arguments are wrong.`,
		minArgs: 1, maxArgs: 1,
		new: func() runner {
			return &renderRunner{to: newChoice("md", renderFormNames()...), lang: lang.Chinese}
		},
	}
}

// renderFunc writes a report in one output form.
type renderFunc func(io.Writer, *report.Report, lang.Lang, ...render.Option) error

// renderForm is an output form of xxgk render: a name --to takes, the
// function that writes it, and whether it is binary (not written to a
// terminal).
type renderForm struct {
	name   string
	write  renderFunc
	binary bool
}

// renderForms lists the output forms of xxgk render, in the order of the
// help. A form is added by adding it here.
func renderForms() []renderForm {
	return []renderForm{
		{"md", render.Markdown, false},
		{"markdown", render.Markdown, false},
		{"html", render.HTML, false},
		{"text", render.Text, false},
		{"txt", render.Text, false},
		{"docx", render.DOCX, true},
	}
}

// renderFormNames lists the names --to takes.
func renderFormNames() []string {
	var names []string
	for _, f := range renderForms() {
		names = append(names, f.name)
	}
	return names
}

// renderRunner holds the flags of xxgk render.
type renderRunner struct {
	to           *choice
	lang         lang.Lang
	standalone   bool
	withFindings bool
	out          string
}

func (r *renderRunner) flags(fs *flag.FlagSet) {
	fs.Var(r.to, "to", "output form")
	fs.TextVar(&r.lang, "lang", lang.Chinese, "`zh|en` language of the labels (and of the findings with --validate)")
	fs.BoolVar(&r.standalone, "standalone", false, "with --to html: a whole printable page, not a fragment")
	fs.BoolVar(&r.withFindings, "validate", false, "validate the report and append the findings")
	fs.StringVar(&r.out, "o", "", "`FILE` write there instead of standard output")
}

func (r *renderRunner) run(e *env, args []string) int {
	form := r.form()
	if r.standalone && r.to.value != "html" {
		return e.usageError("--standalone goes with --to html")
	}
	if form.binary {
		if status := e.refuseBinary(form.name, r.out); status != 0 {
			return status
		}
	}
	rep, err := e.readReport(args[0], r.lang)
	if err != nil {
		return e.fail(2, err)
	}
	var opts []render.Option
	if r.withFindings {
		opts = append(opts, render.WithFindings(validate.Validate(rep, validate.Options{Language: r.lang})))
	}
	write := form.write
	if r.standalone {
		write = render.HTMLPage
	}
	if err := e.writeOutput(r.out, func(w io.Writer) error { return write(w, rep, r.lang, opts...) }); err != nil {
		return e.fail(1, err)
	}
	return 0
}

// form returns the output form chosen.
func (r *renderRunner) form() renderForm {
	forms := renderForms()
	for _, f := range forms {
		if f.name == r.to.value {
			return f
		}
	}
	return forms[0] // not reached: --to takes only the names of the forms
}
