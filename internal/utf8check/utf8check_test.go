package utf8check

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// TestValid checks Valid against utf8.Valid on every sequence of
// one to three bytes, alone and between ASCII and a Chinese character, and
// on four-byte sequences around the limits of UTF-8.
func TestValid(t *testing.T) {
	check := func(p []byte) {
		for _, q := range [][]byte{p, append([]byte("a中"), p...), append(append([]byte{}, p...), "中"...)} {
			if got, want := Valid(q), utf8.Valid(q); got != want {
				t.Fatalf("Valid(% x) = %v, utf8.Valid says %v", q, got, want)
			}
		}
	}
	for a := range 256 {
		check([]byte{byte(a)})
		for b := range 256 {
			check([]byte{byte(a), byte(b)})
			for c := range 256 {
				p := []byte{byte(a), byte(b), byte(c)}
				if got, want := Valid(p), utf8.Valid(p); got != want {
					t.Fatalf("Valid(% x) = %v, utf8.Valid says %v", p, got, want)
				}
			}
		}
	}
	for n := range 40 { // runs of ASCII read sixteen and eight bytes at a time
		for _, b := range [][]byte{{0x80}, {0xff}, []byte("中"), []byte("é"), {0xe4, 0xb8}, {0x7f}} {
			ascii := bytes.Repeat([]byte("a"), n)
			check(append(append([]byte{}, ascii...), b...))
			check(append(append(append([]byte{}, b...), ascii...), b...))
		}
	}
	edges := []byte{0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff}
	for _, a := range edges {
		for _, b := range edges {
			for _, c := range edges {
				for _, d := range edges {
					check([]byte{a, b, c, d})
				}
			}
		}
	}
}

// FuzzValid checks Valid against utf8.Valid on any input.
func FuzzValid(f *testing.F) {
	for _, s := range []string{"", "abc", "政府信息公开", "a\xffb", "\xe4\xb8", "\xed\xa0\x80", "\xf0\x9f\x98\x80 0123456789abcdef"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, p []byte) {
		if got, want := Valid(p), utf8.Valid(p); got != want {
			t.Errorf("Valid(% x) = %v, utf8.Valid says %v", p, got, want)
		}
	})
}
