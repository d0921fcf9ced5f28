package report

import (
	"bytes"
	"encoding/json"
	"math/bits"
	"reflect"
	"strconv"
	"testing"
)

// fastSeeds are documents for the fast path: as WriteJSON writes them, and
// with the variations a hand-written document may have.
func fastSeeds(t testing.TB) [][]byte {
	var seeds [][]byte
	for _, r := range []*Report{trial2019(), built2021()} {
		var buf bytes.Buffer
		if err := WriteJSON(&buf, r); err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, buf.Bytes())
		b, err := r.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, b)
	}
	for _, s := range []string{
		`{"format":"2021","preamble":[],"overview":{"paragraphs":[],"subsections":[]},"metadata":{"other":[]}}`,
		`{"format":"2021","metadata":{"year":-0,"title":"a\u0062","aggregate":true,"scope":"department","level":"county","period_start":""}}`,
		`{"format":"2021","metadata":{"year":2024,"year":2025}}`,
		`{"format":"2021","metadata":{"title":null}}`,
		`{"format":"2021","metadata":null}`,
		`{"format":"2021","overview":{"subsections":[{"title":"x","paragraphs":["y"]},{}]}}`,
		`{"format":"2021","table3":{"other_handling":{"total":1}}}`,
		`{"format":"2021","table3":{"other_handling":{"total":null}}}`,
		`{"format":"2021","table3":{"received":{"natural_person":1,"natural_person":2}}}`,
		`{"format":"2021","table3":{"received":{"n\u0061tural_person":1}}}`,
		`{"format":"2019","table2":{"centralised_procurement":{"total_amount":"1.50","total_amount_unit":"wan"}}}`,
		`{"format":"2021","fees":{"notices":"/","collected":"0.5"},"format":"2021"}`,
		`{"format":"2021"} {}`,
		`{"metadata":{},"format":"2021"}`,
		// The grammar, which the fast path reads itself.
		`{"format":"2021","fees":{"notices":01}}`,
		`{"format":"2021","fees":{"notices":1.0}}`,
		`{"format":"2021","fees":{"notices":1e2}}`,
		`{"format":"2021","fees":{"notices":-}}`,
		`{"format":"2021","fees":{"notices":1 2}}`,
		`{"format":"2021","fees":{"notices":nul}}`,
		`{"format":"2021","fees":{"notices":nullx}}`,
		`{"format":"2021","fees":{"notices":1,}}`,
		`{"format":"2021","fees":{,"notices":1}}`,
		`{"format":"2021","fees":{"notices":1 "collected":null}}`,
		`{"format":"2021","fees":{"notices" 1}}`,
		`{"format":"2021","fees":{"collected":"\u0031.5"}}`,
		`{"format":"2021","fees":{"collected":"1.5\"}}`,
		`{"format":"2021","table2":{"centralised_procurement":{"total_amount_unit":"wan\x"}}}`,
		`{"format":"2021","preamble":["a\u00"]}`,
		`{"format":"2021","preamble":["a\ud800"]}`,
		`{"format":"2021","preamble":["a\ud83d\ude00\n\"\\\/"]}`,
		"{\"format\":\"2021\",\"preamble\":[\"a\tb\"]}",
		"{\"format\":\"2021\",\"preamble\":[\"a\xffb\"]}",
		"{\"format\":\"2021\",\"preamble\":[\"中\xe6\"]}",
		"{\"format\":\"2021\",\"preamble\":[\"中文\"]}\x00",
		"{\"format\":\"2021\",\"preamble\":[\"中文\"]}\f",
		"\t{\"format\":\"2021\" ,\r\n\"preamble\" : [ ] } \n",
		`{"format":"2021","preamble":["a",]}`,
		`{"format":"2021","preamble":[,"a"]}`,
		`{"format":"2021","preamble":["a" "b"]}`,
		`{"format":"2021","metadata":{"aggregate":tru}}`,
		`{"format":"2021","metadata":{"year":2021.0}}`,
		`{"format":"2021","metadata":{"year":"2021"}}`,
		`{"format":"2021"`,
		`{"format":"2021",`,
		`{"format":"2021"}}`,
	} {
		seeds = append(seeds, []byte(s))
	}
	return seeds
}

// TestDecodeFastTaken checks that the documents WriteJSON writes take the
// fast path, and give what the full decoder gives.
func TestDecodeFastTaken(t *testing.T) {
	for _, data := range fastSeeds(t)[:4] {
		var fast, full Report
		if !decodeFast(data, &fast) {
			t.Fatalf("fast path refused %.80s…", data)
		}
		if err := full.decodeFull(data); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fast, full) {
			t.Errorf("fast path gives\n%+v\nfull decoder gives\n%+v", fast, full)
		}
	}
}

// FuzzDecodeFast checks that the fast path accepts only what the full
// decoder accepts, and decodes it to the same report.
func FuzzDecodeFast(f *testing.F) {
	for _, s := range fastSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var fast, full Report
		if !decodeFast(data, &fast) {
			return
		}
		if err := full.decodeFull(data); err != nil {
			t.Fatalf("fast path accepts what the full decoder refuses: %v", err)
		}
		if !reflect.DeepEqual(fast, full) {
			t.Fatalf("fast path gives\n%+v\nfull decoder gives\n%+v", fast, full)
		}
	})
}

// TestParseInt checks parseInt against strconv.ParseInt.
func TestParseInt(t *testing.T) {
	for _, s := range []string{"0", "7", "-7", "-0", "007", "123456789012345678", "999999999999999999",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "1.5", "1e3", "", "-", "+1", "12a"} {
		n, err := parseInt([]byte(s))
		want, wantErr := strconv.ParseInt(s, 10, 64)
		if n != want || (err == nil) != (wantErr == nil) {
			t.Errorf("parseInt(%q) = %d, %v; strconv.ParseInt gives %d, %v", s, n, err, want, wantErr)
		}
	}
}

// TestWriteStringPlain checks that writeString writes as encoding/json
// does, with and without its fast path.
func TestWriteStringPlain(t *testing.T) {
	for _, s := range []string{"", "table3", "a b~", `a"b`, `a\b`, "a<b>&", "\x7f", "\t", "中文", "\u2028", "\xff"} {
		var got, want bytes.Buffer
		writeString(&got, s)
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if got.String()+"\n" != want.String() {
			t.Errorf("writeString(%q) = %s, want %s", s, got.String(), want.String())
		}
	}
}

// TestSpecialBits checks the eight-byte test of the string scanner against
// the test of each byte, on words made of bytes around the special ones:
// a word has a special byte when it has a bit, and its lowest bit is that
// of the first special byte.
func TestSpecialBits(t *testing.T) {
	near := []byte{0, 1, 0x1f, ' ', '!', '"', '#', '[', '\\', ']', 0x7f, 0x80, 0x9f, 0xa0, 0xa2, 0xdc, 0xe4, 0xff}
	rnd := uint64(1)
	for range 200000 {
		var x uint64
		first := 8
		for k := range 8 {
			rnd = rnd*6364136223846793005 + 1442695040888963407
			c := near[(rnd>>33)%uint64(len(near))]
			x |= uint64(c) << (8 * k)
			if special[c] && first == 8 {
				first = k
			}
		}
		m := specialBits(x)
		if got := bits.TrailingZeros64(m) / 8; got != first {
			t.Fatalf("specialBits(%#016x) = %#016x: first special byte %d, want %d", x, m, got, first)
		}
	}
}
