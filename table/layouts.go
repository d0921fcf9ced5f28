package table

import (
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// The declarations of the official layouts. Each function places the labels
// of package report; no label text is written here.

// table2Width is the width of table 二: the 信息内容 column and three value
// columns.
const table2Width = 4

// table2Spans gives the column spans of a band's n value columns across the
// three value columns of table 二: one column spans all three (colspan 3),
// two share them as one and two (as the 2019 format's bands (八) and (九)
// print them), three take one each.
func table2Spans(n int) []int {
	switch n {
	case 1:
		return []int{3}
	case 2:
		return []int{1, 2}
	}
	spans := make([]int, n)
	for i := range spans {
		spans[i] = 1
	}
	return spans
}

// table2 declares table 二, 主动公开政府信息情况: for each band of
// report.Table2Blocks, a band row spanning the table, a header row
// (信息内容 and the value columns) and a row for each kind of information.
func table2(f report.Format) *Layout {
	b := newBuilder(report.SectionProactive, f, table2Width)
	content := lang.Text{Zh: report.LabelContent, En: report.EnglishContent}
	row := 0
	for _, blk := range report.Table2Blocks(f) {
		band := lang.Text{Zh: blk.Item.Label(), En: blk.Item.English()}
		b.header(row, 0, 1, table2Width, band)
		row++
		spans := table2Spans(len(blk.Columns))
		view := View{Title: band, Corner: content}
		b.header(row, 0, 1, 1, content)
		col := 1
		for i, c := range blk.Columns {
			t := lang.Text{Zh: c.Label(f), En: c.English()}
			b.header(row, col, 1, spans[i], t)
			view.Columns = append(view.Columns, t)
			col += spans[i]
		}
		row++
		for _, r := range blk.Rows {
			title := lang.Text{Zh: r.Label(f), En: r.English()}
			b.header(row, 0, 1, 1, title)
			vr := ViewRow{Title: title}
			col := 1
			for i, c := range blk.Columns {
				vr.Cells = append(vr.Cells, b.data(row, col, spans[i], report.Table2Path(r, c)))
				col += spans[i]
			}
			view.Rows = append(view.Rows, vr)
			row++
		}
		b.l.Views = append(b.l.Views, view)
	}
	return b.done(row)
}

// table3 label columns and header rows.
const (
	table3LabelCols  = 3
	table3HeaderRows = 3
)

// table3 declares table 三, 收到和处理政府信息公开申请情况: three header rows
// under the balance note (3 rows × 3 columns), then a row for each
// report.Table3Rows. The label area is three columns wide: rows outside the
// outcomes span all three; 三、本年度办理结果 spans the outcome rows in column
// 1; the groups with reasons span their reasons in column 2, with the reasons
// in column 3; the other outcomes span columns 2 and 3.
func table3(f report.Format) *Layout { return table3Rows(f, report.Table3Rows(f)) }

// combinedTable3 declares table 三 of Format2021 with （六）其他处理 as one
// row in place of its three, as a report that deviates so prints it
// (report.Table3.CombinedOtherHandling).
func combinedTable3() *Layout {
	return table3Rows(report.Format2021, report.CombineOtherHandling(report.Table3Rows(report.Format2021)))
}

// table3Rows declares table 三 of format f with the given rows.
func table3Rows(f report.Format, rows []report.Table3Row) *Layout {
	b := newBuilder(report.SectionRequests, f, table3LabelCols+report.NumApplicants)
	note := lang.Text{Zh: report.LabelBalanceNote, En: report.EnglishBalanceNote}
	applicant := lang.Text{Zh: report.LabelApplicant, En: report.EnglishApplicant}
	legal := lang.Text{Zh: report.LabelLegalPersons, En: report.EnglishLegalPersons}
	outcomes := lang.Text{Zh: report.LabelOutcomes, En: report.EnglishOutcomes}

	b.header(0, 0, table3HeaderRows, table3LabelCols, note)
	b.header(0, table3LabelCols, 1, report.NumApplicants, applicant)
	view := View{Note: note, Corner: applicant}
	for _, a := range report.Applicants() {
		t := lang.Text{Zh: a.Label(), En: a.English()}
		col := table3LabelCols + int(a)
		switch {
		case a.IsOrganisation():
			if a == report.CommercialEnterprise {
				orgs := 0
				for _, o := range report.Applicants() {
					if o.IsOrganisation() {
						orgs++
					}
				}
				b.header(1, col, 1, orgs, legal)
			}
			b.header(2, col, 1, 1, t)
			view.Columns = append(view.Columns, join(legal, t))
		default:
			b.header(1, col, 2, 1, t)
			view.Columns = append(view.Columns, t)
		}
	}

	row := table3HeaderRows
	outcomeRows := 0
	for _, r := range rows {
		if _, ok := r.Outcome(); ok {
			outcomeRows++ // and （七）总计
		}
	}
	outcomesStarted := false
	groupStarted := map[report.Outcome]bool{}
	for _, r := range rows {
		title := lang.Text{Zh: r.Label(), En: r.English()}
		g, inOutcomes := r.Outcome()
		switch {
		case !inOutcomes:
			b.header(row, 0, 1, table3LabelCols, title)
		default:
			if !outcomesStarted {
				b.header(row, 0, outcomeRows, 1, outcomes)
				outcomesStarted = true
			}
			if r.IsReason() {
				group := lang.Text{Zh: g.Label(), En: g.English()}
				if !groupStarted[g] {
					b.header(row, 1, len(g.Rows(f)), 1, group)
					groupStarted[g] = true
				}
				b.header(row, 2, 1, 1, title)
				title = join(outcomes, group, title)
			} else {
				b.header(row, 1, 1, 2, title)
				title = join(outcomes, title)
			}
		}
		vr := ViewRow{Title: title}
		for _, a := range report.Applicants() {
			vr.Cells = append(vr.Cells, b.data(row, table3LabelCols+int(a), 1, report.Table3Path(r, a)))
		}
		view.Rows = append(view.Rows, vr)
		row++
	}
	b.l.Views = []View{view}
	return b.done(row)
}

// table4 declares table 四, 政府信息公开行政复议、行政诉讼情况: 行政复议 over
// its five results (each spanning two rows), 行政诉讼 over its two blocks,
// each over its five results, and one row of data. Its view has a row per
// block and a column per result.
func table4(f report.Format) *Layout {
	results := report.Table4Columns()
	b := newBuilder(report.SectionAppeals, f, report.NumProceedings*len(results))
	litigation := lang.Text{Zh: report.LabelLitigation, En: report.EnglishLitigation}
	view := View{}
	for _, res := range results {
		view.Columns = append(view.Columns, lang.Text{Zh: res.Label(), En: res.English()})
	}
	litigationStarted := false
	for _, p := range report.Proceedings() {
		col := int(p) * len(results)
		t := lang.Text{Zh: p.Label(), En: p.English()}
		title := t
		if p.IsLitigation() {
			if !litigationStarted {
				litigating := 0
				for _, q := range report.Proceedings() {
					if q.IsLitigation() {
						litigating++
					}
				}
				b.header(0, col, 1, litigating*len(results), litigation)
				litigationStarted = true
			}
			b.header(1, col, 1, len(results), t)
			title = join(litigation, t)
		} else {
			b.header(0, col, 1, len(results), t)
		}
		vr := ViewRow{Title: title}
		for i, res := range results {
			rt := lang.Text{Zh: res.Label(), En: res.English()}
			if p.IsLitigation() {
				b.header(2, col+i, 1, 1, rt)
			} else {
				b.header(1, col+i, 2, 1, rt)
			}
			vr.Cells = append(vr.Cells, b.data(3, col+i, 1, report.Table4Path(p, res)))
		}
		view.Rows = append(view.Rows, vr)
	}
	b.l.Views = []View{view}
	return b.done(4)
}
