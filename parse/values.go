package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/opengov-cn/xxgk/report"
)

// cellValue is what a printed cell holds, before it is put in a report cell.
type cellValue struct {
	text   string // folded: full-width digits made ASCII, spaces and commas removed
	blank  bool
	na     bool
	number bool        // digits with an optional sign and fraction
	unit   report.Unit // the money unit written in the cell, if any
	suffix string      // the unit written in the cell and removed from text
}

// readCell folds a printed cell: full-width digits to ASCII, spaces and
// thousands commas removed (but a space between two digits kept, so that
// "1 8" is not read as 18), a trailing unit (元, 万元, 件, 个, 项) cut off.
// "/" and the dashes are not applicable; an empty cell is blank.
func readCell(s string) cellValue {
	if isASCIIDigits(s) {
		// Most cells: a count as it is (a unit suffix, a sign and a
		// fraction being none of its bytes).
		return cellValue{text: s, number: report.IsPlainDecimal(s)}
	}
	t := foldCell(s)
	v := cellValue{text: t}
	switch t {
	case "":
		v.blank = true
		return v
	case "/", "-", "—", "——", "–", "－", "\\", "／":
		v.na = true
		return v
	}
	for _, u := range []struct {
		suffix string
		unit   report.Unit
	}{{"万元", report.UnitWan}, {"元", report.UnitYuan}, {"件", report.UnitNone}, {"个", report.UnitNone}, {"项", report.UnitNone}} {
		if rest, ok := strings.CutSuffix(t, u.suffix); ok && report.IsPlainDecimal(rest) {
			v.text, v.unit, v.suffix = rest, u.unit, u.suffix
			break
		}
	}
	v.number = report.IsPlainDecimal(v.text)
	return v
}

// isValueLike reports whether a printed cell is a value (a number, blank,
// or not applicable) rather than a label.
func isValueLike(s string) bool {
	if isASCIIDigits(s) {
		return readCell(s).number // most cells: a count
	}
	// A value's folded text begins with a digit, a sign or the mark of
	// not applicable: a cell whose first character is another (a label)
	// is told apart without folding it.
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == ',' || r == '，' {
			continue // dropped by the folding
		}
		switch report.NarrowRune(r) {
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '/', '—', '–', '－', '\\', '／':
			if hasIdeographs(s, 3) {
				return false // a numbered label ("1.本机关不掌握…")
			}
			v := readCell(s)
			return v.blank || v.na || v.number
		}
		return false
	}
	return true // blank
}

// hasIdeographs reports whether s holds at least n runes from U+4000 to
// U+9FFF (CJK ideographs), counted by their first bytes, E4 to E9. A
// value holds two at most, its unit (万元): the folding of readCell keeps
// them all, and a number, blank or not-applicable mark holds no other.
func hasIdeographs(s string, n int) bool {
	for i := 0; i < len(s) && n > 0; i++ {
		if s[i] >= 0xe4 && s[i] <= 0xe9 {
			n--
		}
	}
	return n == 0
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// isASCIIDigits reports whether s is made of ASCII digits only, at least one.
func isASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// foldCell is the folding of readCell: full-width forms to ASCII, spaces
// (but one between two digits), zero-width spaces and commas removed. A
// cell that needs none of it, as most do, is returned as it is.
func foldCell(s string) string {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c == ',' || c == ' ' || (c >= '\t' && c <= '\r') {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '，' || r == '\u200b' || unicode.IsSpace(r) || report.NarrowRune(r) != r || (r == utf8.RuneError && size == 1) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s))
	copy(b, s[:i])
	space, last := false, rune(0)
	if i > 0 {
		last, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	for _, r := range s[i:] {
		if unicode.IsSpace(r) || r == '\u200b' {
			space = true
			continue
		}
		if r == ',' || r == '，' {
			continue
		}
		r = report.NarrowRune(r)
		if space && isASCIIDigit(r) && isASCIIDigit(last) {
			// "1 8" is two numbers in one cell, not 18.
			b = append(b, ' ')
		}
		space, last = false, r
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}
