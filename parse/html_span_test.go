package parse

import (
	"bytes"
	"testing"
)

// hasSpanRef is hasSpan as first written: a loop over every byte.
func hasSpanRef(raw []byte) bool {
	for i := 0; i+4 <= len(raw); i++ {
		if raw[i]|0x20 == 's' && raw[i+1]|0x20 == 'p' && raw[i+2]|0x20 == 'a' && raw[i+3]|0x20 == 'n' {
			return true
		}
	}
	return false
}

// hasSpanCases are raw tags hasSpan must tell as its reference does.
var hasSpanCases = []string{
	"", "n", "N", "span", "SPAN", "SpAn", "spa", "pan", "sspan", "nspa", "spann", "<td>", "<td rowspan=2>",
	"<TD COLSPAN=\"3\">", "<td class=\"num\" data-path=\"table4.sued_after_reconsideration.other_result\">",
	"<th rowSpan=2 colspan=3>", "\xe5span", "s\x00pan", "s p a n", "SPA\xeen",
}

// TestHasSpanSame checks hasSpan against the loop over every byte.
func TestHasSpanSame(t *testing.T) {
	for _, s := range hasSpanCases {
		if got, want := hasSpan([]byte(s)), hasSpanRef([]byte(s)); got != want {
			t.Errorf("hasSpan(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzHasSpan checks hasSpan against the loop over every byte.
func FuzzHasSpan(f *testing.F) {
	for _, s := range hasSpanCases {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if got, want := hasSpan(raw), hasSpanRef(raw); got != want {
			t.Errorf("hasSpan(%q) = %v, want %v", raw, got, want)
		}
		if got, want := hasSpan(bytes.ToUpper(raw)), hasSpanRef(bytes.ToUpper(raw)); got != want {
			t.Errorf("hasSpan(%q) = %v, want %v", bytes.ToUpper(raw), got, want)
		}
	})
}
