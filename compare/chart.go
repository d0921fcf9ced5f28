package compare

import (
	"html"
	"strconv"
	"strings"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/shopspring/decimal"
)

// chart is the small chart of the main figures over the years: one panel
// for each figure, one mark for each year.
type chart struct {
	title  string
	panels []panel
}

type panel struct {
	title  string
	path   string // the cell or figure charted
	points []point
}

type point struct {
	year  int
	ok    bool
	value decimal.Decimal
	text  string // the value as the tables print it
}

// newChart charts the main figures of the columns: requests received, the
// disclosure rate and the reconsideration cases. It gives nil unless the
// columns are of distinct years in increasing order (a chart over the
// years, not across bodies). value and figure give column i's cell and
// figure.
func newChart(cols []Column, value func(i int, p report.Path) report.Value, figure func(i int, f Figure) FigureValue, l lang.Lang) *chart {
	for i := 1; i < len(cols); i++ {
		if cols[i].Year <= cols[i-1].Year {
			return nil
		}
	}
	if len(cols) == 0 {
		return nil
	}
	c := &chart{title: txtChart.In(l)}
	counts := []struct {
		path  report.Path
		title lang.Text
	}{
		{report.Table3Path(report.RowReceived, report.ApplicantTotal),
			lang.Text{Zh: report.RowReceived.Label(), En: report.RowReceived.English()}},
		{report.Table4Path(report.Reconsideration, report.Table4Total),
			lang.Text{Zh: report.Reconsideration.Label() + " · " + report.Table4Total.Label(), En: report.Reconsideration.English() + ": " + report.Table4Total.English()}},
	}
	countPanel := func(k int) panel {
		p := panel{title: counts[k].title.In(l), path: string(counts[k].path)}
		for i, col := range cols {
			v := value(i, counts[k].path)
			pt := point{year: col.Year}
			if n, ok := v.Count.Number(); ok && v.Kind != report.KindAmount {
				pt.ok, pt.value, pt.text = true, decimal.NewFromInt(n), v.String()
			} else if v.IsNotApplicable() {
				pt.text = "/"
			} else {
				pt.text = txtBlank.In(l)
			}
			p.points = append(p.points, pt)
		}
		return p
	}
	rate := panel{title: DisclosureRate.Label(l), path: "figure." + DisclosureRate.Key()}
	for i, col := range cols {
		v := figure(i, DisclosureRate)
		pt := point{year: col.Year, ok: v.OK, value: v.Value, text: v.Percent()}
		if !v.OK {
			pt.text = txtNotComputed.In(l)
		}
		rate.points = append(rate.points, pt)
	}
	c.panels = []panel{countPanel(0), rate, countPanel(1)}
	return c
}

// The geometry of a panel, in CSS pixels.
const (
	panelWidth  = 260
	panelHeight = 170
	plotLeft    = 16
	plotRight   = 16
	plotTop     = 44
	plotBottom  = 34
)

// svg writes the chart as inline SVG: one <svg> per panel, each mark a
// <circle class="xxgk-mark"> with the year in data-year and the value in a
// <title>. A year whose value is missing has a hollow mark on the base
// line (class xxgk-mark-missing). Positions are pixels, computed with
// floats; the values printed are the exact ones.
func (c *chart) svg(b *strings.Builder) {
	b.WriteString(`<figure class="xxgk-chart">` + "\n<figcaption>" + html.EscapeString(c.title) + "</figcaption>\n")
	for _, p := range c.panels {
		p.svg(b)
	}
	b.WriteString("</figure>\n")
}

func (p *panel) svg(b *strings.Builder) {
	n := len(p.points)
	plotW := float64(panelWidth - plotLeft - plotRight)
	plotH := float64(panelHeight - plotTop - plotBottom)
	base := float64(panelHeight - plotBottom)
	var top decimal.Decimal
	for _, pt := range p.points {
		if pt.ok && pt.value.GreaterThan(top) {
			top = pt.value
		}
	}
	x := func(i int) float64 { return plotLeft + plotW*(float64(i)+0.5)/float64(n) }
	y := func(v decimal.Decimal) float64 {
		if top.Sign() <= 0 {
			return base
		}
		return base - plotH*v.Div(top).InexactFloat64()
	}
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
	b.WriteString(`<svg class="xxgk-panel" data-path="` + html.EscapeString(p.path) + `" xmlns="http://www.w3.org/2000/svg" width="` +
		strconv.Itoa(panelWidth) + `" height="` + strconv.Itoa(panelHeight) + `" viewBox="0 0 ` +
		strconv.Itoa(panelWidth) + " " + strconv.Itoa(panelHeight) + `" role="img" aria-label="` + html.EscapeString(p.title) + `">` + "\n")
	b.WriteString(`<text class="xxgk-panel-title" x="` + f(panelWidth/2) + `" y="16" text-anchor="middle">` + html.EscapeString(shorten(p.title, 40)) + "</text>\n")
	b.WriteString(`<line class="xxgk-axis" x1="` + f(plotLeft) + `" y1="` + f(base) + `" x2="` + f(panelWidth-plotRight) + `" y2="` + f(base) + `"/>` + "\n")
	// The line joins consecutive years that both have a value.
	var seg []string
	flush := func() {
		if len(seg) > 1 {
			b.WriteString(`<polyline class="xxgk-line" points="` + strings.Join(seg, " ") + `"/>` + "\n")
		}
		seg = seg[:0]
	}
	for i, pt := range p.points {
		if !pt.ok {
			flush()
			continue
		}
		seg = append(seg, f(x(i))+","+f(y(pt.value)))
	}
	flush()
	for i, pt := range p.points {
		year := strconv.Itoa(pt.year)
		cy, class := base, "xxgk-mark xxgk-mark-missing"
		if pt.ok {
			cy, class = y(pt.value), "xxgk-mark"
		}
		b.WriteString(`<circle class="` + class + `" data-year="` + year + `" cx="` + f(x(i)) + `" cy="` + f(cy) + `" r="4"><title>` +
			year + ": " + html.EscapeString(pt.text) + "</title></circle>\n")
		b.WriteString(`<text class="xxgk-value" x="` + f(x(i)) + `" y="` + f(cy-8) + `" text-anchor="middle">` + html.EscapeString(pt.text) + "</text>\n")
		b.WriteString(`<text class="xxgk-year" x="` + f(x(i)) + `" y="` + f(base+18) + `" text-anchor="middle">` + year + "</text>\n")
	}
	b.WriteString("</svg>\n")
}

// shorten cuts a title to at most n characters, with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
