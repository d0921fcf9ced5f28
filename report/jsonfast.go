package report

import (
	"bytes"
	"io"
	"strconv"
	"sync"

	"github.com/go-json-experiment/json/jsontext"
)

// The fast path of [Report.UnmarshalJSON]: the usual document, as
// [WriteJSON] writes it, read once, token by token, without reflection and
// without building the paths and errors that only a refused document
// needs. It accepts a subset of what the full decoder (json.go) accepts:
// "format" first, strings where text goes (not null), and gives up on
// anything else, leaving the document to the full decoder, which then
// decodes it or says exactly what is wrong and where. A test holds both to
// the same result on every document both accept.

// fastDecoder reads one document; fastDecoders keeps them between calls,
// with their buffers.
type fastDecoder struct {
	buf bytes.Buffer // the document, read in place by dec
	dec *jsontext.Decoder
	out *Report
	// path is the path of the object being read ("table3.received"), and
	// of the cell once its key is read; key is the last key read.
	path, key []byte
	// names holds the keys of the objects open, one after the other, so
	// that a key given twice is found: ends[i] is where key i ends, and
	// opened the index in ends of each open object's first key.
	names  []byte
	ends   []int
	opened []int
	// next is the index in cellsByFormat of the cell expected next: the
	// cells come in that order from WriteJSON.
	next int
}

var fastDecoders = sync.Pool{New: func() any {
	return &fastDecoder{dec: jsontext.NewDecoder(new(bytes.Buffer))}
}}

// keysChecked has the decoder leave duplicate keys to fastDecoder, which
// knows the few keys each object may have.
var keysChecked = jsontext.AllowDuplicateNames(true)

// decodeFast decodes data into r, which it may change even when it fails.
// It reports whether it decoded the document.
func decodeFast(data []byte, r *Report) bool {
	d := fastDecoders.Get().(*fastDecoder)
	d.buf = *bytes.NewBuffer(data)
	d.dec.Reset(&d.buf, keysChecked)
	d.out = r
	d.names, d.ends, d.opened = d.names[:0], d.ends[:0], d.opened[:0]
	d.next = 0
	ok := d.report()
	d.buf = bytes.Buffer{} // keep no reference to data
	d.dec.Reset(&d.buf)
	d.out = nil
	fastDecoders.Put(d)
	return ok
}

// report reads the document.
func (d *fastDecoder) report() bool {
	if !d.open() || !d.readKey() || string(d.key) != "format" {
		return false
	}
	raw, err := d.dec.ReadValue()
	if err != nil || raw.Kind() != '"' {
		return false
	}
	f, err := ParseFormat(string(raw[1 : len(raw)-1])) // the formats need no escape
	if err != nil {
		return false
	}
	d.out.reset(f, 0)
	for d.dec.PeekKind() != '}' {
		if !d.readKey() {
			return false
		}
		d.path = append(d.path[:0], d.key...)
		var ok bool
		switch string(d.key) {
		case "metadata":
			ok = d.metadata()
		case "preamble":
			ok = d.strings(&d.out.Preamble)
		case "overview":
			ok = d.section(&d.out.Overview)
		case "problems":
			ok = d.section(&d.out.Problems)
		case "other_matters":
			ok = d.section(&d.out.OtherMatters)
		case "table2", "table3", "table4":
			ok = d.table()
		case "fees":
			ok = d.cells()
		}
		if !ok {
			return false
		}
	}
	if !d.close() {
		return false
	}
	_, err = d.dec.ReadValue()
	return err == io.EOF
}

// open reads the '{' of an object.
func (d *fastDecoder) open() bool {
	if d.dec.PeekKind() != '{' {
		return false
	}
	if _, err := d.dec.ReadToken(); err != nil {
		return false
	}
	d.opened = append(d.opened, len(d.ends))
	return true
}

// close reads the '}' of an object.
func (d *fastDecoder) close() bool {
	if _, err := d.dec.ReadToken(); err != nil {
		return false
	}
	first := d.opened[len(d.opened)-1]
	d.opened = d.opened[:len(d.opened)-1]
	d.ends = d.ends[:first]
	if first == 0 {
		d.names = d.names[:0]
	} else {
		d.names = d.names[:d.ends[first-1]]
	}
	return true
}

// readKey reads a key into d.key; false for a key the open object has
// already given.
func (d *fastDecoder) readKey() bool {
	raw, err := d.dec.ReadValue()
	if err != nil {
		return false
	}
	if d.key, err = appendText(d.key[:0], raw); err != nil {
		return false
	}
	start := 0
	if first := d.opened[len(d.opened)-1]; first > 0 {
		start = d.ends[first-1]
	}
	for _, end := range d.ends[d.opened[len(d.opened)-1]:] {
		if string(d.names[start:end]) == string(d.key) {
			return false
		}
		start = end
	}
	d.names = append(d.names, d.key...)
	d.ends = append(d.ends, len(d.names))
	return true
}

// appendText appends the text of the JSON string raw.
func appendText(b []byte, raw jsontext.Value) ([]byte, error) {
	if bytes.IndexByte(raw, '\\') < 0 {
		return append(b, raw[1:len(raw)-1]...), nil
	}
	return jsontext.AppendUnquote(b, raw)
}

// text reads a JSON string.
func (d *fastDecoder) text() (string, bool) {
	raw, err := d.dec.ReadValue()
	if err != nil || raw.Kind() != '"' {
		return "", false
	}
	if bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : len(raw)-1]), true
	}
	b, err := jsontext.AppendUnquote(nil, raw)
	return string(b), err == nil
}

// strings reads an array of strings, or null.
func (d *fastDecoder) strings(out *[]string) bool {
	switch d.dec.PeekKind() {
	case 'n': // as encoding/json/v2 reads null
		*out = nil
		_, err := d.dec.ReadToken()
		return err == nil
	case '[':
	default:
		return false
	}
	if _, err := d.dec.ReadToken(); err != nil {
		return false
	}
	list := []string{} // as encoding/json/v2 makes it for []
	for d.dec.PeekKind() != ']' {
		s, ok := d.text()
		if !ok {
			return false
		}
		list = append(list, s)
	}
	if _, err := d.dec.ReadToken(); err != nil {
		return false
	}
	*out = list
	return true
}

// section reads a Section.
func (d *fastDecoder) section(s *Section) bool {
	if !d.open() {
		return false
	}
	for d.dec.PeekKind() != '}' {
		if !d.readKey() {
			return false
		}
		switch string(d.key) {
		case "paragraphs":
			if !d.strings(&s.Paragraphs) {
				return false
			}
		case "subsections":
			if d.dec.PeekKind() != '[' {
				return false
			}
			if _, err := d.dec.ReadToken(); err != nil {
				return false
			}
			s.Subsections = []Subsection{}
			for d.dec.PeekKind() != ']' {
				var sub Subsection
				if !d.subsection(&sub) {
					return false
				}
				s.Subsections = append(s.Subsections, sub)
			}
			if _, err := d.dec.ReadToken(); err != nil {
				return false
			}
		default:
			return false
		}
	}
	return d.close()
}

// subsection reads a Subsection.
func (d *fastDecoder) subsection(s *Subsection) bool {
	if !d.open() {
		return false
	}
	for d.dec.PeekKind() != '}' {
		if !d.readKey() {
			return false
		}
		var ok bool
		switch string(d.key) {
		case "title":
			s.Title, ok = d.text()
		case "paragraphs":
			ok = d.strings(&s.Paragraphs)
		}
		if !ok {
			return false
		}
	}
	return d.close()
}

// metadata reads the Metadata.
func (d *fastDecoder) metadata() bool {
	m := &d.out.Metadata
	if !d.open() {
		return false
	}
	for d.dec.PeekKind() != '}' {
		if !d.readKey() {
			return false
		}
		var ok bool
		switch string(d.key) {
		case "title":
			m.Title, ok = d.text()
		case "reporting_body":
			m.ReportingBody, ok = d.text()
		case "publisher":
			m.Publisher, ok = d.text()
		case "index_number":
			m.IndexNumber, ok = d.text()
		case "document_number":
			m.DocumentNumber, ok = d.text()
		case "year":
			ok = d.year(&m.Year)
		case "period_start":
			ok = d.textValue(&m.PeriodStart)
		case "period_end":
			ok = d.textValue(&m.PeriodEnd)
		case "document_date":
			ok = d.textValue(&m.DocumentDate)
		case "publication_date":
			ok = d.textValue(&m.PublicationDate)
		case "scope":
			ok = d.textValue(&m.Scope)
		case "level":
			ok = d.textValue(&m.Level)
		case "aggregate":
			raw, err := d.dec.ReadValue()
			switch {
			case err != nil:
			case raw.Kind() == 't':
				m.Aggregate, ok = true, true
			case raw.Kind() == 'f':
				m.Aggregate, ok = false, true
			}
		case "other":
			ok = d.fields(&m.Other)
		}
		if !ok {
			return false
		}
	}
	return d.close()
}

// year reads an integer written in digits.
func (d *fastDecoder) year(n *int) bool {
	raw, err := d.dec.ReadValue()
	if err != nil || raw.Kind() != '0' || bytes.ContainsAny(raw, ".eE") {
		return false
	}
	v, err := strconv.Atoi(string(raw))
	*n = v
	return err == nil
}

// textValue reads a string into a value that decodes itself from text.
func (d *fastDecoder) textValue(v interface{ UnmarshalText([]byte) error }) bool {
	raw, err := d.dec.ReadValue()
	if err != nil || raw.Kind() != '"' {
		return false
	}
	d.key, err = appendText(d.key[:0], raw)
	return err == nil && v.UnmarshalText(d.key) == nil
}

// fields reads the array of other metadata fields, or null.
func (d *fastDecoder) fields(out *[]Field) bool {
	switch d.dec.PeekKind() {
	case 'n': // as encoding/json/v2 reads null
		*out = nil
		_, err := d.dec.ReadToken()
		return err == nil
	case '[':
	default:
		return false
	}
	if _, err := d.dec.ReadToken(); err != nil {
		return false
	}
	list := []Field{}
	for d.dec.PeekKind() != ']' {
		var f Field
		if !d.open() {
			return false
		}
		for d.dec.PeekKind() != '}' {
			if !d.readKey() {
				return false
			}
			var ok bool
			switch string(d.key) {
			case "label":
				f.Label, ok = d.text()
			case "value":
				f.Value, ok = d.text()
			}
			if !ok {
				return false
			}
		}
		if !d.close() {
			return false
		}
		list = append(list, f)
	}
	if _, err := d.dec.ReadToken(); err != nil {
		return false
	}
	*out = list
	return true
}

// table reads table2, table3 or table4, named by d.path.
func (d *fastDecoder) table() bool {
	if !d.open() {
		return false
	}
	n := len(d.path)
	f := d.out.Format
	combinedGiven := false
	for d.dec.PeekKind() != '}' {
		if !d.readKey() {
			return false
		}
		d.path = append(append(d.path[:n], '.'), d.key...)
		combined := f == Format2021 && string(d.path) == "table3."+RowOtherHandling.Key() // D18
		if !rowsByFormat[f][string(d.path)] && !combined {
			return false
		}
		if !d.cells() {
			return false
		}
		combinedGiven = combinedGiven || combined
	}
	if combinedGiven && d.out.Table3.Rows[RowOtherHandling] != BlankRow && !d.out.Table3.CombinedOtherHandling(f) {
		return false
	}
	d.path = d.path[:n]
	return d.close()
}

// cells reads an object of cells at d.path: a row of a table, or fees.
func (d *fastDecoder) cells() bool {
	if !d.open() {
		return false
	}
	n := len(d.path)
	for d.dec.PeekKind() != '}' {
		if !d.readKey() {
			return false
		}
		d.path = append(append(d.path[:n], '.'), d.key...)
		raw, err := d.dec.ReadValue()
		if err != nil {
			return false
		}
		if string(d.key) == procurementUnitKey && string(d.path[:n]) == "table2."+CentralisedProcurement.Key() {
			err = d.out.decodeUnit(raw)
		} else {
			c := d.cell()
			if c == nil {
				return false
			}
			err = d.out.decodeValue(c, raw)
		}
		if err != nil {
			return false
		}
	}
	d.path = d.path[:n]
	return d.close()
}

// cell returns the cell of the format at d.path, or nil. The cell expected
// next is tried before the index of every cell.
func (d *fastDecoder) cell() *Cell {
	cells := cellsByFormat[d.out.Format]
	if d.next < len(cells) && string(cells[d.next].Path) == string(d.path) {
		d.next++
		return &cells[d.next-1]
	}
	c, ok := cellByPath[Path(d.path)]
	if !ok || !d.out.hasCell(c) {
		return nil
	}
	return c
}
