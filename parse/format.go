package parse

import (
	"strconv"
	"strings"

	"github.com/opengov-cn/xxgk/report"
)

// Labels printed only in the table 二 of one format.
var (
	only2019Labels = []string{"本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "其他对外管理服务事项", "政府集中采购", "采购项目数量"}
	only2021Labels = []string{"本年制发件数", "本年废止件数", "现行有效件", "本年收费金额"}
)

// readFormat chooses the report's format: the one forced by the options,
// else the one whose table 二 the document prints, else the one of its year.
func (d *doc) readFormat() {
	f := d.opts.Format
	year := d.rep.Metadata.Year
	if !f.Valid() {
		var text strings.Builder
		if from, to, ok := d.sectionBlocks(report.SectionProactive); ok {
			for _, b := range d.blocks[from:to] {
				text.WriteString(b.text)
				for _, row := range b.rows {
					for _, c := range row {
						text.WriteString(c.text)
					}
				}
			}
		}
		t := strings.Join(strings.Fields(text.String()), "")
		has := func(labels []string) bool {
			for _, l := range labels {
				if strings.Contains(t, l) {
					return true
				}
			}
			return false
		}
		switch {
		case has(only2019Labels) && !has(only2021Labels):
			f = report.Format2019
		case has(only2021Labels) && !has(only2019Labels):
			f = report.Format2021
		default:
			f = report.FormatForYear(year)
			if !f.Valid() {
				f = report.Format2021
			}
			d.diagnose(Diagnostic{Severity: Warning, Code: CodeFormatByYear, Expected: f.Key(), Found: strconv.Itoa(year)})
		}
	}
	if want := report.FormatForYear(year); want.Valid() && want != f {
		d.diagnose(Diagnostic{Severity: Warning, Code: CodeFormat, Expected: want.Key(), Found: f.Key()})
	}
	d.rep.Format = f
}
