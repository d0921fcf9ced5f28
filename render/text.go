package render

import (
	"io"
	"strings"
	"unicode/utf8"

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
	out := newWriter()
	d, err := newDocument(r, l, opts, out)
	if err != nil {
		return err
	}
	fg := &out.grid
	fg.style = &textStyle
	textHeading(out, oneLine(d.title), '=')
	if len(d.metadata) > 0 {
		labels := make([]string, len(d.metadata))
		width := 0
		for i, f := range d.metadata {
			labels[i] = oneLine(f.label)
			width = max(width, displayWidth(labels[i]))
		}
		out.str("\n")
		for i, f := range d.metadata {
			value := oneLine(f.value)
			if value == "" {
				out.str(labels[i] + "\n")
				continue
			}
			out.buf = appendPadded(out.buf, labels[i], displayWidth(labels[i]), width, false)
			out.str("  " + value + "\n")
		}
	}
	textParagraphs(out, d.preamble)
	for _, s := range d.sections {
		out.str("\n")
		textHeading(out, oneLine(s.heading), '-')
		if s.grid != nil {
			fg.setValues(s.grid, l)
			views := flatViewsOf(s.grid.Layout, styleText, l)
			for i := range views {
				out.str(views[i].intro)
				textRows(out, fg.table(&views[i]))
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
		textHeading(out, a.heading, '-')
		out.str("\n" + a.summary + "\n")
		if a.table != nil {
			textTable(out, *a.table)
		}
	}
	return out.flush(w)
}

// textHeading writes a heading underlined with rule to its display width.
func textHeading(out *writer, s string, rule byte) {
	out.str(s)
	out.buf = append(out.buf, '\n')
	out.buf = appendRepeat(out.buf, rule, max(displayWidth(s), 1))
	out.buf = append(out.buf, '\n')
}

// textParagraphs writes paragraphs separated by blank lines, each line as
// written; empty paragraphs are left out.
func textParagraphs(out *writer, paragraphs []string) {
	for _, p := range paragraphs {
		if isPlainLine(p) { // one line: no need to split it
			if line := strings.TrimRight(p, " \t"); line != "" {
				out.str("\n")
				out.str(line)
				out.str("\n")
			}
			continue
		}
		ls := printedLines(p, func(line string) string { return strings.TrimRight(line, " \t") })
		if len(ls) == 0 {
			continue
		}
		out.str("\n")
		for _, line := range ls {
			out.str(line)
			out.str("\n")
		}
	}
}

// textStyle is how plain text prints the cells of a table: as they are.
var textStyle = flatStyle{
	escape: func(s string) string { return s },
	min:    1,
	intro: func(caption, note string) string {
		s := ""
		if caption != "" {
			s += "\n" + caption + "\n"
		}
		if note != "" {
			s += "\n" + note + "\n"
		}
		return s
	},
	plain: func(c byte) bool { return c < utf8.RuneSelf },
}

// textTable writes a table framed with ASCII lines:
//
//	+------+-----+
//	| 规章 |   0 |
//	+------+-----+
func textTable(out *writer, t flatTable) {
	e := escapedCells(t, textStyle.escape, textStyle.min)
	textRows(out, &e)
}

// textRows writes an escaped table framed with ASCII lines.
func textRows(out *writer, t *escapedTable) {
	rule := func(c byte) {
		out.buf = append(out.buf, '+')
		for _, w := range t.widths {
			out.buf = appendRepeat(out.buf, c, w+2)
			out.buf = append(out.buf, '+')
		}
		out.buf = append(out.buf, '\n')
	}
	out.str("\n")
	rule('-')
	out.buf = t.appendRow(out.buf, t.rows[0])
	rule('=')
	for _, r := range t.rows[1:] {
		out.buf = t.appendRow(out.buf, r)
	}
	rule('-')
}
