package render

import (
	"slices"
	"unicode"

	"golang.org/x/text/width"
)

// displayWidth returns the number of terminal columns s takes: two for a
// wide or full-width character (CJK ideographs, full-width punctuation), none
// for a combining mark or a zero-width character, one for anything else.
// Characters of ambiguous width (such as “ and ”) count one, as terminals
// outside East Asian locales show them.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

func runeWidth(r rune) int {
	switch {
	case r < 0x300: // ASCII and Latin-1: one column, no combining marks
		return 1
	case r >= 0x4E00 && r <= 0x9FFF: // CJK unified ideographs: wide
		return 2
	case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff':
		return 0
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// appendPadded appends s to b padded with spaces to display width w: on the
// right, or on the left when right is true (right-aligned). sw is the
// display width of s.
func appendPadded(b []byte, s string, sw, w int, right bool) []byte {
	if right {
		b = appendSpaces(b, w-sw)
		return append(b, s...)
	}
	b = append(b, s...)
	return appendSpaces(b, w-sw)
}

// appendSpaces appends n spaces (none when n <= 0).
func appendSpaces(b []byte, n int) []byte {
	const spaces = "                                                                "
	for n > 0 {
		k := min(n, len(spaces))
		b = append(b, spaces[:k]...)
		n -= k
	}
	return b
}

// appendRepeat appends c n times (none when n <= 0).
func appendRepeat(b []byte, c byte, n int) []byte {
	if n <= 0 {
		return b
	}
	b = slices.Grow(b, n)
	start := len(b)
	b = b[:start+n]
	for i := start; i < len(b); i++ {
		b[i] = c
	}
	return b
}
