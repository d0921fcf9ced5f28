package validate

import (
	"bytes"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// FuzzValidate validates any report the JSON reader accepts, with any
// prose: it must never panic, and a report without error findings must
// give a nil Err.
func FuzzValidate(f *testing.F) {
	f.Add(examples.Xiaoshan2023JSON, "收到政府信息公开申请115件,办结113件")
	f.Add([]byte(`{"format":"2019"}`), "72件申请按照《条例》顺延到下年度答复；信息处理费1,234.5元")
	f.Add([]byte(`{"format":"2021","table3":{"received":{"total":null}}}`), "行政复议 4\n件，诉讼99999999999999999999件")
	f.Fuzz(func(t *testing.T, data []byte, prose string) {
		r, err := report.ReadJSON(bytes.NewReader(data))
		if err != nil {
			return
		}
		r.Overview.Paragraphs = append(r.Overview.Paragraphs, prose)
		for _, opts := range []Options{{}, {BlankAsZero: true, Previous: r, Language: lang.English}} {
			res := Validate(r, opts)
			if (res.Err() != nil) != res.HasErrors() {
				t.Fatal("Err disagrees with HasErrors")
			}
			if _, err := res.MarshalJSON(); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func TestFixed(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		cmp  int
	}{
		{"80", "80", 0}, {"80", "80.00", 0}, {"0.008", "0.0080", 0}, {"79.99", "80", -1}, {"1,234", "1234", 0}, {"100", "99.5", 1},
	} {
		a, ok1 := parseFixed(tt.a)
		b, ok2 := parseFixed(tt.b)
		got, ok3 := a.cmp(b)
		if !ok1 || !ok2 || !ok3 || got != tt.cmp {
			t.Errorf("cmp(%s, %s) = %d %v %v %v, want %d", tt.a, tt.b, got, ok1, ok2, ok3, tt.cmp)
		}
	}
	for s, want := range map[string]bool{"80": true, "80.00": true, "85": false, "0": true, "10.5": false, "3940": true} {
		f, _ := parseFixed(s)
		if f.multipleOfTen() != want {
			t.Errorf("multipleOfTen(%s) = %v", s, !want)
		}
	}
	for _, s := range []string{"", "1.2.3", "abc", "1234567890123456"} {
		if _, ok := parseFixed(s); ok {
			t.Errorf("parseFixed(%q) ok", s)
		}
	}
	d, _ := report.ParseAmount("0.008")
	dec, _ := d.Decimal()
	f, ok := fixedOf(dec)
	if !ok || f.coef != 8 || f.exp != -3 || !f.decimal().Equal(dec) {
		t.Errorf("fixedOf(0.008) = %+v %v", f, ok)
	}
}

// TestStatements checks how the prose's figures are read, with the
// phrasing of real reports.
func TestStatements(t *testing.T) {
	rule := func(code string) *narrativeRule {
		for _, r := range builtin() {
			if n, ok := r.(*narrativeRule); ok && n.info.Code == code {
				return n
			}
		}
		t.Fatalf("no rule %s", code)
		return nil
	}
	for _, tt := range []struct {
		code, text, figure string
	}{
		{"N-RECEIVED", "全市共受理政府信息公开申请 3119 件，答复 3050 件", "3119"},                                       // Huaian 2024
		{"N-CONCLUDED", "全市共受理政府信息公开申请 3119 件，答复 3050 件", "3050"},                                      // Huaian 2024
		{"N-CARRIED-FORWARD", "全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复）", "103"}, // Huaian 2024
		{"N-CARRIED-OVER", "全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复）", "34"},
		{"N-RECEIVED", "本年度全区共收到70件申请，及时依法依规办结69件", "70"}, // Pingtan 2021
		{"N-CONCLUDED", "本年度全区共收到70件申请，及时依法依规办结69件", "69"},
		{"N-CARRIED-FORWARD", "本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。", "1"},
		{"N-RECONSIDERATION", "共有行政诉讼案件1件、行政复议案件2件，均已结案", "2"}, // Pingtan 2022
		{"N-LITIGATION", "共有行政诉讼案件1件、行政复议案件2件，均已结案", "1"},
		{"N-FEE", "全年收取政府信息公开信息处理费 3940 元。", "3940"}, // Huaian 2024
		{"N-REGULATIONS", "全年新增公开市政府规章 1 件", "1"},
		{"N-REGULATIONS", "集中公开现行有效规章698件，本年度制发的规章8件", "8"},
		{"N-OUTCOME", "予以公开及部分公开 208 件（17.46%），不予公开 20 件", "208"}, // Shanghai 2025
		{"N-FEE", "(国办函〔2020〕109号)及相关规定,该申请人缴纳信息处理费80元", "80"},
		{"N-RECEIVED", "办结率100%，收到网友留言30条", ""},
		// figures that count something else than disclosure requests
		{"N-RECEIVED", "《问政》栏目反映群众诉求，共受理32件，均已办结", ""},
		{"N-RECEIVED", "依申请公开工作中，通过网络问政平台受理群众诉求120件", ""},
		{"N-RECEIVED", "全年受理12345热线来电2000件，受理政府信息公开申请20件", "20"},
		{"N-CONCLUDED", "信访事项办结45件", ""},
		{"N-FEE", "2022年，无收取信息处理费情况。", ""},
	} {
		r := report.New(report.Format2021, 2024)
		r.Overview.Paragraphs = []string{tt.text}
		s, ok := findStatement(&Context{report: r}, rule(tt.code).claims[0].phrases)
		if s.figure != tt.figure || ok != (tt.figure != "") {
			t.Errorf("%s in %q: %q %v, want %q", tt.code, tt.text, s.figure, ok, tt.figure)
		}
	}
}
