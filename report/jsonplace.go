package report

import (
	"bytes"
	"unicode/utf8"
)

// place returns the line and column, from 1, of the byte at offset in the
// JSON document data (the length of data for its end); 0, 0 for an offset
// below 0, where the place is not known.
func place(data []byte, offset int64) (line, column int) {
	if offset < 0 {
		return 0, 0
	}
	before := data[:min(offset, int64(len(data)))]
	line = 1 + bytes.Count(before, []byte{'\n'})
	if i := bytes.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	return line, 1 + utf8.RuneCount(before)
}
