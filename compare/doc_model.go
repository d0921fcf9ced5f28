package compare

import (
	"strconv"
	"strings"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/shopspring/decimal"
)

// The words of the comparison documents that are not labels of the format.
var (
	txtComparison   = lang.Text{Zh: "对比", En: "comparison"}
	txtItem         = lang.Text{Zh: "项目", En: "item"}
	txtChange       = lang.Text{Zh: "变化", En: "change"}
	txtRelative     = lang.Text{Zh: "相对变化", En: "relative change"}
	txtValue        = lang.Text{Zh: "数值", En: "value"}
	txtEarlier      = lang.Text{Zh: "上期报告", En: "earlier report"}
	txtLater        = lang.Text{Zh: "本期报告", En: "later report"}
	txtFigures      = lang.Text{Zh: "派生指标", En: "derived figures"}
	txtOnly         = lang.Text{Zh: "仅见于%s（%s）、在另一份报告中没有对应项的单元格", En: "cells only in the %s (%s), with no counterpart in the other"}
	txtBlank        = lang.Text{Zh: "（空白）", En: "(blank)"}
	txtAbsent       = lang.Text{Zh: "（无此项）", En: "(not in format)"}
	txtNotComputed  = lang.Text{Zh: "无法计算", En: "not computable"}
	txtZeroBase     = lang.Text{Zh: "分母为0", En: "base is 0"}
	txtPoints       = lang.Text{Zh: "个百分点", En: " pp"}
	txtChart        = lang.Text{Zh: "主要数字逐年变化", En: "main figures over the years"}
	txtLegend       = lang.Text{Zh: "说明：“（空白）”为报告未填写的单元格，与0不同；“/”为报告标注不适用；与空白或“/”之间的变化为“不可比”，不按0计算；“Σ”为多项之和（2021年格式（六）其他处理的三项对应2019年格式的一行）；“（无此项）”为该报告格式没有的单元格。相对变化 = 变化 ÷ |上期数值|，保留4位小数后以百分数显示；上期为0时不计算。", En: "Notes: \"(blank)\" is a cell the report left empty, not a zero; \"/\" is a cell marked not applicable; a change from or to a blank or \"/\" is \"not comparable\", never a change from 0; \"Σ\" is a sum (the three 2021 rows under (6) other handling set against the single 2019 row); \"(not in format)\" is a cell the report's format lacks. Relative change = change ÷ |earlier value|, rounded to 4 places and shown as a percentage; none when the earlier value is 0."}
	txtSumTitle     = lang.Text{Zh: "之和：", En: "sum of: "}
	txtBodies       = lang.Text{Zh: "编制机关", En: "bodies"}
	txtYearSuffix   = lang.Text{Zh: "年", En: ""}
	txtNotComparing = lang.Text{Zh: "不可比", En: "not comparable"}
)

// document is a comparison laid out for any output form: a title, lines of
// metadata, an optional chart and sections of tables. The writers of
// Markdown, HTML and .docx print it.
type document struct {
	lang     lang.Lang
	title    string
	body     string // the one body compared, "" for many
	meta     [][2]string
	chart    *chart
	sections []block
	notes    []string
}

// block is one table of a comparison document.
type block struct {
	id      string
	heading string
	header  []string
	rows    [][]outCell
	notes   []string // printed under the table
}

// outCell is one cell of a sheet.
type outCell struct {
	text  string
	class string // "", "num", "blank", "na", "absent", "up", "down", "same", "nc"
	path  string // the report cell or figure, for data-path
	title string // a tooltip: the cells of a sum
}

func labelCell(s string) outCell { return outCell{text: s} }

// valueCell shows one report value: as printed, blank and "/" marked.
func valueCell(v report.Value, parts []report.Path, path string, l lang.Lang) outCell {
	c := outCell{class: "num", path: path}
	switch {
	case v.IsBlank():
		c.text, c.class = txtBlank.In(l), "blank"
	case v.IsNotApplicable():
		c.text, c.class = "/", "na"
	default:
		c.text = v.String()
		if v.Kind == report.KindAmount && v.Unit != report.UnitNone && path != string(report.PathFeeCollected) && !strings.HasSuffix(path, "."+report.FeeAmount.Key()) {
			c.text += unitLabel(v.Unit, l)
		}
	}
	if len(parts) > 0 {
		c.text = "Σ " + c.text
		var ps []string
		for _, p := range parts {
			ps = append(ps, string(p))
		}
		c.title = txtSumTitle.In(l) + strings.Join(ps, " + ")
	}
	return c
}

func unitLabel(u report.Unit, l lang.Lang) string {
	if l == lang.English {
		return " " + u.English()
	}
	return u.Label()
}

// signed writes a decimal with its sign: "+3", "-2", "0".
func signed(d decimal.Decimal) string {
	if d.Sign() > 0 {
		return "+" + d.String()
	}
	return d.String()
}

// percent writes a fraction as a percentage with two decimals, "15.38%",
// with a sign when signed is true: "+15.38%".
func percent(d decimal.Decimal, signed bool) string {
	s := d.Shift(2).StringFixed(RatioPlaces-2) + "%"
	if signed && d.Sign() > 0 {
		s = "+" + s
	}
	return s
}

// arrow marks a status.
func arrow(s Status) string {
	switch s {
	case Up:
		return "▲ "
	case Down:
		return "▼ "
	case Same:
		return "= "
	}
	return ""
}

// changeCells shows a line's change and relative change.
func changeCells(ln *Line, l lang.Lang) (outCell, outCell) {
	if ln.Status == NotComparable {
		t := txtNotComparing.In(l) + paren(ln.Reason.Label(l), l)
		return outCell{text: t, class: "nc"}, outCell{text: "", class: "nc"}
	}
	class := ln.Status.Key()
	ch := outCell{text: arrow(ln.Status) + signed(ln.Change), class: class}
	rel := outCell{class: class}
	if ln.HasRelative {
		rel.text = percent(ln.Relative, true)
	}
	return ch, rel
}

func paren(s string, l lang.Lang) string {
	if s == "" {
		return ""
	}
	if l == lang.English {
		return " (" + s + ")"
	}
	return "（" + s + "）"
}

// figureCell shows one derived figure.
func figureCell(v FigureValue, l lang.Lang) outCell {
	c := outCell{class: "num", path: "figure." + v.Figure.Key()}
	switch {
	case v.OK:
		c.text = v.Percent()
		c.title = strconv.FormatInt(v.Numerator, 10) + " ÷ " + strconv.FormatInt(v.Base, 10)
	case v.ZeroBase:
		c.text, c.class = txtNotComputed.In(l)+paren(txtZeroBase.In(l), l), "nc"
	default:
		c.text, c.class = txtNotComputed.In(l), "blank"
		var ps []string
		for _, p := range v.Missing {
			ps = append(ps, string(p))
		}
		c.title = strings.Join(ps, ", ")
	}
	return c
}

// columnHeads names each column of a table: by year when the columns are
// of one body, by body when they are of one year, by both otherwise.
func columnHeads(cols []Column, l lang.Lang) []string {
	oneBody, oneYear := true, true
	for _, c := range cols[min(1, len(cols)):] {
		oneBody = oneBody && report.BodyKey(c.Body) == report.BodyKey(cols[0].Body) && c.Aggregate == cols[0].Aggregate
		oneYear = oneYear && c.Year == cols[0].Year
	}
	heads := make([]string, len(cols))
	for i, c := range cols {
		year := strconv.Itoa(c.Year) + txtYearSuffix.In(l)
		switch {
		case oneBody && !(oneYear && len(cols) > 1):
			heads[i] = year
		case oneYear:
			heads[i] = c.Body
		default:
			heads[i] = c.Body + " " + year
		}
	}
	return heads
}

// tableSection tells in which section of the report a cell stands.
func tableSection(c *report.Cell) report.SectionID {
	switch c.Table {
	case 2:
		return report.SectionProactive
	case 3:
		return report.SectionRequests
	case 4:
		return report.SectionAppeals
	}
	return report.SectionOtherMatters
}

func sectionHeading(s report.SectionID, f report.Format, l lang.Lang) string {
	if l == lang.English {
		return s.English()
	}
	return s.Label(f)
}

func formatName(f report.Format, l lang.Lang) string {
	if l == lang.English {
		return f.English()
	}
	return f.Label()
}

func metaLines(label lang.Text, c Column, l lang.Lang) [2]string {
	return [2]string{label.In(l), c.Body + " · " + strconv.Itoa(c.Year) + txtYearSuffix.In(l) + " · " + formatName(c.Format, l)}
}

// comparisonDoc lays a comparison out.
func comparisonDoc(d *Comparison, l lang.Lang) *document {
	heads := columnHeads([]Column{d.Prev, d.Cur}, l)
	doc := &document{lang: l}
	body := d.Cur.Body
	if report.BodyKey(d.Prev.Body) != report.BodyKey(d.Cur.Body) {
		body = d.Prev.Body + " / " + d.Cur.Body
	}
	doc.title = comparisonTitle(body, heads[0]+" — "+heads[1], l)
	if body == d.Cur.Body {
		doc.body = body
	}
	doc.meta = [][2]string{metaLines(txtEarlier, d.Prev, l), metaLines(txtLater, d.Cur, l)}
	doc.chart = newChart([]Column{d.Prev, d.Cur}, func(i int, p report.Path) report.Value {
		for _, ln := range d.Lines {
			if ln.Cell.Path == p {
				if i == 0 {
					return ln.Prev
				}
				return ln.Cur
			}
		}
		return report.Value{Count: report.Blank}
	}, func(i int, f Figure) FigureValue {
		if i == 0 {
			return d.Figures[f].Prev
		}
		return d.Figures[f].Cur
	}, l)
	header := []string{txtItem.In(l), heads[0], heads[1], txtChange.In(l), txtRelative.In(l)}
	for i := range d.Lines {
		ln := &d.Lines[i]
		ch, rel := changeCells(ln, l)
		doc.addRow(&ln.Cell, d.Cur.Format, header, []outCell{
			labelCell(ln.Label(l)),
			valueCell(ln.Prev, ln.PrevParts, string(ln.Cell.Path), l),
			valueCell(ln.Cur, ln.CurParts, string(ln.Cell.Path), l),
			ch, rel,
		})
	}
	fs := block{id: "xxgk-compare-figures", heading: txtFigures.In(l),
		header: []string{txtItem.In(l), heads[0], heads[1], txtChange.In(l)}}
	for _, fc := range d.Figures {
		ch := outCell{text: txtNotComparing.In(l) + paren(fc.Reason.Label(l), l), class: "nc"}
		if fc.Status != NotComparable {
			ch = outCell{text: arrow(fc.Status) + strings.TrimSuffix(percent(fc.Change, true), "%") + txtPoints.In(l), class: fc.Status.Key()}
		}
		fs.rows = append(fs.rows, []outCell{labelCell(fc.Figure.Label(l)), figureCell(fc.Prev, l), figureCell(fc.Cur, l), ch})
	}
	fs.notes = definitions(d.Cur.Format, l)
	doc.sections = append(doc.sections, fs)
	doc.sections = append(doc.sections, onlySections(d, l)...)
	doc.notes = []string{txtLegend.In(l)}
	return doc
}

// comparisonTitle is the title of a comparison of who's reports over span.
func comparisonTitle(who, span string, l lang.Lang) string {
	return lang.Text{
		Zh: who + report.LabelAnnualReport + txtComparison.Zh + "（" + span + "）",
		En: who + ": " + report.EnglishAnnualReport + ", " + txtComparison.En + " (" + span + ")",
	}.In(l)
}

// addRow adds a row of cell c's section, opening a block for the section
// when the row before was of another; f is the format its heading is in.
func (doc *document) addRow(c *report.Cell, f report.Format, header []string, row []outCell) {
	sec := tableSection(c)
	id := "xxgk-compare-" + sec.Key()
	if n := len(doc.sections); n == 0 || doc.sections[n-1].id != id {
		doc.sections = append(doc.sections, block{id: id, heading: sectionHeading(sec, f, doc.lang), header: header})
	}
	last := &doc.sections[len(doc.sections)-1]
	last.rows = append(last.rows, row)
}

// onlySections lists the cells only one of the two reports has, a block
// for each report that has any.
func onlySections(d *Comparison, l lang.Lang) []block {
	var out []block
	for _, side := range []struct {
		id    string
		label lang.Text
		col   Column
		cells []Unmatched
	}{{"xxgk-compare-only-earlier", txtEarlier, d.Prev, d.OnlyPrev}, {"xxgk-compare-only-later", txtLater, d.Cur, d.OnlyCur}} {
		if len(side.cells) == 0 {
			continue
		}
		s := block{id: side.id, heading: txtOnly.Sprintf(side.label.In(l), formatName(side.col.Format, l)).In(l),
			header: []string{txtItem.In(l), txtValue.In(l)}}
		for i := range side.cells {
			u := &side.cells[i]
			s.rows = append(s.rows, []outCell{labelCell(u.Label(l)), valueCell(u.Value, nil, string(u.Cell.Path), l)})
		}
		out = append(out, s)
	}
	return out
}

// definitions lists how each figure is computed, in format f.
func definitions(f report.Format, l lang.Lang) []string {
	var out []string
	for _, fig := range Figures() {
		out = append(out, fig.Label(l)+" = "+fig.Definition(f, l))
	}
	return out
}

// tableDoc lays a table out.
func tableDoc(t *Table, l lang.Lang) *document {
	heads := columnHeads(t.Columns, l)
	doc := &document{lang: l}
	newest := report.FormatUnknown
	for _, c := range t.Columns {
		newest = max(newest, c.Format)
	}
	var who string
	switch {
	case len(t.Columns) == 0:
	case heads[0] == strconv.Itoa(t.Columns[0].Year)+txtYearSuffix.In(l):
		who = t.Columns[0].Body
	default:
		who = txtBodies.In(l)
	}
	if who != txtBodies.In(l) {
		doc.body = who
	}
	span := ""
	if len(heads) > 0 {
		span = heads[0]
		if len(heads) > 1 && heads[len(heads)-1] != heads[0] {
			span += " — " + heads[len(heads)-1]
		}
	}
	doc.title = comparisonTitle(who, span, l)
	if len(t.Columns) > 0 && who != txtBodies.In(l) {
		doc.chart = newChart(t.Columns, func(i int, p report.Path) report.Value {
			for _, r := range t.Rows {
				if r.Cell.Path == p {
					return r.Entries[i].Value
				}
			}
			return report.Value{Count: report.Blank}
		}, func(i int, f Figure) FigureValue { return t.Figures[f].Values[i] }, l)
	}
	header := append([]string{txtItem.In(l)}, heads...)
	for i := range t.Rows {
		r := &t.Rows[i]
		row := []outCell{labelCell(r.Label(l))}
		for _, e := range r.Entries {
			if e.Absent {
				row = append(row, outCell{text: txtAbsent.In(l), class: "absent", path: string(r.Cell.Path)})
				continue
			}
			row = append(row, valueCell(e.Value, e.Parts, string(r.Cell.Path), l))
		}
		doc.addRow(&r.Cell, newest, header, row)
	}
	fs := block{id: "xxgk-compare-figures", heading: txtFigures.In(l), header: header}
	for _, fr := range t.Figures {
		row := []outCell{labelCell(fr.Figure.Label(l))}
		for _, v := range fr.Values {
			row = append(row, figureCell(v, l))
		}
		fs.rows = append(fs.rows, row)
	}
	fs.notes = definitions(max(newest, report.Format2019), l)
	doc.sections = append(doc.sections, fs)
	doc.notes = []string{txtLegend.In(l)}
	return doc
}
