// Package utf8check tells valid UTF-8 as utf8.Valid does, faster on the
// Chinese text of reports; the readers of package parse and report's JSON
// decoder check their input with it.
package utf8check

import (
	"encoding/binary"
	"unicode/utf8"
)

// Valid reports whether p is valid UTF-8, exactly as utf8.Valid does. Most
// runes of Chinese text are three bytes long: a first byte from E1 to EF
// but ED, whose next two bytes are then valid whenever they are
// continuation bytes (80 to BF), so those are checked without decoding.
// Runs of ASCII (markup) are skipped sixteen bytes at a time; other runes
// are decoded by utf8.DecodeRune.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		switch c := p[i]; {
		case c < utf8.RuneSelf:
			i = len(p) - len(skipASCII(p[i+1:]))
		case 0xe1 <= c && c <= 0xef && c != 0xed && i+2 < len(p) && continuation(p[i+1]) && continuation(p[i+2]):
			i += 3
		default:
			r, n := utf8.DecodeRune(p[i:])
			if r == utf8.RuneError && n == 1 {
				return false
			}
			i += n
		}
	}
	return true
}

// continuation reports whether c is a continuation byte (10xxxxxx).
func continuation(c byte) bool { return c&0xc0 == 0x80 }

// skipASCII drops the ASCII bytes p begins with, sixteen at a time, then
// eight: at most seven are left before the first other byte (or the end).
func skipASCII(p []byte) []byte {
	for len(p) >= 16 && (binary.LittleEndian.Uint64(p)|binary.LittleEndian.Uint64(p[8:]))&highBits == 0 {
		p = p[16:]
	}
	if len(p) >= 8 && binary.LittleEndian.Uint64(p)&highBits == 0 {
		p = p[8:]
	}
	return p
}

// highBits masks the highest bit of each byte of a uint64: ASCII bytes
// have none.
const highBits = 0x8080808080808080
