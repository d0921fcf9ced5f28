package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// labels is the one declaration of an enumerated value's names: its JSON and
// path key, its official Chinese label, the label of the 2019 format where
// that differs, and its English label.
type labels struct {
	key    string
	zh     string
	zh2019 string // empty when the 2019 format prints zh
	en     string
}

// infoAt returns info[i], or no labels at all for a value out of range.
func infoAt(info []labels, i int) labels {
	if i < 0 || i >= len(info) {
		return labels{}
	}
	return info[i]
}

// label returns the official label for format f.
func (l labels) label(f Format) string {
	if f == Format2019 && l.zh2019 != "" {
		return l.zh2019
	}
	return l.zh
}

// Labels printed in the official tables that name no value of their own:
// header cells and notes. Each official string is written once, here or in
// the declaration of the value it names.
const (
	// LabelContent heads the first column of each block of table 二.
	LabelContent = "信息内容"
	// LabelApplicant heads the applicant columns of table 三.
	LabelApplicant = "申请人情况"
	// LabelLegalPersons spans the five organisation columns of table 三.
	LabelLegalPersons = "法人或其他组织"
	// LabelBalanceNote is the note printed in the top-left cell of table 三.
	LabelBalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
	// LabelOutcomes spans the outcome rows of table 三.
	LabelOutcomes = "三、本年度办理结果"
	// LabelLitigation spans the two lawsuit blocks of table 四.
	LabelLitigation = "行政诉讼"
)

// English labels of the header cells above.
const (
	EnglishContent      = "content"
	EnglishApplicant    = "applicant"
	EnglishLegalPersons = "legal persons and other organisations"
	EnglishBalanceNote  = "(in every column, items one and two add up to items three and four)"
	EnglishOutcomes     = "outcomes (this year)"
	EnglishLitigation   = "administrative litigation"
)

// NormalizeLabel folds a label as printed in a real document to the form the
// lookups compare: full-width and half-width forms folded to one (so "(一)"
// matches "（一）" and "１" matches "1"), every space and line break removed
// (so "商业 企业" matches "商业企业"), "、" and "，" folded to ",", and a
// leading item number written "1、" folded to "1." as the format prints it.
func NormalizeLabel(s string) string {
	// Most labels are already folded, or nearly: the runs of bytes that
	// need no folding are copied as they are, and nothing is copied at
	// all for a label that needs none.
	var b []byte // nil while s needs no change
	kept := 0    // s[kept:i] is copied as it is
	for i := 0; i < len(s); {
		var f rune
		var keep bool
		size := 1
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				i++
				continue
			}
		} else if isCJKRune(s[i:]) {
			i += 3 // folds to itself
			continue
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if f, keep = foldLabelRune(r); keep && f == r && (r != utf8.RuneError || size > 1) {
				i += size
				continue
			}
		}
		// s[i:i+size] changes: a space dropped, a rune folded, or a byte
		// that is not UTF-8 written as U+FFFD.
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[kept:i]...)
		if keep {
			b = utf8.AppendRune(b, f)
		}
		i += size
		kept = i
	}
	if b == nil {
		return numberingDot(s)
	}
	return numberingDot(string(append(b, s[kept:]...)))
}

// isCJKRune reports whether s begins with a rune from U+4000 to U+CFFF or
// from U+E000 to U+EFFF (CJK ideographs mostly), told by its three bytes
// without decoding it: lead byte 0xE4 to 0xEC or 0xEE (0xED would start a
// surrogate too), then two continuation bytes.
func isCJKRune(s string) bool {
	return len(s) >= 3 && (s[0] >= 0xE4 && s[0] <= 0xEC || s[0] == 0xEE) &&
		s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80
}

// asciiSpace reports whether an ASCII byte is a space for unicode.IsSpace.
func asciiSpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

// foldLabelRune folds one rune of a label for NormalizeLabel: keep is false
// for a rune dropped (a space, a zero-width space, a byte order mark).
func foldLabelRune(r rune) (folded rune, keep bool) {
	if r >= 0x3400 && r < 0xFEFF {
		// CJK ideographs and every rune up to the byte order mark, which
		// is neither a space nor full-width nor folded below.
		return r, true
	}
	if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
		return 0, false
	}
	switch r {
	case '、', '，':
		return ',', true
	case '“', '”', '"', '「', '」':
		return '"', true
	case '．', '。':
		return '.', true
	}
	return NarrowRune(r), true
}

// NarrowRune returns the narrow (half-width) form of a full-width rune, such
// as 1 for １ or ( for （, else the rune itself. Full-width forms (East Asian
// Width F) are U+3000 and U+FF01–U+FFE6 only; other runes skip the table
// lookup. Package parse folds the digits of cells with it.
func NarrowRune(r rune) rune {
	if r < 0x3000 || (r > 0x3000 && r < 0xFF00) || r > 0xFFEF {
		return r
	}
	if p := width.LookupRune(r); p.Kind() == width.EastAsianFullwidth {
		if n := p.Narrow(); n != 0 {
			return n
		}
	}
	return r
}

// labelIndex finds a value by its label as printed: by the whole label
// (item number included) or, when the printed label has no item number, by
// the label without it. A wrong item number finds nothing.
type labelIndex[T ~uint8] struct {
	whole map[string]T // normalised labels, English labels and keys
	bare  map[string]T // normalised labels without their item numbers
}

// newLabelIndex indexes the labels of the values 0 … len(info)-1.
func newLabelIndex[T ~uint8](info []labels) labelIndex[T] {
	idx := labelIndex[T]{whole: make(map[string]T), bare: make(map[string]T)}
	add := func(m map[string]T, label string, v T) {
		if _, taken := m[label]; !taken && label != "" {
			m[label] = v
		}
	}
	for i, l := range info {
		for _, label := range []string{l.zh, l.zh2019} {
			n := NormalizeLabel(label)
			add(idx.whole, n, T(i))
			if rest := StripNumbering(n); rest != n {
				add(idx.bare, rest, T(i))
			}
		}
	}
	for i, l := range info {
		add(idx.whole, strings.ToLower(NormalizeLabel(l.en)), T(i))
		add(idx.whole, l.key, T(i))
	}
	return idx
}

// find looks a label up.
func (idx labelIndex[T]) find(label string) (T, bool) {
	n := NormalizeLabel(label)
	if v, ok := idx.whole[n]; ok {
		return v, true
	}
	if v, ok := idx.whole[strings.ToLower(n)]; ok {
		return v, true
	}
	if StripNumbering(n) != n {
		return 0, false
	}
	v, ok := idx.bare[n]
	return v, ok
}

// numberingDot writes a leading item number "1," (from "1、") as "1.".
func numberingDot(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && s[i] == ',' {
		return s[:i] + "." + s[i+1:]
	}
	return s
}

// topNumerals are the item numbers of the top-level rows and headings.
const topNumerals = "一二三四五六"

// StripNumbering removes a leading item number from a label folded by
// NormalizeLabel: "1.", "(三)" or "三," ("第二十条第(一)项" is left alone).
func StripNumbering(s string) string {
	switch {
	case strings.HasPrefix(s, "("):
		if i := strings.IndexByte(s, ')'); i > 0 && i <= 1+3*3 {
			return s[i+1:]
		}
	case len(s) > 0 && s[0] >= '0' && s[0] <= '9':
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i < len(s) && s[i] == '.' {
			return s[i+1:]
		}
	default:
		if r, size := utf8.DecodeRuneInString(s); strings.ContainsRune(topNumerals, r) && strings.HasPrefix(s[size:], ",") {
			return s[size+1:]
		}
	}
	return s
}

// indexIn returns i when it is an index of a table of n entries, and 0
// (the entry of the unknown or empty value) when it is not.
func indexIn(i, n int) int {
	if i >= n {
		return 0
	}
	return i
}
