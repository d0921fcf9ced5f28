package report

import "fmt"

// Format is the version of the official report format a report follows.
type Format uint8

const (
	// FormatUnknown is the zero Format: not yet known.
	FormatUnknown Format = iota
	// Format2019 is the trial format of 国办公开办函〔2019〕60号, used for the
	// reports on 2019 and 2020.
	Format2019
	// Format2021 is the format of 国办公开办函〔2021〕30号, used for the
	// reports on 2021 and later years.
	Format2021
)

var formatInfo = [...]labels{
	FormatUnknown: {key: "", zh: "", en: "unknown format"},
	Format2019:    {key: "2019", zh: "中华人民共和国政府信息公开工作年度报告格式（试行）（国办公开办函〔2019〕60号）", en: "format 2019 (trial)"},
	Format2021:    {key: "2021", zh: "中华人民共和国政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）", en: "format 2021"},
}

// Formats lists the known formats, oldest first.
func Formats() []Format { return []Format{Format2019, Format2021} }

// FormatForYear returns the format a report on the given year must follow:
// Format2019 up to 2020, Format2021 from 2021, and FormatUnknown before 2019
// (the first year under the revised regulation, 国务院令第711号).
func FormatForYear(year int) Format {
	switch {
	case year >= 2021:
		return Format2021
	case year >= 2019:
		return Format2019
	}
	return FormatUnknown
}

// ParseFormat reads a format's key, "2019" or "2021".
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats() {
		if formatInfo[f].key == s {
			return f, nil
		}
	}
	return FormatUnknown, fmt.Errorf("unknown report format %q (want \"2019\" or \"2021\")", s)
}

// Valid reports whether f is Format2019 or Format2021.
func (f Format) Valid() bool { return f == Format2019 || f == Format2021 }

// Key returns the format's JSON name, "2019" or "2021".
func (f Format) Key() string { return formatInfo[f.index()].key }

// Label returns the official name of the format and the notice that issued it.
func (f Format) Label() string { return formatInfo[f.index()].zh }

// English returns the format's English name.
func (f Format) English() string { return formatInfo[f.index()].en }

// String returns the format's key, or "unknown".
func (f Format) String() string {
	if !f.Valid() {
		return "unknown"
	}
	return f.Key()
}

func (f Format) index() int { return indexIn(int(f), len(formatInfo)) }

// formatSet is a set of formats, for declarations that hold in some formats.
type formatSet uint8

const (
	only2019    formatSet = 1 << Format2019
	only2021    formatSet = 1 << Format2021
	bothFormats           = only2019 | only2021
)

// has reports whether the set holds f.
func (s formatSet) has(f Format) bool { return f.Valid() && s&(1<<f) != 0 }
