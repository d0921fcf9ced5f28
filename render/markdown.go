package render

import (
	"io"
	"strings"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// Markdown writes r to w as GitHub-flavoured Markdown in language l: the
// title as a heading, the metadata as a table, the six sections in order.
// Each official table becomes one or more plain Markdown tables whose
// column titles join the labels of merged headers (法人或其他组织·商业企业).
// Columns are padded by display width (a CJK character counts two), so the
// source lines up in a terminal. User text is escaped: it cannot start a
// heading, a list, a block of HTML or a new table cell. With [WithFindings]
// the document ends with an appendix section of the findings.
func Markdown(w io.Writer, r *report.Report, l lang.Lang, opts ...Option) error {
	out := newWriter()
	d, err := newDocument(r, l, opts, out)
	if err != nil {
		return err
	}
	fg := &out.grid
	fg.style = &markdownStyle
	out.str("# " + mdInline(d.title) + "\n")
	if len(d.metadata) > 0 {
		out.str("\n")
		mdTable(out, metadataTable(d))
	}
	mdParagraphs(out, d.preamble)
	for _, s := range d.sections {
		out.str("\n## " + mdInline(s.heading) + "\n")
		if s.grid != nil {
			fg.setValues(s.grid, l)
			views := flatViewsOf(s.grid.Layout, styleMarkdown, l)
			for i := range views {
				out.str(views[i].intro)
				mdRows(out, fg.table(&views[i]))
			}
			continue
		}
		mdParagraphs(out, s.prose.Paragraphs)
		for _, sub := range s.prose.Subsections {
			out.str("\n### " + mdInline(sub.Title) + "\n")
			mdParagraphs(out, sub.Paragraphs)
		}
	}
	if a := d.appendix; a != nil {
		out.str("\n## " + mdInline(a.heading) + "\n\n" + mdEscapeLine(a.summary) + "\n")
		if a.table != nil {
			out.str("\n")
			mdTable(out, *a.table)
		}
	}
	return out.flush(w)
}

// mdParagraphs writes paragraphs of user text, each line escaped, line
// breaks kept as hard breaks. Empty paragraphs are left out.
func mdParagraphs(out *writer, paragraphs []string) {
	for _, p := range paragraphs {
		if isPlainLine(p) { // one line: no need to split it
			if line := mdEscapeLine(p); line != "" {
				out.str("\n")
				out.str(line)
				out.str("\n")
			}
			continue
		}
		ls := printedLines(p, mdEscapeLine)
		if len(ls) == 0 {
			continue
		}
		out.str("\n")
		for i, line := range ls {
			if i > 0 {
				out.str("\\\n")
			}
			out.str(line)
		}
		out.str("\n")
	}
}

// mdInline returns text escaped for a single line of Markdown inside a
// heading or emphasis, where no block can start.
func mdInline(s string) string {
	return mdEscape(oneLine(s))
}

// EscapeMarkdown returns s for use inside a line of Markdown (a table
// cell, a heading, a list item), printing s as it is: on one line, and with
// the characters that open emphasis, code, a link, HTML or a table cell
// escaped with a backslash. For a program that writes its own Markdown
// around the report's text (package compare does).
func EscapeMarkdown(s string) string { return mdInline(s) }

// mdCell returns text escaped for a cell of a Markdown table: pipes escaped,
// line breaks written as <br>.
func mdCell(s string) string {
	if isPlainLine(s) {
		return mdEscape(strings.TrimSpace(s))
	}
	return strings.Join(printedLines(s, func(line string) string { return mdEscape(strings.TrimSpace(line)) }), "<br>")
}

// mdSpecial lists the characters that are escaped wherever they appear.
const mdSpecial = "\\`*_[]<>#|~&$!"

// mdEscapeLine escapes one line of text so that Markdown prints it as it
// is: the characters of mdSpecial anywhere (see [mdEscape]), and the
// markers that start a block at the start of the line ("-", "+", "=", and
// "1." or "1)" before a space). Leading and trailing spaces are dropped
// (they would start code or a hard break).
func mdEscapeLine(s string) string {
	s = strings.Trim(s, " \t")
	switch {
	case s == "":
		return ""
	case s[0] == '-' || s[0] == '+' || s[0] == '=':
		return "\\" + mdEscape(s)
	}
	digits := 0
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')') &&
		(digits+1 == len(s) || s[digits+1] == ' ' || s[digits+1] == '\t') {
		return s[:digits] + "\\" + mdEscape(s[digits:])
	}
	return mdEscape(s)
}

// mdEscape escapes the characters of mdSpecial with a backslash, so that
// no text can open emphasis, code, a link, HTML or a table cell.
func mdEscape(s string) string {
	special := false
	for i := 0; i < len(s) && !special; i++ {
		special = byteClass[s[i]]&classMdSpecial != 0
	}
	if !special {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		if strings.ContainsRune(mdSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// markdownStyle is how Markdown prints the cells of a table.
var markdownStyle = flatStyle{
	escape: mdCell,
	min:    3,
	intro: func(caption, note string) string {
		s := ""
		if caption != "" {
			s += "\n**" + mdInline(caption) + "**\n"
		}
		if note != "" {
			s += "\n" + mdEscapeLine(oneLine(note)) + "\n"
		}
		return s + "\n"
	},
	plain: func(c byte) bool { return c > ' ' && c < 0x7f && byteClass[c]&classMdSpecial == 0 },
}

// mdTable writes a table padded by display width; numeric columns are
// right-aligned.
func mdTable(out *writer, t flatTable) {
	e := escapedCells(t, mdCell, 3)
	mdRows(out, &e)
}

// mdRows writes an escaped table: its header, the line under it, its rows.
func mdRows(out *writer, t *escapedTable) {
	out.buf = t.appendRow(out.buf, t.rows[0])
	out.buf = append(out.buf, '|')
	for i, w := range t.widths {
		out.buf = append(out.buf, ' ')
		if t.isNumeric(i) {
			out.buf = appendRepeat(out.buf, '-', w-1)
			out.buf = append(out.buf, ": |"...)
		} else {
			out.buf = appendRepeat(out.buf, '-', w)
			out.buf = append(out.buf, " |"...)
		}
	}
	out.buf = append(out.buf, '\n')
	for _, r := range t.rows[1:] {
		out.buf = t.appendRow(out.buf, r)
	}
}
