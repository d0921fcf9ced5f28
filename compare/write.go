package compare

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/opengov-cn/xxgk/internal/sheet"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/render"
	"github.com/opengov-cn/xxgk/report"
	"github.com/shopspring/decimal"
)

// Form is an output form of a comparison.
type Form uint8

const (
	// Markdown is GitHub-flavoured Markdown: a heading and a table for each
	// section.
	Markdown Form = iota + 1
	// HTML is a standalone HTML5 page with the look of render.HTMLPage
	// (render.CSS and render.PageCSS), no script and no external asset.
	HTML
	// CSV is one table for a spreadsheet: a row for each cell and figure,
	// values as printed ("" for a blank, "/" for not applicable).
	CSV
	// JSON is the comparison as data: values as printed strings, a cell a
	// format lacks as null.
	JSON
	// DOCX is a Word document (.docx) in the house style of render.DOCX
	// (GB/T 9704-2012: A4, 仿宋 三号 text, 黑体 headings, 宋体 小五 tables),
	// written through render.WriteDOCXDocument: the metadata, then a
	// heading and a table for each section, its header row repeated on
	// every page, the figures right-aligned. Changes are marked ▲ and ▼ as
	// in the other forms; a blank cell is in italics on grey, a cell a
	// format lacks on grey, and "not comparable" in italics, so that none
	// looks like a zero. The chart of the HTML page is not drawn. It is
	// binary: a zip package.
	DOCX
)

// ErrForm is returned (wrapped) by [ParseForm] for a name that is not an
// output form, and by the writers for a Form out of range.
var ErrForm = errors.New("unknown output form")

// ParseForm reads an output form's name: "md" (or "markdown"), "html",
// "csv", "json" or "docx".
func ParseForm(s string) (Form, error) {
	switch strings.ToLower(s) {
	case "md", "markdown":
		return Markdown, nil
	case "html":
		return HTML, nil
	case "csv":
		return CSV, nil
	case "json":
		return JSON, nil
	case "docx":
		return DOCX, nil
	}
	return 0, fmt.Errorf("%w %q (want md, html, csv, json or docx)", ErrForm, s)
}

// WriteDiff writes a comparison of two reports to w in form f and language
// l.
func WriteDiff(w io.Writer, d *Comparison, f Form, l lang.Lang) error {
	if d == nil {
		return fmt.Errorf("compare: write: %w", ErrNoReport)
	}
	switch f {
	case JSON:
		return writeJSON(w, diffJSON(d, l))
	case CSV:
		return diffCSV(w, d, l)
	}
	return writeDocs(w, []*document{comparisonDoc(d, l)}, f, l)
}

// WriteTables writes tables of many reports to w in form f and language l:
// Markdown documents one after the other, one HTML page with an <article>
// for each table, CSV tables separated by an empty line, a JSON array (a
// single object for a single table), and one .docx (see [DOCX]) holding the
// tables one after the other, each under its title.
func WriteTables(w io.Writer, tables []*Table, f Form, l lang.Lang) error {
	for i, t := range tables {
		if t == nil {
			return fmt.Errorf("compare: write: table %d: %w", i+1, ErrNoReport)
		}
	}
	if f == JSON {
		out := []tableOut{}
		for _, t := range tables {
			out = append(out, tableJSON(t, l))
		}
		if len(out) == 1 {
			return writeJSON(w, out[0])
		}
		return writeJSON(w, out)
	}
	if f == CSV {
		for i, t := range tables {
			if i > 0 {
				if _, err := io.WriteString(w, "\n"); err != nil {
					return err
				}
			}
			if err := tableCSV(w, t, l); err != nil {
				return err
			}
		}
		return nil
	}
	var docs []*document
	for _, t := range tables {
		docs = append(docs, tableDoc(t, l))
	}
	return writeDocs(w, docs, f, l)
}

func writeDocs(w io.Writer, docs []*document, f Form, l lang.Lang) error {
	var b strings.Builder
	switch f {
	case Markdown:
		for i, d := range docs {
			if i > 0 {
				b.WriteString("\n")
			}
			writeMarkdown(&b, d)
		}
	case HTML:
		writeHTMLPage(&b, docs, l)
	case DOCX:
		return writeDOCX(w, docs, l)
	default:
		return fmt.Errorf("compare: write: %w %d", ErrForm, f)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Markdown.

func writeMarkdown(b *strings.Builder, d *document) {
	b.WriteString("# " + render.EscapeMarkdown(d.title) + "\n\n")
	for _, m := range d.meta {
		b.WriteString("- " + render.EscapeMarkdown(m[0]) + ": " + render.EscapeMarkdown(m[1]) + "\n")
	}
	for _, s := range d.sections {
		b.WriteString("\n## " + render.EscapeMarkdown(s.heading) + "\n\n")
		b.WriteString("|")
		for _, h := range s.header {
			b.WriteString(" " + render.EscapeMarkdown(h) + " |")
		}
		b.WriteString("\n|")
		for i := range s.header {
			if i == 0 {
				b.WriteString(" --- |")
			} else {
				b.WriteString(" ---: |")
			}
		}
		b.WriteString("\n")
		for _, row := range s.rows {
			b.WriteString("|")
			for _, c := range row {
				t := render.EscapeMarkdown(c.text)
				if c.class == "blank" || c.class == "absent" {
					t = "*" + t + "*"
				}
				b.WriteString(" " + t + " |")
			}
			b.WriteString("\n")
		}
		if len(s.notes) > 0 {
			b.WriteString("\n")
			for _, n := range s.notes {
				b.WriteString("- " + render.EscapeMarkdown(n) + "\n")
			}
		}
	}
	for _, n := range d.notes {
		b.WriteString("\n" + render.EscapeMarkdown(n) + "\n")
	}
}

// HTML.

// compareCSS styles what the comparison adds to the report page's look:
// changes up and down, blank cells unlike zeros, and the chart.
const compareCSS = `.xxgk-compare td.up{color:#0b6b2e}
.xxgk-compare td.down{color:#b3261e}
.xxgk-compare td.same{color:#555}
.xxgk-compare td.nc{color:#777;font-style:italic;text-align:right}
.xxgk-compare td.blank{color:#8a6d00;font-style:italic;text-align:right;background:repeating-linear-gradient(135deg,#fff8e1 0 6px,#fff 6px 12px)}
.xxgk-compare td.na{text-align:right;color:#555}
.xxgk-compare td.absent{color:#999;text-align:center;background:#eee}
.xxgk-compare th[scope=row]{text-align:left}
.xxgk-compare th[scope=col],.xxgk-compare td{white-space:nowrap}
.xxgk-compare .xxgk-notes{font-size:.85em;color:#444}
.xxgk-chart{margin:1em 0;display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start}
.xxgk-chart figcaption{flex-basis:100%;font-weight:bold}
.xxgk-panel{border:1px solid #ccc;background:#fff;font-size:12px}
.xxgk-panel .xxgk-panel-title{font-size:12px;fill:#111}
.xxgk-panel .xxgk-axis{stroke:#333;stroke-width:1}
.xxgk-panel .xxgk-line{fill:none;stroke:#1f5fa8;stroke-width:2}
.xxgk-panel .xxgk-mark{fill:#1f5fa8;stroke:#fff;stroke-width:1}
.xxgk-panel .xxgk-mark-missing{fill:#fff;stroke:#8a6d00;stroke-width:1.5;stroke-dasharray:2 2}
.xxgk-panel .xxgk-value{fill:#111;font-size:11px}
.xxgk-panel .xxgk-year{fill:#444;font-size:11px}
`

func writeHTMLPage(b *strings.Builder, docs []*document, l lang.Lang) {
	title := ""
	if len(docs) > 0 {
		title = docs[0].title
	}
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + l.Tag() + "\">\n<head>\n<meta charset=\"utf-8\">\n" +
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + html.EscapeString(title) + "</title>\n<style>\n" +
		render.CSS + render.PageCSS + compareCSS + "</style>\n</head>\n<body>\n")
	for _, d := range docs {
		writeHTMLArticle(b, d)
	}
	b.WriteString("</body>\n</html>\n")
}

func writeHTMLArticle(b *strings.Builder, d *document) {
	esc := html.EscapeString
	b.WriteString(`<article class="xxgk-report xxgk-compare" lang="` + d.lang.Tag() + "\">\n<h1>" + esc(d.title) + "</h1>\n")
	if len(d.meta) > 0 {
		b.WriteString("<dl class=\"xxgk-metadata\">\n")
		for _, m := range d.meta {
			b.WriteString("<dt>" + esc(m[0]) + "</dt><dd>" + esc(m[1]) + "</dd>\n")
		}
		b.WriteString("</dl>\n")
	}
	if d.chart != nil {
		d.chart.svg(b)
	}
	for _, s := range d.sections {
		b.WriteString(`<section id="` + esc(s.id) + "\">\n<h2>" + esc(s.heading) + "</h2>\n")
		b.WriteString("<table class=\"xxgk-table\">\n<thead>\n<tr>")
		for _, h := range s.header {
			b.WriteString(`<th scope="col">` + esc(h) + "</th>")
		}
		b.WriteString("</tr>\n</thead>\n<tbody>\n")
		for _, row := range s.rows {
			b.WriteString("<tr>")
			for i, c := range row {
				if i == 0 {
					b.WriteString(`<th scope="row">` + esc(c.text) + "</th>")
					continue
				}
				b.WriteString("<td")
				if c.class != "" {
					b.WriteString(` class="` + c.class + `"`)
				}
				if c.path != "" {
					b.WriteString(` data-path="` + esc(c.path) + `"`)
				}
				if c.title != "" {
					b.WriteString(` title="` + esc(c.title) + `"`)
				}
				b.WriteString(">" + esc(c.text) + "</td>")
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("</tbody>\n</table>\n")
		if len(s.notes) > 0 {
			b.WriteString("<ul class=\"xxgk-notes\">\n")
			for _, n := range s.notes {
				b.WriteString("<li>" + esc(n) + "</li>\n")
			}
			b.WriteString("</ul>\n")
		}
		b.WriteString("</section>\n")
	}
	for _, n := range d.notes {
		b.WriteString("<p class=\"xxgk-notes\">" + esc(n) + "</p>\n")
	}
	b.WriteString("</article>\n")
}

// CSV.

var (
	txtPart   = lang.Text{Zh: "部分", En: "part"}
	txtPath   = lang.Text{Zh: "路径", En: "path"}
	txtStatus = lang.Text{Zh: "状态", En: "status"}
	txtReason = lang.Text{Zh: "原因", En: "reason"}
)

// diffCSV writes a comparison as one CSV table: a row for each cell
// compared, each derived figure and each cell without counterpart. Values
// are as printed ("" for a blank, "/" for not applicable); changes are
// plain decimals, relative changes and figures fractions (0.1538).
func diffCSV(w io.Writer, d *Comparison, l lang.Lang) error {
	heads := columnHeads([]Column{d.Prev, d.Cur}, l)
	cw := csv.NewWriter(w)
	write := func(rec ...string) { _ = cw.Write(guard(rec)) }
	write(txtPart.In(l), txtPath.In(l), txtItem.In(l), heads[0], heads[1], txtChange.In(l), txtRelative.In(l), txtStatus.In(l), txtReason.In(l))
	for i := range d.Lines {
		ln := &d.Lines[i]
		ch, rel := "", ""
		if ln.Status != NotComparable {
			ch = ln.Change.String()
		}
		if ln.HasRelative {
			rel = ln.Relative.StringFixed(RelativePlaces)
		}
		write(sectionHeading(tableSection(&ln.Cell), d.Cur.Format, l), string(ln.Cell.Path), ln.Label(l),
			ln.Prev.String(), ln.Cur.String(), ch, rel, ln.Status.Label(l), ln.Reason.Label(l))
	}
	for _, fc := range d.Figures {
		ch := ""
		if fc.Status != NotComparable {
			ch = fc.Change.StringFixed(RatioPlaces)
		}
		write(txtFigures.In(l), "figure."+fc.Figure.Key(), fc.Figure.Label(l), figureFraction(fc.Prev), figureFraction(fc.Cur),
			ch, "", fc.Status.Label(l), fc.Reason.Label(l))
	}
	for _, u := range d.OnlyPrev {
		write(txtOnly.Sprintf(txtEarlier.In(l), formatName(d.Prev.Format, l)).In(l), string(u.Cell.Path), u.Label(l), u.Value.String(), "", "", "", "", "")
	}
	for _, u := range d.OnlyCur {
		write(txtOnly.Sprintf(txtLater.In(l), formatName(d.Cur.Format, l)).In(l), string(u.Cell.Path), u.Label(l), "", u.Value.String(), "", "", "", "")
	}
	cw.Flush()
	return cw.Error()
}

// tableCSV writes a table as CSV: a row for each cell and figure, a column
// for each report. A cell the report's format lacks says so in words, so
// that it is told from a blank (""). In a table that mixes the formats, the
// 2019 row （六）其他处理 holds in a 2021 column the sum of its three rows (the
// JSON form names the cells summed).
func tableCSV(w io.Writer, t *Table, l lang.Lang) error {
	cw := csv.NewWriter(w)
	write := func(rec []string) { _ = cw.Write(guard(rec)) }
	write(append([]string{txtPart.In(l), txtPath.In(l), txtItem.In(l)}, columnHeads(t.Columns, l)...))
	newest := report.Format2019
	for _, c := range t.Columns {
		newest = max(newest, c.Format)
	}
	for i := range t.Rows {
		r := &t.Rows[i]
		rec := []string{sectionHeading(tableSection(&r.Cell), newest, l), string(r.Cell.Path), r.Label(l)}
		for _, e := range r.Entries {
			if e.Absent {
				rec = append(rec, txtAbsent.In(l))
				continue
			}
			rec = append(rec, e.Value.String())
		}
		write(rec)
	}
	for _, fr := range t.Figures {
		rec := []string{txtFigures.In(l), "figure." + fr.Figure.Key(), fr.Figure.Label(l)}
		for _, v := range fr.Values {
			rec = append(rec, figureFraction(v))
		}
		write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// figureFraction is a figure as CSV holds it: the fraction, or "" when it
// is not computable.
func figureFraction(v FigureValue) string {
	if !v.OK {
		return ""
	}
	return v.Value.StringFixed(RatioPlaces)
}

// guard keeps text fields from being read as formulas; figures (a signed
// change such as "-3") are left as they are.
func guard(rec []string) []string {
	for i, s := range rec {
		if s == "" || report.IsPlainDecimal(strings.TrimPrefix(s, "+")) {
			continue
		}
		rec[i] = sheet.Text(s)
	}
	return rec
}

// JSON.

type columnOut struct {
	Body      string `json:"body"`
	Year      int    `json:"year"`
	Format    string `json:"format"`
	Aggregate bool   `json:"aggregate,omitempty"`
}

func columnJSON(c Column) columnOut {
	return columnOut{Body: c.Body, Year: c.Year, Format: c.Format.Key(), Aggregate: c.Aggregate}
}

type lineOut struct {
	Path         string        `json:"path"`
	Label        string        `json:"label"`
	Earlier      string        `json:"earlier"`
	Later        string        `json:"later"`
	EarlierParts []report.Path `json:"earlier_parts,omitempty"`
	LaterParts   []report.Path `json:"later_parts,omitempty"`
	Status       string        `json:"status"`
	Reason       string        `json:"reason,omitempty"`
	Change       *string       `json:"change"`
	Relative     *string       `json:"relative_change"`
}

type unmatchedOut struct {
	Path  string `json:"path"`
	Label string `json:"label"`
	Value string `json:"value"`
}

type figureOut struct {
	Key       string        `json:"key"`
	Label     string        `json:"label"`
	Value     *string       `json:"value"`
	Numerator *int64        `json:"numerator,omitempty"`
	Base      *int64        `json:"base,omitempty"`
	Missing   []report.Path `json:"missing,omitempty"`
	ZeroBase  bool          `json:"zero_base,omitempty"`
}

type figureChangeOut struct {
	Key     string    `json:"key"`
	Label   string    `json:"label"`
	Earlier figureOut `json:"earlier"`
	Later   figureOut `json:"later"`
	Status  string    `json:"status"`
	Reason  string    `json:"reason,omitempty"`
	Change  *string   `json:"change"`
}

type diffOut struct {
	Earlier     columnOut         `json:"earlier"`
	Later       columnOut         `json:"later"`
	Cells       []lineOut         `json:"cells"`
	OnlyEarlier []unmatchedOut    `json:"only_earlier"`
	OnlyLater   []unmatchedOut    `json:"only_later"`
	Figures     []figureChangeOut `json:"figures"`
}

func decString(d decimal.Decimal) *string {
	s := d.String()
	return &s
}

func figureJSON(v FigureValue, l lang.Lang) figureOut {
	o := figureOut{Key: v.Figure.Key(), Label: v.Figure.Label(l), Missing: v.Missing, ZeroBase: v.ZeroBase}
	if v.OK || v.ZeroBase {
		n, b := v.Numerator, v.Base
		o.Numerator, o.Base = &n, &b
	}
	if v.OK {
		s := v.Value.StringFixed(RatioPlaces)
		o.Value = &s
	}
	return o
}

func diffJSON(d *Comparison, l lang.Lang) diffOut {
	out := diffOut{Earlier: columnJSON(d.Prev), Later: columnJSON(d.Cur),
		Cells: []lineOut{}, OnlyEarlier: []unmatchedOut{}, OnlyLater: []unmatchedOut{}}
	for i := range d.Lines {
		ln := &d.Lines[i]
		o := lineOut{Path: string(ln.Cell.Path), Label: ln.Label(l), Earlier: ln.Prev.String(), Later: ln.Cur.String(),
			EarlierParts: ln.PrevParts, LaterParts: ln.CurParts, Status: ln.Status.Key(), Reason: ln.Reason.Key()}
		if ln.Status != NotComparable {
			o.Change = decString(ln.Change)
		}
		if ln.HasRelative {
			s := ln.Relative.StringFixed(RelativePlaces)
			o.Relative = &s
		}
		out.Cells = append(out.Cells, o)
	}
	for _, u := range d.OnlyPrev {
		out.OnlyEarlier = append(out.OnlyEarlier, unmatchedOut{string(u.Cell.Path), u.Label(l), u.Value.String()})
	}
	for _, u := range d.OnlyCur {
		out.OnlyLater = append(out.OnlyLater, unmatchedOut{string(u.Cell.Path), u.Label(l), u.Value.String()})
	}
	for _, fc := range d.Figures {
		o := figureChangeOut{Key: fc.Figure.Key(), Label: fc.Figure.Label(l), Earlier: figureJSON(fc.Prev, l),
			Later: figureJSON(fc.Cur, l), Status: fc.Status.Key(), Reason: fc.Reason.Key()}
		if fc.Status != NotComparable {
			s := fc.Change.StringFixed(RatioPlaces)
			o.Change = &s
		}
		out.Figures = append(out.Figures, o)
	}
	return out
}

type tableRowOut struct {
	Path   string    `json:"path"`
	Label  string    `json:"label"`
	Values []*string `json:"values"`
	// Sums names, for each column whose value is a sum, the cells summed.
	Sums map[int][]report.Path `json:"sums,omitempty"`
}

type tableFigureOut struct {
	Key    string      `json:"key"`
	Label  string      `json:"label"`
	Values []figureOut `json:"values"`
}

type tableOut struct {
	Columns []columnOut      `json:"columns"`
	Rows    []tableRowOut    `json:"cells"`
	Figures []tableFigureOut `json:"figures"`
}

func tableJSON(t *Table, l lang.Lang) tableOut {
	out := tableOut{Columns: []columnOut{}, Rows: []tableRowOut{}, Figures: []tableFigureOut{}}
	for _, c := range t.Columns {
		out.Columns = append(out.Columns, columnJSON(c))
	}
	for i := range t.Rows {
		r := &t.Rows[i]
		o := tableRowOut{Path: string(r.Cell.Path), Label: r.Label(l), Values: make([]*string, len(r.Entries))}
		for j, e := range r.Entries {
			if e.Absent {
				continue
			}
			s := e.Value.String()
			o.Values[j] = &s
			if len(e.Parts) > 0 {
				if o.Sums == nil {
					o.Sums = make(map[int][]report.Path)
				}
				o.Sums[j] = e.Parts
			}
		}
		out.Rows = append(out.Rows, o)
	}
	for _, fr := range t.Figures {
		o := tableFigureOut{Key: fr.Figure.Key(), Label: fr.Figure.Label(l)}
		for _, v := range fr.Values {
			o.Values = append(o.Values, figureJSON(v, l))
		}
		out.Figures = append(out.Figures, o)
	}
	return out
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
