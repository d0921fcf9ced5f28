package report

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// slowDecode decodes data the slow way only, through maps of
// encoding/json.
func slowDecode(data []byte) (*Report, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil || top == nil {
		return nil, fmt.Errorf("not an object: %v", err)
	}
	return decodeReport(sortedMembers(top), mapMembers)
}

// FuzzQuickJSON checks that UnmarshalJSON, which reads well-formed JSON
// quickly, agrees with the slow reading alone: both fail, or both give the
// same report.
func FuzzQuickJSON(f *testing.F) {
	b, _ := json.Marshal(built2021())
	f.Add(b)
	if trial, err := os.ReadFile("testdata/trial-2019.json"); err == nil {
		f.Add(trial)
	}
	for _, s := range []string{
		`{"format":"2021"}`,
		`{"format":"2021","table3":null,"fees":{}}`,
		`{ "format" : "2021" , "table3" : { "received" : { "total" : 5 , "natural_person":5 } } }`,
		`{"format":"2021","table3":{"received":{"total":5}},"table3":{"received":{"natural_person":1}}}`,
		`{"format":"2021","table3":{"received":{"total":5,"total":6}}}`,
		`{"format":"2021","table3":{"rec\u0065ived":{"total":5}}}`,
		`{"format":"2021","Format":"2019"}`,
		`{"format":"2021","table2":{"centralised_procurement":{"total_amount_unit":"wan"}}}`,
		`{"format":"2019","table2":{"centralised_procurement":{"total_amount_unit":"wan","total_amount":"1.5"}}}`,
		`{"format":"2021","metadata":{"reporting_body":"某局 \"x\" {[]}","year":2024},"preamble":["a]}\\"b"]}`,
		`{"format":"2021","table4":{"reconsideration":{"upheld":"/","pending":null,"total":-0}}}`,
		`{"format":"2021","fees":{"collected":"80.00","notices":1}}`,
		`{"format":"2021","table3":{"received":[1,2]}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var quick Report
		quickErr := quick.UnmarshalJSON(data)
		slow, slowErr := slowDecode(data)
		if (quickErr == nil) != (slowErr == nil) {
			t.Fatalf("UnmarshalJSON error %v, slow reading %v", quickErr, slowErr)
		}
		if quickErr == nil && slowErr == nil {
			if d := cmp.Diff(slow, &quick, cmpReports...); d != "" {
				t.Fatalf("quick and slow readings differ (-slow +quick):\n%s", d)
			}
		}
	})
}

// TestQuickJSONMutations compares the quick and slow readings on many
// deterministic mutations of a report's JSON: a byte changed, dropped or
// doubled, which gives broken JSON, escapes, duplicate and unknown keys.
func TestQuickJSONMutations(t *testing.T) {
	base, err := json.Marshal(built2021())
	if err != nil {
		t.Fatal(err)
	}
	alphabet := []byte(`{}[]:,"\ 0123456789-./nulx`)
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 3000 {
		data := slices.Clone(base)
		for range 1 + n%3 {
			i := rng.IntN(len(data))
			switch rng.IntN(3) {
			case 0:
				data[i] = alphabet[rng.IntN(len(alphabet))]
			case 1:
				data = slices.Delete(data, i, i+1)
			case 2:
				data = slices.Insert(data, i, data[i])
			}
		}
		var quick Report
		quickErr := quick.UnmarshalJSON(data)
		slow, slowErr := slowDecode(data)
		if (quickErr == nil) != (slowErr == nil) {
			t.Fatalf("%s\nUnmarshalJSON error %v, slow reading %v", data, quickErr, slowErr)
		}
		if quickErr == nil {
			if d := cmp.Diff(slow, &quick, cmpReports...); d != "" {
				t.Fatalf("%s\nquick and slow readings differ (-slow +quick):\n%s", data, d)
			}
		}
	}
}
