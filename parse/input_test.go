package parse

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opengov-cn/xxgk/report"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// TestGBKPage parses a GBK-encoded copy of a portal page, its charset
// declared as older portals do, and gets the report of the UTF-8 original.
func TestGBKPage(t *testing.T) {
	for _, name := range []string{"pingtan-2022.html", "pingtan-2019.html"} {
		t.Run(name, func(t *testing.T) {
			utf := readTestdata(t, name)
			want, err := HTML(utf, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, declared := range []string{"gbk", "gb2312", "GB18030"} {
				page := bytes.Replace(utf, []byte(`charset="utf-8"`), []byte(`charset="`+declared+`"`), 1)
				if bytes.Equal(page, utf) {
					page = bytes.Replace(utf, []byte("<head>"), []byte(`<head><meta http-equiv="Content-Type" content="text/html; charset=`+declared+`">`), 1)
				}
				gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(page)
				if err != nil {
					t.Fatalf("encoding the test page as GBK: %v", err)
				}
				got, err := HTML(gbk, Options{})
				if err != nil {
					t.Fatal(err)
				}
				if got.Encoding == "utf-8" {
					t.Errorf("%s: decoded as %s", declared, got.Encoding)
				}
				if d := cmp.Diff(want.Report, got.Report, cmpReports...); d != "" {
					t.Errorf("charset %s: report differs from the UTF-8 page (-utf8 +gbk):\n%s", declared, d)
				}
			}
			// With no declaration at all, bytes that are not UTF-8 are read as GB18030.
			undeclared := bytes.Replace(utf, []byte(`charset="utf-8"`), []byte(``), 1)
			gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes(undeclared)
			got, err := HTML(gbk, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(want.Report, got.Report, cmpReports...); d != "" {
				t.Errorf("undeclared GBK: (-utf8 +gbk):\n%s", d)
			}
		})
	}
}

func TestBOMAndGBKText(t *testing.T) {
	src := readTestdata(t, "xiaoshan-2023.txt")
	want, err := Text(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	withBOM := append([]byte{0xEF, 0xBB, 0xBF}, src...)
	gbk, _ := simplifiedchinese.GB18030.NewEncoder().Bytes(src)
	for name, input := range map[string][]byte{"bom": withBOM, "gb18030": gbk} {
		got, err := Text(input, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(want.Report, got.Report, cmpReports...); d != "" {
			t.Errorf("%s: (-utf8 +%s):\n%s", name, name, d)
		}
	}
}

func TestInputLimits(t *testing.T) {
	if _, err := Parse([]byte(strings.Repeat("一", 100)), Options{MaxBytes: 10}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("input over the limit: error %v, want ErrTooLarge", err)
	}
	for _, empty := range []string{"", "   \n\t  "} {
		if _, err := Parse([]byte(empty), Options{}); !errors.Is(err, ErrEmpty) {
			t.Errorf("Parse(%q): error %v, want ErrEmpty", empty, err)
		}
	}
}

func TestDetect(t *testing.T) {
	for input, want := range map[string]InputKind{
		"<!DOCTYPE html><html>":      KindHTML,
		"<table><tr><td>1</td></tr>": KindHTML,
		"一、总体情况\n规章 | 0 | 0":         KindText,
		"| a | b |\n|---|---|":       KindText,
	} {
		if got := Detect([]byte(input)); got != want {
			t.Errorf("Detect(%q) = %v, want %v", input, got, want)
		}
	}
}

// TestForcedFormat reads a 2021 report as if it were in the 2019 format:
// the caller's choice is kept, and the cells the 2019 layout cannot find are
// named in diagnostics.
func TestForcedFormat(t *testing.T) {
	res, err := Text(readTestdata(t, "xiaoshan-2023.txt"), Options{Format: report.Format2019})
	if err != nil {
		t.Fatal(err)
	}
	if res.Report.Format != report.Format2019 {
		t.Fatalf("format %s, want the forced 2019", res.Report.Format)
	}
	if !hasDiagnostic(res, "table2.regulations.newly_made", "table3.other_handling.total") {
		t.Errorf("no diagnostic names the 2019 cells the text lacks:\n%s", diagnosticList(res))
	}
	if v, _ := res.Report.Lookup("table3.received.total"); v.String() != "115" {
		t.Errorf("received total %q, want 115 (rows shared by both formats are read)", v.String())
	}
}

// TestDeclaredCharset reads a page in an encoding that is neither UTF-8
// nor GB: the one its <meta> declares is used.
func TestDeclaredCharset(t *testing.T) {
	page := "<html><head><meta charset=\"big5\"></head><body><p>三、收到和處理政府信息公開申請情況</p></body></html>"
	big5, err := traditionalchinese.Big5.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	text, enc, err := decodeHTML([]byte(big5))
	if err != nil {
		t.Fatal(err)
	}
	if enc != "big5" || string(text) != page {
		t.Errorf("encoding %q, text %q; want big5, %q", enc, text, page)
	}
}

// TestFormatMarks checks the labels by which a document shows its format.
func TestFormatMarks(t *testing.T) {
	for _, l := range []string{"本年新制作数量", "上一年项目数量", "政府集中采购"} {
		if !slices.Contains(onlyIn[report.Format2019], report.NormalizeLabel(l)) {
			t.Errorf("%s is not a mark of the 2019 format: %v", l, onlyIn[report.Format2019])
		}
	}
	for _, l := range []string{"本年制发件数", "本年收费金额（单位：万元）"} {
		if !slices.Contains(onlyIn[report.Format2021], report.NormalizeLabel(l)) {
			t.Errorf("%s is not a mark of the 2021 format: %v", l, onlyIn[report.Format2021])
		}
	}
	for _, l := range []string{"规章", "规范性文件", "处理决定数量", "行政许可"} {
		if slices.Contains(onlyIn[report.Format2019], l) || slices.Contains(onlyIn[report.Format2021], l) {
			t.Errorf("%s is taken as a mark of one format", l)
		}
	}
}
