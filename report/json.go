package report

import (
	"bytes"
	jsonv1 "encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// The JSON form of a report is an object with these keys, in this order:
//
//	format         "2019" or "2021"
//	metadata       the Metadata fields
//	preamble       paragraphs before 一、总体情况
//	overview       一、总体情况: {"paragraphs": [...], "subsections": [{"title", "paragraphs"}]}
//	table2         {row: {column: value}} for the cells of the format
//	table3         {row: {applicant: value}}
//	table4         {proceeding: {result: value}}
//	problems       五, as overview
//	other_matters  六, as overview
//	fees           {"notices": count, "collected": amount in 元}
//
// A count is a JSON integer, null for a blank cell, or the string "/" for a
// cell marked not applicable; 0 is written as 0. An amount is a string of
// plain decimal digits at its printed scale ("0.008"), null or "/". Table 二's
// 采购总金额 may carry "total_amount_unit": "yuan" or "wan" beside it. Keys
// are written in the printed order of the format, so the same report always
// encodes to the same bytes. A cell missing from the input is blank; a key
// given twice is refused. Keys are matched exactly, case included.

// Errors that a [DecodeError] wraps.
var (
	ErrUnknownField = errors.New("unknown field")
	ErrWrongType    = errors.New("wrong type")
	ErrNegative     = errors.New("negative count where none may be negative")
	ErrOutOfRange   = errors.New("count out of range")
	ErrBadFormat    = errors.New("unknown or missing report format")
	ErrDuplicateKey = errors.New("key given twice")
)

// DecodeError reports JSON that does not describe a report: what is wrong
// and where, as a dotted path ("table3.received.natural_person") and, where
// the input shows it, as a line and column.
type DecodeError struct {
	// Path is where the problem is; empty for the document as a whole and
	// for malformed JSON.
	Path string
	// Line and Column place the problem in the input, counted from 1: the
	// character of a syntax error, the key of an unknown field or of a key
	// given twice, the value of any other problem. Column counts characters
	// (Unicode code points), not bytes. Both are 0 where no place is known,
	// as for a missing key. They count from the start of the data given to
	// [Report.UnmarshalJSON] or [ReadJSON].
	Line, Column int
	// Err says what is wrong.
	Err error

	// offset is where in the input the problem is, in bytes; -1 when
	// unknown.
	offset int64
}

// Error returns "report JSON: PATH (line L, column C): problem", without
// the parts that are not known: "report JSON: line 3, column 14: malformed
// JSON: …" for a syntax error.
func (e *DecodeError) Error() string {
	where := e.Path
	if e.Line > 0 {
		at := fmt.Sprintf("line %d, column %d", e.Line, e.Column)
		if where == "" {
			where = at
		} else {
			where += " (" + at + ")"
		}
	}
	if where == "" {
		return "report JSON: " + e.Err.Error()
	}
	return "report JSON: " + where + ": " + e.Err.Error()
}

// Unwrap returns the underlying problem, for errors.Is.
func (e *DecodeError) Unwrap() error { return e.Err }

// ReadJSON decodes one report from r.
func ReadJSON(r io.Reader) (*Report, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	rep := new(Report)
	if err := rep.UnmarshalJSON(b); err != nil {
		return nil, err
	}
	return rep, nil
}

// WriteJSON encodes r to w as indented JSON followed by a newline.
func WriteJSON(w io.Writer, r *Report) error {
	b, err := r.MarshalJSON()
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if err := jsonv1.Indent(&out, b, "", "  "); err != nil {
		return err
	}
	out.WriteByte('\n')
	_, err = w.Write(out.Bytes())
	return err
}

// EncodeError reports a report that cannot be written as JSON because its
// JSON could not be read back: an unknown format, a count out of range or
// negative where none may be, an amount that is not plain decimal digits,
// a date that is not a calendar day. Path names the place.
type EncodeError struct {
	// Path is where the problem is, as in the JSON form.
	Path string
	// Err says what is wrong.
	Err error
}

// Error returns "report JSON: PATH: problem".
func (e *EncodeError) Error() string { return "report JSON: " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying problem, for errors.Is.
func (e *EncodeError) Unwrap() error { return e.Err }

// MarshalJSON encodes the report in the form described above. It fails with
// an [*EncodeError] for a report whose JSON could not be decoded again, so
// that every document it writes reads back.
func (r *Report) MarshalJSON() ([]byte, error) {
	if !r.Format.Valid() {
		return nil, &EncodeError{Path: "format", Err: ErrBadFormat}
	}
	if err := r.checkEncodable(); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(`{"format":`)
	writeString(&b, r.Format.Key())
	for _, part := range []struct {
		key string
		v   any
	}{{"metadata", r.Metadata}, {"preamble", r.Preamble}, {"overview", r.Overview}} {
		if err := writeField(&b, part.key, part.v); err != nil {
			return nil, err
		}
	}
	r.writeTable2(&b)
	r.writeTable3(&b)
	r.writeTable4(&b)
	for _, part := range []struct {
		key string
		v   any
	}{{"problems", r.Problems}, {"other_matters", r.OtherMatters}} {
		if err := writeField(&b, part.key, part.v); err != nil {
			return nil, err
		}
	}
	b.WriteString(`,"fees":{"notices":`)
	writeCount(&b, r.Fees.Notices)
	b.WriteString(`,"collected":`)
	writeAmount(&b, r.Fees.Collected)
	b.WriteString("}}")
	return b.Bytes(), nil
}

// writeTable2 writes the "table2" member: the rows of the format's table 二,
// each with the columns of its block.
func (r *Report) writeTable2(b *bytes.Buffer) {
	b.WriteString(`,"table2":{`)
	first := true
	for _, blk := range Table2Blocks(r.Format) {
		for _, row := range blk.Rows {
			comma(b, &first)
			writeString(b, row.Key())
			b.WriteString(":{")
			for i, col := range blk.Columns {
				if i > 0 {
					b.WriteByte(',')
				}
				writeString(b, col.Key())
				b.WriteByte(':')
				c, _ := LookupCell(r.Format, Table2Path(row, col))
				writeValue(b, c.get(r))
				if col == ProcurementAmount && r.Table2.ProcurementUnit != UnitNone {
					b.WriteString(`,"` + procurementUnitKey + `":`)
					writeString(b, r.Table2.ProcurementUnit.Key())
				}
			}
			b.WriteByte('}')
		}
	}
	b.WriteByte('}')
}

// writeTable3 writes the "table3" member: the format's rows, each with every
// applicant column, and the row of （六）其他处理 printed as one row that a
// 2021 report may carry (Table3.CombinedOtherHandling).
func (r *Report) writeTable3(b *bytes.Buffer) {
	rows := Table3Rows(r.Format)
	if r.Format == Format2021 && r.Table3.Rows[RowOtherHandling] != BlankRow {
		rows = append(rows, RowOtherHandling) // printed as one row (D18)
	}
	writeCounts(b, "table3", rows, Applicants(), func(row Table3Row, a Applicant) Count {
		return r.Table3.Rows[row][a]
	})
}

// writeTable4 writes the "table4" member: each block with its five columns.
func (r *Report) writeTable4(b *bytes.Buffer) {
	writeCounts(b, "table4", Proceedings(), Table4Columns(), func(p Proceeding, c Table4Column) Count {
		return r.Table4.Blocks[p][c]
	})
}

// writeCounts writes a member named key holding an object for each row,
// which holds the count of each column.
func writeCounts[R, C interface{ Key() string }](b *bytes.Buffer, key string, rows []R, columns []C, count func(R, C) Count) {
	b.WriteString(`,"` + key + `":{`)
	for i, row := range rows {
		if i > 0 {
			b.WriteByte(',')
		}
		writeString(b, row.Key())
		b.WriteString(":{")
		for j, col := range columns {
			if j > 0 {
				b.WriteByte(',')
			}
			writeString(b, col.Key())
			b.WriteByte(':')
			writeCount(b, count(row, col))
		}
		b.WriteByte('}')
	}
	b.WriteByte('}')
}

// checkEncodable finds the first value the decoder would refuse.
func (r *Report) checkEncodable() error {
	m := &r.Metadata
	for _, d := range []struct {
		key  string
		date Date
	}{{"period_start", m.PeriodStart}, {"period_end", m.PeriodEnd}, {"document_date", m.DocumentDate}, {"publication_date", m.PublicationDate}} {
		if !d.date.Valid() {
			return &EncodeError{Path: "metadata." + d.key, Err: ErrBadDate}
		}
	}
	cells := CellsOf(r.Format)
	if r.Format == Format2021 && r.Table3.Rows[RowOtherHandling] != BlankRow {
		if !r.Table3.CombinedOtherHandling(r.Format) {
			return &EncodeError{Path: "table3." + RowOtherHandling.Key(), Err: fmt.Errorf("%w: in format %s, only in place of the three rows of %s, which must then be blank",
				ErrUnknownField, r.Format, OtherHandling.Label())}
		}
		cells = slices.Clone(cells) // CellsOf is shared
		for _, a := range Applicants() {
			cells = append(cells, *cellByPath[Table3Path(RowOtherHandling, a)])
		}
	}
	for _, c := range cells {
		v := c.get(r)
		if c.Kind == KindAmount {
			d, ok := v.Amount.Decimal()
			switch {
			case !ok:
			case !IsPlainDecimal(v.Amount.String()):
				return &EncodeError{Path: string(c.Path), Err: fmt.Errorf("%w: %s", ErrAmountSyntax, shorten(v.Amount.String()))}
			case d.IsNegative():
				return &EncodeError{Path: string(c.Path), Err: fmt.Errorf("%w: amount %s", ErrNegative, v.Amount.String())}
			}
			continue
		}
		n, ok := v.Count.Number()
		switch {
		case !ok:
		case !inRange(n):
			return &EncodeError{Path: string(c.Path), Err: fmt.Errorf("%w: %d", ErrOutOfRange, n)}
		case n < 0 && c.Kind != KindSignedCount:
			return &EncodeError{Path: string(c.Path), Err: fmt.Errorf("%w: %d", ErrNegative, n)}
		}
	}
	return nil
}

func comma(b *bytes.Buffer, first *bool) {
	if !*first {
		b.WriteByte(',')
	}
	*first = false
}

// writeField writes ,"key":value with value encoded by encoding/json
// without HTML escaping.
func writeField(b *bytes.Buffer, key string, v any) error {
	b.WriteByte(',')
	writeString(b, key)
	b.WriteByte(':')
	enc := jsonv1.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // the newline Encode adds
	return nil
}

func writeString(b *bytes.Buffer, s string) {
	if isPlainASCII(s) { // the keys: nothing to escape
		b.WriteByte('"')
		b.WriteString(s)
		b.WriteByte('"')
		return
	}
	enc := jsonv1.NewEncoder(b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	b.Truncate(b.Len() - 1)
}

// isPlainASCII reports whether s is printable ASCII without a quote or a
// backslash, which encoding/json writes as it is between quotes.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

func writeValue(b *bytes.Buffer, v Value) {
	if v.Kind == KindAmount {
		writeAmount(b, v.Amount)
		return
	}
	writeCount(b, v.Count)
}

func writeCount(b *bytes.Buffer, c Count) {
	switch {
	case c.IsBlank():
		b.WriteString("null")
	case c.IsNotApplicable():
		b.WriteString(`"/"`)
	default:
		b.Write(strconv.AppendInt(b.AvailableBuffer(), int64(c), 10))
	}
}

func writeAmount(b *bytes.Buffer, a Amount) {
	switch {
	case a.IsBlank():
		b.WriteString("null")
	case a.IsNotApplicable():
		b.WriteString(`"/"`)
	default:
		b.WriteByte('"')
		b.WriteString(a.String())
		b.WriteByte('"')
	}
}

// UnmarshalJSON decodes a report. Bad input gives a [*DecodeError] naming
// the path of the first problem in the order of the document; it never
// panics.
//
// The document is read once, token by token, by the decoder of
// github.com/go-json-experiment/json (encoding/json/v2), which is strict:
// keys are matched exactly, case included, and a key given twice
// ([ErrDuplicateKey]), an unknown key ([ErrUnknownField]) and text that is
// not UTF-8 are refused. A document whose "format" is its first key, with
// strings where text goes, is read once, without reflection, by a reader of
// the JSON grammar as strict as that decoder (jsonfast.go); one the fast
// path gives up on is read again by the full decoder, which decodes it or
// says what is wrong and where. A document whose "format" is not its first
// key is scanned twice there: once for the format, which says what the
// other keys may be, once to decode.
func (r *Report) UnmarshalJSON(data []byte) error {
	was := *r // given back on error
	if decodeFast(data, r) {
		return nil
	}
	*r = was
	return r.decodeFull(data)
}

// decodeFull decodes data as UnmarshalJSON does, without the fast path of
// jsonfast.go: every document, and the error of a refused one.
func (r *Report) decodeFull(data []byte) error {
	was := *r // given back on error
	d := decoder{data: data, out: r}
	if err := d.report(); err != nil {
		*r = was
		var de *DecodeError
		if errors.As(err, &de) && de.Line == 0 {
			de.Line, de.Column = place(data, de.offset)
		}
		return err
	}
	return nil
}

// strict are the options of the decoding of metadata and sections: a key
// that names no field is refused (encoding/json/v2 ignores it by default).
var strict = json.RejectUnknownMembers(true)

// decoder reads the JSON form of one report.
type decoder struct {
	data []byte
	dec  *jsontext.Decoder
	out  *Report
	// path is the path of the value being read ("table3.received.total");
	// key is the last key read, unquoted. Both are reused from value to
	// value.
	path, key []byte
	// keyAt is the offset in data of the last key read.
	keyAt int64
}

// report decodes the document into d.out.
func (d *decoder) report() error {
	f, first, err := d.format()
	if err != nil {
		return err
	}
	d.out.reset(f, 0)
	if !first { // read again, knowing the format
		d.dec.Reset(bytes.NewBuffer(d.data))
		if err := d.open(); err != nil {
			return err
		}
	}
	for d.dec.PeekKind() != '}' {
		if err := d.readKey(0); err != nil {
			return err
		}
		switch string(d.key) {
		case "format":
			err = d.dec.SkipValue() // read by format
		case "metadata":
			err = d.unmarshal(&d.out.Metadata)
		case "preamble":
			err = d.unmarshal(&d.out.Preamble)
		case "overview":
			err = d.unmarshal(&d.out.Overview)
		case "problems":
			err = d.unmarshal(&d.out.Problems)
		case "other_matters":
			err = d.unmarshal(&d.out.OtherMatters)
		case "table2", "table3", "table4":
			err = d.table()
		case "fees":
			err = d.cells()
		default:
			return d.errorAt(d.keyAt, ErrUnknownField)
		}
		if err != nil {
			return d.problem(err)
		}
	}
	if err := d.close(); err != nil {
		return err
	}
	switch more, err := d.dec.ReadValue(); {
	case err == io.EOF:
	case err != nil:
		return d.problem(err)
	default:
		at := d.dec.InputOffset() - int64(len(more))
		return &DecodeError{Err: errors.New("malformed JSON: more after the report's object"), offset: at}
	}
	return nil
}

// format reads the report's format. It reports whether "format" is the
// first key of the document, when the decoding goes on from there; else
// it has read the whole document.
func (d *decoder) format() (f Format, first bool, err error) {
	d.dec = jsontext.NewDecoder(bytes.NewBuffer(d.data))
	if err := d.open(); err != nil {
		return 0, false, err
	}
	first = true
	for d.dec.PeekKind() != '}' {
		if err := d.readKey(0); err != nil {
			return 0, false, err
		}
		if string(d.key) != "format" {
			if err := d.dec.SkipValue(); err != nil {
				return 0, false, d.problem(err)
			}
			first = false
			continue
		}
		raw, err := d.dec.ReadValue()
		if err != nil {
			return 0, false, d.problem(err)
		}
		at := d.dec.InputOffset() - int64(len(raw))
		if raw.Kind() != '"' {
			return 0, false, d.errorAt(at, fmt.Errorf("%w: want a string", ErrWrongType))
		}
		key, _ := jsontext.AppendUnquote(nil, raw) // the decoder checked it
		f, err := ParseFormat(string(key))
		if err != nil {
			return 0, false, d.errorAt(at, fmt.Errorf("%w: %q", ErrBadFormat, key))
		}
		return f, first, nil
	}
	if err := d.close(); err != nil {
		return 0, false, err
	}
	return 0, false, &DecodeError{Path: "format", Err: fmt.Errorf("%w: missing", ErrBadFormat), offset: -1}
}

// open reads the '{' that opens the document.
func (d *decoder) open() error {
	switch k := d.dec.PeekKind(); k {
	case '{':
		_, err := d.dec.ReadToken()
		return d.problem(err)
	case 0: // an error, which ReadToken gives
		_, err := d.dec.ReadToken()
		return d.problem(err)
	default:
		raw, err := d.dec.ReadValue()
		if err != nil {
			return d.problem(err)
		}
		at := d.dec.InputOffset() - int64(len(raw))
		return &DecodeError{Err: fmt.Errorf("%w: want an object, got JSON %s", ErrWrongType, kindName(k)), offset: at}
	}
}

// close reads the '}' of the object being read.
func (d *decoder) close() error {
	_, err := d.dec.ReadToken()
	return d.problem(err)
}

// readKey reads a key of an object and makes the path name it: the path is
// cut to n bytes, and the key added after a dot (without one when n is 0).
func (d *decoder) readKey(n int) error {
	raw, err := d.dec.ReadValue()
	if err != nil {
		return d.problem(err)
	}
	d.keyAt = d.dec.InputOffset() - int64(len(raw))
	if d.key, err = jsontext.AppendUnquote(d.key[:0], raw); err != nil {
		return d.problem(err)
	}
	d.path = d.path[:n]
	if n > 0 {
		d.path = append(d.path, '.')
	}
	d.path = append(d.path, d.key...)
	return nil
}

// unmarshal decodes the next value into v, a pointer to the metadata or
// to sections.
func (d *decoder) unmarshal(v any) error {
	return json.UnmarshalDecode(d.dec, v, strict)
}

// table decodes table2, table3 or table4, named by the path: an object of
// rows, each an object of cells, whose paths must be cells of the format.
// null stands for a table or a row not given.
func (d *decoder) table() error {
	ok, err := d.object()
	if !ok || err != nil {
		return err
	}
	n := len(d.path)
	combinedAt := int64(-1) // the key of the row of （六）其他处理 printed as one, when given
	for d.dec.PeekKind() != '}' {
		if err := d.readKey(n); err != nil {
			return err
		}
		f := d.out.Format
		combined := f == Format2021 && string(d.path) == "table3."+RowOtherHandling.Key() // D18
		if !rowsByFormat[f][string(d.path)] && !combined {
			return d.errorAt(d.keyAt, fmt.Errorf("%w: no such row in format %s", ErrUnknownField, f))
		}
		keyAt := d.keyAt
		if err := d.cells(); err != nil {
			return err
		}
		if combined && d.out.Table3.Rows[RowOtherHandling] != BlankRow {
			combinedAt = keyAt
		}
	}
	if combinedAt >= 0 && !d.out.Table3.CombinedOtherHandling(d.out.Format) {
		d.path = append(append(d.path[:n], '.'), RowOtherHandling.Key()...)
		return d.errorAt(combinedAt, fmt.Errorf("%w: in format %s, only in place of the three rows of %s, which must then be blank",
			ErrUnknownField, d.out.Format, OtherHandling.Label()))
	}
	return d.close()
}

// cells decodes an object of cells: a row of a table, or fees. null stands
// for cells not given.
func (d *decoder) cells() error {
	ok, err := d.object()
	if !ok || err != nil {
		return err
	}
	n := len(d.path)
	for d.dec.PeekKind() != '}' {
		if err := d.readKey(n); err != nil {
			return err
		}
		keyAt := d.keyAt
		raw, err := d.dec.ReadValue()
		if err != nil {
			return d.problem(err)
		}
		at := d.dec.InputOffset() - int64(len(raw))
		if string(d.key) == procurementUnitKey && string(d.path[:n]) == "table2."+CentralisedProcurement.Key() {
			err = d.out.decodeUnit(raw)
		} else {
			err = d.out.decodeCell(d.path, raw)
		}
		if errors.Is(err, ErrUnknownField) {
			at = keyAt
		}
		if err != nil {
			return d.errorAt(at, err)
		}
	}
	return d.close()
}

// object reads the '{' that opens the object at the path, or null. It
// reports whether an object opens.
func (d *decoder) object() (bool, error) {
	k := d.dec.PeekKind()
	if k == '{' || k == 'n' || k == 0 {
		_, err := d.dec.ReadToken()
		return k == '{', d.problem(err)
	}
	raw, err := d.dec.ReadValue()
	if err != nil {
		return false, d.problem(err)
	}
	at := d.dec.InputOffset() - int64(len(raw))
	return false, d.errorAt(at, fmt.Errorf("%w: want an object, got JSON %s", ErrWrongType, kindName(k)))
}

// errorAt returns a *DecodeError at the path for a problem at the offset
// at of the document.
func (d *decoder) errorAt(at int64, err error) error {
	return &DecodeError{Path: string(d.path), Err: err, offset: at}
}

// problem turns an error of the JSON decoder into a *DecodeError naming
// the path. It returns nil for nil and a *DecodeError unchanged.
func (d *decoder) problem(err error) error {
	if err == nil {
		return nil
	}
	return d.translate(err)
}

// translate does the work of problem for an error.
func (d *decoder) translate(err error) error {
	var (
		de  *DecodeError
		se  *json.SemanticError
		syn *jsontext.SyntacticError
	)
	switch {
	case errors.As(err, &de):
		return err
	case errors.As(err, &se) && !errors.As(se.Err, &syn):
		path := d.pathOf(se.JSONPointer)
		switch {
		case se.Err == json.ErrUnknownName:
			return &DecodeError{Path: path, Err: ErrUnknownField, offset: se.ByteOffset}
		case se.GoType == reflect.TypeFor[Date]() && se.JSONKind != '"':
			return &DecodeError{Path: path, Err: fmt.Errorf("%w: want a date as a string, got JSON %s", ErrWrongType, kindName(se.JSONKind)), offset: se.ByteOffset}
		case errors.Is(se.Err, ErrBadDate):
			return &DecodeError{Path: path, Err: se.Err, offset: se.ByteOffset}
		}
		got := kindName(se.JSONKind)
		if len(se.JSONValue) > 0 {
			got += " " + shorten(string(se.JSONValue))
		}
		return &DecodeError{Path: path, Err: fmt.Errorf("%w: want %s, got JSON %s", ErrWrongType, se.GoType, got), offset: se.ByteOffset}
	case errors.As(err, &syn) && syn.Err == jsontext.ErrDuplicateName:
		return &DecodeError{Path: d.pathOf(syn.JSONPointer), Err: ErrDuplicateKey, offset: syn.ByteOffset}
	case errors.As(err, &syn):
		problem := syn.Err.Error()
		if syn.Err == io.ErrUnexpectedEOF {
			problem = "unexpected end of JSON input"
		}
		return &DecodeError{Err: errors.New("malformed JSON: " + problem), offset: syn.ByteOffset}
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return &DecodeError{Err: errors.New("malformed JSON: unexpected end of JSON input"), offset: int64(len(d.data))}
	}
	return &DecodeError{Path: string(d.path), Err: err, offset: -1}
}

// pathOf writes a JSON Pointer ("/overview/subsections/0/title") as a path
// ("overview.subsections[0].title"). The decoder's stack tells indexes of
// arrays from keys.
func (d *decoder) pathOf(p jsontext.Pointer) string {
	var b strings.Builder
	level := 0
	for tok := range p.Tokens() {
		level++
		var kind jsontext.Kind
		if level <= d.dec.StackDepth() {
			kind, _ = d.dec.StackIndex(level)
		}
		if kind == '[' {
			b.WriteString("[" + tok + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(tok)
	}
	return b.String()
}

// kindName names a kind of JSON value for an error message.
func kindName(k jsontext.Kind) string {
	switch k {
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "boolean"
	}
	return k.String()
}

// decodeUnit decodes the unit of table 二's 采购总金额.
func (r *Report) decodeUnit(raw []byte) error {
	if raw[0] != '"' {
		return fmt.Errorf("%w: want a string", ErrWrongType)
	}
	s, _ := jsontext.AppendUnquote(nil, raw) // the decoder checked it
	for _, u := range amountUnits() {
		if u.Key() == string(s) {
			r.Table2.ProcurementUnit = u
			return nil
		}
	}
	return fmt.Errorf("unknown unit %q (want \"yuan\" or \"wan\")", s)
}

// procurementUnitKey is the key of the unit of table 二's 采购总金额, which
// stands beside the cell in the cell's row.
const procurementUnitKey = "total_amount_unit"

// amountUnits lists the units that procurementUnitKey may name.
func amountUnits() []Unit { return []Unit{UnitYuan, UnitWan} }

// decodeCell decodes the value raw of the cell at path into the report.
func (r *Report) decodeCell(path []byte, raw []byte) error {
	c, ok := cellByPath[Path(path)]
	if !ok || !r.hasCell(c) {
		return fmt.Errorf("%w: no such cell in format %s", ErrUnknownField, r.Format)
	}
	return r.decodeValue(c, raw)
}

// decodeValue decodes the value raw of cell c, one of the format's, into
// the report.
func (r *Report) decodeValue(c *Cell, raw []byte) error {
	v := Value{Kind: c.Kind}
	if c.Kind == KindAmount {
		a, err := decodeAmount(raw)
		if err != nil {
			return err
		}
		v.Amount = a
		if c.Table2Column == ProcurementAmount && c.Table == 2 {
			v.Unit = r.Table2.ProcurementUnit
		}
	} else {
		n, err := decodeCount(raw, c.Kind == KindSignedCount)
		if err != nil {
			return err
		}
		v.Count = n
	}
	c.set(r, v)
	return nil
}

// decodeCount reads a count: an integer, null or "/". raw is one JSON
// value, as the decoder gives it.
func decodeCount(raw []byte, signed bool) (Count, error) {
	switch raw[0] {
	case 'n':
		return Blank, nil
	case '"':
		if isSlash(raw) {
			return NotApplicable, nil
		}
	}
	if raw[0] != '-' && (raw[0] < '0' || raw[0] > '9') {
		return 0, fmt.Errorf("%w: want an integer, null or \"/\", got %s", ErrWrongType, shorten(string(raw)))
	}
	n, err := parseInt(raw)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
			return 0, fmt.Errorf("%w: %s", ErrOutOfRange, shorten(string(raw)))
		}
		return 0, fmt.Errorf("%w: want an integer, got %s", ErrWrongType, shorten(string(raw)))
	}
	if !inRange(n) {
		return 0, fmt.Errorf("%w: %d (at most %d in magnitude)", ErrOutOfRange, n, int64(MaxCount))
	}
	if n < 0 && !signed {
		return 0, fmt.Errorf("%w: %d", ErrNegative, n)
	}
	return Count(n), nil
}

// parseInt reads a JSON number as strconv.ParseInt does, without its
// work for the short runs of digits that counts usually are.
func parseInt(raw []byte) (int64, error) {
	if len(raw) == 0 || len(raw) > 18 {
		return strconv.ParseInt(string(raw), 10, 64)
	}
	var n int64
	for _, c := range raw {
		if c < '0' || c > '9' {
			return strconv.ParseInt(string(raw), 10, 64)
		}
		n = n*10 + int64(c-'0')
	}
	return n, nil
}

// isSlash reports whether the JSON string raw is "/", however escaped.
func isSlash(raw []byte) bool {
	if string(raw) == `"/"` {
		return true
	}
	s, err := jsontext.AppendUnquote(nil, raw)
	return err == nil && string(s) == NotApplicable.String()
}

// decodeAmount reads an amount: a string of plain decimal digits, null or
// "/". Amounts with a minus sign are refused, "-0" included: no amount of a
// report is negative.
// raw is one JSON value, as the decoder gives it.
func decodeAmount(raw []byte) (Amount, error) {
	switch raw[0] {
	case 'n':
		return BlankAmount, nil
	case '"':
	default:
		return Amount{}, fmt.Errorf("%w: want an amount as a string such as \"0.008\", got %s", ErrWrongType, shorten(string(raw)))
	}
	var text string
	if bytes.IndexByte(raw, '\\') < 0 { // no escape: the usual amount
		text = string(raw[1 : len(raw)-1])
	} else {
		unquoted, err := jsontext.AppendUnquote(nil, raw)
		if err != nil {
			return Amount{}, fmt.Errorf("%w: %v", ErrAmountSyntax, err)
		}
		text = string(unquoted)
	}
	if text == "" {
		return Amount{}, fmt.Errorf("%w: empty amount (write null for a blank cell)", ErrAmountSyntax)
	}
	a, err := ParseAmount(text)
	if err != nil {
		return Amount{}, err
	}
	if strings.HasPrefix(text, "-") { // "-0" too: no amount has a sign
		return Amount{}, fmt.Errorf("%w: amount %s", ErrNegative, text)
	}
	return a, nil
}

// shorten cuts a long piece of input for an error message.
func shorten(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	for i := max; i > 0; i-- {
		if (s[i] & 0xC0) != 0x80 {
			return s[:i] + "…"
		}
	}
	return s[:max] + "…"
}
