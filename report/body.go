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

// Series names the reports of one body over the years: its own reports,
// or its aggregate (本级政府) reports, which are another series. Two reports
// are of one series when their reporting bodies have the same [BodyKey]
// and both or neither are aggregate.
type Series struct {
	Body      string // BodyKey of Metadata.ReportingBody; "" for no name
	Aggregate bool   // Metadata.Aggregate
}

// SeriesOf returns the series of r.
func SeriesOf(r *Report) Series {
	return Series{Body: BodyKey(r.Metadata.ReportingBody), Aggregate: r.Metadata.Aggregate}
}
