package report

import (
	"errors"
	"slices"
	"testing"
)

func TestCellCounts(t *testing.T) {
	tests := []struct {
		f              Format
		t2, t3, t4, t6 int
	}{
		{Format2021, 10, 175, 15, 2},
		{Format2019, 22, 161, 15, 2},
	}
	for _, tt := range tests {
		got := map[int]int{}
		seen := map[Path]bool{}
		for _, c := range CellsOf(tt.f) {
			got[c.Table]++
			if seen[c.Path] {
				t.Errorf("%s: path %s listed twice", tt.f, c.Path)
			}
			seen[c.Path] = true
			if back, ok := LookupCell(tt.f, c.Path); !ok || back.Path != c.Path {
				t.Errorf("%s: LookupCell(%s) = %v, %v", tt.f, c.Path, back.Path, ok)
			}
		}
		want := map[int]int{2: tt.t2, 3: tt.t3, 4: tt.t4, 6: tt.t6}
		for table, n := range want {
			if got[table] != n {
				t.Errorf("format %s table %d: %d cells, want %d", tt.f, table, got[table], n)
			}
		}
	}
	if CellsOf(FormatUnknown) != nil {
		t.Error("CellsOf(FormatUnknown) is not nil")
	}
}

func TestCellLabels(t *testing.T) {
	tests := []struct {
		f       Format
		path    Path
		label   string
		english string
	}{
		{Format2021, "table3.withheld_state_secret.natural_person",
			"三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / 自然人",
			"outcomes (this year) / (3) withheld / 1. state secret / natural person"},
		{Format2021, "table3.received.commercial_enterprise",
			"一、本年新收政府信息公开申请数量 / 法人或其他组织 / 商业企业",
			"1. requests received this year / legal persons and other organisations / commercial enterprise"},
		{Format2021, "table3.concluded.total", "三、本年度办理结果 / （七）总计 / 总计", "outcomes (this year) / (7) concluded (total) / total"},
		{Format2019, "table3.other_handling.other", "三、本年度办理结果 / （六）其他处理 / 法人或其他组织 / 其他", "outcomes (this year) / (6) other handling / legal persons and other organisations / other"},
		{Format2021, "table4.sued_after_reconsideration.pending", "行政诉讼 / 复议后起诉 / 尚未审结", "administrative litigation / sued after reconsideration / pending"},
		{Format2021, "table2.administrative_fees.amount", "第二十条第（八）项 / 行政事业性收费 / 本年收费金额（单位：万元）", "Article 20 item (8) / administrative fees / amount collected this year (10,000 yuan)"},
		{Format2019, "table2.normative_documents.newly_made", "第二十条第（一）项 / 规范性文件 / 本年新制作数量", "Article 20 item (1) / normative documents / newly made this year"},
		{Format2019, "table2.administrative_licensing.decisions", "第二十条第（五）项 / 行政许可 / 处理决定数量", "Article 20 item (5) / administrative licensing / decisions this year"},
		{Format2021, "table2.administrative_licensing.decisions", "第二十条第（五）项 / 行政许可 / 本年处理决定数量", "Article 20 item (5) / administrative licensing / decisions this year"},
		{Format2021, PathFeeCollected, "六、其他需要报告的事项 / 收取信息处理费（元）", "6. Other matters / information processing fee collected (yuan)"},
	}
	for _, tt := range tests {
		c, ok := LookupCell(tt.f, tt.path)
		if !ok {
			t.Errorf("LookupCell(%s, %s): not found", tt.f, tt.path)
			continue
		}
		if got := c.Label(tt.f); got != tt.label {
			t.Errorf("%s label = %q, want %q", tt.path, got, tt.label)
		}
		if got := c.English(); got != tt.english {
			t.Errorf("%s English = %q, want %q", tt.path, got, tt.english)
		}
	}
}

func TestLookupAndSet(t *testing.T) {
	r := trial2019()
	v, err := r.Lookup("table3.received.natural_person")
	if err != nil || v.Count != 821 || v.String() != "821" {
		t.Errorf("Lookup received.natural_person = %v, %v", v, err)
	}
	v, err = r.Lookup("table2.centralised_procurement.total_amount")
	if err != nil || v.String() != "251000" || v.Unit != UnitYuan || v.Kind != KindAmount {
		t.Errorf("Lookup total_amount = %+v, %v", v, err)
	}
	if v, _ := r.Lookup("table3.received.research_institution"); !v.IsBlank() || v.String() != "" {
		t.Errorf("blank cell = %+v", v)
	}
	if v, _ := r.Lookup("table2.administrative_licensing.change"); !v.IsNotApplicable() || v.String() != "/" {
		t.Errorf("not-applicable cell = %+v", v)
	}
	for _, p := range []Path{"table2.regulations.issued", "table3.other_handling_other.total", "table3.received", "", "table9.x.y"} {
		if _, err := r.Lookup(p); !errors.Is(err, ErrUnknownPath) {
			t.Errorf("Lookup(%q) error = %v, want ErrUnknownPath", p, err)
		}
		if err := r.Set(p, Value{}); !errors.Is(err, ErrUnknownPath) {
			t.Errorf("Set(%q) error = %v, want ErrUnknownPath", p, err)
		}
	}
	if err := r.Set("table4.sued_directly.corrected", Value{Count: 2}); err != nil {
		t.Fatal(err)
	}
	if got := r.Table4.Blocks[SuedDirectly][Corrected]; got != 2 {
		t.Errorf("after Set, cell = %v", got)
	}
	if err := r.Set("table4.sued_directly.corrected", Value{Kind: KindAmount}); err == nil {
		t.Error("Set of an amount into a count cell: no error")
	}
	fee, _ := ParseAmount("12.5")
	if err := r.Set(PathFeeCollected, Value{Kind: KindAmount, Amount: fee}); err != nil || r.Fees.Collected.String() != "12.5" {
		t.Errorf("Set fee: %v, %v", err, r.Fees.Collected)
	}
}

func TestCellsVisitsEveryCellInOrder(t *testing.T) {
	r := trial2019()
	var paths []Path
	for c, v := range r.Cells {
		if c.Path == "table3.received.natural_person" && v.Count != 821 {
			t.Errorf("value %v", v)
		}
		paths = append(paths, c.Path)
	}
	if len(paths) != 22+161+15+2 {
		t.Errorf("Cells visited %d cells", len(paths))
	}
	if paths[0] != "table2.regulations.newly_made" || paths[len(paths)-1] != PathFeeCollected {
		t.Errorf("order: first %s, last %s", paths[0], paths[len(paths)-1])
	}
	n := 0
	for range r.Cells {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("break after 3: visited %d", n)
	}
}

func TestNewIsBlank(t *testing.T) {
	for _, f := range Formats() {
		r := New(f, 2020)
		for c, v := range r.Cells {
			if !v.IsBlank() {
				t.Errorf("%s: new report cell %s = %q, want blank", f, c.Path, v)
			}
		}
	}
}

func TestFillTotals(t *testing.T) {
	r := New(Format2021, 2024)
	r.Table3.Rows[RowReceived] = Row{3, 1, 0, 0, 0, Blank, Blank}
	r.Table3.Rows[RowDisclosed] = Row{2, 1, 0, 0, 0, 0, Blank}
	r.Table3.Rows[RowOtherHandlingOther] = Row{1, 0, 0, 0, 0, 0, Blank}
	r.Table4.Blocks[Reconsideration] = Block{1, 2, 0, 1, Blank}
	r.FillTotals()
	checks := map[Path]Count{
		"table3.received.total":                  4,
		"table3.disclosed.total":                 3,
		"table3.concluded.natural_person":        3,
		"table3.concluded.commercial_enterprise": 1,
		"table3.concluded.total":                 4,
		"table3.carried_forward.total":           Blank, // all parts blank
		"table4.reconsideration.total":           4,
		"table4.sued_directly.total":             Blank,
	}
	for p, want := range checks {
		v, err := r.Lookup(p)
		if err != nil || v.Count != want {
			t.Errorf("%s = %v (%v), want %v", p, v.Count, err, want)
		}
	}
	// In 2019 the single （六）其他处理 row counts, not the 2021 reasons.
	r19 := New(Format2019, 2020)
	r19.Table3.Rows[RowOtherHandling] = Row{5, 0, 0, 0, 0, 0, Blank}
	r19.Table3.Rows[RowOtherHandlingOther] = Row{7, 0, 0, 0, 0, 0, Blank}
	r19.FillTotals()
	if got := r19.Table3.Rows[RowConcluded][ApplicantTotal]; got != 5 {
		t.Errorf("2019 concluded total = %v, want 5", got)
	}
}

// TestCellValue checks that a cell found with Report.Cell reads what
// Report.Lookup reads, and that Value.Append prints what Value.String
// prints.
func TestCellValue(t *testing.T) {
	for _, f := range Formats() {
		r := &Report{Format: f}
		for n, c := range CellsOf(f) {
			v := Value{Kind: c.Kind, Unit: c.Unit, Count: Count(n - 3)}
			if c.Kind == KindAmount {
				v.Amount, _ = ParseAmount("12.50")
			}
			if err := r.Set(c.Path, v); err != nil {
				t.Fatal(err)
			}
		}
		for _, c := range CellsOf(f) {
			rc, ok := r.Cell(c.Path)
			if !ok {
				t.Fatalf("%s: no cell in format %s", c.Path, f)
			}
			want, _ := r.Lookup(c.Path)
			if got := rc.Value(r); got.String() != want.String() || got.Kind != want.Kind || got.Unit != want.Unit {
				t.Errorf("%s: %v, want %v", c.Path, got, want)
			}
		}
		if _, ok := r.Cell("table9.x.y"); ok {
			t.Error("Cell found an unknown path")
		}
	}
	for _, v := range []Value{
		{Count: 0}, {Count: 115}, {Count: -7}, {Count: Blank}, {Count: NotApplicable},
		{Kind: KindAmount, Amount: BlankAmount}, {Kind: KindAmount, Amount: NotApplicableAmount},
		{Kind: KindAmount, Amount: mustAmount(t, "0.50")},
	} {
		if got := string(v.Append([]byte("x"))); got != "x"+v.String() {
			t.Errorf("Append of %v = %q, want %q", v, got, "x"+v.String())
		}
	}
}

func mustAmount(t *testing.T, s string) Amount {
	t.Helper()
	a, err := ParseAmount(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestTable3RowPaths checks the paths of a row against Table3Path, that
// the caller owns the slice, and nil out of range.
func TestTable3RowPaths(t *testing.T) {
	for r := range Table3Row(NumTable3Rows) {
		paths := Table3RowPaths(r)
		if len(paths) != NumApplicants {
			t.Fatalf("row %d: %d paths", r, len(paths))
		}
		for a := range Applicant(NumApplicants) {
			if paths[a] != Table3Path(r, a) {
				t.Errorf("row %d, applicant %d: %s, want %s", r, a, paths[a], Table3Path(r, a))
			}
		}
		paths[0] = "changed"
		if Table3RowPaths(r)[0] == "changed" {
			t.Fatal("the slice is shared")
		}
	}
	if p := Table3RowPaths(Table3Row(NumTable3Rows)); p != nil {
		t.Errorf("out of range: %v", p)
	}
}

// TestCombineOtherHandling checks that the three 2021 rows of （六）其他处理
// give way to the one row, where the first of them stood, the other rows
// kept in order.
func TestCombineOtherHandling(t *testing.T) {
	rows := Table3Rows(Format2021)
	got := CombineOtherHandling(rows)
	var want []Table3Row
	for _, r := range rows {
		switch g, _ := r.Outcome(); {
		case r == RowOtherHandlingNoCorrection:
			want = append(want, RowOtherHandling)
		case g != OtherHandling:
			want = append(want, r)
		}
	}
	if !slices.Equal(got, want) || len(got) != len(rows)-2 {
		t.Errorf("CombineOtherHandling = %v, want %v", got, want)
	}
	if rows19 := Table3Rows(Format2019); !slices.Equal(CombineOtherHandling(rows19), rows19) {
		t.Error("the 2019 rows changed")
	}
}

// TestAllParagraphs checks the order and titles AllParagraphs yields, and
// that it stops when told.
func TestAllParagraphs(t *testing.T) {
	s := Section{Paragraphs: []string{"a", "b"}, Subsections: []Subsection{{Title: "（一）x", Paragraphs: []string{"c"}}, {Title: "（二）y", Paragraphs: []string{"d", "e"}}}}
	var got []string
	for p, title := range s.AllParagraphs() {
		got = append(got, title+p)
	}
	if want := []string{"a", "b", "（一）xc", "（二）yd", "（二）ye"}; !slices.Equal(got, want) {
		t.Errorf("AllParagraphs = %q, want %q", got, want)
	}
	n := 0
	for range s.AllParagraphs() {
		if n++; n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("stopped after %d", n)
	}
}
