package render

import (
	"strings"
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

// padRight pads s with spaces to display width w.
func padRight(s string, w int) string {
	if n := w - displayWidth(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// padLeft pads s with spaces on the left to display width w.
func padLeft(s string, w int) string {
	if n := w - displayWidth(s); n > 0 {
		return strings.Repeat(" ", n) + s
	}
	return s
}
