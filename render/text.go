package render

import (
	"io"
	"strings"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// Text writes r to w as fixed-width plain text in language l, for terminals
// and plain-text mail: headings underlined, the metadata and each official
// table in aligned columns drawn with ASCII lines. Widths count display
// columns (a CJK character takes two), so the tables line up in a terminal
// with a monospaced font. Paragraphs are not wrapped. With [WithFindings]
// the document ends with an appendix section of the findings.
func Text(w io.Writer, r *report.Report, l lang.Lang, opts ...Option) error {
	d, err := newDocument(r, l, opts)
	if err != nil {
		return err
	}
	out := &writer{w: w}
	textHeading(out, oneLine(d.title), "=")
	if len(d.metadata) > 0 {
		labels := make([]string, len(d.metadata))
		width := 0
		for i, f := range d.metadata {
			labels[i] = oneLine(f.label)
			width = max(width, displayWidth(labels[i]))
		}
		out.str("\n")
		for i, f := range d.metadata {
			out.str(strings.TrimRight(padRight(labels[i], width)+"  "+oneLine(f.value), " ") + "\n")
		}
	}
	textParagraphs(out, d.preamble)
	for _, s := range d.sections {
		out.str("\n")
		textHeading(out, oneLine(s.heading), "-")
		if s.grid != nil {
			for _, t := range flatTables(s.grid, l) {
				if t.caption != "" {
					out.str("\n" + t.caption + "\n")
				}
				if t.note != "" {
					out.str("\n" + t.note + "\n")
				}
				textTable(out, t)
			}
			continue
		}
		textParagraphs(out, s.prose.Paragraphs)
		for _, sub := range s.prose.Subsections {
			out.str("\n" + oneLine(sub.Title) + "\n")
			textParagraphs(out, sub.Paragraphs)
		}
	}
	if a := d.appendix; a != nil {
		out.str("\n")
		textHeading(out, a.heading, "-")
		out.str("\n" + a.summary + "\n")
		if a.table != nil {
			textTable(out, *a.table)
		}
	}
	return out.err
}

// textHeading writes a heading underlined with rule to its display width.
func textHeading(out *writer, s, rule string) {
	out.str(s + "\n" + strings.Repeat(rule, max(displayWidth(s), 1)) + "\n")
}

// textParagraphs writes paragraphs separated by blank lines, each line as
// written; empty paragraphs are left out.
func textParagraphs(out *writer, paragraphs []string) {
	for _, p := range paragraphs {
		var ls []string
		for _, line := range lines(p) {
			if line = strings.TrimRight(line, " \t"); line != "" {
				ls = append(ls, line)
			}
		}
		if len(ls) > 0 {
			out.str("\n" + strings.Join(ls, "\n") + "\n")
		}
	}
}

// textTable writes a table framed with ASCII lines:
//
//	+------+-----+
//	| 规章 |   0 |
//	+------+-----+
func textTable(out *writer, t flatTable) {
	rows := append([][]string{t.header}, t.rows...)
	widths := columnWidths(rows, 1)
	rule := func(c string) {
		var b strings.Builder
		b.WriteString("+")
		for _, w := range widths {
			b.WriteString(strings.Repeat(c, w+2) + "+")
		}
		out.str(b.String() + "\n")
	}
	line := func(cells []string) {
		var b strings.Builder
		b.WriteString("|")
		for i, w := range widths {
			s := ""
			if i < len(cells) {
				s = cells[i]
			}
			if i < len(t.numeric) && t.numeric[i] {
				s = padLeft(s, w)
			} else {
				s = padRight(s, w)
			}
			b.WriteString(" " + s + " |")
		}
		out.str(b.String() + "\n")
	}
	out.str("\n")
	rule("-")
	line(rows[0])
	rule("=")
	for _, r := range rows[1:] {
		line(r)
	}
	rule("-")
}
