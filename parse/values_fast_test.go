package parse

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/opengov-cn/xxgk/report"
)

// foldCellRef is the folding of readCell as first written, a rune at a
// time: foldCell must give the same results.
func foldCellRef(s string) string {
	var b strings.Builder
	space, last := false, rune(0)
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' {
			space = true
			continue
		}
		if r == ',' || r == '，' {
			continue
		}
		if p := width.LookupRune(r); p.Kind() == width.EastAsianFullwidth {
			if n := p.Narrow(); n != 0 {
				r = n
			}
		}
		if space && isASCIIDigit(r) && isASCIIDigit(last) {
			b.WriteByte(' ')
		}
		space, last = false, r
		b.WriteRune(r)
	}
	return b.String()
}

// TestFoldCellEveryRune checks foldCell against the plain folding for
// every rune, alone and between digits.
func TestFoldCellEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, s := range []string{string(r), "1" + string(r) + "8", "１" + string(r) + " 2"} {
			if got, want := foldCell(s), foldCellRef(s); got != want {
				t.Fatalf("foldCell(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// TestFoldCellSame checks foldCell on cells as documents print them.
func TestFoldCellSame(t *testing.T) {
	for _, s := range []string{"", " ", "12", "1 8", "1,234", "１２３", "１ ８", "12 万元", "—", "／",
		"a\xffb", "\xff1 2", "1\u200b2", "1\u3000 2", "x\u00a01", "12，3", "-3", "0.5万元", "行政许可"} {
		if got, want := foldCell(s), foldCellRef(s); got != want {
			t.Errorf("foldCell(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzFoldCell checks foldCell against the plain folding.
func FuzzFoldCell(f *testing.F) {
	for _, s := range []string{"1 8", "１ ８", "a\xffb", "1,234 元"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldCell(s), foldCellRef(s); got != want {
			t.Errorf("foldCell(%q) = %q, want %q", s, got, want)
		}
	})
}

// isValueLikeRef is isValueLike as first written.
func isValueLikeRef(s string) bool {
	v := readCell(s)
	return v.blank || v.na || v.number
}

// TestIsValueLikeSame checks isValueLike against reading the whole cell.
func TestIsValueLikeSame(t *testing.T) {
	for _, s := range []string{"", " ", "12", "1 8", "１２", "—", "——", "-", "－", "/", "／", "\\", "-3", "12万元", "行政许可",
		"，12", " ,1", "\u200b5", "a1", "\xff", "1.", ".5", "—1", "12件", "件",
		"1.本机关不掌握相关政府信息", "12万元件", "12元，", "1万元", "1万元元", "1\xe4\xe4", "1\xe4万", "-万元件"} {
		if got, want := isValueLike(s), isValueLikeRef(s); got != want {
			t.Errorf("isValueLike(%q) = %v, want %v", s, got, want)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, s := range []string{string(r), string(r) + "1", " " + string(r) + "-"} {
			if got, want := isValueLike(s), isValueLikeRef(s); got != want {
				t.Fatalf("isValueLike(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// FuzzIsValueLike checks isValueLike against reading the whole cell.
func FuzzIsValueLike(f *testing.F) {
	for _, s := range []string{"12", "——", "行政许可", " ，１２万元"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isValueLike(s), isValueLikeRef(s); got != want {
			t.Errorf("isValueLike(%q) = %v, want %v", s, got, want)
		}
	})
}

// findInlineHeadingRef is findInlineHeading as first written: each form
// looked for through the whole text, the first place winning.
func findInlineHeadingRef(text string, s report.SectionID) (start, end int, ok bool) {
	best, bestEnd := -1, -1
	for _, form := range inlineHeadings[s] {
		if i := strings.Index(text, form); i >= 0 && (best < 0 || i < best) {
			best, bestEnd = i, i+len(form)
		}
	}
	return best, bestEnd, best >= 0
}

// FuzzFindInlineHeading checks findInlineHeading against looking for each
// form through the whole text.
func FuzzFindInlineHeading(f *testing.F) {
	for s := range report.NumSections {
		for _, form := range inlineHeadings[s] {
			f.Add("前文" + form + "。后文四、五、" + form)
		}
	}
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		for s := range report.NumSections {
			i, j, ok := findInlineHeading(text, report.SectionID(s))
			ri, rj, rok := findInlineHeadingRef(text, report.SectionID(s))
			if i != ri || j != rj || ok != rok {
				t.Fatalf("findInlineHeading(%q, %d) = %d, %d, %v, want %d, %d, %v", text, s, i, j, ok, ri, rj, rok)
			}
		}
	})
}

// FuzzLeadingBlanks checks leadingBlanks against strings.TrimLeft.
func FuzzLeadingBlanks(f *testing.F) {
	for _, s := range []string{"", " \t\u3000a", "\u3000\u3000", "\xe3\x80", " x "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := leadingBlanks(s), len(s)-len(strings.TrimLeft(s, " \t\u3000")); got != want {
			t.Errorf("leadingBlanks(%q) = %d, want %d", s, got, want)
		}
	})
}

// FuzzIndexTrimmed checks indexTrimmed against strings.Index.
func FuzzIndexTrimmed(f *testing.F) {
	for _, s := range []string{"  a b ", "\u3000\u3000x", "\t\xe3\x80\x80\x80", " \xff\xff", "abc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		trimmed := strings.TrimSpace(raw)
		if got, want := indexTrimmed(raw, trimmed), strings.Index(raw, trimmed); got != want {
			t.Errorf("indexTrimmed(%q) = %d, want %d", raw, got, want)
		}
	})
}
