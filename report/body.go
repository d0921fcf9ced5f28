package report

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// BodyKey returns the name of a reporting body in the form in which two
// names are compared to tell whether they name the same body: Unicode NFKC,
// so that full-width and half-width forms of a character agree (（） and (),
// Ａ and A); without white space (spaces, ideographic spaces, line breaks)
// and invisible format characters (zero-width spaces, byte-order marks);
// Latin letters in lower case. Nothing else is changed: a short form
// (区政府办) and the full name (杭州市萧山区人民政府办公室) give different keys, as
// they may well be different bodies. A name of only white space gives "".
func BodyKey(name string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
			return -1
		}
		return unicode.ToLower(r)
	}, norm.NFKC.String(name))
}
