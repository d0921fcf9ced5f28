package render

import (
	"html/template"
	"io"
	"strings"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/table"
)

// HTML writes r to w as an HTML fragment in language l, to embed in a
// portal page: one <article> element with a lang attribute, holding the
// title, the metadata, the six sections and the official tables with their
// merged cells (rowspan and colspan) as the format prints them. Every piece
// of user text is escaped by html/template.
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
	return writeHTML(w, r, l, "fragment", opts)
}

// HTMLPage writes r to w as a standalone, printable HTML5 page in language
// l: the fragment of [HTML] in a page with its own style sheet ([CSS] and
// print rules), with the appendix [WithFindings] asks for.
func HTMLPage(w io.Writer, r *report.Report, l lang.Lang, opts ...Option) error {
	return writeHTML(w, r, l, "page", opts)
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

// pageCSS adds the page layout and print rules of the standalone page.
const pageCSS = `body{margin:2em auto;max-width:64em;padding:0 1em;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
@media print{body{margin:0;max-width:none}.xxgk-table tr{break-inside:avoid}h2,h3{break-after:avoid}}
`

// htmlDoc is what the HTML templates print.
type htmlDoc struct {
	Lang     string // the labels' language tag
	TextLang string // the tag to put on the report's text when it differs, or ""
	Title    string
	// TitleLang is the tag to put on the title when it is the report's own.
	TitleLang string
	Metadata  []field
	Preamble  []string
	Sections  []htmlSection
	Appendix  *htmlAppendix // nil without WithFindings
	CSS       template.CSS
}

// htmlAppendix is the appendix of validation results.
type htmlAppendix struct {
	Heading string
	Summary string
	Header  []string
	Rows    [][]htmlFindingCell
}

// htmlFindingCell is a cell of the findings table: a figure (Num) or text.
type htmlFindingCell struct {
	Text string
	Num  bool
}

type htmlSection struct {
	ID      string
	Heading string
	Prose   report.Section
	Table   *htmlTable
}

type htmlTable struct {
	ID   string
	Rows [][]htmlCell
}

type htmlCell struct {
	Header  bool
	Scope   string
	RowSpan int
	ColSpan int
	Text    string
	Path    string
}

// Label, Value and Report give templates the fields of a metadata line.
func (f field) Label() string { return f.label }
func (f field) Value() string { return f.value }
func (f field) Report() bool  { return f.report }

// ReportLabel tells templates that the label is the report's own text.
func (f field) ReportLabel() bool { return f.reportLabel }

var htmlTemplates = template.Must(template.New("html").Funcs(template.FuncMap{
	"lines": func(s string) []string {
		var out []string
		for _, l := range lines(s) {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
		return out
	},
	"oneLine": oneLine,
}).Parse(`
{{- define "page" -}}
<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{oneLine .Title}}</title>
<style>
{{.CSS}}</style>
</head>
<body>
{{template "fragment" .}}</body>
</html>
{{end -}}

{{- define "text" -}}
{{range $i, $l := lines .}}{{if $i}}<br>{{end}}{{$l}}{{end}}
{{- end -}}

{{- define "paragraphs" -}}
{{range .Paragraphs}}{{if lines .}}<p>{{template "text" .}}</p>
{{end}}{{end -}}
{{- end -}}

{{- define "fragment" -}}
<article class="xxgk-report" lang="{{.Lang}}">
<h1{{with .TitleLang}} lang="{{.}}"{{end}}>{{oneLine .Title}}</h1>
{{- if .Metadata}}
<dl class="xxgk-metadata">
{{- range .Metadata}}
<dt{{if and .ReportLabel $.TextLang}} lang="{{$.TextLang}}"{{end}}>{{oneLine .Label}}</dt><dd{{if and .Report $.TextLang}} lang="{{$.TextLang}}"{{end}}>{{oneLine .Value}}</dd>
{{- end}}
</dl>
{{- end}}
{{range .Preamble}}{{if lines .}}<p{{if $.TextLang}} lang="{{$.TextLang}}"{{end}}>{{template "text" .}}</p>
{{end}}{{end -}}
{{range .Sections -}}
<section id="{{.ID}}">
<h2>{{.Heading}}</h2>
{{with .Table -}}
<table class="xxgk-table" id="{{.ID}}">
<tbody>
{{range .Rows}}<tr>
{{- range .}}
{{- if .Header}}<th{{with .Scope}} scope="{{.}}"{{end}}{{if gt .RowSpan 1}} rowspan="{{.RowSpan}}"{{end}}{{if gt .ColSpan 1}} colspan="{{.ColSpan}}"{{end}}>{{.Text}}</th>
{{- else}}<td class="num"{{if gt .ColSpan 1}} colspan="{{.ColSpan}}"{{end}} data-path="{{.Path}}">{{.Text}}</td>
{{- end}}
{{- end}}</tr>
{{end -}}
</tbody>
</table>
{{else -}}
{{with .Prose}}{{if $.TextLang}}<div lang="{{$.TextLang}}">
{{end}}{{template "paragraphs" .}}
{{- range .Subsections}}<h3>{{oneLine .Title}}</h3>
{{template "paragraphs" .}}
{{- end}}{{if $.TextLang}}</div>
{{end}}{{end -}}
{{end -}}
</section>
{{end -}}
{{with .Appendix -}}
<section id="xxgk-appendix">
<h2>{{.Heading}}</h2>
<p>{{.Summary}}</p>
{{if .Rows -}}
<table class="xxgk-table xxgk-findings">
<thead>
<tr>{{range .Header}}<th scope="col">{{.}}</th>{{end}}</tr>
</thead>
<tbody>
{{range .Rows}}<tr>
{{- range .}}<td{{if .Num}} class="num"{{end}}>{{.Text}}</td>{{end -}}
</tr>
{{end -}}
</tbody>
</table>
{{end -}}
</section>
{{end -}}
</article>
{{end -}}
`))

// writeHTML executes the page or fragment template.
func writeHTML(w io.Writer, r *report.Report, l lang.Lang, name string, opts []Option) error {
	d, err := newDocument(r, l, opts)
	if err != nil {
		return err
	}
	h := htmlDoc{Lang: l.Tag(), Title: d.title, Metadata: d.metadata, Preamble: d.preamble, CSS: template.CSS(CSS + pageCSS)}
	if l != lang.Chinese {
		h.TextLang = lang.Chinese.Tag()
		if oneLine(r.Metadata.Title) != "" {
			h.TitleLang = h.TextLang
		}
	}
	for _, s := range d.sections {
		hs := htmlSection{ID: "xxgk-" + s.id.Key(), Heading: s.heading, Prose: s.prose}
		if s.grid != nil {
			hs.Table = htmlTableOf(s.grid, l)
			hs.Table.ID = "xxgk-table-" + s.id.Key()
		}
		h.Sections = append(h.Sections, hs)
	}
	if a := d.appendix; a != nil {
		h.Appendix = &htmlAppendix{Heading: a.heading, Summary: a.summary}
		if t := a.table; t != nil {
			h.Appendix.Header = t.header
			for _, row := range t.rows {
				cells := make([]htmlFindingCell, len(row))
				for i, s := range row {
					cells[i] = htmlFindingCell{Text: s, Num: t.numeric[i]}
				}
				h.Appendix.Rows = append(h.Appendix.Rows, cells)
			}
		}
	}
	return htmlTemplates.ExecuteTemplate(w, name, h)
}

// htmlTableOf lays out a filled table as rows of HTML cells, in the order of
// the layout's cells. A header cell is a row header (scope row or rowgroup)
// when a data cell shares one of its rows, a column header (col or
// colgroup) otherwise.
func htmlTableOf(g *table.Grid, l lang.Lang) *htmlTable {
	lay := g.Layout
	hasData := make([]bool, lay.Rows)
	for _, c := range lay.Cells {
		if c.Kind == table.Data && c.Row < lay.Rows {
			hasData[c.Row] = true
		}
	}
	t := &htmlTable{}
	for _, row := range lay.RowStarts() {
		var cells []htmlCell
		for _, i := range row {
			c := lay.Cells[i]
			hc := htmlCell{RowSpan: c.RowSpan, ColSpan: c.ColSpan}
			if c.Kind == table.Data {
				hc.Path = string(c.Path)
				hc.Text = cellText(g, i, l)
			} else {
				hc.Header = true
				hc.Text = c.Label.In(l)
				hc.Scope = headerScope(c, hasData)
			}
			cells = append(cells, hc)
		}
		t.Rows = append(t.Rows, cells)
	}
	return t
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
