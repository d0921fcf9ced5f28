package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
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
// encodes to the same bytes. A cell missing from the input is blank; of a
// key given twice, the last counts, as in encoding/json. Keys are matched
// exactly, case included.

// Errors that a [DecodeError] wraps.
var (
	ErrUnknownField = errors.New("unknown field")
	ErrWrongType    = errors.New("wrong type")
	ErrNegative     = errors.New("negative count where none may be negative")
	ErrOutOfRange   = errors.New("count out of range")
	ErrBadFormat    = errors.New("unknown or missing report format")
)

// DecodeError reports JSON that does not describe a report: what is wrong
// and where, as a dotted path ("table3.received.natural_person") and, where
// the input shows it, as a line and column.
type DecodeError struct {
	// Path is where the problem is; empty for the document as a whole and
	// for malformed JSON.
	Path string
	// Line and Column place the problem in the input, counted from 1: the
	// character of a syntax error, the key of an unknown field, the value
	// of any other problem. Column counts characters (Unicode code points),
	// not bytes. Both are 0 where no place is known, as for a missing key.
	// They count from the start of the data given to
	// [Report.UnmarshalJSON] or [ReadJSON].
	Line, Column int
	// Err says what is wrong.
	Err error

	// syntaxAt is, for malformed JSON, the number of bytes read when the
	// problem showed: the offending character is the last of them. Input
	// that ends too early has one byte more than its length.
	syntaxAt int64
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
	if err := json.Indent(&out, b, "", "  "); err != nil {
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
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // the newline Encode adds
	return nil
}

func writeString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	b.Truncate(b.Len() - 1)
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
// the path of the first problem, in the order of the document's keys
// sorted; it never panics.
//
// Well-formed input is split into its objects' members by a quick scan;
// input that is not, or in which anything is amiss, is read again through
// maps of encoding/json, whose errors name the problem. Both ways decode
// the members with the same code, in the same order.
func (r *Report) UnmarshalJSON(data []byte) error {
	err := r.unmarshalJSON(data)
	var de *DecodeError
	if errors.As(err, &de) && de.Line == 0 {
		de.Line, de.Column = place(data, de)
	}
	return err
}

// unmarshalJSON decodes a report, giving errors without a line and column.
func (r *Report) unmarshalJSON(data []byte) error {
	if json.Valid(data) {
		if top, err := quickMembers("", data); err == nil {
			if out, err := decodeReport(top, quickMembers); err == nil {
				*r = *out
				return nil
			}
		}
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		de := &DecodeError{Err: jsonProblem(err)}
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &te):
			de.Err = fmt.Errorf("%w: want an object, got JSON %s", ErrWrongType, te.Value)
		case errors.As(err, &se) && strings.HasSuffix(se.Error(), "unexpected end of JSON input"):
			de.syntaxAt = int64(len(data)) + 1 // just past the end
		case errors.As(err, &se):
			de.syntaxAt = se.Offset
		}
		return de
	}
	if top == nil {
		return &DecodeError{Err: fmt.Errorf("%w: want an object, got null", ErrWrongType)}
	}
	out, err := decodeReport(sortedMembers(top), mapMembers)
	if err != nil {
		return err
	}
	*r = *out
	return nil
}

// member is one member of a JSON object: its key and its value as it
// stands in the input.
type member struct {
	key   string
	value []byte
}

// membersFunc returns the members of the JSON object raw; null gives none.
// Errors name path.
type membersFunc func(path string, raw []byte) ([]member, error)

// decodeReport decodes the members of a report's JSON object, sorted by
// key, reading nested objects with members.
func decodeReport(top []member, members membersFunc) (*Report, error) {
	i := slices.IndexFunc(top, func(m member) bool { return m.key == "format" })
	if i < 0 {
		return nil, &DecodeError{Path: "format", Err: fmt.Errorf("%w: missing", ErrBadFormat)}
	}
	var key string
	if err := json.Unmarshal(top[i].value, &key); err != nil {
		return nil, &DecodeError{Path: "format", Err: fmt.Errorf("%w: want a string", ErrWrongType)}
	}
	f, err := ParseFormat(key)
	if err != nil {
		return nil, &DecodeError{Path: "format", Err: fmt.Errorf("%w: %q", ErrBadFormat, key)}
	}
	out := New(f, 0)
	for _, m := range top {
		var err error
		switch k, raw := m.key, m.value; k {
		case "format":
		case "metadata":
			err = decodeStrict(k, raw, &out.Metadata)
		case "preamble":
			err = decodeStrict(k, raw, &out.Preamble)
		case "overview":
			err = decodeStrict(k, raw, &out.Overview)
		case "problems":
			err = decodeStrict(k, raw, &out.Problems)
		case "other_matters":
			err = decodeStrict(k, raw, &out.OtherMatters)
		case "table2", "table3", "table4", "fees":
			err = out.decodeTable(raw, k, members)
		default:
			err = &DecodeError{Path: k, Err: ErrUnknownField}
		}
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// checkKeys walks raw as JSON of type t and reports, with its path, a key
// that names no field exactly (encoding/json alone would take "YEAR" for
// "year") and a date that is not a calendar day. Values of the wrong type
// are left to the decoder, which reports them.
func checkKeys(path string, raw []byte, t reflect.Type) error {
	switch {
	case t == reflect.TypeFor[Date]():
		var d Date
		err := json.Unmarshal(raw, &d)
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &te):
			return &DecodeError{Path: path, Err: fmt.Errorf("%w: want a date as a string", ErrWrongType)}
		case err != nil:
			return &DecodeError{Path: path, Err: err}
		}
	case t.Kind() == reflect.Struct:
		members, err := quickMembers(path, raw)
		if err != nil {
			var m map[string]json.RawMessage
			if json.Unmarshal(raw, &m) != nil {
				return nil
			}
			members = sortedMembers(m)
		}
		slices.SortFunc(members, func(a, b member) int { return strings.Compare(a.key, b.key) })
		for _, m := range members {
			field, ok := fieldByKey(t, m.key)
			if !ok {
				return &DecodeError{Path: path + "." + m.key, Err: ErrUnknownField}
			}
			if err := checkKeys(path+"."+m.key, m.value, field.Type); err != nil {
				return err
			}
		}
	case t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.String:
		for i, item := range arrayItems(raw) {
			if err := checkKeys(fmt.Sprintf("%s[%d]", path, i), item, t.Elem()); err != nil {
				return err
			}
		}
	}
	return nil
}

// arrayItems returns the items of the JSON array raw, which must be
// well-formed JSON; anything else gives none.
func arrayItems(raw []byte) [][]byte {
	i := skipSpace(raw, 0)
	if byteAt(raw, i) != '[' {
		return nil
	}
	var items [][]byte
	for i = skipSpace(raw, i+1); i < len(raw) && raw[i] != ']'; {
		end := valueEnd(raw, i)
		if end <= i {
			return nil // not well-formed: left to the decoder
		}
		items = append(items, raw[i:end])
		if i = skipSpace(raw, end); byteAt(raw, i) == ',' {
			i = skipSpace(raw, i+1)
		}
	}
	return items
}

// fieldByKey returns the field of struct type t whose JSON key is k.
func fieldByKey(t reflect.Type, k string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name == k && f.IsExported() {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// decodeStrict decodes raw into v (a pointer), rejecting unknown fields and
// keys that differ from a field's in case, naming the path of a problem.
func decodeStrict(path string, raw []byte, v any) error {
	// checkKeys has refused every key that names no field, so the plain
	// decoder reads the rest.
	if err := checkKeys(path, raw, reflect.TypeOf(v).Elem()); err != nil {
		return err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return &DecodeError{Path: path + "." + te.Field, Err: fmt.Errorf("%w: want %s, got JSON %s", ErrWrongType, te.Type, te.Value)}
		}
		return &DecodeError{Path: path, Err: jsonProblem(err)}
	}
	return nil
}

// jsonProblem turns an encoding/json error into one of ours.
func jsonProblem(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Errorf("%w: want %s, got JSON %s", ErrWrongType, te.Type, te.Value)
	}
	return fmt.Errorf("malformed JSON: %s", strings.TrimPrefix(err.Error(), "json: "))
}

// mapMembers reads raw as a JSON object through a map of encoding/json.
func mapMembers(path string, raw []byte) ([]member, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, &DecodeError{Path: path, Err: fmt.Errorf("%w: want an object", ErrWrongType)}
	}
	return sortedMembers(m), nil
}

// sortedMembers returns the members of m sorted by key.
func sortedMembers(m map[string]json.RawMessage) []member {
	out := make([]member, 0, len(m))
	for k, v := range m {
		out = append(out, member{k, v})
	}
	slices.SortFunc(out, func(a, b member) int { return strings.Compare(a.key, b.key) })
	return out
}

// errNotQuick stops the quick reading of an object, for the slow one.
var errNotQuick = errors.New("not for the quick reader")

// quickMembers reads raw, which must be well-formed JSON, as an object by
// a quick scan, giving its members in the order of the input: decoding
// does not depend on their order. It gives errNotQuick for anything else
// and for what the map of the slow reader would treat otherwise: null, a
// key with an escape or a byte outside ASCII, a key given twice.
func quickMembers(_ string, raw []byte) ([]member, error) {
	i := skipSpace(raw, 0)
	if byteAt(raw, i) != '{' {
		return nil, errNotQuick
	}
	out := make([]member, 0, 8)
	i = skipSpace(raw, i+1)
	for byteAt(raw, i) == '"' {
		end := stringEnd(raw, i)
		key := raw[i+1 : max(i+1, end-1)]
		for _, c := range key {
			if c == '\\' || c >= 0x80 {
				return nil, errNotQuick
			}
		}
		for _, m := range out {
			if m.key == string(key) {
				return nil, errNotQuick
			}
		}
		i = skipSpace(raw, end)
		if byteAt(raw, i) != ':' {
			return nil, errNotQuick
		}
		i = skipSpace(raw, i+1)
		end = valueEnd(raw, i)
		out = append(out, member{string(key), raw[i:end]})
		i = skipSpace(raw, end)
		if byteAt(raw, i) != ',' {
			break
		}
		i = skipSpace(raw, i+1)
	}
	if byteAt(raw, i) != '}' {
		return nil, errNotQuick
	}
	return out, nil
}

// byteAt returns raw[i], or 0 past the end.
func byteAt(raw []byte, i int) byte {
	if i < 0 || i >= len(raw) {
		return 0
	}
	return raw[i]
}

// skipSpace returns the index of the first byte from i that is not JSON
// white space.
func skipSpace(raw []byte, i int) int {
	for i < len(raw) && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\n' || raw[i] == '\r') {
		i++
	}
	return i
}

// valueEnd returns the index just past the JSON value that begins at i in
// well-formed JSON (at most len(raw)).
func valueEnd(raw []byte, i int) int {
	switch byteAt(raw, i) {
	case '"':
		return stringEnd(raw, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(raw); {
			k := bytes.IndexAny(raw[j:], `"{}[]`)
			if k < 0 {
				break
			}
			j += k
			switch raw[j] {
			case '"':
				j = stringEnd(raw, j)
				continue
			case '{', '[':
				depth++
			default:
				if depth--; depth == 0 {
					return j + 1
				}
			}
			j++
		}
		return len(raw)
	}
	j := i // a number, true, false or null
	for j < len(raw) && !strings.ContainsRune(",}] \t\r\n", rune(raw[j])) {
		j++
	}
	return j
}

// stringEnd returns the index just past the JSON string that begins at i
// (at most len(raw)).
func stringEnd(raw []byte, i int) int {
	for j := i + 1; j < len(raw); {
		k := bytes.IndexByte(raw[j:], '"')
		if k < 0 {
			break
		}
		// The quote ends the string unless an odd number of backslashes
		// stands before it.
		n := 0
		for n < k && raw[j+k-1-n] == '\\' {
			n++
		}
		if n%2 == 0 {
			return j + k + 1
		}
		j += k + 1
	}
	return len(raw)
}

// decodeTable decodes table2, table3, table4 or fees: objects of objects of
// cells (fees: an object of cells) whose paths must be cells of the format.
// Rows and cells are decoded in the order of their keys.
func (r *Report) decodeTable(raw []byte, name string, members membersFunc) error {
	rows, err := members(name, raw)
	if err != nil {
		return err
	}
	if name == "fees" {
		for _, m := range rows {
			if err := r.decodeCell(name+"."+m.key, m.value); err != nil {
				return err
			}
		}
		return nil
	}
	for _, row := range rows {
		rowPath := name + "." + row.key
		if !rowsByFormat[r.Format][rowPath] && !(r.Format == Format2021 && rowPath == "table3."+RowOtherHandling.Key()) {
			return &DecodeError{Path: rowPath, Err: fmt.Errorf("%w: no such row in format %s", ErrUnknownField, r.Format)}
		}
		cells, err := members(rowPath, row.value)
		if err != nil {
			return err
		}
		for _, c := range cells {
			if name == "table2" && c.key == procurementUnitKey && row.key == CentralisedProcurement.Key() {
				err = r.decodeUnit(rowPath+"."+c.key, c.value)
			} else {
				err = r.decodeCell(rowPath+"."+c.key, c.value)
			}
			if err != nil {
				return err
			}
		}
	}
	if name == "table3" && r.Format == Format2021 && r.Table3.Rows[RowOtherHandling] != BlankRow && !r.Table3.CombinedOtherHandling(r.Format) {
		return &DecodeError{Path: "table3." + RowOtherHandling.Key(), Err: fmt.Errorf("%w: in format %s, only in place of the three rows of %s, which must then be blank",
			ErrUnknownField, r.Format, OtherHandling.Label())}
	}
	return nil
}

func (r *Report) decodeUnit(path string, raw []byte) error {
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return &DecodeError{Path: path, Err: fmt.Errorf("%w: want a string", ErrWrongType)}
	}
	for _, u := range amountUnits() {
		if u.Key() == s {
			r.Table2.ProcurementUnit = u
			return nil
		}
	}
	return &DecodeError{Path: path, Err: fmt.Errorf("unknown unit %q (want \"yuan\" or \"wan\")", s)}
}

// procurementUnitKey is the key of the unit of table 二's 采购总金额, which
// stands beside the cell in the cell's row.
const procurementUnitKey = "total_amount_unit"

// amountUnits lists the units that procurementUnitKey may name.
func amountUnits() []Unit { return []Unit{UnitYuan, UnitWan} }

// decodeCell decodes one cell value into the report.
func (r *Report) decodeCell(path string, raw []byte) error {
	c, ok := r.lookupCell(Path(path))
	if !ok {
		return &DecodeError{Path: path, Err: fmt.Errorf("%w: no such cell in format %s", ErrUnknownField, r.Format)}
	}
	v := Value{Kind: c.Kind}
	if c.Kind == KindAmount {
		a, err := decodeAmount(raw)
		if err != nil {
			return &DecodeError{Path: path, Err: err}
		}
		v.Amount = a
		if c.Table2Column == ProcurementAmount && c.Table == 2 {
			v.Unit = r.Table2.ProcurementUnit
		}
	} else {
		n, err := decodeCount(raw, c.Kind == KindSignedCount)
		if err != nil {
			return &DecodeError{Path: path, Err: err}
		}
		v.Count = n
	}
	c.set(r, v)
	return nil
}

// decodeCount reads a count: an integer, null or "/".
func decodeCount(raw []byte, signed bool) (Count, error) {
	s := string(bytes.TrimSpace(raw))
	switch s {
	case "null":
		return Blank, nil
	case `"/"`:
		return NotApplicable, nil
	}
	var text string
	if strings.HasPrefix(s, `"`) && json.Unmarshal(raw, &text) == nil && text == NotApplicable.String() {
		return NotApplicable, nil // "/", also written "\/" or "\u002f"
	}
	if s == "" || (s[0] != '-' && (s[0] < '0' || s[0] > '9')) {
		return 0, fmt.Errorf("%w: want an integer, null or \"/\", got %s", ErrWrongType, shorten(s))
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
			return 0, fmt.Errorf("%w: %s", ErrOutOfRange, shorten(s))
		}
		return 0, fmt.Errorf("%w: want an integer, got %s", ErrWrongType, shorten(s))
	}
	if !inRange(n) {
		return 0, fmt.Errorf("%w: %d (at most %d in magnitude)", ErrOutOfRange, n, MaxCount)
	}
	if n < 0 && !signed {
		return 0, fmt.Errorf("%w: %d", ErrNegative, n)
	}
	return Count(n), nil
}

// decodeAmount reads an amount: a string of plain decimal digits, null or
// "/". Amounts with a minus sign are refused, "-0" included: no amount of a
// report is negative.
func decodeAmount(raw []byte) (Amount, error) {
	s := string(bytes.TrimSpace(raw))
	if s == "null" {
		return BlankAmount, nil
	}
	var text string
	if err := json.Unmarshal(raw, &text); err != nil {
		return Amount{}, fmt.Errorf("%w: want an amount as a string such as \"0.008\", got %s", ErrWrongType, shorten(s))
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
