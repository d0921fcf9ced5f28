package table

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/report"
)

var tableSections = []report.SectionID{report.SectionProactive, report.SectionRequests, report.SectionAppeals}

func mustLookup(t *testing.T, s report.SectionID, f report.Format) *Layout {
	t.Helper()
	l, ok := Lookup(s, f)
	if !ok {
		t.Fatalf("no layout for section %v in format %v", s, f)
	}
	return l
}

func TestLayoutsTileTheirGrid(t *testing.T) {
	for _, f := range report.Formats() {
		for _, l := range Layouts(f) {
			if err := l.check(); err != nil {
				t.Errorf("format %s, %s: %v", f, l.Section.Key(), err)
			}
			for r, row := range l.Expand() {
				for c, i := range row {
					if i < 0 || !l.Cells[i].Covers(r, c) {
						t.Errorf("format %s, %s: Expand()[%d][%d] = %d", f, l.Section.Key(), r, c, i)
					}
				}
			}
		}
	}
}

func TestDataCellCounts(t *testing.T) {
	want := map[report.Format][3]int{
		report.Format2021: {10, 175, 15},
		report.Format2019: {22, 161, 15},
	}
	for f, counts := range want {
		for i, s := range tableSections {
			l := mustLookup(t, s, f)
			if got := len(l.DataCells()); got != counts[i] {
				t.Errorf("format %s, %s: %d data cells, want %d", f, s.Key(), got, counts[i])
			}
		}
	}
}

// Every data cell of a format is in exactly one layout, and every cell of
// the report's tables is in a layout.
func TestDataCellsMatchReportCells(t *testing.T) {
	for _, f := range report.Formats() {
		seen := map[report.Path]int{}
		for _, l := range Layouts(f) {
			for _, i := range l.DataCells() {
				seen[l.Cells[i].Path]++
			}
		}
		for _, c := range report.CellsOf(f) {
			if c.Table == 6 {
				continue
			}
			if seen[c.Path] != 1 {
				t.Errorf("format %s: cell %s appears %d times in the layouts", f, c.Path, seen[c.Path])
			}
			delete(seen, c.Path)
		}
		for p := range seen {
			t.Errorf("format %s: layout cell %s is not a cell of the format", f, p)
		}
	}
}

func TestOutcomesRowSpan(t *testing.T) {
	for f, want := range map[report.Format]int{report.Format2021: 22, report.Format2019: 20} {
		l := mustLookup(t, report.SectionRequests, f)
		found := false
		for _, c := range l.Cells {
			if c.Label.Zh == "三、本年度办理结果" {
				found = true
				if c.RowSpan != want || c.ColSpan != 1 || c.Col != 0 {
					t.Errorf("format %s: 三、本年度办理结果 at col %d spans %d×%d, want %d×1 at col 0", f, c.Col, c.RowSpan, c.ColSpan, want)
				}
			}
		}
		if !found {
			t.Errorf("format %s: no 三、本年度办理结果 cell", f)
		}
	}
}

// describe writes each cell of a layout as "row,col rowspan×colspan label" or
// "row,col rowspan×colspan =path", in reading order.
func describe(l *Layout) []string {
	var out []string
	for _, c := range l.Cells {
		s := fmt.Sprintf("%d,%d %dx%d ", c.Row, c.Col, c.RowSpan, c.ColSpan)
		if c.Kind == Data {
			s += "=" + string(c.Path)
		} else {
			s += c.Label.Zh
		}
		out = append(out, s)
	}
	return out
}

// The official layouts, written out from the format reference: every label
// character for character, with its place and spans.
func TestTable4Layout(t *testing.T) {
	want := []string{
		"0,0 1x5 行政复议", "0,5 1x10 行政诉讼",
		"1,0 2x1 结果维持", "1,1 2x1 结果纠正", "1,2 2x1 其他结果", "1,3 2x1 尚未审结", "1,4 2x1 总计",
		"1,5 1x5 未经复议直接起诉", "1,10 1x5 复议后起诉",
		"2,5 1x1 结果维持", "2,6 1x1 结果纠正", "2,7 1x1 其他结果", "2,8 1x1 尚未审结", "2,9 1x1 总计",
		"2,10 1x1 结果维持", "2,11 1x1 结果纠正", "2,12 1x1 其他结果", "2,13 1x1 尚未审结", "2,14 1x1 总计",
	}
	for _, p := range []string{"reconsideration", "sued_directly", "sued_after_reconsideration"} {
		for _, r := range []string{"upheld", "corrected", "other_result", "pending", "total"} {
			want = append(want, fmt.Sprintf("3,%d 1x1 =table4.%s.%s", len(want)-19, p, r))
		}
	}
	for _, f := range report.Formats() {
		if diff := cmp.Diff(want, describe(mustLookup(t, report.SectionAppeals, f))); diff != "" {
			t.Errorf("format %s table 四 (-want +got):\n%s", f, diff)
		}
	}
}

func TestTable2Layout2021(t *testing.T) {
	want := []string{
		"0,0 1x4 第二十条第（一）项",
		"1,0 1x1 信息内容", "1,1 1x1 本年制发件数", "1,2 1x1 本年废止件数", "1,3 1x1 现行有效件数",
		"2,0 1x1 规章", "2,1 1x1 =table2.regulations.issued", "2,2 1x1 =table2.regulations.repealed", "2,3 1x1 =table2.regulations.in_force",
		"3,0 1x1 行政规范性文件", "3,1 1x1 =table2.normative_documents.issued", "3,2 1x1 =table2.normative_documents.repealed", "3,3 1x1 =table2.normative_documents.in_force",
		"4,0 1x4 第二十条第（五）项",
		"5,0 1x1 信息内容", "5,1 1x3 本年处理决定数量",
		"6,0 1x1 行政许可", "6,1 1x3 =table2.administrative_licensing.decisions",
		"7,0 1x4 第二十条第（六）项",
		"8,0 1x1 信息内容", "8,1 1x3 本年处理决定数量",
		"9,0 1x1 行政处罚", "9,1 1x3 =table2.administrative_penalties.decisions",
		"10,0 1x1 行政强制", "10,1 1x3 =table2.administrative_compulsion.decisions",
		"11,0 1x4 第二十条第（八）项",
		"12,0 1x1 信息内容", "12,1 1x3 本年收费金额（单位：万元）",
		"13,0 1x1 行政事业性收费", "13,1 1x3 =table2.administrative_fees.amount",
	}
	if diff := cmp.Diff(want, describe(mustLookup(t, report.SectionProactive, report.Format2021))); diff != "" {
		t.Errorf("table 二 (-want +got):\n%s", diff)
	}
}

func TestTable2Layout2019(t *testing.T) {
	want := []string{
		"0,0 1x4 第二十条第（一）项",
		"1,0 1x1 信息内容", "1,1 1x1 本年新制作数量", "1,2 1x1 本年新公开数量", "1,3 1x1 对外公开总数量",
		"2,0 1x1 规章", "2,1 1x1 =table2.regulations.newly_made", "2,2 1x1 =table2.regulations.newly_disclosed", "2,3 1x1 =table2.regulations.disclosed_total",
		"3,0 1x1 规范性文件", "3,1 1x1 =table2.normative_documents.newly_made", "3,2 1x1 =table2.normative_documents.newly_disclosed", "3,3 1x1 =table2.normative_documents.disclosed_total",
		"4,0 1x4 第二十条第（五）项",
		"5,0 1x1 信息内容", "5,1 1x1 上一年项目数量", "5,2 1x1 本年增/减", "5,3 1x1 处理决定数量",
		"6,0 1x1 行政许可", "6,1 1x1 =table2.administrative_licensing.items_last_year", "6,2 1x1 =table2.administrative_licensing.change", "6,3 1x1 =table2.administrative_licensing.decisions",
		"7,0 1x1 其他对外管理服务事项", "7,1 1x1 =table2.other_external_services.items_last_year", "7,2 1x1 =table2.other_external_services.change", "7,3 1x1 =table2.other_external_services.decisions",
		"8,0 1x4 第二十条第（六）项",
		"9,0 1x1 信息内容", "9,1 1x1 上一年项目数量", "9,2 1x1 本年增/减", "9,3 1x1 处理决定数量",
		"10,0 1x1 行政处罚", "10,1 1x1 =table2.administrative_penalties.items_last_year", "10,2 1x1 =table2.administrative_penalties.change", "10,3 1x1 =table2.administrative_penalties.decisions",
		"11,0 1x1 行政强制", "11,1 1x1 =table2.administrative_compulsion.items_last_year", "11,2 1x1 =table2.administrative_compulsion.change", "11,3 1x1 =table2.administrative_compulsion.decisions",
		"12,0 1x4 第二十条第（八）项",
		"13,0 1x1 信息内容", "13,1 1x1 上一年项目数量", "13,2 1x2 本年增/减",
		"14,0 1x1 行政事业性收费", "14,1 1x1 =table2.administrative_fees.items_last_year", "14,2 1x2 =table2.administrative_fees.change",
		"15,0 1x4 第二十条第（九）项",
		"16,0 1x1 信息内容", "16,1 1x1 采购项目数量", "16,2 1x2 采购总金额",
		"17,0 1x1 政府集中采购", "17,1 1x1 =table2.centralised_procurement.projects", "17,2 1x2 =table2.centralised_procurement.total_amount",
	}
	if diff := cmp.Diff(want, describe(mustLookup(t, report.SectionProactive, report.Format2019))); diff != "" {
		t.Errorf("table 二 (-want +got):\n%s", diff)
	}
}

// table3Labels lists the label cells of table 三 of the 2021 format below
// its header, as the format reference gives them.
var table3Labels2021 = []string{
	"3,0 1x3 一、本年新收政府信息公开申请数量",
	"4,0 1x3 二、上年结转政府信息公开申请数量",
	"5,0 22x1 三、本年度办理结果",
	"5,1 1x2 （一）予以公开",
	"6,1 1x2 （二）部分公开（区分处理的，只计这一情形，不计其他情形）",
	"7,1 8x1 （三）不予公开",
	"7,2 1x1 1.属于国家秘密",
	"8,2 1x1 2.其他法律行政法规禁止公开",
	"9,2 1x1 3.危及“三安全一稳定”",
	"10,2 1x1 4.保护第三方合法权益",
	"11,2 1x1 5.属于三类内部事务信息",
	"12,2 1x1 6.属于四类过程性信息",
	"13,2 1x1 7.属于行政执法案卷",
	"14,2 1x1 8.属于行政查询事项",
	"15,1 3x1 （四）无法提供",
	"15,2 1x1 1.本机关不掌握相关政府信息",
	"16,2 1x1 2.没有现成信息需要另行制作",
	"17,2 1x1 3.补正后申请内容仍不明确",
	"18,1 5x1 （五）不予处理",
	"18,2 1x1 1.信访举报投诉类申请",
	"19,2 1x1 2.重复申请",
	"20,2 1x1 3.要求提供公开出版物",
	"21,2 1x1 4.无正当理由大量反复申请",
	"22,2 1x1 5.要求行政机关确认或重新出具已获取信息",
	"23,1 3x1 （六）其他处理",
	"23,2 1x1 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
	"24,2 1x1 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
	"25,2 1x1 3.其他",
	"26,1 1x2 （七）总计",
	"27,0 1x3 四、结转下年度继续办理",
}

var table3Header = []string{
	"0,0 3x3 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
	"0,3 1x7 申请人情况",
	"1,3 2x1 自然人", "1,4 1x5 法人或其他组织", "1,9 2x1 总计",
	"2,4 1x1 商业企业", "2,5 1x1 科研机构", "2,6 1x1 社会公益组织", "2,7 1x1 法律服务机构", "2,8 1x1 其他",
}

// headerCells returns the descriptions of a layout's header cells.
func headerCells(l *Layout) []string {
	var out []string
	for _, d := range describe(l) {
		if !strings.Contains(d, "=") {
			out = append(out, d)
		}
	}
	return out
}

func TestTable3Layout(t *testing.T) {
	want2021 := append(append([]string{}, table3Header...), table3Labels2021...)
	if diff := cmp.Diff(want2021, headerCells(mustLookup(t, report.SectionRequests, report.Format2021))); diff != "" {
		t.Errorf("2021 table 三 headers (-want +got):\n%s", diff)
	}

	// The 2019 format: （六）其他处理 is one row spanning columns 2 and 3.
	want2019 := append([]string{}, table3Header...)
	for _, d := range table3Labels2021 {
		switch {
		case strings.HasPrefix(d, "5,0 22x1"):
			d = "5,0 20x1 三、本年度办理结果"
		case strings.HasPrefix(d, "23,1 "):
			d = "23,1 1x2 （六）其他处理"
		case strings.HasPrefix(d, "24,") || strings.HasPrefix(d, "25,") || strings.HasPrefix(d, "23,2 "):
			continue
		case strings.HasPrefix(d, "26,1 "):
			d = "24,1 1x2 （七）总计"
		case strings.HasPrefix(d, "27,0 "):
			d = "25,0 1x3 四、结转下年度继续办理"
		}
		want2019 = append(want2019, d)
	}
	if diff := cmp.Diff(want2019, headerCells(mustLookup(t, report.SectionRequests, report.Format2019))); diff != "" {
		t.Errorf("2019 table 三 headers (-want +got):\n%s", diff)
	}

	// Each row's data cells follow its labels, in applicant order.
	l := mustLookup(t, report.SectionRequests, report.Format2021)
	g := l.Expand()
	for row, r := range report.Table3Rows(report.Format2021) {
		for _, a := range report.Applicants() {
			c := l.Cells[g[table3HeaderRows+row][table3LabelCols+int(a)]]
			if c.Path != report.Table3Path(r, a) {
				t.Errorf("cell at row %d col %d is %q, want %q", row, a, c.Path, report.Table3Path(r, a))
			}
		}
	}
}

// Each view shows every data cell of its layout once, and its titles are
// the labels of the headers over the cell.
func TestViews(t *testing.T) {
	for _, f := range report.Formats() {
		for _, l := range Layouts(f) {
			seen := map[int]bool{}
			for _, v := range l.Views {
				for _, r := range v.Rows {
					if len(r.Cells) != len(v.Columns) {
						t.Errorf("%s %s: view row %q has %d cells for %d columns", f, l.Section.Key(), r.Title.Zh, len(r.Cells), len(v.Columns))
					}
					for _, i := range r.Cells {
						if i < 0 {
							continue
						}
						if seen[i] || l.Cells[i].Kind != Data {
							t.Errorf("%s %s: view cell %d repeated or not data", f, l.Section.Key(), i)
						}
						seen[i] = true
					}
				}
			}
			if len(seen) != len(l.DataCells()) {
				t.Errorf("%s %s: views show %d of %d data cells", f, l.Section.Key(), len(seen), len(l.DataCells()))
			}
		}
	}
	l := mustLookup(t, report.SectionRequests, report.Format2021)
	v := l.Views[0]
	if got := v.Columns[1].Zh; got != "法人或其他组织·商业企业" {
		t.Errorf("table 三 column 2 title %q", got)
	}
	if got := v.Rows[4].Title.Zh; got != "三、本年度办理结果·（三）不予公开·1.属于国家秘密" {
		t.Errorf("table 三 row 5 title %q", got)
	}
	l4 := mustLookup(t, report.SectionAppeals, report.Format2021)
	if got := l4.Views[0].Rows[1].Title.En; got != "administrative litigation·sued directly" {
		t.Errorf("table 四 row 2 English title %q", got)
	}
}

func TestFillAndApply(t *testing.T) {
	r := examples.Xiaoshan2023()
	grids, err := Fill(r)
	if err != nil {
		t.Fatal(err)
	}
	back := report.New(r.Format, r.Metadata.Year)
	for _, g := range grids {
		for _, i := range g.Layout.DataCells() {
			want, _ := r.Lookup(g.Layout.Cells[i].Path)
			if g.Values[i].String() != want.String() {
				t.Errorf("%s = %q, want %q", g.Layout.Cells[i].Path, g.Values[i], want)
			}
		}
		if err := g.Apply(back); err != nil {
			t.Fatal(err)
		}
	}
	for c, v := range r.Cells {
		if c.Table == 6 {
			continue
		}
		got, _ := back.Lookup(c.Path)
		if got.String() != v.String() {
			t.Errorf("after Apply, %s = %q, want %q", c.Path, got, v)
		}
	}
	if _, err := Fill(&report.Report{}); err == nil {
		t.Error("Fill of a report of unknown format: no error")
	}
}

func TestLookupUnknown(t *testing.T) {
	if _, ok := Lookup(report.SectionOverview, report.Format2021); ok {
		t.Error("Lookup(SectionOverview) found a layout")
	}
	if _, ok := Lookup(report.SectionRequests, report.FormatUnknown); ok {
		t.Error("Lookup(FormatUnknown) found a layout")
	}
	if Layouts(report.Format(9)) != nil {
		t.Error("Layouts(9) is not nil")
	}
}

// TestFillResolved checks that filling a grid through the report cells
// resolved with each declared layout reads what a lookup by path reads, and
// that a layout whose cells were changed after it was declared is filled
// by path.
func TestFillResolved(t *testing.T) {
	for _, f := range report.Formats() {
		r := &report.Report{Format: f}
		n := 0
		for _, c := range report.CellsOf(f) {
			n++
			v := report.Value{Kind: c.Kind, Unit: c.Unit, Count: report.Count(n)}
			if c.Kind == report.KindAmount {
				v.Amount, _ = report.ParseAmount(fmt.Sprint(n))
			}
			if err := r.Set(c.Path, v); err != nil {
				t.Fatal(err)
			}
		}
		lays := Layouts(f)
		if f == report.Format2021 {
			for i := range r.Table3.Rows[report.RowOtherHandling] {
				r.Table3.Rows[report.RowOtherHandling][i] = report.Count(1000 + i)
			}
			lays = append(lays, combined)
		}
		for _, lay := range lays {
			copied := *lay
			copied.Cells = append([]Cell(nil), lay.Cells...)
			data := lay.DataCells()
			copied.Cells[data[0]].Path, copied.Cells[data[1]].Path = lay.Cells[data[1]].Path, lay.Cells[data[0]].Path
			for _, l := range []*Layout{lay, &copied} {
				g, err := FillLayout(l, r)
				if err != nil {
					t.Fatal(err)
				}
				for _, i := range data {
					want, err := r.Lookup(l.Cells[i].Path)
					if err != nil {
						t.Fatal(err)
					}
					if got := g.Values[i]; got.String() != want.String() || got.Kind != want.Kind || got.Unit != want.Unit {
						t.Errorf("%v %v cell %s: %v, want %v", f, l.Section, l.Cells[i].Path, got, want)
					}
				}
			}
		}
	}
}

// TestRefill checks that Refill gives the grids Fill gives, in storage it
// reuses.
func TestRefill(t *testing.T) {
	r := examples.Xiaoshan2023()
	want, err := Fill(r)
	if err != nil {
		t.Fatal(err)
	}
	grids, err := Refill(nil, r)
	if err != nil {
		t.Fatal(err)
	}
	first := &grids[0].Values[0]
	for range 2 {
		if grids, err = Refill(grids, r); err != nil {
			t.Fatal(err)
		}
		if len(grids) != len(want) {
			t.Fatalf("%d grids, want %d", len(grids), len(want))
		}
		for i := range want {
			if grids[i].Layout != want[i].Layout || fmt.Sprint(grids[i].Values) != fmt.Sprint(want[i].Values) {
				t.Errorf("grid %d differs from Fill's", i)
			}
		}
	}
	if &grids[0].Values[0] != first {
		t.Error("Refill did not reuse the values")
	}
	if _, err := Refill(grids, &report.Report{Format: report.Format(99)}); !errors.Is(err, ErrFormat) {
		t.Errorf("unknown format: %v, want ErrFormat", err)
	}
}

// TestNilReport checks that no report gives an error, not a panic.
func TestNilReport(t *testing.T) {
	if _, err := Fill(nil); !errors.Is(err, ErrNilReport) {
		t.Errorf("Fill(nil): %v, want ErrNilReport", err)
	}
	if _, err := FillLayout(Layouts(report.Format2021)[0], nil); !errors.Is(err, ErrNilReport) {
		t.Errorf("FillLayout(l, nil): %v, want ErrNilReport", err)
	}
	if ls := LayoutsOf(nil); ls != nil {
		t.Errorf("LayoutsOf(nil) = %v, want nil", ls)
	}
}
