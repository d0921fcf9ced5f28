package report

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// normalizeLabelRef is NormalizeLabel as first written, a rune at a time:
// the faster NormalizeLabel must give the same results.
func normalizeLabelRef(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			continue
		}
		switch r {
		case '、', '，':
			r = ','
		case '“', '”', '"', '「', '」':
			r = '"'
		case '．', '。':
			r = '.'
		}
		if p := width.LookupRune(r); p.Kind() == width.EastAsianFullwidth {
			if n := p.Narrow(); n != 0 {
				r = n
			}
		}
		b.WriteRune(r)
	}
	return numberingDot(b.String())
}

// TestNormalizeLabelEveryRune checks NormalizeLabel against the plain
// rune-at-a-time folding for every rune, alone and between other text.
func TestNormalizeLabelEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, s := range []string{string(r), "1" + string(r) + "项", "申请" + string(r) + " x"} {
			if got, want := NormalizeLabel(s), normalizeLabelRef(s); got != want {
				t.Fatalf("NormalizeLabel(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// TestNormalizeLabelSame checks NormalizeLabel against the plain folding
// on labels as documents print them, invalid UTF-8 included.
func TestNormalizeLabelSame(t *testing.T) {
	for _, s := range []string{
		"", " ", "信息内容", "（一）行政许可", "1、 商业 企业", "12、重复申请", "１２，重复", "“规章”",
		"三、本年度办理结果", "a\xffb", "\xff", "\xe4\xb8", "x\u200by\ufeffz", "\u3000（三）", "ＡＢＣ　ｄ",
		"行政诉讼·复议后起诉", "1,2", "第二十条第（一）项", "\r\n\t行政\v处罚\f", "\u00a0\u0085", "\uFFFD",
	} {
		if got, want := NormalizeLabel(s), normalizeLabelRef(s); got != want {
			t.Errorf("NormalizeLabel(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzNormalizeLabel checks NormalizeLabel against the plain folding.
func FuzzNormalizeLabel(f *testing.F) {
	for _, s := range []string{"（一）行政许可", "1、 商业 企业", "a\xffb", "ＡＢＣ　ｄ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NormalizeLabel(s), normalizeLabelRef(s); got != want {
			t.Errorf("NormalizeLabel(%q) = %q, want %q", s, got, want)
		}
	})
}

// BenchmarkNormalizeLabel folds labels as documents print them.
func BenchmarkNormalizeLabel(b *testing.B) {
	labels := []string{"信息内容", "（一）行政许可", "1、 商业 企业", "本年制发件数", "三、本年度办理结果"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range labels {
			NormalizeLabel(s)
		}
	}
}
