// Package render prints an annual report on government information
// disclosure (政府信息公开工作年度报告) for people: as GitHub-flavoured
// Markdown, as HTML (a fragment to embed in a portal page, or a standalone
// printable page), as fixed-width plain text and as a Word document (.docx,
// laid out as an official document), with the official labels in Chinese or
// with English labels.
//
// Every renderer prints the same document: the title, the metadata, the
// preamble, then the six sections in order, the tables of sections 二, 三 and
// 四 filled from the report through the layouts of package table. Cells print
// as the format prints them: a blank stays blank, "/" stays "/", counts are
// bare integers and money keeps its printed scale. The narrative is printed
// as written, in every language; only the labels change.
//
// With [WithFindings], every renderer ends the document with an appendix:
// the findings of a validation (package validate), so that a supervising
// office can send back one document.
//
// Output is deterministic: the same report gives the same bytes.
package render

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/table"
)

// ErrNoReport is returned when there is no report to render.
var ErrNoReport = errors.New("render: no report")

// document is what every renderer prints, with the labels of one language
// chosen and the tables filled.
type document struct {
	lang     lang.Lang
	title    string
	metadata []field
	preamble []string
	sections []section
	appendix *appendix // nil without WithFindings
}

// field is one line of metadata: our label and the report's value. Report
// is true when the value is the report's own text (a name, a number), false
// when the renderer wrote it in the labels' language (a date, the format).
type field struct {
	label       string
	value       string
	report      bool
	reportLabel bool // the label is the report's own too (Metadata.Other)
}

// section is one of the six sections: prose, or a table.
type section struct {
	id      report.SectionID
	heading string
	prose   report.Section
	grid    *table.Grid // nil for a prose section
}

// newDocument prepares r for printing in language l, with what opts ask
// for. The tables are filled into the grids of out (the storage of a
// pooled writer), or into new grids when out is nil.
func newDocument(r *report.Report, l lang.Lang, opts []Option, out *writer) (*document, error) {
	if r == nil {
		return nil, ErrNoReport
	}
	var grids []table.Grid
	if out != nil {
		grids = out.grids
	}
	grids, err := table.Refill(grids, r)
	if err != nil {
		return nil, err
	}
	if out != nil {
		out.grids = grids
	}
	d := &document{lang: l, title: title(r, l), metadata: metadata(r, l), preamble: r.Preamble}
	ids := report.Sections()
	d.sections = make([]section, 0, len(ids))
	for _, id := range ids {
		s := section{id: id, heading: lang.Text{Zh: id.Label(r.Format), En: id.English()}.In(l)}
		switch id {
		case report.SectionOverview:
			s.prose = r.Overview
		case report.SectionProblems:
			s.prose = r.Problems
		case report.SectionOtherMatters:
			s.prose = r.OtherMatters
		}
		for i := range grids {
			if grids[i].Layout.Section == id {
				s.grid = &grids[i]
			}
		}
		d.sections = append(d.sections, s)
	}
	var o options
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	if o.findings != nil {
		d.appendix = newAppendix(o.findings, r.Format, l)
	}
	return d, nil
}

// title returns the report's printed title, or one made from the metadata:
// "杭州市萧山区人民政府办公室2023年政府信息公开工作年度报告".
func title(r *report.Report, l lang.Lang) string {
	m := r.Metadata
	if oneLine(m.Title) != "" {
		return m.Title
	}
	if l == lang.English {
		t := report.EnglishAnnualReport
		t = strings.ToUpper(t[:1]) + t[1:]
		if m.Year != 0 {
			t += " " + strconv.Itoa(m.Year)
		}
		if m.ReportingBody != "" {
			t += ": " + m.ReportingBody
		}
		return t
	}
	t := report.LabelAnnualReport
	if m.Year != 0 {
		t = strconv.Itoa(m.Year) + "年" + t
	}
	return m.ReportingBody + t
}

// metadata lists the metadata the report gives, in a fixed order, skipping
// what it leaves empty.
func metadata(r *report.Report, l lang.Lang) []field {
	m := r.Metadata
	out := make([]field, 0, 10+len(m.Other))
	add := func(label lang.Text, value string, reportText bool) {
		if value != "" {
			out = append(out, field{label.In(l), value, reportText, false})
		}
	}
	date := func(d report.Date) string {
		if l == lang.English {
			return d.String()
		}
		return d.Chinese()
	}
	add(labelReportingBody, m.ReportingBody, true)
	add(labelPublisher, m.Publisher, true)
	if m.Year != 0 {
		add(labelYear, strconv.Itoa(m.Year), false)
	}
	if !m.PeriodStart.IsZero() || !m.PeriodEnd.IsZero() {
		add(labelPeriod, date(m.PeriodStart)+labelPeriodTo.In(l)+date(m.PeriodEnd), false)
	}
	add(labelDocumentDate, date(m.DocumentDate), false)
	add(labelPublicationDate, date(m.PublicationDate), false)
	add(labelIndexNumber, m.IndexNumber, true)
	add(labelDocumentNumber, m.DocumentNumber, true)
	if m.Aggregate {
		add(labelAggregate, labelYes.In(l), false)
	}
	add(labelFormat, lang.Text{Zh: r.Format.Label(), En: r.Format.English()}.In(l), false)
	for _, f := range m.Other {
		if f.Label != "" || f.Value != "" {
			out = append(out, field{f.Label, f.Value, true, true})
		}
	}
	return out
}

// cellText returns a data cell's value as the format prints it: the count
// or the amount at its printed scale, with the unit the report printed in
// the cell where the column's header names none (采购总金额 "251000元").
func cellText(g *table.Grid, i int, l lang.Lang) string {
	if i < 0 || i >= len(g.Values) {
		return ""
	}
	v := g.Values[i]
	s := v.String()
	if v.Kind != report.KindAmount || v.Unit == report.UnitNone || !v.Amount.IsNumber() {
		return s
	}
	if c, ok := report.LookupCell(g.Layout.Format, g.Layout.Cells[i].Path); !ok || c.Unit != report.UnitNone {
		return s
	}
	if l == lang.English {
		return s + " " + v.Unit.English()
	}
	return s + v.Unit.Label()
}

// appendCellText appends the text of cellText to b, without making a
// string of a count.
func appendCellText(b []byte, g *table.Grid, i int, l lang.Lang) []byte {
	if i >= 0 && i < len(g.Values) && g.Values[i].Kind != report.KindAmount {
		return g.Values[i].Append(b)
	}
	return append(b, cellText(g, i, l)...)
}

// writer builds a document in memory; flush writes it out at once.
type writer struct {
	buf   []byte
	grids []table.Grid // the tables of the document
	grid  flatGrid     // the buffers of Markdown and plain text tables
}

// writers keeps the buffers of the documents written, for the next ones.
var writers = sync.Pool{New: func() any { return &writer{buf: make([]byte, 0, 24<<10)} }}

// newWriter returns a writer with room for a typical document. Flush gives
// it back.
func newWriter() *writer { return writers.Get().(*writer) }

func (w *writer) str(s string) { w.buf = append(w.buf, s...) }

// flush writes the document to out, and gives the writer back to be used
// again: it must not be used after.
func (w *writer) flush(out io.Writer) error {
	_, err := out.Write(w.buf)
	if cap(w.buf) <= 1<<20 {
		w.buf = w.buf[:0]
		writers.Put(w)
	}
	return err
}

// printedLines returns the lines of s (see lines), each cleaned by clean,
// leaving out those it makes empty.
func printedLines(s string, clean func(string) string) []string {
	var out []string
	for _, l := range lines(s) {
		if l = clean(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// lines splits user text into its lines, with "\r\n" and "\r" read as line
// breaks and other control characters turned into spaces.
func lines(s string) []string {
	if isPlainLine(s) {
		return []string{s}
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		if r == '\n' {
			return r
		}
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	return strings.Split(s, "\n")
}

// oneLine returns user text on a single line: line breaks become spaces.
func oneLine(s string) string {
	if isPlainLine(s) {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(strings.Join(lines(s), " "))
}

// The classes of bytes that byteClass flags.
const (
	classLine      = 1 << iota // a control character or DEL
	classMdSpecial             // a byte of mdSpecial
)

// byteClass flags each byte with its classes, so that the loops over user
// text skip the bytes that need nothing with one look-up.
var byteClass = func() (t [256]uint8) {
	for c := range 0x20 {
		t[c] |= classLine
	}
	t[0x7f] |= classLine
	for i := range len(mdSpecial) {
		t[mdSpecial[i]] |= classMdSpecial
	}
	return t
}()

// isPlainLine reports whether s is one line with no character that lines
// would change: no control character, DEL, C1 control or line or paragraph
// separator, and valid UTF-8.
func isPlainLine(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if byteClass[c]&classLine != 0 { // a control character or DEL
				return false
			}
			i++
			continue
		case c == 0xE1 || (c >= 0xE3 && c <= 0xEC) || c == 0xEE || c == 0xEF:
			// The lead byte of three that may be followed by any two
			// continuation bytes: the CJK ideographs and punctuation, and
			// no character lines changes (U+2028 and U+2029 start with
			// 0xE2).
			if i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				i += 3
				continue
			}
			return false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || r < 0xA0 || r == '\u2028' || r == '\u2029' {
			return false
		}
		i += size
	}
	return true
}
