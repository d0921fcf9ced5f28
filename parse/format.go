package parse

import (
	"slices"
	"strconv"
	"strings"

	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// onlyIn holds, for each format, the labels of table 二 (rows and column
// headers, folded) that the other format does not print, not even inside a
// longer label: the marks by which a document shows its format.
var onlyIn = func() map[report.Format][]string {
	labels := map[report.Format][]string{}
	for _, f := range report.Formats() {
		for _, b := range report.Table2Blocks(f) {
			for _, r := range b.Rows {
				labels[f] = append(labels[f], report.NormalizeLabel(r.Label(f)))
			}
			for _, c := range b.Columns {
				labels[f] = append(labels[f], report.NormalizeLabel(c.Label(f)))
			}
		}
	}
	out := map[report.Format][]string{}
	for _, f := range report.Formats() {
		other := report.Format2021
		if f == report.Format2021 {
			other = report.Format2019
		}
		for _, l := range labels[f] {
			if !slices.ContainsFunc(labels[other], func(o string) bool { return strings.Contains(o, l) }) &&
				!slices.Contains(out[f], l) {
				out[f] = append(out[f], l)
			}
		}
	}
	return out
}()

// readFormat chooses the report's format: the one forced by the options,
// else the one whose table 二 the document prints, else the one of its year.
func (d *doc) readFormat() {
	f := d.opts.Format
	year := d.rep.Metadata.Year
	if !f.Valid() {
		var text strings.Builder
		from, to, ok := d.sectionBlocks(report.SectionProactive)
		if !ok {
			from, to = 0, len(d.blocks) // no heading: the tables may stand anywhere
		}
		for _, b := range d.blocks[from:to] {
			text.WriteString(b.text)
			for _, row := range b.rows {
				for _, c := range row {
					text.WriteString(c.text)
				}
			}
		}
		t := report.NormalizeLabel(text.String())
		has := func(f report.Format) bool {
			return slices.ContainsFunc(onlyIn[f], func(l string) bool { return strings.Contains(t, l) })
		}
		has2019, has2021 := has(report.Format2019), has(report.Format2021)
		switch {
		case has2019 && !has2021:
			f = report.Format2019
		case has2021 && !has2019:
			f = report.Format2021
		default:
			f = report.FormatForYear(year)
			if !f.Valid() {
				f = report.Format2021
			}
			d.diagnose(Diagnostic{Severity: validate.Warning, Code: CodeFormatByYear, Expected: f.Key(), Found: strconv.Itoa(year)})
		}
	}
	if want := report.FormatForYear(year); want.Valid() && want != f {
		d.diagnose(Diagnostic{Severity: validate.Warning, Code: CodeFormat, Expected: want.Key(), Found: f.Key()})
	}
	d.rep.Format = f
}
