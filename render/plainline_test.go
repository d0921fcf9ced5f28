package render

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// plainLineReference is isPlainLine as first written: a check of UTF-8,
// then a look at each byte.
func plainLineReference(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c == 0x7f:
			return false
		case c == 0xC2 && i+1 < len(s) && s[i+1] < 0xA0: // U+0080 to U+009F
			return false
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9): // U+2028, U+2029
			return false
		}
	}
	return true
}

// TestIsPlainLine checks isPlainLine against its reference on tricky
// strings and on random bytes drawn mostly from the ranges of UTF-8 lead
// and continuation bytes.
func TestIsPlainLine(t *testing.T) {
	cases := []string{
		"", "规章", "a\tb", "a\x7fb", "\u0085", "\u00a0", "\u2028", "\u2029", "\u2027", "\u202a",
		"\xe2\x80", "\xe4\xb8", "\xe4\xb8\xad", "\xed\xa0\x80", "\xe0\x80\x80", "\xe0\xa0\x80",
		"\xef\xbf\xbd", "\xef\xbc\x8c", "\xf0\x9f\x98\x80", "\xf4\x90\x80\x80", "\xc0\x80", "\xc2",
		"\xe1\x80\x80", "\xec\xbf\xbf", "\xee\x80", "中\xe4\xb8", "（一）", "、", "\xe3\x80\x81",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte{'a', ' ', '\n', 0x7f, 0x80, 0x85, 0x9f, 0xa0, 0xa8, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xe2, 0xe4, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff}
	for range 100000 {
		b := make([]byte, rng.IntN(8))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		if got, want := isPlainLine(s), plainLineReference(s); got != want {
			t.Errorf("isPlainLine(%q) = %v, want %v", s, got, want)
		}
	}
}
