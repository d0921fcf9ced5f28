package report

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
)

func TestCount(t *testing.T) {
	tests := []struct {
		c          Count
		str        string
		number     bool
		blank, na  bool
		wantNumber int64
	}{
		{0, "0", true, false, false, 0},
		{115, "115", true, false, false, 115},
		{-8, "-8", true, false, false, -8},
		{Blank, "", false, true, false, 0},
		{NotApplicable, "/", false, false, true, 0},
	}
	for _, tt := range tests {
		n, ok := tt.c.Number()
		if tt.c.String() != tt.str || ok != tt.number || n != tt.wantNumber ||
			tt.c.IsBlank() != tt.blank || tt.c.IsNotApplicable() != tt.na || tt.c.IsNumber() != tt.number {
			t.Errorf("Count %d: String %q Number %d,%v IsBlank %v IsNotApplicable %v", int64(tt.c), tt.c.String(), n, ok, tt.c.IsBlank(), tt.c.IsNotApplicable())
		}
	}
}

func TestParseAmount(t *testing.T) {
	good := map[string]string{
		"0.008": "0.008", "0.50": "0.50", "96171.6": "96171.6", "5949.088667": "5949.088667",
		"0": "0", "251000": "251000", "-3": "-3", "": "", "/": "/", "007.10": "7.10",
	}
	for in, want := range good {
		a, err := ParseAmount(in)
		if err != nil || a.String() != want {
			t.Errorf("ParseAmount(%q) = %q, %v; want %q", in, a.String(), err, want)
		}
	}
	for _, bad := range []string{"1e3", "1E-2", ".5", "5.", "1.2.3", "1,000", " 1", "+1", "0x10", "--1", "-", "1万元", "NaN", "Inf", "１"} {
		if _, err := ParseAmount(bad); !errors.Is(err, ErrAmountSyntax) {
			t.Errorf("ParseAmount(%q) error = %v, want ErrAmountSyntax", bad, err)
		}
	}
}

func TestAmountConversion(t *testing.T) {
	tests := []struct{ wan, yuan string }{
		{"0.008", "80"},
		{"0.50", "5000"},
		{"96171.6", "961716000"},
		{"5949.088667", "59490886.67"},
		{"0", "0"},
		{"0.00001", "0.1"},
	}
	for _, tt := range tests {
		w, _ := ParseAmount(tt.wan)
		y, _ := ParseAmount(tt.yuan)
		if got := w.WanToYuan(); got.String() != tt.yuan {
			t.Errorf("%s 万元 = %s 元, want %s", tt.wan, got, tt.yuan)
		}
		back := y.YuanToWan()
		wd, _ := w.Decimal()
		bd, _ := back.Decimal()
		if !bd.Equal(wd) {
			t.Errorf("%s 元 = %s 万元, want %s", tt.yuan, back, tt.wan)
		}
	}
	if !BlankAmount.WanToYuan().IsBlank() || !NotApplicableAmount.YuanToWan().IsNotApplicable() {
		t.Error("conversion changed a blank or not-applicable amount")
	}
	eighty := AmountOf(decimal.NewFromInt(80))
	if got := eighty.YuanToWan().String(); got != "0.008" {
		t.Errorf("80 元 = %s 万元, want 0.008", got)
	}
}

func TestAmountEqual(t *testing.T) {
	a, _ := ParseAmount("0.5")
	b, _ := ParseAmount("0.50")
	if a.Equal(b) {
		t.Error("0.5 and 0.50 are equal, but their printed scales differ")
	}
	if !a.Equal(a) || !BlankAmount.Equal(BlankAmount) || BlankAmount.Equal(NotApplicableAmount) {
		t.Error("Equal is wrong on same values or states")
	}
	if _, ok := BlankAmount.Decimal(); ok {
		t.Error("a blank amount gave a decimal")
	}
}

func TestUnitAndFormat(t *testing.T) {
	if UnitYuan.Label() != "元" || UnitWan.Label() != "万元" || UnitNone.Label() != "" || Unit(9).Key() != "" {
		t.Error("unit labels")
	}
	for year, want := range map[int]Format{2018: FormatUnknown, 2019: Format2019, 2020: Format2019, 2021: Format2021, 2025: Format2021} {
		if got := FormatForYear(year); got != want {
			t.Errorf("FormatForYear(%d) = %v, want %v", year, got, want)
		}
	}
	if _, err := ParseFormat("2020"); err == nil {
		t.Error(`ParseFormat("2020"): no error`)
	}
	if Format(7).String() != "unknown" || Format(7).Label() != "" {
		t.Error("out-of-range format")
	}
}

func TestDate(t *testing.T) {
	d, err := ParseDate("2024-01-17")
	if err != nil || d.String() != "2024-01-17" || d.Chinese() != "2024年1月17日" {
		t.Errorf("ParseDate: %v %v %q", d, err, d.Chinese())
	}
	if _, err := ParseDate("2024-13-01"); err == nil {
		t.Error("month 13 accepted")
	}
	if z, err := ParseDate(""); err != nil || !z.IsZero() || z.String() != "" {
		t.Error("empty date")
	}
}

func TestNormalizeLabel(t *testing.T) {
	tests := map[string]string{
		"商业 企业":            "商业企业",
		"（一）予以公开":          "(一)予以公开",
		"本年收费金额（单位：万元）":    "本年收费金额(单位:万元)",
		"1．属于国家秘密":         "1.属于国家秘密",
		"危及“三安全一稳定”":       `危及"三安全一稳定"`,
		"\u3000科研\r\n机构\t": "科研机构",
		"１２３":              "123",
	}
	for in, want := range tests {
		if got := NormalizeLabel(in); got != want {
			t.Errorf("NormalizeLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStripNumbering checks the item numbers StripNumbering removes, and
// that NormalizeLabel writes "1、" as "1.".
func TestStripNumbering(t *testing.T) {
	for in, want := range map[string]string{
		"1、属于国家秘密":  "属于国家秘密",
		"(三)不予公开":   "不予公开",
		"三、本年度办理结果": "本年度办理结果",
		"第二十条第(一)项": "第二十条第(一)项",
		"其他":        "其他",
	} {
		if got := StripNumbering(NormalizeLabel(in)); got != want {
			t.Errorf("StripNumbering(NormalizeLabel(%q)) = %q, want %q", in, got, want)
		}
	}
	if got := NormalizeLabel("12、重复申请"); got != "12.重复申请" {
		t.Errorf("NormalizeLabel(12、重复申请) = %q", got)
	}
}
