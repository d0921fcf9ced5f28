package report

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"strings"

	"github.com/opengov-cn/xxgk/lang"
)

// SchemaExceptions lists what the decoder refuses but a JSON Schema cannot
// tell apart, so that the schema of [JSONSchema] accepts it: the only
// documents on which the two disagree. The schema's description repeats
// them. (Impossible calendar days are no exception: the schema's pattern of
// a date knows the calendar.)
func SchemaExceptions() []string {
	return []string{
		"A count or a year written with a fraction or an exponent (2.0, 1e2) is an integer to JSON Schema; the decoder wants the digits of an integer.",
		"A key given twice in one object is left by JSON Schema to the JSON parser; the decoder refuses it.",
		"A string that is not valid UTF-8 is left by JSON Schema to the JSON parser; the decoder refuses it.",
	}
}

// schemaNotes are what the schema's description says besides the
// exceptions.
const schemaNotes = "The JSON form of a 政府信息公开工作年度报告 (annual report on government information disclosure) " +
	"as package github.com/opengov-cn/xxgk/report writes and reads it. " +
	"The format key chooses the rows and columns of tables 二 and 三. " +
	"A count is an integer, null for a blank cell or \"/\" for a cell marked not applicable; " +
	"an amount is a string of plain decimal digits at its printed scale (\"0.008\"), null or \"/\". " +
	"null also stands for any other value not given. A key missing is a value not given; an unknown key is refused. " +
	"The decoder refuses some documents that this schema accepts: "

// JSONSchema returns a JSON Schema (draft 2020-12) of the JSON form of a
// report: the document [Report.MarshalJSON] writes and
// [Report.UnmarshalJSON] reads. It is made from the declarations the
// encoder and decoder use (the formats, the rows and columns of each
// table, the kind of each cell, the Go types of the metadata and the
// sections) and written as indented JSON followed by a newline, with its
// keys in a fixed order: the same bytes every time.
//
// A document the schema refuses, the decoder refuses too; a document it
// accepts, the decoder accepts but for the cases of [SchemaExceptions].
func JSONSchema() []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(newSchemaBuilder().document()); err != nil {
		return nil // unreachable: the schema holds strings, numbers and objects
	}
	return b.Bytes()
}

// schemaObject is a JSON object whose members keep their order.
type schemaObject []schemaMember

type schemaMember struct {
	key   string
	value any
}

// MarshalJSON writes the members in order.
func (o schemaObject) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		writeString(&b, m.key)
		b.WriteByte(':')
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(m.value); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// schemaBuilder collects the shared definitions ($defs) of a schema.
type schemaBuilder struct {
	defs schemaObject
}

func newSchemaBuilder() *schemaBuilder {
	sb := new(schemaBuilder)
	notApplicable := schemaObject{{"description", "not applicable"}, {"const", NotApplicable.String()}}
	blank := schemaObject{{"description", "blank: not reported"}, {"type", "null"}}
	count := func(desc string, least int64) schemaObject {
		return schemaObject{{"description", desc}, {"oneOf", []any{
			schemaObject{{"type", "integer"}, {"minimum", least}, {"maximum", int64(MaxCount)}},
			blank, notApplicable,
		}}}
	}
	sb.defs = schemaObject{
		{"count", count("a count: an integer from 0, null (blank) or \"/\" (not applicable)", 0)},
		{"signed_count", count("a count that may be negative (本年增/减): an integer, null (blank) or \"/\" (not applicable)", -MaxCount)},
		{"amount", schemaObject{{"description", "an amount: plain decimal digits at the printed scale, as a string, null (blank) or \"/\" (not applicable)"}, {"oneOf", []any{
			schemaObject{{"type", "string"}, {"pattern", "^" + unsignedDecimal + "$"}, {"maxLength", maxAmountDigits}},
			blank, notApplicable,
		}}}},
		{"date", schemaObject{
			{"description", "a calendar day written YYYY-MM-DD, or \"\" or null when not given"},
			{"type", []string{"string", "null"}},
			{"pattern", "^$|" + DatePattern},
		}},
	}
	return sb
}

// ref returns a reference to the definition name.
func ref(name string) schemaObject { return schemaObject{{"$ref", "#/$defs/" + name}} }

// share returns a reference to the definition name, adding it with shape
// on first use; when the definition exists with another shape, it returns
// shape itself.
func (sb *schemaBuilder) share(name string, shape schemaObject) schemaObject {
	for _, d := range sb.defs {
		if d.key == name {
			if sameJSON(d.value, shape) {
				return ref(name)
			}
			return shape
		}
	}
	sb.defs = append(sb.defs, schemaMember{name, shape})
	return ref(name)
}

// sameJSON reports whether a and b encode to the same JSON.
func sameJSON(a, b any) bool {
	x, errX := json.Marshal(a)
	y, errY := json.Marshal(b)
	return errX == nil && errY == nil && bytes.Equal(x, y)
}

// titled puts a title and a description before a schema.
func titled(title, description string, s schemaObject) schemaObject {
	return append(schemaObject{{"title", title}, {"description", description}}, s...)
}

// objectOf is the schema of an object with these members only, or null.
func objectOf(props schemaObject) schemaObject {
	return schemaObject{{"type", []string{"object", "null"}}, {"properties", props}, {"additionalProperties", false}}
}

// document returns the whole schema.
func (sb *schemaBuilder) document() schemaObject {
	section := sb.typeSchema(reflect.TypeFor[Section]())
	sectionOf := func(s SectionID) schemaObject {
		return titled(s.Label(Format2021), s.English(), section)
	}
	var formatKeys []string
	var branches []schemaObject
	for _, f := range Formats() {
		formatKeys = append(formatKeys, f.Key())
		branches = append(branches, sb.tables(f))
	}
	// A table of the same shape in every format is described once; the
	// others in a branch for each format.
	var props schemaObject
	tableProp := func(key string) {
		same := true
		for _, b := range branches[1:] {
			same = same && sameJSON(valueOf(b, key), valueOf(branches[0], key))
		}
		if same {
			props = append(props, schemaMember{key, valueOf(branches[0], key)})
			for i := range branches {
				branches[i] = without(branches[i], key)
			}
			return
		}
		props = append(props, schemaMember{key, schemaObject{{"description", "its rows and columns depend on the format: see allOf"}}})
	}
	props = append(props,
		schemaMember{"format", titled(LabelFormat, EnglishFormat, schemaObject{{"enum", formatKeys}})},
		schemaMember{"metadata", sb.typeSchema(reflect.TypeFor[Metadata]())},
		schemaMember{"preamble", append(schemaObject{{"description", "the paragraphs printed before " + SectionOverview.Label(Format2021)}}, sb.typeSchema(reflect.TypeFor[[]string]())...)},
		schemaMember{SectionOverview.Key(), sectionOf(SectionOverview)},
	)
	tableProp("table2")
	tableProp("table3")
	tableProp("table4")
	props = append(props,
		schemaMember{SectionProblems.Key(), sectionOf(SectionProblems)},
		schemaMember{SectionOtherMatters.Key(), sectionOf(SectionOtherMatters)},
	)
	tableProp("fees")

	var allOf []any
	for i, f := range Formats() {
		if len(branches[i]) == 0 {
			continue
		}
		allOf = append(allOf, schemaObject{
			{"if", schemaObject{{"properties", schemaObject{{"format", schemaObject{{"const", f.Key()}}}}}, {"required", []string{"format"}}}},
			{"then", schemaObject{{"properties", branches[i]}}},
		})
	}
	doc := schemaObject{
		{"$schema", "https://json-schema.org/draft/2020-12/schema"},
		{"title", "政府信息公开工作年度报告 (report JSON)"},
		{"description", schemaNotes + strings.Join(SchemaExceptions(), " ")},
		{"type", "object"},
		{"required", []string{"format"}},
		{"properties", props},
		{"additionalProperties", false},
	}
	if len(allOf) > 0 {
		doc = append(doc, schemaMember{"allOf", allOf})
	}
	return append(doc, schemaMember{"$defs", sb.defs})
}

// valueOf returns the value of key in o, or nil.
func valueOf(o schemaObject, key string) any {
	for _, m := range o {
		if m.key == key {
			return m.value
		}
	}
	return nil
}

// without returns o without key.
func without(o schemaObject, key string) schemaObject {
	var out schemaObject
	for _, m := range o {
		if m.key != key {
			out = append(out, m)
		}
	}
	return out
}

// tables returns the schemas of table2, table3, table4 and fees in format
// f, row by row and cell by cell as MarshalJSON writes them.
func (sb *schemaBuilder) tables(f Format) schemaObject {
	var t2 schemaObject
	for _, blk := range Table2Blocks(f) {
		for _, row := range blk.Rows {
			var cells schemaObject
			for _, col := range blk.Columns {
				cells = append(cells, sb.cell(f, Table2Path(row, col)))
				if col == ProcurementAmount {
					var units []string
					for _, u := range amountUnits() {
						units = append(units, u.Key())
					}
					cells = append(cells, schemaMember{procurementUnitKey, schemaObject{
						{"description", "the unit printed with " + col.Label(f)}, {"enum", units}}})
				}
			}
			t2 = append(t2, schemaMember{row.Key(), titled(blk.Item.Label()+labelSep+row.Label(f), blk.Item.English()+labelSep+row.English(), objectOf(cells))})
		}
	}
	var t3 schemaObject
	rows3 := Table3Rows(f)
	if f == Format2021 {
		rows3 = append(rows3, RowOtherHandling) // printed as one row (D18)
	}
	for _, row := range rows3 {
		var cells schemaObject
		for _, a := range Applicants() {
			cells = append(cells, sb.cell(f, Table3Path(row, a)))
		}
		t3 = append(t3, schemaMember{row.Key(), titled(strings.Join(row.LabelPath(), labelSep), strings.Join(row.EnglishPath(), labelSep), sb.share("table3_row", objectOf(cells)))})
	}
	var t4 schemaObject
	for _, p := range Proceedings() {
		var cells schemaObject
		for _, res := range Table4Columns() {
			cells = append(cells, sb.cell(f, Table4Path(p, res)))
		}
		t4 = append(t4, schemaMember{p.Key(), titled(strings.Join(p.LabelPath(), labelSep), strings.Join(p.EnglishPath(), labelSep), sb.share("table4_block", objectOf(cells)))})
	}
	fees := schemaObject{sb.cell(f, PathFeeNotices), sb.cell(f, PathFeeCollected)}
	return schemaObject{
		{"table2", titled(SectionProactive.Label(f), SectionProactive.English(), objectOf(t2))},
		{"table3", titled(SectionRequests.Label(f), SectionRequests.English(), combinedOnlyAlone(f, objectOf(t3)))},
		{"table4", titled(SectionAppeals.Label(f), SectionAppeals.English(), objectOf(t4))},
		{"fees", titled(SectionOtherMatters.Label(f), "the information processing fee facts of "+SectionOtherMatters.English(), objectOf(fees))},
	}
}

// combinedOnlyAlone adds to the schema of table3 in format 2021 that the
// row of （六）其他处理 printed as one row holds a value only when the three
// rows it stands for hold none (Table3.CombinedOtherHandling).
func combinedOnlyAlone(f Format, t3 schemaObject) schemaObject {
	if f != Format2021 {
		return t3
	}
	allNull := schemaObject{{"additionalProperties", schemaObject{{"type", "null"}}}}
	var blank schemaObject
	for _, r := range OtherHandling.Rows(f) {
		blank = append(blank, schemaMember{r.Key(), allNull})
	}
	return append(t3,
		schemaMember{"if", schemaObject{{"required", []string{RowOtherHandling.Key()}},
			{"properties", schemaObject{{RowOtherHandling.Key(), schemaObject{{"not", allNull}}}}}}},
		schemaMember{"then", schemaObject{{"properties", blank}}})
}

// cell returns the member of a cell in its row: its key, its labels and
// the schema of its kind.
func (sb *schemaBuilder) cell(f Format, p Path) schemaMember {
	c, ok := LookupCell(f, p)
	if !ok {
		c = *cellByPath[p] // a cell of the combined row (IsCombinedCell)
	}
	key := string(p[strings.LastIndexByte(string(p), '.')+1:])
	kind := map[CellKind]string{KindCount: "count", KindSignedCount: "signed_count", KindAmount: "amount"}[c.Kind]
	zh, en := c.LabelPath(f), c.EnglishPath()
	return schemaMember{key, titled(zh[len(zh)-1], en[len(en)-1], ref(kind))}
}

// metadataLabels are the labels of the metadata fields, by JSON key, as the
// schema gives them to a form.
var metadataLabels = map[string]lang.Text{
	"title":            {Zh: LabelTitle, En: EnglishTitle},
	"reporting_body":   {Zh: LabelReportingBody, En: EnglishReportingBody},
	"publisher":        {Zh: LabelPublisher, En: EnglishPublisher},
	"year":             {Zh: LabelYear, En: EnglishYear},
	"period_start":     {Zh: LabelPeriod, En: EnglishPeriod + ": first day"},
	"period_end":       {Zh: LabelPeriod, En: EnglishPeriod + ": last day"},
	"document_date":    {Zh: LabelDocumentDate, En: EnglishDocumentDate},
	"publication_date": {Zh: LabelPublicationDate, En: EnglishPublicationDate},
	"index_number":     {Zh: LabelIndexNumber, En: EnglishIndexNumber},
	"document_number":  {Zh: LabelDocumentNumber, En: EnglishDocumentNumber},
	"aggregate":        {Zh: LabelAggregate, En: EnglishAggregate},
}

// keyEnum returns the schema of an enumerated value written as its key:
// one of the keys of values, "" or null.
func keyEnum[T interface{ Key() string }](description string, values []T) schemaObject {
	keys := []any{"", nil}
	for _, v := range values {
		keys = append(keys, v.Key())
	}
	return schemaObject{{"description", description}, {"enum", keys}}
}

// typeSchema returns the schema of the JSON encoding/json reads into a
// value of type t, as the decoder reads the metadata and the sections:
// null for any value, no key but those of the struct fields (case
// included). A struct is a shared definition named after its type.
func (sb *schemaBuilder) typeSchema(t reflect.Type) schemaObject {
	switch t {
	case reflect.TypeFor[Scope]():
		return keyEnum("the report's scope: a department's own, or a government's compiled from its departments (\"\" or null when not known)", Scopes())
	case reflect.TypeFor[Level]():
		return keyEnum("the level of the reporting body (\"\" or null when not known)", Levels())
	}
	switch t.Kind() {
	case reflect.Struct:
		if t == reflect.TypeFor[Date]() {
			return ref("date")
		}
		var props schemaObject
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "" || name == "-" {
				continue
			}
			field := sb.typeSchema(f.Type)
			if l, ok := metadataLabels[name]; ok && t == reflect.TypeFor[Metadata]() {
				field = titled(l.Zh, l.En, field)
			}
			props = append(props, schemaMember{name, field})
		}
		return sb.share(strings.ToLower(t.Name()), objectOf(props))
	case reflect.Slice:
		return schemaObject{{"type", []string{"array", "null"}}, {"items", sb.typeSchema(t.Elem())}}
	case reflect.String:
		return schemaObject{{"type", []string{"string", "null"}}}
	case reflect.Bool:
		return schemaObject{{"type", []string{"boolean", "null"}}}
	case reflect.Int, reflect.Int64:
		return schemaObject{{"type", []string{"integer", "null"}}, {"minimum", int64(math.MinInt64)}, {"maximum", int64(math.MaxInt64)}}
	}
	return schemaObject{{"not", schemaObject{}}} // no such field in a report
}
