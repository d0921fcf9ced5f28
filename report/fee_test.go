package report_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/opengov-cn/xxgk/report"
)

// band is a FeeBand written with plain integers, for tables.
type band struct{ from, to, count, rate, subtotal int64 }

func bandsOf(fee report.ProcessingFee) []band {
	var out []band
	for _, b := range fee.Bands {
		out = append(out, band{int64(b.From), int64(b.To), int64(b.Count), intOf(b.Rate), intOf(b.Subtotal)})
	}
	return out
}

func intOf(a report.Amount) int64 {
	d, ok := a.Decimal()
	if !ok || !d.IsInteger() {
		return -1
	}
	return d.IntPart()
}

func TestPerRequestFee(t *testing.T) {
	tests := []struct {
		n     int
		total string
		bands []band
	}{
		{0, "0", nil},
		{1, "0", []band{{1, 1, 1, 0, 0}}},
		{10, "0", []band{{1, 10, 10, 0, 0}}},
		{11, "100", []band{{1, 10, 10, 0, 0}, {11, 11, 1, 100, 100}}},
		{30, "2000", []band{{1, 10, 10, 0, 0}, {11, 30, 20, 100, 2000}}},
		{31, "2200", []band{{1, 10, 10, 0, 0}, {11, 30, 20, 100, 2000}, {31, 31, 1, 200, 200}}},
		{40, "4000", []band{{1, 10, 10, 0, 0}, {11, 30, 20, 100, 2000}, {31, 40, 10, 200, 2000}}},
		{41, "4300", []band{{1, 10, 10, 0, 0}, {11, 30, 20, 100, 2000}, {31, 40, 10, 200, 2000}, {41, 41, 1, 300, 300}}},
		// The worked case: 0×10 + 100×20 + 200×10 + 300×5.
		{45, "5500", []band{{1, 10, 10, 0, 0}, {11, 30, 20, 100, 2000}, {31, 40, 10, 200, 2000}, {41, 45, 5, 300, 1500}}},
		{51, "7400", []band{{1, 10, 10, 0, 0}, {11, 30, 20, 100, 2000}, {31, 40, 10, 200, 2000}, {41, 50, 10, 300, 3000}, {51, 51, 1, 400, 400}}},
	}
	for _, tt := range tests {
		fee, err := report.PerRequestFee(tt.n)
		if err != nil {
			t.Fatalf("PerRequestFee(%d): %v", tt.n, err)
		}
		if fee.Total.String() != tt.total {
			t.Errorf("PerRequestFee(%d) = %s 元, want %s", tt.n, fee.Total, tt.total)
		}
		if d := cmp.Diff(tt.bands, bandsOf(fee), cmp.AllowUnexported(band{})); d != "" {
			t.Errorf("PerRequestFee(%d) bands (-want +got):\n%s", tt.n, d)
		}
		checkBands(t, fee)
	}
}

func TestPerPageFee(t *testing.T) {
	tests := []struct {
		pages int
		total string
		bands []band
	}{
		{0, "0", nil},
		{30, "0", []band{{1, 30, 30, 0, 0}}},
		{31, "10", []band{{1, 30, 30, 0, 0}, {31, 31, 1, 10, 10}}},
		{100, "700", []band{{1, 30, 30, 0, 0}, {31, 100, 70, 10, 700}}},
		{101, "720", []band{{1, 30, 30, 0, 0}, {31, 100, 70, 10, 700}, {101, 101, 1, 20, 20}}},
		{200, "2700", []band{{1, 30, 30, 0, 0}, {31, 100, 70, 10, 700}, {101, 200, 100, 20, 2000}}},
		{201, "2740", []band{{1, 30, 30, 0, 0}, {31, 100, 70, 10, 700}, {101, 200, 100, 20, 2000}, {201, 201, 1, 40, 40}}},
		// The worked case: 0×30 + 10×70 + 20×100 + 40×50.
		{250, "4700", []band{{1, 30, 30, 0, 0}, {31, 100, 70, 10, 700}, {101, 200, 100, 20, 2000}, {201, 250, 50, 40, 2000}}},
	}
	for _, tt := range tests {
		fee, err := report.PerPageFee(tt.pages)
		if err != nil {
			t.Fatalf("PerPageFee(%d): %v", tt.pages, err)
		}
		if fee.Total.String() != tt.total {
			t.Errorf("PerPageFee(%d) = %s 元, want %s", tt.pages, fee.Total, tt.total)
		}
		if d := cmp.Diff(tt.bands, bandsOf(fee), cmp.AllowUnexported(band{})); d != "" {
			t.Errorf("PerPageFee(%d) bands (-want +got):\n%s", tt.pages, d)
		}
		checkBands(t, fee)
	}
}

// TestPerRequestFeeAfter checks that charging requests one by one, each
// after the ones before, adds up to charging them together.
func TestPerRequestFeeAfter(t *testing.T) {
	sum := decimal.Zero
	for k := range 120 {
		one, err := report.PerRequestFeeAfter(k, 1)
		if err != nil {
			t.Fatal(err)
		}
		d, _ := one.Total.Decimal()
		sum = sum.Add(d)
		all, err := report.PerRequestFee(k + 1)
		if err != nil {
			t.Fatal(err)
		}
		if want, _ := all.Total.Decimal(); !sum.Equal(want) {
			t.Fatalf("requests 1 to %d one at a time cost %s 元, together %s 元", k+1, sum, want)
		}
		checkBands(t, one)
	}
	fee, err := report.PerRequestFeeAfter(44, 1)
	if err != nil || fee.Total.String() != "300" {
		t.Errorf("the 45th request: got %v, %v; want 300 元", fee.Total, err)
	}
	fee, err = report.PerRequestFeeAfter(5, 30)
	want := []band{{6, 10, 5, 0, 0}, {11, 30, 20, 100, 2000}, {31, 35, 5, 200, 1000}}
	if err != nil || fee.Total.String() != "3000" {
		t.Errorf("requests 6 to 35: got %v, %v; want 3000 元", fee.Total, err)
	}
	if d := cmp.Diff(want, bandsOf(fee), cmp.AllowUnexported(band{})); d != "" {
		t.Errorf("requests 6 to 35 (-want +got):\n%s", d)
	}
}

// checkBands checks that the bands are contiguous and add up to the total.
func checkBands(t *testing.T, fee report.ProcessingFee) {
	t.Helper()
	sum := decimal.Zero
	for i, b := range fee.Bands {
		if b.Count != b.To-b.From+1 || b.Count <= 0 {
			t.Errorf("band %v: count %d does not match %d–%d", b, b.Count, b.From, b.To)
		}
		if i > 0 && b.From != fee.Bands[i-1].To+1 {
			t.Errorf("band %v does not follow %v", b, fee.Bands[i-1])
		}
		s, _ := b.Subtotal.Decimal()
		r, _ := b.Rate.Decimal()
		if !s.Equal(r.Mul(decimal.NewFromInt(int64(b.Count)))) {
			t.Errorf("band %v: subtotal is not rate × count", b)
		}
		sum = sum.Add(s)
	}
	if total, ok := fee.Total.Decimal(); !ok || !total.Equal(sum) {
		t.Errorf("total %s, bands add up to %s", fee.Total, sum)
	}
}

func TestFeeErrors(t *testing.T) {
	calls := []struct {
		name string
		call func() (report.ProcessingFee, error)
	}{
		{"PerRequestFee(-1)", func() (report.ProcessingFee, error) { return report.PerRequestFee(-1) }},
		{"PerRequestFee(MaxFeeRequests+1)", func() (report.ProcessingFee, error) { return report.PerRequestFee(report.MaxFeeRequests + 1) }},
		{"PerRequestFeeAfter(-1, 1)", func() (report.ProcessingFee, error) { return report.PerRequestFeeAfter(-1, 1) }},
		{"PerRequestFeeAfter(1, -1)", func() (report.ProcessingFee, error) { return report.PerRequestFeeAfter(1, -1) }},
		{"PerRequestFeeAfter(MaxInt, MaxInt)", func() (report.ProcessingFee, error) { return report.PerRequestFeeAfter(math.MaxInt, math.MaxInt) }},
		{"PerRequestFeeAfter(MaxFeeRequests, 1)", func() (report.ProcessingFee, error) { return report.PerRequestFeeAfter(report.MaxFeeRequests, 1) }},
		{"PerPageFee(-1)", func() (report.ProcessingFee, error) { return report.PerPageFee(-1) }},
		{"PerPageFee(MinInt)", func() (report.ProcessingFee, error) { return report.PerPageFee(math.MinInt) }},
	}
	for _, c := range calls {
		if _, err := c.call(); !errors.Is(err, report.ErrFeeInput) {
			t.Errorf("%s: got %v, want ErrFeeInput", c.name, err)
		}
	}
}

func TestFeeLimits(t *testing.T) {
	fee, err := report.PerRequestFee(report.MaxFeeRequests)
	if err != nil {
		t.Fatal(err)
	}
	checkBands(t, fee)
	fee, err = report.PerPageFee(math.MaxInt)
	if err != nil {
		t.Fatal(err)
	}
	checkBands(t, fee)
	if last := fee.Bands[len(fee.Bands)-1]; last.To != math.MaxInt || last.Rate.String() != "40" {
		t.Errorf("last band of MaxInt pages: %v", last)
	}
}

// The worked case of per-request charging: 45 requests from one applicant
// in one month.
func ExamplePerRequestFee() {
	fee, err := report.PerRequestFee(45)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range fee.Bands {
		fmt.Println(b)
	}
	fmt.Println("total:", fee.Total, "元")
	// Output:
	// 1–10: 10 × 0 元 = 0 元
	// 11–30: 20 × 100 元 = 2000 元
	// 31–40: 10 × 200 元 = 2000 元
	// 41–45: 5 × 300 元 = 1500 元
	// total: 5500 元
}

// The fee notice for one request: the applicant has already made 44
// requests this month, so the 45th costs 300 元.
func ExamplePerRequestFeeAfter() {
	fee, err := report.PerRequestFeeAfter(44, 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fee.Bands[0])
	fmt.Println("this request:", fee.Total, "元")
	// Output:
	// 45–45: 1 × 300 元 = 300 元
	// this request: 300 元
}

// The worked case of per-page charging: one request of 250 pages.
func ExamplePerPageFee() {
	fee, err := report.PerPageFee(250)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range fee.Bands {
		fmt.Println(b)
	}
	fmt.Println("total:", fee.Total, "元")
	// Output:
	// 1–30: 30 × 0 元 = 0 元
	// 31–100: 70 × 10 元 = 700 元
	// 101–200: 100 × 20 元 = 2000 元
	// 201–250: 50 × 40 元 = 2000 元
	// total: 4700 元
}
