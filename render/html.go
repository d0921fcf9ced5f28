package render

import (
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/table"
)

// HTML writes r to w as an HTML fragment in language l, to embed in a
// portal page: one <article> element with a lang attribute, holding the
// title, the metadata, the six sections and the official tables with their
// merged cells (rowspan and colspan) as the format prints them. Every piece
// of the report's own text is escaped.
//
// The fragment carries no styles of its own: data cells have the class
// "num", and [CSS] is a style sheet for the classes used (it right-aligns
// the numbers and draws the table rules). Each data cell also names its
// report cell in a data-path attribute, such as
// data-path="table3.received.total".
//
// With [WithFindings] the article ends with a <section
// id="xxgk-appendix"> holding the findings in a <table class="xxgk-table
// xxgk-findings">, its figures in cells of class "num".
func HTML(w io.Writer, r *report.Report, l lang.Lang, opts ...Option) error {
	return writeHTML(w, r, l, false, opts)
}

// HTMLPage writes r to w as a standalone, printable HTML5 page in language
// l: the fragment of [HTML] in a page with its own style sheet ([CSS] and
// print rules), with the appendix [WithFindings] asks for.
func HTMLPage(w io.Writer, r *report.Report, l lang.Lang, opts ...Option) error {
	return writeHTML(w, r, l, true, opts)
}

// CSS is the style sheet of the standalone page, for portals that embed the
// fragment: it draws the tables' rules and right-aligns the numbers.
const CSS = `.xxgk-report{line-height:1.7;color:#111}
.xxgk-report h1{font-size:1.5em;text-align:center}
.xxgk-metadata{display:grid;grid-template-columns:max-content auto;gap:.2em 1.5em;margin:1em 0}
.xxgk-metadata dt{font-weight:bold}
.xxgk-metadata dd{margin:0}
.xxgk-table{border-collapse:collapse;margin:1em 0;font-size:.9em}
.xxgk-table th,.xxgk-table td{border:1px solid #333;padding:.25em .5em;vertical-align:middle}
.xxgk-table th{font-weight:normal;text-align:center;background:#f2f2f2}
.xxgk-table td.num{text-align:right;font-variant-numeric:tabular-nums;min-width:3em}
`

// PageCSS adds the page layout and print rules of the standalone page to
// [CSS]: the page of [HTMLPage] carries both.
const PageCSS = `body{margin:2em auto;max-width:64em;padding:0 1em;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
@media print{body{margin:0;max-width:none}.xxgk-table tr{break-inside:avoid}h2,h3{break-after:avoid}}
`

// writeHTML writes the fragment, or with page the standalone page, of r in
// language l. The document is built in a buffer and written to w at once.
// The fixed markup of the official tables comes ready-made from
// tableMarkup; only the report's own text and figures are escaped here.
func writeHTML(w io.Writer, r *report.Report, l lang.Lang, page bool, opts []Option) error {
	out := newWriter()
	d, err := newDocument(r, l, opts, out)
	if err != nil {
		return err
	}
	h := htmlWriter{buf: out.buf}
	textLang, titleLang := "", ""
	if l != lang.Chinese {
		textLang = lang.Chinese.Tag()
		if oneLine(r.Metadata.Title) != "" {
			titleLang = textLang
		}
	}
	if page {
		h.raw("<!DOCTYPE html>\n<html lang=\"")
		h.raw(l.Tag())
		h.raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
		h.text(oneLine(d.title))
		h.raw("</title>\n<style>\n" + CSS + PageCSS + "</style>\n</head>\n<body>\n")
	}
	h.raw("<article class=\"xxgk-report\" lang=\"")
	h.raw(l.Tag())
	h.raw("\">\n<h1")
	h.langAttr(titleLang)
	h.raw(">")
	h.text(oneLine(d.title))
	h.raw("</h1>")
	h.metadata(d.metadata, textLang)
	h.raw("\n")
	for _, p := range d.preamble {
		h.paragraph(p, textLang)
	}
	for _, s := range d.sections {
		h.section(s, l, textLang)
	}
	if d.appendix != nil {
		h.appendix(d.appendix)
	}
	h.raw("</article>\n")
	if page {
		h.raw("</body>\n</html>\n")
	}
	out.buf = h.buf
	return out.flush(w)
}

// htmlWriter builds an HTML document in a byte slice.
type htmlWriter struct {
	buf []byte
}

// raw appends markup as it is.
func (h *htmlWriter) raw(s string) { h.buf = append(h.buf, s...) }

// text appends text escaped for an HTML element or a quoted attribute value.
func (h *htmlWriter) text(s string) { h.buf = appendEscaped(h.buf, s) }

// langAttr appends a lang attribute, or nothing for an empty tag.
func (h *htmlWriter) langAttr(tag string) {
	if tag != "" {
		h.raw(" lang=\"")
		h.raw(tag)
		h.raw("\"")
	}
}

// metadata appends the metadata list, when there is one.
func (h *htmlWriter) metadata(fields []field, textLang string) {
	if len(fields) == 0 {
		return
	}
	h.raw("\n<dl class=\"xxgk-metadata\">")
	for _, f := range fields {
		h.raw("\n<dt")
		if f.reportLabel {
			h.langAttr(textLang)
		}
		h.raw(">")
		h.text(oneLine(f.label))
		h.raw("</dt><dd")
		if f.report {
			h.langAttr(textLang)
		}
		h.raw(">")
		h.text(oneLine(f.value))
		h.raw("</dd>")
	}
	h.raw("\n</dl>")
}

// paragraph appends a paragraph of user text, its lines joined with <br>;
// nothing when it has no text.
func (h *htmlWriter) paragraph(p, textLang string) {
	ls := printedLines(p, strings.TrimSpace)
	if len(ls) == 0 {
		return
	}
	h.raw("<p")
	h.langAttr(textLang)
	h.raw(">")
	for i, line := range ls {
		if i > 0 {
			h.raw("<br>")
		}
		h.text(line)
	}
	h.raw("</p>\n")
}

// section appends one of the six sections: its table, or its prose.
func (h *htmlWriter) section(s section, l lang.Lang, textLang string) {
	h.raw("<section id=\"xxgk-")
	h.raw(s.id.Key())
	h.raw("\">\n<h2>")
	h.text(s.heading)
	h.raw("</h2>\n")
	if s.grid != nil {
		h.table(s.grid, l)
	} else {
		if textLang != "" {
			h.raw("<div lang=\"" + textLang + "\">\n")
		}
		for _, p := range s.prose.Paragraphs {
			h.paragraph(p, "")
		}
		for _, sub := range s.prose.Subsections {
			h.raw("<h3>")
			h.text(oneLine(sub.Title))
			h.raw("</h3>\n")
			for _, p := range sub.Paragraphs {
				h.paragraph(p, "")
			}
		}
		if textLang != "" {
			h.raw("</div>\n")
		}
	}
	h.raw("</section>\n")
}

// table appends a filled official table: the ready-made markup of its
// layout in language l, with each data cell's value.
func (h *htmlWriter) table(g *table.Grid, l lang.Lang) {
	m := markupOf(g.Layout, l)
	for i, part := range m.parts {
		h.raw(part)
		if i < len(m.cells) {
			h.text(cellText(g, m.cells[i], l))
		}
	}
}

// appendix appends the appendix of validation results.
func (h *htmlWriter) appendix(a *appendix) {
	h.raw("<section id=\"xxgk-appendix\">\n<h2>")
	h.text(a.heading)
	h.raw("</h2>\n<p>")
	h.text(a.summary)
	h.raw("</p>\n")
	if t := a.table; t != nil && len(t.rows) > 0 {
		h.raw("<table class=\"xxgk-table xxgk-findings\">\n<thead>\n<tr>")
		for _, s := range t.header {
			h.raw("<th scope=\"col\">")
			h.text(s)
			h.raw("</th>")
		}
		h.raw("</tr>\n</thead>\n<tbody>\n")
		for _, row := range t.rows {
			h.raw("<tr>")
			for i, s := range row {
				if i < len(t.numeric) && t.numeric[i] {
					h.raw("<td class=\"num\">")
				} else {
					h.raw("<td>")
				}
				h.text(s)
				h.raw("</td>")
			}
			h.raw("</tr>\n")
		}
		h.raw("</tbody>\n</table>\n")
	}
	h.raw("</section>\n")
}

// appendEscaped appends s to b with the characters that are special in HTML
// text and quoted attribute values escaped (as html/template escapes them:
// <, >, &, both quotes and +), and NUL replaced by U+FFFD.
func appendEscaped(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		var repl string
		switch s[i] {
		case 0:
			repl = "\uFFFD"
		case '"':
			repl = "&#34;"
		case '&':
			repl = "&amp;"
		case '\'':
			repl = "&#39;"
		case '+':
			repl = "&#43;"
		case '<':
			repl = "&lt;"
		case '>':
			repl = "&gt;"
		default:
			continue
		}
		b = append(b, s[last:i]...)
		b = append(b, repl...)
		last = i + 1
	}
	return append(b, s[last:]...)
}

// tableMarkup is the HTML of an official table in one language, ready to
// print: the fixed parts between the data cells' values. parts[i] comes
// before the value of the layout cell cells[i]; the last part closes the
// table.
type tableMarkup struct {
	parts []string
	cells []int
}

// tableMarkups holds the markup of every layout in both languages, made
// once on first use.
var tableMarkups = sync.OnceValue(func() map[*table.Layout][2]*tableMarkup {
	out := map[*table.Layout][2]*tableMarkup{}
	for _, f := range report.Formats() {
		for _, lay := range table.Layouts(f) {
			out[lay] = [2]*tableMarkup{newTableMarkup(lay, lang.Chinese), newTableMarkup(lay, lang.English)}
		}
	}
	return out
})

// markupOf returns the markup of layout lay in language l.
func markupOf(lay *table.Layout, l lang.Lang) *tableMarkup {
	if m, ok := tableMarkups()[lay]; ok && int(l) < len(m) {
		return m[l]
	}
	return newTableMarkup(lay, l) // a layout not of package table's own
}

// newTableMarkup lays out a table as HTML rows in the order of the layout's
// cells, with merged cells as rowspan and colspan. A header cell is a row
// header (scope row or rowgroup) when a data cell shares one of its rows, a
// column header (col or colgroup) otherwise.
func newTableMarkup(lay *table.Layout, l lang.Lang) *tableMarkup {
	hasData := make([]bool, lay.Rows)
	for _, c := range lay.Cells {
		if c.Kind == table.Data && c.Row < lay.Rows {
			hasData[c.Row] = true
		}
	}
	m := &tableMarkup{}
	h := htmlWriter{}
	h.raw("<table class=\"xxgk-table\" id=\"xxgk-table-")
	h.text(lay.Section.Key())
	h.raw("\">\n<tbody>\n")
	for _, row := range lay.RowStarts() {
		h.raw("<tr>")
		for _, i := range row {
			c := lay.Cells[i]
			if c.Kind == table.Data {
				h.raw("<td class=\"num\"")
				h.span("colspan", c.ColSpan)
				h.raw(" data-path=\"")
				h.text(string(c.Path))
				h.raw("\">")
				m.parts = append(m.parts, string(h.buf))
				m.cells = append(m.cells, i)
				h.buf = h.buf[:0]
				h.raw("</td>")
				continue
			}
			h.raw("<th scope=\"")
			h.raw(headerScope(c, hasData))
			h.raw("\"")
			h.span("rowspan", c.RowSpan)
			h.span("colspan", c.ColSpan)
			h.raw(">")
			h.text(c.Label.In(l))
			h.raw("</th>")
		}
		h.raw("</tr>\n")
	}
	h.raw("</tbody>\n</table>\n")
	m.parts = append(m.parts, string(h.buf))
	return m
}

// span appends a rowspan or colspan attribute for a span over 1.
func (h *htmlWriter) span(name string, n int) {
	if n > 1 {
		h.raw(" " + name + "=\"" + strconv.Itoa(n) + "\"")
	}
}

// headerScope returns the scope attribute of a header cell.
func headerScope(c table.Cell, hasData []bool) string {
	for r := c.Row; r < c.Row+c.RowSpan && r < len(hasData); r++ {
		if hasData[r] {
			if c.RowSpan > 1 {
				return "rowgroup"
			}
			return "row"
		}
	}
	if c.ColSpan > 1 {
		return "colgroup"
	}
	return "col"
}
