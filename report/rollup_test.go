package report_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/report"
)

var cmpRollUp = []cmp.Option{
	cmp.Comparer(func(a, b report.Amount) bool { return a.Equal(b) }),
	cmpopts.EquateEmpty(),
}

func amount(t *testing.T, s string) report.Amount {
	t.Helper()
	a, err := report.ParseAmount(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// secondBody is a made-up body's 2023 report with numbers in many cells,
// some "/" and some blanks.
func secondBody(t *testing.T) *report.Report {
	r := report.New(report.Format2021, 2023)
	r.Metadata.ReportingBody = "某某区某某局"
	r.Metadata.PeriodStart, r.Metadata.PeriodEnd = examples.Xiaoshan2023().Metadata.PeriodStart, examples.Xiaoshan2023().Metadata.PeriodEnd
	r.Table2.Counts[report.Regulations] = [report.NumTable2CountColumns]report.Count{report.NotApplicable, report.NotApplicable, report.NotApplicable}
	r.Table2.Counts[report.NormativeDocuments][report.Issued] = 3
	r.Table2.Counts[report.NormativeDocuments][report.Repealed] = 1
	r.Table2.Counts[report.NormativeDocuments][report.InForce] = 20
	r.Table2.Counts[report.AdministrativeLicensing][report.Decisions] = 1250
	r.Table2.Counts[report.AdministrativePenalties][report.Decisions] = report.NotApplicable
	r.Table2.FeeAmount = amount(t, "12.5")
	for _, row := range report.Table3Rows(r.Format) {
		r.Table3.Rows[row] = report.Row{}
	}
	r.Table3.Rows[report.RowReceived] = report.Row{20, 3, 0, 1, 2, 0}
	r.Table3.Rows[report.RowCarriedOver] = report.Row{2, 0, 0, 0, 0, 0}
	r.Table3.Rows[report.RowDisclosed] = report.Row{10, 2, 0, 1, 1, 0}
	r.Table3.Rows[report.RowOtherHandlingFeeNotPaid] = report.Row{3, 0, 0, 0, 0, 0}
	r.Table3.Rows[report.RowWithheldStateSecret] = report.Row{1, 0, 0, 0, 0, 0}
	r.Table3.Rows[report.RowCarriedForward] = report.Row{8, 1, 0, 0, 1, 0}
	r.Table4.Blocks[report.Reconsideration] = report.Block{1, 1, 0, 1}
	r.FillTotals()
	r.Fees.Notices = 4
	r.Fees.Collected = amount(t, "1200.50")
	return r
}

// TestRollUpTwoReports checks that a roll-up of two reports is their
// cell-by-cell sum, written out by hand.
func TestRollUpTwoReports(t *testing.T) {
	a, b := examples.Xiaoshan2023(), secondBody(t)
	got, err := report.RollUp([]*report.Report{a, b})
	if err != nil {
		t.Fatal(err)
	}

	want := report.New(report.Format2021, 2023)
	want.Metadata.Aggregate = true
	want.Metadata.PeriodStart, want.Metadata.PeriodEnd = a.Metadata.PeriodStart, a.Metadata.PeriodEnd
	want.Table2.Counts[report.Regulations][report.Issued] = 0 // 0 and "/"
	want.Table2.Counts[report.Regulations][report.Repealed] = 0
	want.Table2.Counts[report.Regulations][report.InForce] = 0
	want.Table2.Counts[report.NormativeDocuments][report.Issued] = 21
	want.Table2.Counts[report.NormativeDocuments][report.Repealed] = 7
	want.Table2.Counts[report.NormativeDocuments][report.InForce] = 93
	want.Table2.Counts[report.AdministrativeLicensing][report.Decisions] = 1250
	want.Table2.Counts[report.AdministrativePenalties][report.Decisions] = 0
	want.Table2.Counts[report.AdministrativeCompulsion][report.Decisions] = 0 // 0 and blank
	want.Table2.FeeAmount = amount(t, "12.508")
	for _, row := range report.Table3Rows(want.Format) {
		want.Table3.Rows[row] = report.Row{}
	}
	t3 := &want.Table3.Rows
	t3[report.RowReceived] = report.Row{135, 3, 0, 1, 2, 0, 141}
	t3[report.RowCarriedOver] = report.Row{10, 0, 0, 0, 0, 0, 10}
	t3[report.RowDisclosed] = report.Row{74, 2, 0, 1, 1, 0, 78}
	t3[report.RowPartiallyDisclosed] = report.Row{2, 0, 0, 0, 0, 0, 2}
	t3[report.RowWithheldStateSecret] = report.Row{1, 0, 0, 0, 0, 0, 1}
	t3[report.RowWithheldInternalAffairs] = report.Row{1, 0, 0, 0, 0, 0, 1}
	t3[report.RowWithheldProcessInformation] = report.Row{1, 0, 0, 0, 0, 0, 1}
	t3[report.RowCannotProvideNotHeld] = report.Row{29, 0, 0, 0, 0, 0, 29}
	t3[report.RowCannotProvideMustBeCreated] = report.Row{3, 0, 0, 0, 0, 0, 3}
	t3[report.RowNotProcessedPetition] = report.Row{1, 0, 0, 0, 0, 0, 1}
	t3[report.RowOtherHandlingNoCorrection] = report.Row{12, 0, 0, 0, 0, 0, 12}
	t3[report.RowOtherHandlingFeeNotPaid] = report.Row{3, 0, 0, 0, 0, 0, 3}
	t3[report.RowConcluded] = report.Row{127, 2, 0, 1, 1, 0, 131}
	t3[report.RowCarriedForward] = report.Row{18, 1, 0, 0, 1, 0, 20}
	want.Table4.Blocks[report.Reconsideration] = report.Block{5, 1, 0, 1, 7}
	want.Table4.Blocks[report.SuedDirectly] = report.Block{5, 0, 0, 0, 5}
	want.Table4.Blocks[report.SuedAfterReconsideration] = report.Block{1, 0, 0, 0, 1}
	want.Fees.Notices = 5
	want.Fees.Collected = amount(t, "1280.50")

	if d := cmp.Diff(want, got, cmpRollUp...); d != "" {
		t.Errorf("roll-up (-want +got):\n%s", d)
	}
	// The parts balance, so the sum does: filling its totals changes nothing.
	filled := *got
	filled.FillTotals()
	if d := cmp.Diff(got, &filled, cmpRollUp...); d != "" {
		t.Errorf("roll-up totals differ from the sums of its parts (-rolled up +filled):\n%s", d)
	}
	// The parts are not changed.
	if d := cmp.Diff(examples.Xiaoshan2023(), a, cmpRollUp...); d != "" {
		t.Errorf("roll-up changed its part:\n%s", d)
	}
}

// TestRollUpDoubles checks every cell of both formats: a report rolled up
// with itself doubles every number and keeps every blank and "/".
func TestRollUpDoubles(t *testing.T) {
	for _, f := range report.Formats() {
		r := report.New(f, 2020)
		if f == report.Format2021 {
			r.Metadata.Year = 2021
		}
		for i, c := range report.CellsOf(f) {
			v := report.Value{Kind: c.Kind, Unit: c.Unit}
			if c.Kind == report.KindAmount && c.Unit == report.UnitNone {
				v.Unit = report.UnitWan // the 2019 采购总金额, printed with its unit
			}
			switch {
			case i%5 == 3:
				v.Count, v.Amount = report.Blank, report.BlankAmount
			case i%5 == 4:
				v.Count, v.Amount = report.NotApplicable, report.NotApplicableAmount
			default:
				v.Count, v.Amount = report.Count(i), amount(t, fmt.Sprintf("%d.25", i))
			}
			if err := r.Set(c.Path, v); err != nil {
				t.Fatal(err)
			}
		}
		got, err := report.RollUp([]*report.Report{r, r})
		if err != nil {
			t.Fatal(err)
		}
		if !got.Metadata.Aggregate || got.Format != f || got.Metadata.Year != r.Metadata.Year {
			t.Errorf("format %s: metadata %+v, format %s", f, got.Metadata, got.Format)
		}
		for i, c := range report.CellsOf(f) {
			v, _ := got.Lookup(c.Path)
			want := ""
			switch {
			case i%5 == 3:
			case i%5 == 4:
				want = "/"
			case c.Kind == report.KindAmount:
				want = fmt.Sprintf("%d.50", 2*i)
			default:
				want = fmt.Sprint(2 * i)
			}
			if v.String() != want {
				t.Errorf("format %s: %s = %q, want %q", f, c.Path, v, want)
			}
		}
	}
}

func TestRollUpBlankAndNotApplicable(t *testing.T) {
	tests := []struct {
		parts []report.Count
		want  report.Count
	}{
		{[]report.Count{report.Blank}, report.Blank},
		{[]report.Count{report.Blank, report.Blank, report.Blank}, report.Blank},
		{[]report.Count{report.Blank, 0}, 0},
		{[]report.Count{report.Blank, 4, report.NotApplicable}, 4},
		{[]report.Count{report.NotApplicable, 2}, 2},
		{[]report.Count{report.NotApplicable, report.NotApplicable}, report.NotApplicable},
		{[]report.Count{report.Blank, report.NotApplicable}, report.NotApplicable},
	}
	path := report.Table4Path(report.SuedDirectly, report.Pending)
	for _, tt := range tests {
		var parts []*report.Report
		for _, c := range tt.parts {
			r := report.New(report.Format2021, 2023)
			r.Table4.Blocks[report.SuedDirectly][report.Pending] = c
			parts = append(parts, r)
		}
		got, err := report.RollUp(parts)
		if err != nil {
			t.Fatal(err)
		}
		if v, _ := got.Lookup(path); v.Count != tt.want {
			t.Errorf("roll-up of %v = %v, want %v", tt.parts, v.Count, tt.want)
		}
	}
}

// TestRollUpProcurement covers the units of the 2019 采购总金额.
func TestRollUpProcurement(t *testing.T) {
	type part struct {
		amount string
		unit   report.Unit
	}
	tests := []struct {
		name     string
		parts    []part
		want     string
		wantUnit report.Unit
		err      error
	}{
		{"元 and 元", []part{{"251000", report.UnitYuan}, {"1000.5", report.UnitYuan}}, "252000.5", report.UnitYuan, nil},
		{"万元 and 万元", []part{{"25.1", report.UnitWan}, {"0.9", report.UnitWan}}, "26.0", report.UnitWan, nil},
		{"元 and 万元 in 元", []part{{"251000", report.UnitYuan}, {"25.1", report.UnitWan}}, "502000", report.UnitYuan, nil},
		{"万元 to the 分", []part{{"0.000001", report.UnitWan}, {"1", report.UnitYuan}}, "1.01", report.UnitYuan, nil},
		{"a bare zero", []part{{"0", report.UnitNone}, {"25.1", report.UnitWan}}, "25.1", report.UnitWan, nil},
		{"one bare amount", []part{{"300", report.UnitNone}, {"", report.UnitNone}, {"/", report.UnitYuan}}, "300", report.UnitNone, nil},
		{"zeros only", []part{{"0", report.UnitWan}, {"0.00", report.UnitWan}}, "0.00", report.UnitWan, nil},
		{"zeros in two units", []part{{"0", report.UnitWan}, {"0", report.UnitYuan}}, "0", report.UnitNone, nil},
		{"blank and /", []part{{"", report.UnitNone}, {"/", report.UnitNone}}, "/", report.UnitNone, nil},
		{"bare and 元", []part{{"251000", report.UnitYuan}, {"300", report.UnitNone}}, "", 0, report.ErrUnknownUnit},
		{"two bare amounts", []part{{"300", report.UnitNone}, {"300", report.UnitNone}}, "", 0, report.ErrUnknownUnit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var parts []*report.Report
			for i, p := range tt.parts {
				r := report.New(report.Format2019, 2019)
				r.Metadata.ReportingBody = fmt.Sprintf("机关%d", i)
				r.Table2.ProcurementAmount, r.Table2.ProcurementUnit = amount(t, p.amount), p.unit
				parts = append(parts, r)
			}
			got, err := report.RollUp(parts)
			if tt.err != nil {
				if !errors.Is(err, tt.err) || !strings.Contains(err.Error(), "table2.centralised_procurement.total_amount") {
					t.Errorf("got %v, want %v naming the cell", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Table2.ProcurementAmount.String() != tt.want || got.Table2.ProcurementUnit != tt.wantUnit {
				t.Errorf("got %q %s, want %q %s", got.Table2.ProcurementAmount, got.Table2.ProcurementUnit.Label(), tt.want, tt.wantUnit.Label())
			}
		})
	}
}

func TestRollUpErrors(t *testing.T) {
	r2021 := func(body string) *report.Report {
		r := report.New(report.Format2021, 2023)
		r.Metadata.ReportingBody = body
		return r
	}
	r2019 := report.New(report.Format2019, 2020)
	r2019.Metadata.ReportingBody = "乙局"
	other := r2021("丙局")
	other.Metadata.Year = 2022
	huge := r2021("丁局")
	huge.Table3.Rows[report.RowReceived][report.NaturalPerson] = report.MaxCount + 1
	big := r2021("戊局")
	big.Table3.Rows[report.RowReceived][report.NaturalPerson] = report.MaxCount
	tests := []struct {
		name  string
		parts []*report.Report
		err   error
		text  string
	}{
		{"none", nil, report.ErrNoReports, ""},
		{"nil part", []*report.Report{r2021("甲局"), nil}, nil, "report 1 is nil"},
		{"unknown format", []*report.Report{{}}, report.ErrBadFormat, "report 0"},
		{"mixed formats", []*report.Report{r2021("甲局"), r2019}, report.ErrMixedFormats, "report 1 (乙局) is in format 2019, report 0 (甲局) in format 2021"},
		{"mixed years", []*report.Report{r2021("甲局"), other}, report.ErrMixedYears, "report 1 (丙局) is on 2022, report 0 (甲局) on 2023"},
		{"count out of range", []*report.Report{r2021("甲局"), huge}, report.ErrOutOfRange, "report 1 (丁局): table3.received.natural_person"},
		{"sum out of range", []*report.Report{big, big}, report.ErrOutOfRange, "table3.received.natural_person: sum"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := report.RollUp(tt.parts)
			if err == nil || got != nil {
				t.Fatalf("got %v, %v; want an error", got, err)
			}
			if tt.err != nil && !errors.Is(err, tt.err) {
				t.Errorf("got %v, want %v", err, tt.err)
			}
			if !strings.Contains(err.Error(), tt.text) {
				t.Errorf("error %q does not say %q", err, tt.text)
			}
		})
	}
}

// A county sums the reports of its bodies: table 三's received row of two
// bodies gives the aggregate's.
func ExampleRollUp() {
	office := report.New(report.Format2021, 2024)
	office.Metadata.ReportingBody = "某县人民政府办公室"
	office.Table3.Rows[report.RowReceived] = report.Row{10, 2, 0, 0, 0, 0, 12}
	office.Table2.FeeAmount, _ = report.ParseAmount("0.5")

	bureau := report.New(report.Format2021, 2024)
	bureau.Metadata.ReportingBody = "某县自然资源局"
	bureau.Table3.Rows[report.RowReceived] = report.Row{30, 1, 0, 0, 1, 0, 32}
	bureau.Table2.FeeAmount, _ = report.ParseAmount("0.008")
	bureau.Table4.Blocks[report.Reconsideration][report.Pending] = report.NotApplicable

	county, err := report.RollUp([]*report.Report{office, bureau})
	if err != nil {
		fmt.Println(err)
		return
	}
	county.Metadata.ReportingBody = "某县人民政府"
	fmt.Println(county.Metadata.Aggregate, county.Table3.Rows[report.RowReceived])
	fmt.Println("行政事业性收费:", county.Table2.FeeAmount, "万元")
	fmt.Printf("尚未审结: %q; 结果维持: %q\n", county.Table4.Blocks[report.Reconsideration][report.Pending],
		county.Table4.Blocks[report.Reconsideration][report.Upheld])
	// Output:
	// true [40 3 0 0 1 0 44]
	// 行政事业性收费: 0.508 万元
	// 尚未审结: "/"; 结果维持: ""
}

// FuzzRollUp checks that no decodable report makes a roll-up panic, and
// that a report rolled up alone keeps every cell's value.
func FuzzRollUp(f *testing.F) {
	f.Add(examples.Xiaoshan2023JSON)
	f.Add([]byte(`{"format":"2019","table2":{"centralised_procurement":{"total_amount":"0.5","total_amount_unit":"wan"}}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := report.ReadJSON(bytes.NewReader(b))
		if err != nil {
			return
		}
		if _, err := report.RollUp([]*report.Report{r, r, r}); err != nil {
			return
		}
		alone, err := report.RollUp([]*report.Report{r})
		if err != nil {
			t.Fatalf("a roll-up of three copies succeeds, of one fails: %v", err)
		}
		for c, v := range r.Cells {
			got, _ := alone.Lookup(c.Path)
			if c.Kind == report.KindAmount && v.Amount.IsNumber() {
				d, _ := v.Amount.Decimal()
				g, _ := got.Amount.Decimal()
				if !d.Equal(g) {
					t.Errorf("%s: %s alone rolls up to %s", c.Path, v, got)
				}
				continue
			}
			if got.String() != v.String() {
				t.Errorf("%s: %q alone rolls up to %q", c.Path, v, got)
			}
		}
	})
}
