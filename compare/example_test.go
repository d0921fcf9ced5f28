package compare_test

import (
	"fmt"
	"strings"

	"github.com/opengov-cn/xxgk/compare"
	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// Last year's report against this year's: every cell side by side. A cell
// left blank is not a zero: its change is not comparable.
func ExampleDiff() {
	prev := examples.Xiaoshan2023()
	cur := examples.Xiaoshan2023()
	cur.Metadata.Year = 2024
	cur.Table3.Rows[report.RowReceived][report.NaturalPerson] = 125
	cur.Table3.Rows[report.RowReceived][report.ApplicantTotal] = 125
	cur.Fees.Notices = report.Blank

	d, err := compare.Diff(prev, cur)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ln := range d.Lines {
		if ln.Status != compare.Same {
			fmt.Println(ln.Cell.Path, strings.TrimSpace(fmt.Sprintf("%q → %q %s %s %s", ln.Prev, ln.Cur, ln.Status.Key(), ln.Change, ln.Reason.Key())))
		}
	}
	// Output:
	// table3.received.natural_person "115" → "125" up 10
	// table3.received.total "115" → "125" up 10
	// fees.notices "1" → "" not_comparable 0 blank
}

// The derived figures of a report, each with the cells it is computed
// from.
func ExampleCompute() {
	for _, v := range compare.Compute(examples.Xiaoshan2023())[:3] {
		fmt.Printf("%s = %d ÷ %d = %s\n", v.Figure.Label(lang.English), v.Numerator, v.Base, v.Percent())
	}
	// Output:
	// disclosure rate = 66 ÷ 113 = 58.41%
	// share (1) disclosed = 64 ÷ 113 = 56.64%
	// share (2) partially disclosed (a request handled in part counts here only) = 2 ÷ 113 = 1.77%
}

// Many reports side by side: one body over the years (Group sorts them),
// one column each.
func ExampleOver() {
	r23 := examples.Xiaoshan2023()
	r24 := examples.Xiaoshan2023()
	r24.Metadata.Year = 2024
	r24.Table3.Rows[report.RowReceived][report.ApplicantTotal] = report.Blank
	groups := compare.Group([]*report.Report{r24, r23})
	t, err := compare.Over(groups[0])
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, row := range t.Rows {
		if row.Cell.Path == "table3.received.total" {
			fmt.Printf("%s: %q %q\n", row.Label(lang.English), row.Entries[0].Value, row.Entries[1].Value)
		}
	}
	fmt.Println(t.Figures[compare.ShareNaturalPerson].Values[1].Missing)
	// Output:
	// 1. requests received this year / total: "115" ""
	// [table3.received.total]
}

// A comparison written as Markdown (also HTML, CSV and JSON).
func ExampleWriteDiff() {
	prev := examples.Xiaoshan2023()
	cur := examples.Xiaoshan2023()
	cur.Metadata.Year = 2024
	cur.Table2.Counts[report.Regulations][report.Issued] = 2
	d, _ := compare.Diff(prev, cur)
	var b strings.Builder
	if err := compare.WriteDiff(&b, d, compare.Markdown, lang.English); err != nil {
		fmt.Println(err)
		return
	}
	lines := strings.Split(b.String(), "\n")
	fmt.Println(strings.Join(lines[5:10], "\n"))
	// Output:
	// ## 2. Proactive disclosure
	//
	// | item | 2023 | 2024 | change | relative change |
	// | --- | ---: | ---: | ---: | ---: |
	// | Article 20 item (1) / regulations / issued this year | 0 | 2 | ▲ +2 |  |
}
