package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// trial2019 returns a report in the 2019 format with the kinds of cells real
// 2019 reports print: table 三 as the Shanghai 2019 report printed it (the
// organisation columns and most 总计 cells blank), "/" cells in table 二, a
// negative 本年增/减 and an amount with its unit written in the cell.
func trial2019() *Report {
	r := New(Format2019, 2019)
	r.Metadata.ReportingBody = "上海市人民政府办公厅"
	r.Metadata.PublicationDate = Date{2020, 1, 31}
	r.Overview.Paragraphs = []string{"2019年，市政府办公厅……"}

	t2 := &r.Table2.Counts
	t2[Regulations][NewlyMade], t2[Regulations][NewlyDisclosed], t2[Regulations][DisclosedTotal] = 13, 13, 524
	t2[NormativeDocuments][NewlyMade], t2[NormativeDocuments][NewlyDisclosed], t2[NormativeDocuments][DisclosedTotal] = 60, 60, 368
	for _, row := range []Table2Row{AdministrativeLicensing, OtherExternalServices, AdministrativePenalties} {
		t2[row][ItemsLastYear], t2[row][Change], t2[row][Decisions] = NotApplicable, NotApplicable, NotApplicable
	}
	t2[AdministrativeCompulsion][ItemsLastYear], t2[AdministrativeCompulsion][Change], t2[AdministrativeCompulsion][Decisions] = 12, -3, 40
	t2[AdministrativeFees][ItemsLastYear], t2[AdministrativeFees][Change] = 0, 0
	t2[CentralisedProcurement][Projects] = 6
	r.Table2.ProcurementAmount, _ = ParseAmount("251000")
	r.Table2.ProcurementUnit = UnitYuan

	b := Blank
	t3 := &r.Table3.Rows
	t3[RowReceived] = Row{821, 35, b, b, 2, 1, 859}
	t3[RowCarriedOver] = Row{18, b, b, b, b, b, 18}
	t3[RowDisclosed] = Row{258, 12, b, b, 1, 1, b}
	t3[RowPartiallyDisclosed] = Row{3, b, b, b, b, b, b}
	t3[RowWithheldStateSecret] = Row{14, b, b, b, b, b, b}
	t3[RowWithheldInternalAffairs] = Row{5, b, b, b, b, b, b}
	t3[RowWithheldProcessInformation] = Row{3, 1, b, b, b, b, b}
	t3[RowWithheldAdministrativeQuery] = Row{10, 2, b, b, b, b, b}
	t3[RowCannotProvideNotHeld] = Row{252, 12, b, b, 1, b, b}
	t3[RowCannotProvideMustBeCreated] = Row{44, 3, b, b, b, b, b}
	t3[RowCannotProvideStillUnclear] = Row{25, b, b, b, b, b, b}
	t3[RowNotProcessedPetition] = Row{148, 1, b, b, b, b, b}
	t3[RowNotProcessedRepeated] = Row{5, 4, b, b, b, b, b}
	t3[RowConcluded] = Row{767, 35, b, b, 2, 1, 805}
	t3[RowCarriedForward] = Row{72, b, b, b, b, b, 72}

	r.Table4.Blocks[Reconsideration] = Block{5, b, b, 2, 7}
	r.Table4.Blocks[SuedDirectly] = Block{8, b, b, 1, 9}
	return r
}

// cmpReports compares reports, amounts by value and printed scale.
var cmpReports = []cmp.Option{cmp.AllowUnexported(Amount{}), cmp.Comparer(func(a, b Amount) bool { return a.Equal(b) }), cmpopts.EquateEmpty()}

func roundTrip(t *testing.T, r *Report) *Report {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("decode: %v\n%s", err, b)
	}
	return &back
}

func TestJSONRoundTrip(t *testing.T) {
	for name, r := range map[string]*Report{"2019 with blanks": trial2019(), "2021 built": built2021()} {
		t.Run(name, func(t *testing.T) {
			back := roundTrip(t, r)
			if d := cmp.Diff(r, back, cmpReports...); d != "" {
				t.Errorf("round trip changed the report (-want +got):\n%s", d)
			}
		})
	}
}

// built2021 is a small 2021 report made the way a generator makes one.
func built2021() *Report {
	r := New(Format2021, 2024)
	r.Metadata.ReportingBody = "某县人民政府办公室"
	r.Metadata.Aggregate = true
	r.Table2.FeeAmount, _ = ParseAmount("0.50")
	r.Table3.Rows[RowReceived] = Row{10, 2, 0, 0, 0, 0, 0}
	r.Table3.Rows[RowDisclosed] = Row{10, 2, 0, 0, 0, 0, 0}
	r.FillTotals()
	r.Fees.Collected, _ = ParseAmount("0")
	return r
}

func TestJSONDistinguishesBlankSlashAndZero(t *testing.T) {
	r := trial2019()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{
		`"received":{"natural_person":821,"commercial_enterprise":35,"research_institution":null,`,
		`"administrative_licensing":{"items_last_year":"/",`,
		`"administrative_fees":{"items_last_year":0,"change":0}`,
		`"administrative_compulsion":{"items_last_year":12,"change":-3,"decisions":40}`,
		`"centralised_procurement":{"projects":6,"total_amount":"251000","total_amount_unit":"yuan"}`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON lacks %s\n%s", want, s)
		}
	}
	if strings.Contains(s, `"issued"`) {
		t.Error("2019 JSON holds a cell of the 2021 format")
	}
}

func TestJSONKeepsAmountScale(t *testing.T) {
	r := built2021()
	back := roundTrip(t, r)
	if got := back.Table2.FeeAmount.String(); got != "0.50" {
		t.Errorf("fee after round trip = %q, want 0.50", got)
	}
}

// badJSON is a document the decoder refuses, with the path its error names
// (and the error it wraps, if not nil).
type badJSON struct {
	name     string
	input    string
	wantPath string
	wantErr  error
}

// badJSONCases lists documents the decoder refuses: malformed, of the wrong
// shape or type, and the valid report built2021 with one thing spoilt.
func badJSONCases(t *testing.T) []badJSON {
	valid := func(edit func(m map[string]any)) string {
		var m map[string]any
		b, _ := json.Marshal(built2021())
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		edit(m)
		out, _ := json.Marshal(m)
		return string(out)
	}
	table := func(m map[string]any, name, row string) map[string]any {
		return m[name].(map[string]any)[row].(map[string]any)
	}
	return []badJSON{
		{"not JSON", `{"format":`, "", nil},
		{"not an object", `[1,2]`, "", ErrWrongType},
		{"null", `null`, "", ErrWrongType},
		{"missing format", `{}`, "format", ErrBadFormat},
		{"unknown format", `{"format":"2020"}`, "format", ErrBadFormat},
		{"format as number", `{"format":2021}`, "format", ErrWrongType},
		{"unknown top-level field", valid(func(m map[string]any) { m["tables"] = 1 }), "tables", ErrUnknownField},
		{"count as string", valid(func(m map[string]any) { table(m, "table3", "received")["natural_person"] = "10" }), "table3.received.natural_person", ErrWrongType},
		{"count as fraction", valid(func(m map[string]any) { table(m, "table3", "received")["total"] = 1.5 }), "table3.received.total", ErrWrongType},
		{"count in exponent form", `{"format":"2021","table4":{"reconsideration":{"upheld":1e2}}}`, "table4.reconsideration.upheld", ErrWrongType},
		{"negative count", valid(func(m map[string]any) { table(m, "table4", "sued_directly")["pending"] = -1 }), "table4.sued_directly.pending", ErrNegative},
		{"huge count", valid(func(m map[string]any) { table(m, "table3", "concluded")["other"] = 1e15 }), "table3.concluded.other", ErrOutOfRange},
		{"count beyond int64", `{"format":"2021","table4":{"reconsideration":{"upheld":99999999999999999999}}}`, "table4.reconsideration.upheld", ErrOutOfRange},
		{"unknown row", valid(func(m map[string]any) { m["table3"].(map[string]any)["withdrawn"] = map[string]any{} }), "table3.withdrawn", ErrUnknownField},
		{"unknown column", valid(func(m map[string]any) { table(m, "table3", "received")["legal_persons"] = 1 }), "table3.received.legal_persons", ErrUnknownField},
		{"2019 row in 2021 beside its three rows", valid(func(m map[string]any) {
			m["table3"].(map[string]any)["other_handling"] = map[string]any{"total": 1}
			table(m, "table3", "other_handling_other")["total"] = 1
		}), "table3.other_handling", ErrUnknownField},
		{"row not an object", valid(func(m map[string]any) { m["table4"].(map[string]any)["reconsideration"] = 5 }), "table4.reconsideration", ErrWrongType},
		{"table not an object", valid(func(m map[string]any) { m["table3"] = []any{1} }), "table3", ErrWrongType},
		{"unknown row not an object", valid(func(m map[string]any) { m["table3"].(map[string]any)["a_withdrawn"] = 5 }), "table3.a_withdrawn", ErrUnknownField},
		{"bad row after a row not an object", valid(func(m map[string]any) {
			m["table4"].(map[string]any)["reconsideration"] = 5
			m["table4"].(map[string]any)["a_review"] = map[string]any{}
		}), "table4.a_review", ErrUnknownField},
		{"amount as number", valid(func(m map[string]any) { table(m, "table2", "administrative_fees")["amount"] = 0.5 }), "table2.administrative_fees.amount", ErrWrongType},
		{"amount in exponent form", valid(func(m map[string]any) { table(m, "table2", "administrative_fees")["amount"] = "5e-1" }), "table2.administrative_fees.amount", ErrAmountSyntax},
		{"amount with unit", valid(func(m map[string]any) { table(m, "table2", "administrative_fees")["amount"] = "0.5万元" }), "table2.administrative_fees.amount", ErrAmountSyntax},
		{"amount malformed", valid(func(m map[string]any) { table(m, "table2", "administrative_fees")["amount"] = "1.2.3" }), "table2.administrative_fees.amount", ErrAmountSyntax},
		{"amount empty", valid(func(m map[string]any) { table(m, "table2", "administrative_fees")["amount"] = "" }), "table2.administrative_fees.amount", ErrAmountSyntax},
		{"negative amount", valid(func(m map[string]any) { m["fees"].(map[string]any)["collected"] = "-80" }), "fees.collected", ErrNegative},
		{"unknown fee fact", valid(func(m map[string]any) { m["fees"].(map[string]any)["refunded"] = "0" }), "fees.refunded", ErrUnknownField},
		{"year as string", valid(func(m map[string]any) { m["metadata"].(map[string]any)["year"] = "2024" }), "metadata.year", ErrWrongType},
		{"bad date", valid(func(m map[string]any) { m["metadata"].(map[string]any)["period_start"] = "2024/01/01" }), "metadata.period_start", ErrBadDate},
		{"impossible date", valid(func(m map[string]any) { m["metadata"].(map[string]any)["document_date"] = "2024-02-30" }), "metadata.document_date", ErrBadDate},
		{"date as number", valid(func(m map[string]any) { m["metadata"].(map[string]any)["publication_date"] = 20240101 }), "metadata.publication_date", ErrWrongType},
		{"metadata key in capitals", valid(func(m map[string]any) { m["metadata"].(map[string]any)["YEAR"] = 2024 }), "metadata.YEAR", ErrUnknownField},
		{"unknown metadata field", valid(func(m map[string]any) { m["metadata"].(map[string]any)["region"] = "x" }), "metadata.region", ErrUnknownField},
		{"paragraphs not strings", valid(func(m map[string]any) { m["overview"] = map[string]any{"paragraphs": []any{1}} }), "overview.paragraphs", ErrWrongType},
		{"unknown section field", valid(func(m map[string]any) { m["problems"] = map[string]any{"text": "x"} }), "problems.text", ErrUnknownField},
		{"section key in capitals", valid(func(m map[string]any) { m["problems"] = map[string]any{"Paragraphs": []any{"x"}} }), "problems.Paragraphs", ErrUnknownField},
		{"subsection key unknown", valid(func(m map[string]any) {
			m["overview"] = map[string]any{"subsections": []any{map[string]any{"title": "(一)", "text": "x"}}}
		}), "overview.subsections[0].text", ErrUnknownField},
		{"negative zero amount", `{"format":"2021","fees":{"collected":"-0"}}`, "fees.collected", ErrNegative},
	}
}

func TestJSONDecodeErrors(t *testing.T) {
	for _, tt := range badJSONCases(t) {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadJSON(strings.NewReader(tt.input))
			if err == nil {
				t.Fatalf("decoding %s: no error", shorten(tt.input))
			}
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error %v (%T) is not a *DecodeError", err, err)
			}
			if de.Path != tt.wantPath {
				t.Errorf("error %q names path %q, want %q", err, de.Path, tt.wantPath)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %q is not %v", err, tt.wantErr)
			}
			if tt.wantPath != "" && !strings.Contains(err.Error(), tt.wantPath) {
				t.Errorf("message %q does not name %s", err, tt.wantPath)
			}
		})
	}
}

func TestJSONMissingCellsAreBlank(t *testing.T) {
	var r Report
	if err := json.Unmarshal([]byte(`{"format":"2021","table3":{"received":{"total":3}}}`), &r); err != nil {
		t.Fatal(err)
	}
	if got := r.Table3.Rows[RowReceived][ApplicantTotal]; got != 3 {
		t.Errorf("received total = %v, want 3", got)
	}
	if got := r.Table3.Rows[RowReceived][NaturalPerson]; !got.IsBlank() {
		t.Errorf("missing cell = %v, want blank", got)
	}
	if !r.Table2.FeeAmount.IsBlank() || !r.Fees.Collected.IsBlank() {
		t.Error("missing amounts are not blank")
	}
}

func TestMarshalUnknownFormat(t *testing.T) {
	if _, err := json.Marshal(&Report{}); err == nil {
		t.Error("encoding a report of unknown format: no error")
	}
}

func TestWriteReadJSON(t *testing.T) {
	r := trial2019()
	var buf bytes.Buffer
	if err := WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	back, err := ReadJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(r, back, cmpReports...); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// TestGolden2019 keeps the JSON form of a 2019 report in a golden file, so
// that a change to the form shows in review.
func TestGolden2019(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, trial2019()); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "trial-2019.json")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("JSON differs from %s; run go test ./report -update and review the diff", golden)
	}
}

func FuzzDecodeJSON(f *testing.F) {
	for _, r := range []*Report{trial2019(), built2021()} {
		b, _ := json.Marshal(r)
		f.Add(b)
	}
	f.Add([]byte(`{"format":"2021","table3":{"received":{"total":null}}}`))
	f.Add([]byte(`{"format":"2019","table2":{"centralised_procurement":{"total_amount":"1.50","total_amount_unit":"wan"}}}`))
	f.Add([]byte(`{"format":"2021","metadata":{"year":-1,"period_start":""},"fees":{"notices":"/"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r Report
		if err := r.UnmarshalJSON(data); err != nil {
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error %v is %T, not *DecodeError", err, err)
			}
			if de.Line < 0 || de.Column < 0 || (de.Line == 0) != (de.Column == 0) || de.Line > 1+bytes.Count(data, []byte("\n")) {
				t.Fatalf("error %v placed at line %d, column %d", err, de.Line, de.Column)
			}
			return
		}
		once, err := json.Marshal(&r)
		if err != nil {
			t.Fatalf("encoding a decoded report: %v", err)
		}
		var again Report
		if err := json.Unmarshal(once, &again); err != nil {
			t.Fatalf("decoding our own output: %v\n%s", err, once)
		}
		twice, err := json.Marshal(&again)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(once, twice) {
			t.Fatalf("decode → encode → decode → encode is not stable:\n%s\n%s", once, twice)
		}
	})
}

// TestMarshalRefusesWhatCannotBeRead checks that the encoder never writes a
// document the decoder refuses: it names the value instead.
func TestMarshalRefusesWhatCannotBeRead(t *testing.T) {
	huge, _ := ParseAmount("1" + strings.Repeat("0", 39))
	tests := []struct {
		name    string
		edit    func(r *Report)
		path    string
		wantErr error
	}{
		{"impossible date", func(r *Report) { r.Metadata.PeriodEnd = Date{2024, 2, 30} }, "metadata.period_end", ErrBadDate},
		{"year 10000", func(r *Report) { r.Metadata.PublicationDate = Date{10000, 1, 1} }, "metadata.publication_date", ErrBadDate},
		{"count too large", func(r *Report) { r.Table3.Rows[RowReceived][NaturalPerson] = MaxCount + 1 }, "table3.received.natural_person", ErrOutOfRange},
		{"negative count", func(r *Report) { r.Table4.Blocks[SuedDirectly][Pending] = -1 }, "table4.sued_directly.pending", ErrNegative},
		{"amount too long", func(r *Report) {
			r.Table2.FeeAmount = AmountOf(func() decimal.Decimal { d, _ := huge.Decimal(); return d.Mul(d) }())
		}, "table2.administrative_fees.amount", ErrAmountSyntax},
		{"negative amount", func(r *Report) { r.Fees.Collected = AmountOf(decimal.NewFromInt(-5)) }, "fees.collected", ErrNegative},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := built2021()
			tt.edit(r)
			_, err := json.Marshal(r)
			var ee *EncodeError
			if !errors.As(err, &ee) || ee.Path != tt.path || !errors.Is(err, tt.wantErr) {
				t.Errorf("Marshal error = %v, want an *EncodeError at %s wrapping %v", err, tt.path, tt.wantErr)
			}
		})
	}
	// A signed count may be negative.
	r := trial2019()
	r.Table2.Counts[AdministrativePenalties][Change] = -7
	if _, err := json.Marshal(r); err != nil {
		t.Errorf("negative 本年增/减: %v", err)
	}
}

// TestJSONErrorPlace checks the line and column of decoding errors: of the
// character of a syntax error, of the key of an unknown field, of the value
// of any other problem, counted in characters.
func TestJSONErrorPlace(t *testing.T) {
	tests := []struct {
		name, input  string
		line, column int
		message      string
	}{
		{"syntax error", "{\n  \"format\": \"2021\",\n  \"metadata\": {\"year\" 2024}\n}", 3, 23,
			"report JSON: line 3, column 23: malformed JSON: invalid character '2' after object key"},
		{"end of input", "{\"format\":\n", 2, 1, "report JSON: line 2, column 1: malformed JSON: unexpected end of JSON input"},
		{"negative count", "{\"format\": \"2021\",\n \"table3\": {\"received\": {\n  \"total\": -1}}}", 3, 12,
			"report JSON: table3.received.total (line 3, column 12): negative count where none may be negative: -1"},
		{"unknown key after Chinese text", "{\"format\": \"2021\", \"preamble\": [\"根据条例\"],\n \"x.y\": {}}", 2, 2,
			"report JSON: x.y (line 2, column 2): unknown field"},
		{"key given twice: the last counts", "{\"format\": \"2021\", \"fees\": {\"notices\": 1},\n\"fees\": {\"notices\": -1}}", 2, 21,
			"report JSON: fees.notices (line 2, column 21): negative count where none may be negative: -1"},
		{"array item", "{\"format\": \"2021\", \"overview\": {\"subsections\": [{}, \n {\"text\": 1}]}}", 2, 3,
			"report JSON: overview.subsections[1].text (line 2, column 3): unknown field"},
		{"bad date", "{\"format\": \"2021\", \"metadata\": {\"period_end\": \"2024-02-30\"}}", 1, 47, ""},
		{"not an object", " [1]", 1, 2, "report JSON: line 1, column 2: wrong type: want an object, got JSON array"},
		{"missing format: no place", "{}", 0, 0, "report JSON: format: unknown or missing report format: missing"},
		{"empty input", "", 1, 1, "report JSON: line 1, column 1: malformed JSON: unexpected end of JSON input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadJSON(strings.NewReader(tt.input))
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a *DecodeError", err)
			}
			if de.Line != tt.line || de.Column != tt.column {
				t.Errorf("error %q at line %d, column %d; want line %d, column %d", err, de.Line, de.Column, tt.line, tt.column)
			}
			if tt.message != "" && err.Error() != tt.message {
				t.Errorf("message %q, want %q", err, tt.message)
			}
		})
	}
}

// A "/" is a string: written with an escape, it is still "/".
func TestJSONEscapedSlash(t *testing.T) {
	r, err := ReadJSON(strings.NewReader(`{"format":"2021","table3":{"received":{"total":"\/","other":"\u002f"}},"fees":{"collected":"\/"}}`))
	if err != nil {
		t.Fatal(err)
	}
	if row := r.Table3.Rows[RowReceived]; !row[ApplicantTotal].IsNotApplicable() || !row[OtherOrganisation].IsNotApplicable() || !r.Fees.Collected.IsNotApplicable() {
		t.Errorf("escaped slashes read as %v, %v, %v", row[ApplicantTotal], row[OtherOrganisation], r.Fees.Collected)
	}
}

// TestJSONCombinedOtherHandling round-trips a 2021 report whose table 三
// prints （六）其他处理 as one row (deviation D18): the row is kept.
func TestJSONCombinedOtherHandling(t *testing.T) {
	r := New(Format2021, 2023)
	r.Table3.Rows[RowOtherHandling] = Row{2, 0, 0, 0, 0, 0, 2}
	if !r.Table3.CombinedOtherHandling(r.Format) {
		t.Fatal("not combined")
	}
	back := roundTrip(t, r)
	if back.Table3.Rows[RowOtherHandling] != r.Table3.Rows[RowOtherHandling] {
		t.Errorf("combined row %v after a round trip, want %v", back.Table3.Rows[RowOtherHandling], r.Table3.Rows[RowOtherHandling])
	}
	if v, err := back.Lookup("table3.other_handling.total"); err != nil || v.String() != "2" {
		t.Errorf("Lookup: %v, %v", v, err)
	}
	if got := back.Table3.OutcomeRowsOf(Format2021); slices.Contains(got, RowOtherHandlingOther) || !slices.Contains(got, RowOtherHandling) {
		t.Errorf("outcome rows %v", got)
	}
}

// TestJSONCombinedBesideRows refuses to encode a 2021 table 三 that holds
// （六）其他处理 both as one row and as its three rows.
func TestJSONCombinedBesideRows(t *testing.T) {
	r := New(Format2021, 2023)
	r.Table3.Rows[RowOtherHandling] = Row{2, 0, 0, 0, 0, 0, 2}
	r.Table3.Rows[RowOtherHandlingOther] = Row{2, 0, 0, 0, 0, 0, 2}
	var e *EncodeError
	if _, err := r.MarshalJSON(); !errors.As(err, &e) || e.Path != "table3.other_handling" {
		t.Errorf("error %v, want an EncodeError at table3.other_handling", err)
	}
}
