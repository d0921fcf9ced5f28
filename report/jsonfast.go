package report

import (
	"encoding/binary"
	"math/bits"
	"strconv"
	"sync"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/opengov-cn/xxgk/internal/utf8check"
)

// The fast path of [Report.UnmarshalJSON]: the usual document, as
// [WriteJSON] writes it, read once, byte by byte, without reflection and
// without building the paths and errors that only a refused document
// needs. It accepts a subset of what the full decoder (json.go) accepts:
// "format" first, strings where text goes (not null), integers written as
// JSON integers, and gives up on anything else, leaving the document to
// the full decoder, which then decodes it or says exactly what is wrong
// and where. A test and a fuzz target hold both to the same result on
// every document the fast path accepts.
//
// The fast path reads the JSON grammar itself, as strictly as the full
// decoder: white space is space, tab, line feed or carriage return; a
// string holds no control character and is valid UTF-8 (a string with an
// escape is checked and unescaped by jsontext.AppendUnquote); a number is
// an integer without a leading zero; a key is given once in its object.

// fastDecoder reads one document; fastDecoders keeps them between calls,
// with their buffers.
type fastDecoder struct {
	data []byte // the document
	pos  int    // the offset of the next byte to read
	out  *Report
	// path is the path of the object being read ("table3.received"), and
	// of the cell once its key is read; key is the last key read. keyText
	// and unquoted hold the text of a key and of a value that have
	// escapes.
	path, key, keyText, unquoted []byte
	// names holds the keys of the objects open, one after the other, so
	// that a key given twice is found: ends[i] is where key i ends, and
	// opened the index in ends of each open object's first key.
	names  []byte
	ends   []int
	opened []int
	// next is the index in cellsByFormat of the cell expected next: the
	// cells come in that order from WriteJSON.
	next int
	// bad is set at the first thing the fast path does not read.
	bad bool
	// list holds the strings of an array while it is read, so that the
	// array is made once, at its length.
	list []string
}

var fastDecoders = sync.Pool{New: func() any { return new(fastDecoder) }}

// decodeFast decodes data into r, which it may change even when it fails.
// It reports whether it decoded the document.
func decodeFast(data []byte, r *Report) bool {
	d := fastDecoders.Get().(*fastDecoder)
	d.data, d.pos, d.out = data, 0, r
	d.names, d.ends, d.opened = d.names[:0], d.ends[:0], d.opened[:0]
	d.next, d.bad = 0, false
	ok := d.report()
	d.data, d.out, d.key = nil, nil, nil // keep no reference to them
	fastDecoders.Put(d)
	return ok
}

// report reads the document.
func (d *fastDecoder) report() bool {
	if !d.open() || !d.member() || string(d.key) != "format" {
		return false
	}
	raw, ok := d.value()
	if !ok || raw[0] != '"' {
		return false
	}
	f, err := ParseFormat(string(raw[1 : len(raw)-1])) // the formats need no escape
	if err != nil {
		return false
	}
	d.out.reset(f, 0)
	for d.member() {
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
	return !d.bad && d.peek() == 0 && d.pos == len(d.data) // nothing after the object
}

// peek returns the byte after white space, which it skips; 0 at the end.
func (d *fastDecoder) peek() byte {
	data, i := d.data, d.pos
	for i < len(data) && space[data[i]] {
		i++
	}
	d.pos = i
	if i == len(data) {
		return 0
	}
	return data[i]
}

// space tells the bytes of JSON's white space.
var space = [256]bool{' ': true, '\t': true, '\n': true, '\r': true}

// take reads the byte c after white space, and reports whether it came.
func (d *fastDecoder) take(c byte) bool {
	if d.peek() != c {
		return false
	}
	d.pos++
	return true
}

// open reads the '{' of an object.
func (d *fastDecoder) open() bool {
	if !d.take('{') {
		return false
	}
	d.opened = append(d.opened, len(d.ends))
	return true
}

// member reads the next member's key into d.key, with the comma before it
// and the colon after it, and reports whether it did: false at the '}'
// that closes the object, which it reads, and on a problem, which sets
// d.bad.
func (d *fastDecoder) member() bool {
	first := d.opened[len(d.opened)-1]
	switch c := d.peek(); {
	case c == '}':
		d.pos++
		d.opened = d.opened[:len(d.opened)-1]
		d.ends = d.ends[:first]
		if first == 0 {
			d.names = d.names[:0]
		} else {
			d.names = d.names[:d.ends[first-1]]
		}
		return false
	case len(d.ends) > first: // a key before: a comma
		if c != ',' {
			d.bad = true
			return false
		}
		d.pos++
	}
	if !d.readKey() || !d.take(':') {
		d.bad = true
		return false
	}
	return true
}

// element reads the comma before the next element of an array unless it
// is the first (n elements read), and reports whether an element comes:
// false at the ']' that closes the array, which it reads, and on a
// problem, which sets d.bad.
func (d *fastDecoder) element(n int) bool {
	switch c := d.peek(); {
	case c == ']':
		d.pos++
		return false
	case n > 0:
		if c != ',' {
			d.bad = true
			return false
		}
		d.pos++
	}
	return true
}

// readKey reads a key into d.key; false for a key the open object has
// already given.
func (d *fastDecoder) readKey() bool {
	var ok bool
	if _, d.key, ok = d.string(&d.keyText); !ok {
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

// string reads a JSON string, after white space, and checks it. It returns
// the string as it is written, quotes included, and its text: in data when
// the string has no escape, else unquoted into *buf.
func (d *fastDecoder) string(buf *[]byte) (raw, text []byte, ok bool) {
	if !d.take('"') {
		return nil, nil, false
	}
	data, start := d.data, d.pos-1
	i, seen := plainRun(data, d.pos)
	escaped := false
	for i < len(data) && data[i] == '\\' {
		escaped = true
		var more uint64
		i, more = plainRun(data, i+2) // after the backslash and the byte it escapes, which may be a quote
		seen |= more
	}
	if i >= len(data) || data[i] != '"' { // the end of data, or a control character
		return nil, nil, false
	}
	d.pos = i + 1
	raw = data[start:d.pos]
	if !escaped {
		return raw, raw[1 : len(raw)-1], seen&highBits == 0 || utf8check.Valid(raw)
	}
	var err error
	*buf, err = jsontext.AppendUnquote((*buf)[:0], raw)
	return raw, *buf, err == nil
}

// plainRun returns the index of the first special byte of data from i on
// (len(data) when there is none; i when i is beyond it), and the bits of
// every byte before it: ASCII has no high bit. It reads eight bytes at a
// time.
func plainRun(data []byte, i int) (int, uint64) {
	var seen uint64
	for ; i+8 <= len(data); i += 8 {
		x := binary.LittleEndian.Uint64(data[i:])
		if m := specialBits(x); m != 0 {
			n := bits.TrailingZeros64(m) / 8 // the first special byte
			return i + n, seen | x&(1<<(8*n)-1)
		}
		seen |= x
	}
	for ; i < len(data) && !special[data[i]]; i++ {
		seen |= uint64(data[i])
	}
	return i, seen
}

// Masks of the eight bytes of a uint64: the lowest and the highest bit of
// each.
const lowBits, highBits = 0x0101010101010101, 0x8080808080808080

// specialBits returns the high bits of the bytes of x (read little-endian)
// that are special: a quote, a backslash or a control character. The
// lowest bit set is that of the first special byte; bytes after it may be
// marked special when they are not. It is the usual test for a byte below
// n, (x - n*lowBits) &^ x & highBits, with n = 0x20, and for a zero byte (a
// byte below 1) of x with the quote and the backslash made zero by an
// exclusive or, which keeps the high bit of each byte, so that one mask of
// x does for all three. A byte at or above 0x80 is never special; a borrow
// of the subtractions starts only at a byte that is, and goes up from it.
func specialBits(x uint64) uint64 {
	return ((x - ' '*lowBits) | (x ^ '"'*lowBits - lowBits) | (x ^ '\\'*lowBits - lowBits)) &^ x & highBits
}

// special tells the bytes that end the text of a JSON string or need a
// check: the quote, the backslash and the control characters.
var special = func() (t [256]bool) {
	for c := range ' ' {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// value reads a value that is not an object or an array: a string, an
// integer, true, false or null. It returns the value as it is written.
func (d *fastDecoder) value() ([]byte, bool) {
	switch c := d.peek(); {
	case c == '"':
		raw, _, ok := d.string(&d.unquoted)
		return raw, ok
	case c == '-' || '0' <= c && c <= '9':
		return d.integer()
	}
	for _, lit := range [...]string{"null", "true", "false"} {
		if end := d.pos + len(lit); end <= len(d.data) && string(d.data[d.pos:end]) == lit {
			d.pos = end
			return d.data[end-len(lit) : end], true
		}
	}
	return nil, false
}

// integer reads a JSON number that is an integer: an optional minus sign,
// then 0 or digits that do not begin with 0. A number with a fraction or
// an exponent is not read.
func (d *fastDecoder) integer() ([]byte, bool) {
	start := d.pos
	if d.data[d.pos] == '-' {
		d.pos++
	}
	digits := d.pos
	for d.pos < len(d.data) && '0' <= d.data[d.pos] && d.data[d.pos] <= '9' {
		d.pos++
	}
	switch n := d.pos - digits; {
	case n == 0, n > 1 && d.data[digits] == '0':
		return nil, false
	case d.pos < len(d.data) && (d.data[d.pos] == '.' || d.data[d.pos] == 'e' || d.data[d.pos] == 'E'):
		return nil, false
	}
	return d.data[start:d.pos], true
}

// text reads a JSON string.
func (d *fastDecoder) text() (string, bool) {
	_, text, ok := d.string(&d.unquoted)
	return string(text), ok
}

// null reads the literal null.
func (d *fastDecoder) null() bool {
	raw, ok := d.value()
	return ok && string(raw) == "null"
}

// strings reads an array of strings, or null.
func (d *fastDecoder) strings(out *[]string) bool {
	switch d.peek() {
	case 'n': // as encoding/json/v2 reads null
		*out = nil
		return d.null()
	case '[':
		d.pos++
	default:
		return false
	}
	d.list = d.list[:0]
	for d.element(len(d.list)) {
		s, ok := d.text()
		if !ok {
			return false
		}
		d.list = append(d.list, s)
	}
	*out = append([]string{}, d.list...) // not nil for [], as encoding/json/v2 makes it
	clear(d.list)                        // keep no reference to the text
	return !d.bad
}

// section reads a Section.
func (d *fastDecoder) section(s *Section) bool {
	if !d.open() {
		return false
	}
	for d.member() {
		switch string(d.key) {
		case "paragraphs":
			if !d.strings(&s.Paragraphs) {
				return false
			}
		case "subsections":
			if !d.take('[') {
				return false
			}
			s.Subsections = []Subsection{}
			for d.element(len(s.Subsections)) {
				var sub Subsection
				if !d.subsection(&sub) {
					return false
				}
				s.Subsections = append(s.Subsections, sub)
			}
			if d.bad {
				return false
			}
		default:
			return false
		}
	}
	return !d.bad
}

// subsection reads a Subsection.
func (d *fastDecoder) subsection(s *Subsection) bool {
	if !d.open() {
		return false
	}
	for d.member() {
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
	return !d.bad
}

// metadata reads the Metadata.
func (d *fastDecoder) metadata() bool {
	m := &d.out.Metadata
	if !d.open() {
		return false
	}
	for d.member() {
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
			raw, _ := d.value()
			m.Aggregate = string(raw) == "true"
			ok = m.Aggregate || string(raw) == "false"
		case "other":
			ok = d.fields(&m.Other)
		}
		if !ok {
			return false
		}
	}
	return !d.bad
}

// year reads an integer written in digits.
func (d *fastDecoder) year(n *int) bool {
	if c := d.peek(); c != '-' && (c < '0' || c > '9') {
		return false
	}
	raw, ok := d.integer()
	if !ok {
		return false
	}
	v, err := strconv.Atoi(string(raw))
	*n = v
	return err == nil
}

// textValue reads a string into a value that decodes itself from text.
func (d *fastDecoder) textValue(v interface{ UnmarshalText([]byte) error }) bool {
	_, text, ok := d.string(&d.unquoted)
	return ok && v.UnmarshalText(text) == nil
}

// fields reads the array of other metadata fields, or null.
func (d *fastDecoder) fields(out *[]Field) bool {
	switch d.peek() {
	case 'n': // as encoding/json/v2 reads null
		*out = nil
		return d.null()
	case '[':
		d.pos++
	default:
		return false
	}
	list := []Field{}
	for d.element(len(list)) {
		var f Field
		if !d.open() {
			return false
		}
		for d.member() {
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
		if d.bad {
			return false
		}
		list = append(list, f)
	}
	*out = list
	return !d.bad
}

// table reads table2, table3 or table4, named by d.path.
func (d *fastDecoder) table() bool {
	if !d.open() {
		return false
	}
	n := len(d.path)
	f := d.out.Format
	combinedGiven := false
	combinedPath := "table3." + RowOtherHandling.Key() // D18
	for d.member() {
		d.path = append(append(d.path[:n], '.'), d.key...)
		combined := f == Format2021 && string(d.path) == combinedPath
		if !rowsByFormat[f][string(d.path)] && !combined {
			return false
		}
		if !d.cells() {
			return false
		}
		combinedGiven = combinedGiven || combined
	}
	if d.bad || combinedGiven && d.out.Table3.Rows[RowOtherHandling] != BlankRow && !d.out.Table3.CombinedOtherHandling(f) {
		return false
	}
	d.path = d.path[:n]
	return true
}

// cells reads an object of cells at d.path: a row of a table, or fees.
func (d *fastDecoder) cells() bool {
	if !d.open() {
		return false
	}
	n := len(d.path)
	for d.member() {
		d.path = append(append(d.path[:n], '.'), d.key...)
		raw, ok := d.value()
		if !ok {
			return false
		}
		var err error
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
	return !d.bad
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
