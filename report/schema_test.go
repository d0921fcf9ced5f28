package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// compileSchema compiles JSONSchema with a validator of draft 2020-12.
func compileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSONSchema()))
	if err != nil {
		t.Fatalf("the schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource("report.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("report.schema.json")
	if err != nil {
		t.Fatalf("compiling the schema: %v", err)
	}
	return sch
}

// instance reads a document as the validator does: numbers kept as written.
func instance(t testing.TB, b []byte) any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	return v
}

// schemaDocuments are the valid documents of the tests: the example
// reports and reports written by MarshalJSON, with every kind of member
// (metadata.other, subsections, the unit of 采购总金额, "/" and null).
func schemaDocuments(t *testing.T) map[string][]byte {
	docs := make(map[string][]byte)
	for _, name := range []string{"xiaoshan-2023.json", "shanghai-office-2019.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", "schema", name))
		if err != nil {
			t.Fatal(err)
		}
		docs[name] = b
	}
	full := built2021()
	full.Preamble = []string{"根据……"}
	full.Metadata.PeriodStart, full.Metadata.PeriodEnd = Date{2024, 1, 1}, Date{2024, 12, 31}
	full.Metadata.Other = []Field{{Label: "主题分类", Value: "综合政务"}}
	full.Overview.Subsections = []Subsection{{Title: "（一）主动公开", Paragraphs: []string{"……"}}}
	full.Table4.Blocks[Reconsideration][Upheld] = NotApplicable
	full.Fees.Notices = 2
	reports := map[string]*Report{"trial2019": trial2019(), "built2021": full}
	for _, f := range Formats() {
		reports["blank "+f.Key()] = New(f, 2020)
	}
	for name, r := range reports {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		docs[name] = b
	}
	return docs
}

func TestSchemaAcceptsReports(t *testing.T) {
	sch := compileSchema(t)
	for name, b := range schemaDocuments(t) {
		if err := new(Report).UnmarshalJSON(b); err != nil {
			t.Fatalf("%s: the decoder refuses it: %v", name, err)
		}
		if err := sch.Validate(instance(t, b)); err != nil {
			t.Errorf("%s: the schema refuses it: %v", name, err)
		}
	}
}

// schemaException is the name of the case of json_test.go's table that is
// an exception of SchemaExceptions: the schema accepts it, the decoder not.
var schemaException = map[string]bool{"count in exponent form": true}

// TestSchemaRefusesBadJSON checks the documents of the decoder's own tests.
func TestSchemaRefusesBadJSON(t *testing.T) {
	sch := compileSchema(t)
	for _, tt := range badJSONCases(t) {
		if !json.Valid([]byte(tt.input)) {
			continue // no document: the validator's parser refuses it
		}
		err := sch.Validate(instance(t, []byte(tt.input)))
		switch {
		case schemaException[tt.name] && err == nil:
		case schemaException[tt.name]:
			t.Errorf("%s: the schema refuses it, but it is listed as an exception: %v", tt.name, err)
		case err == nil:
			t.Errorf("%s: the decoder refuses %s, the schema accepts it", tt.name, shorten(tt.input))
		}
	}
}

// TestSchemaAgreesWithDecoder spoils every valid document in every way a
// mutation can — every key renamed, an extra key in every object, every
// value replaced by values of every kind — and checks that the schema and
// the decoder accept and refuse the same documents.
func TestSchemaAgreesWithDecoder(t *testing.T) {
	sch := compileSchema(t)
	n := func(s string) json.Number { return json.Number(s) }
	max := strconv.FormatInt(MaxCount, 10)
	replacements := []any{
		nil, true, n("0"), n("-1"), n("1.5"), n(max), n(max + "1"), n("-" + max), n("-" + max + "1"),
		"x", "", "/", "0.5", "-0", "2024-02-29", "2023-02-29", "yuan",
		[]any{}, []any{"x"}, []any{nil}, map[string]any{},
		map[string]any{"title": "x", "paragraphs": []any{"y"}},
		map[string]any{"label": "a", "value": "b"},
	}
	// A report of each format: the 2021 example (metadata.other,
	// subsections) and trial2019 (a unit of 采购总金额, negative 本年增/减,
	// "/" cells). The other documents would add time, not kinds of members.
	mutated := []string{"trial2019", "xiaoshan-2023.json"}
	if testing.Short() {
		mutated = mutated[:1]
	}
	docs := schemaDocuments(t)
	for _, name := range mutated {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			checked := 0
			check := func(doc any, what string) {
				checked++
				b, err := json.Marshal(doc)
				if err != nil {
					t.Fatal(err)
				}
				decErr := new(Report).UnmarshalJSON(b)
				schErr := sch.Validate(doc)
				switch {
				case decErr != nil && schErr == nil:
					t.Errorf("%s: the decoder refuses it (%v), the schema accepts it", what, decErr)
				case decErr == nil && schErr != nil:
					t.Errorf("%s: the decoder accepts it, the schema refuses it: %v", what, schErr)
				}
			}
			mutate(instance(t, docs[name]), "", func(v any) any { return v }, replacements, check)
			t.Logf("%d documents checked", checked)
		})
	}
}

// mutate changes v, a map or slice of a document, in every way at every
// level, calls check after each change and undoes it. The document checked
// is whole(v): the members of a report, of a table and of a row are read
// independently of each other but for the format, so whole keeps of the
// document around v only the format and the way down to v, which keeps
// the test fast.
func mutate(v any, path string, whole func(any) any, replacements []any, check func(doc any, what string)) {
	switch v := v.(type) {
	case map[string]any:
		v["unknown_key"] = json.Number("1")
		check(whole(v), fmt.Sprintf("key unknown_key added to %q", path))
		delete(v, "unknown_key")
		for k, old := range v {
			delete(v, k)
			v[k+"_x"] = old
			check(whole(v), fmt.Sprintf("key %s.%s renamed", path, k))
			delete(v, k+"_x")
			for _, r := range replacements {
				v[k] = r
				check(whole(v), fmt.Sprintf("%s.%s = %v", path, k, r))
			}
			v[k] = old
			down := func(x any) any { return whole(map[string]any{k: x}) }
			if path == "" {
				down = func(x any) any { return whole(map[string]any{"format": v["format"], k: x}) }
			}
			mutate(old, path+"."+k, down, replacements, check)
		}
	case []any:
		for i, old := range v {
			for _, r := range replacements {
				v[i] = r
				check(whole(v), fmt.Sprintf("%s[%d] = %v", path, i, r))
			}
			v[i] = old
			mutate(old, fmt.Sprintf("%s[%d]", path, i), func(x any) any { return whole([]any{x}) }, replacements, check)
		}
	}
}

// TestSchemaExceptions checks that the exceptions of SchemaExceptions are
// what the schema and the decoder do, so that the list stays true.
func TestSchemaExceptions(t *testing.T) {
	sch := compileSchema(t)
	var schema struct{ Description string }
	if err := json.Unmarshal(JSONSchema(), &schema); err != nil {
		t.Fatal(err)
	}
	for _, e := range SchemaExceptions() {
		if !strings.Contains(schema.Description, e) {
			t.Errorf("the schema's description does not say %q", e)
		}
	}
	for _, doc := range []string{
		`{"format":"2021","table3":{"received":{"total":2.0}}}`,
		`{"format":"2021","table4":{"reconsideration":{"upheld":1e2}}}`,
		`{"format":"2021","metadata":{"year":2.024e3}}`,
	} {
		if err := new(Report).UnmarshalJSON([]byte(doc)); err == nil {
			t.Errorf("the decoder accepts %s", doc)
		}
		if err := sch.Validate(instance(t, []byte(doc))); err != nil {
			t.Errorf("the schema refuses %s, which SchemaExceptions says it accepts: %v", doc, err)
		}
	}
}

// TestDatePattern compares DatePattern with ParseDate on every day of the
// months 00 to 13 of years that test the calendar's rules.
func TestDatePattern(t *testing.T) {
	re := regexp.MustCompile(DatePattern)
	for _, y := range []int{0, 1, 4, 100, 400, 1900, 1996, 2000, 2023, 2024, 2100, 9999} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				s := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
				_, err := ParseDate(s)
				if got := re.MatchString(s); got != (err == nil) {
					t.Errorf("%s: DatePattern matches: %v; ParseDate error: %v", s, got, err)
				}
			}
		}
	}
	for _, s := range []string{"", "2024-1-01", "2024-01-1", "24-01-01", "12024-01-01", " 2024-01-01", "2024-01-01T00:00:00Z", "2024/01/01"} {
		_, err := ParseDate(s)
		if re.MatchString(s) || (err == nil) != (s == "") {
			t.Errorf("%q: DatePattern matches: %v; ParseDate error: %v", s, re.MatchString(s), err)
		}
	}
}

// TestPlainDecimalPattern compares PlainDecimalPattern with IsPlainDecimal
// on every string of up to five characters made of "-", ".", "0", "1" and
// "e", and at the length limit.
func TestPlainDecimalPattern(t *testing.T) {
	re := regexp.MustCompile(PlainDecimalPattern)
	strs := []string{""}
	for length := 1; length <= 5; length++ {
		var next []string
		for _, s := range strs {
			if len(s) == length-1 {
				for _, c := range "-.01e" {
					next = append(next, s+string(c))
				}
			}
		}
		strs = append(strs, next...)
	}
	for _, s := range strs {
		if re.MatchString(s) != IsPlainDecimal(s) {
			t.Errorf("%q: pattern %v, IsPlainDecimal %v", s, re.MatchString(s), IsPlainDecimal(s))
		}
	}
	if long := strings.Repeat("1", maxAmountDigits+1); IsPlainDecimal(long) || !IsPlainDecimal(long[1:]) {
		t.Errorf("IsPlainDecimal does not stop at %d characters", maxAmountDigits)
	}
}

// TestSchemaAgreesOnValues compares the schema and the decoder on
// documents the mutations do not make: every report given another format,
// years at the bounds of the decoder, "/" written with escapes, keys given
// twice.
func TestSchemaAgreesOnValues(t *testing.T) {
	sch := compileSchema(t)
	docs := []string{
		`{"format":"2021","metadata":{"year":9223372036854775807}}`,
		`{"format":"2021","metadata":{"year":9223372036854775808}}`,
		`{"format":"2021","metadata":{"year":-9223372036854775808}}`,
		`{"format":"2021","metadata":{"year":-9223372036854775809}}`,
		`{"format":"2021","table3":{"received":{"total":"\/"}},"fees":{"collected":"\u002f"}}`,
		`{"format":"2021","table3":{"received":{"total":"\/x"}}}`,
		`{"format":"2021","fees":{"notices":-1},"fees":{"notices":1}}`,
		`{"format":"2021","fees":{"notices":1},"fees":{"notices":-1}}`,
		`{"format":"2019","format":"2021","table3":{"other_handling_other":{}}}`,
		`{"format":"2021","format":"2019","table3":{"other_handling_other":{}}}`,
		`{"format":"2021","metadata":{"period_start":"2024-02-29","period_end":"2100-02-29"}}`,
		`{"format":"2019","table2":{"centralised_procurement":{"total_amount_unit":null}}}`,
		`{"format":"2019","table2":{"centralised_procurement":{"total_amount_unit":"wan","total_amount":"0.5"}}}`,
		`{"format":"2021","table2":{"administrative_fees":{"amount":"` + strings.Repeat("1", maxAmountDigits) + `"}}}`,
		`{"format":"2021","table2":{"administrative_fees":{"amount":"` + strings.Repeat("1", maxAmountDigits+1) + `"}}}`,
	}
	for _, b := range schemaDocuments(t) {
		for _, f := range Formats() {
			var m map[string]any
			if err := json.Unmarshal(b, &m); err != nil {
				t.Fatal(err)
			}
			m["format"] = f.Key()
			out, _ := json.Marshal(m)
			docs = append(docs, string(out))
		}
	}
	for _, doc := range docs {
		decErr := new(Report).UnmarshalJSON([]byte(doc))
		schErr := sch.Validate(instance(t, []byte(doc)))
		if (decErr == nil) != (schErr == nil) {
			t.Errorf("%s: decoder error %v, schema error %v", shorten(doc), decErr, schErr)
		}
	}
}

// FuzzSchemaAgreesWithDecoder compares the schema and the decoder on any
// JSON document. Where the decoder refuses what the schema accepts, the
// document must be an exception of SchemaExceptions: with its integers
// written as digits (2 for 2.0 and 1e0 for 1), the decoder accepts it.
func FuzzSchemaAgreesWithDecoder(f *testing.F) {
	sch := compileSchema(f)
	for _, tt := range badJSONCases(&testing.T{}) {
		f.Add([]byte(tt.input))
	}
	for _, r := range []*Report{trial2019(), built2021()} {
		b, _ := json.Marshal(r)
		f.Add(b)
	}
	for _, name := range []string{"xiaoshan-2023.json", "shanghai-office-2019.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", "schema", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"format":"2021","metadata":{"year":2.024e3,"other":[null,{"label":null}]},"table3":{"received":{"total":"\/"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !json.Valid(data) {
			return
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			return
		}
		decErr := new(Report).UnmarshalJSON(data)
		schErr := sch.Validate(inst)
		switch {
		case decErr == nil && schErr != nil:
			t.Fatalf("the decoder accepts %s, the schema refuses it: %v", data, schErr)
		case decErr != nil && schErr == nil:
			digits, err := json.Marshal(integersAsDigits(inst))
			if err != nil || new(Report).UnmarshalJSON(digits) != nil {
				t.Fatalf("the decoder refuses %s (%v), the schema accepts it", data, decErr)
			}
		}
	})
}

// integersAsDigits rewrites the numbers of a document read by
// jsonschema.UnmarshalJSON that are integers written otherwise (2.0, 1e2)
// as their digits.
func integersAsDigits(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			v[k] = integersAsDigits(x)
		}
	case []any:
		for i, x := range v {
			v[i] = integersAsDigits(x)
		}
	case json.Number:
		if r, ok := new(big.Rat).SetString(string(v)); ok && r.IsInt() {
			return json.Number(r.Num().String())
		}
	}
	return v
}
