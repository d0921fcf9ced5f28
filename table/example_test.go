package table_test

import (
	"fmt"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/table"
)

func ExampleLookup() {
	l, _ := table.Lookup(report.SectionRequests, report.Format2021)
	fmt.Println(l.Rows, "rows,", l.Cols, "columns,", len(l.DataCells()), "data cells")
	for _, c := range l.Cells {
		if c.Kind == table.Header && c.RowSpan > 10 {
			fmt.Printf("%s spans %d rows\n", c.Label.Zh, c.RowSpan)
		}
	}
	// Output:
	// 28 rows, 10 columns, 175 data cells
	// 三、本年度办理结果 spans 22 rows
}

func ExampleFill() {
	grids, err := table.Fill(examples.Xiaoshan2023())
	if err != nil {
		fmt.Println(err)
		return
	}
	g := grids[2] // table 四
	for _, i := range g.Layout.DataCells()[:5] {
		fmt.Println(g.Layout.Cells[i].Path, g.Values[i])
	}
	// Output:
	// table4.reconsideration.upheld 4
	// table4.reconsideration.corrected 0
	// table4.reconsideration.other_result 0
	// table4.reconsideration.pending 0
	// table4.reconsideration.total 4
}

func ExampleLayout_Expand() {
	l, _ := table.Lookup(report.SectionAppeals, report.Format2021)
	g := l.Expand()
	// The header cell over row 2, column 7 of table 四, and the data cell
	// below it.
	fmt.Println(l.Cells[g[0][7]].Label.Zh, l.Cells[g[1][7]].Label.Zh, l.Cells[g[2][7]].Label.Zh)
	fmt.Println(l.Cells[g[3][7]].Path)
	// Output:
	// 行政诉讼 未经复议直接起诉 其他结果
	// table4.sued_directly.other_result
}

func ExampleGrid_Apply() {
	l, _ := table.Lookup(report.SectionAppeals, report.Format2021)
	g := table.NewGrid(l)
	i, _ := l.Find(report.Table4Path(report.Reconsideration, report.Upheld))
	g.Values[i].Count = 3
	r := report.New(report.Format2021, 2024)
	if err := g.Apply(r); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Table4.Blocks[report.Reconsideration][report.Upheld])
	// Output:
	// 3
}

func ExampleLayouts() {
	for _, l := range table.Layouts(report.Format2019) {
		fmt.Printf("%s: %d×%d grid, %d data cells\n", l.Section.Label(report.Format2019), l.Rows, l.Cols, len(l.DataCells()))
	}
	// Output:
	// 二、主动公开政府信息情况: 18×4 grid, 22 data cells
	// 三、收到和处理政府信息公开申请情况: 26×10 grid, 161 data cells
	// 四、政府信息公开行政复议、行政诉讼情况: 4×15 grid, 15 data cells
}

func ExampleFillLayout() {
	l, _ := table.Lookup(report.SectionProactive, report.Format2021)
	g, err := table.FillLayout(l, examples.Xiaoshan2023())
	if err != nil {
		fmt.Println(err)
		return
	}
	i, _ := l.Find(report.Table2Path(report.AdministrativeFees, report.FeeAmount))
	c := l.Cells[i]
	fmt.Printf("row %d, column %d, spanning %d columns: %s\n", c.Row, c.Col, c.ColSpan, g.Values[i])
	// Output:
	// row 13, column 1, spanning 3 columns: 0.008
}

func ExampleLayout_RowStarts() {
	l, _ := table.Lookup(report.SectionRequests, report.Format2021)
	for _, i := range l.RowStarts()[1] {
		c := l.Cells[i]
		fmt.Println(c.Label.Zh, c.RowSpan, c.ColSpan)
	}
	// Output:
	// 自然人 2 1
	// 法人或其他组织 1 5
	// 总计 2 1
}

// A report that prints （六）其他处理 as one row is laid out that way.
func ExampleLayoutsOf() {
	r := examples.Xiaoshan2023()
	for _, row := range report.OtherHandling.Rows(r.Format) {
		r.Table3.Rows[row] = report.BlankRow
	}
	r.Table3.Rows[report.RowOtherHandling] = report.Row{12, 0, 0, 0, 0, 0, 12}
	official, _ := table.Lookup(report.SectionRequests, r.Format)
	printed := table.LayoutsOf(r)[1]
	fmt.Println(official.Rows, "rows in the format,", printed.Rows, "as printed")
	// Output:
	// 28 rows in the format, 26 as printed
}

func ExampleRefill() {
	var grids []table.Grid
	for _, r := range []*report.Report{examples.Xiaoshan2023(), examples.Xiaoshan2023()} {
		var err error
		grids, err = table.Refill(grids, r) // the second report reuses the first one's grids
		if err != nil {
			fmt.Println(err)
			return
		}
		g := grids[1] // table 三
		i, _ := g.Layout.Find("table3.received.total")
		fmt.Println(g.Values[i])
	}
	// Output:
	// 115
	// 115
}
