package report

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// place returns the line and column, from 1, of the problem e reports in
// the JSON document data: the character of a syntax error, the key of an
// unknown field, the value of any other path. It returns 0, 0 where the
// place is not known, as for a key that is missing.
func place(data []byte, e *DecodeError) (line, column int) {
	at := -1
	switch {
	case e.syntaxAt > 0:
		at = int(min(e.syntaxAt-1, int64(len(data))))
	case e.syntaxAt == 0 && json.Valid(data):
		at = locate(data, e.Path, errors.Is(e.Err, ErrUnknownField))
	}
	if at < 0 {
		return 0, 0
	}
	before := data[:at]
	line = 1 + strings.Count(string(before), "\n")
	if i := strings.LastIndexByte(string(before), '\n'); i >= 0 {
		before = before[i+1:]
	}
	return line, 1 + utf8.RuneCount(before)
}

// locate returns the offset in the well-formed JSON document data of what
// a path of a DecodeError names ("table3.received.total",
// "overview.subsections[0].title", "" for the whole document): of its key
// when key is true and the path ends in a key, else of its value. Of a key
// given twice it finds the last, which is the one decoded. It returns -1
// when the path is not in the document.
func locate(data []byte, path string, key bool) int {
	i, keyAt := skipSpace(data, 0), -1
	for path != "" {
		switch byteAt(data, i) {
		case '{':
			k, v, rest := memberOnPath(data, i, path)
			if k < 0 {
				return -1
			}
			i, keyAt, path = v, k, rest
		case '[':
			n, rest, ok := indexOnPath(path)
			if !ok {
				return -1
			}
			i, keyAt, path = skipSpace(data, i+1), -1, rest
			for ; n > 0 && i < len(data) && data[i] != ']'; n-- {
				if i = skipSpace(data, valueEnd(data, i)); byteAt(data, i) == ',' {
					i = skipSpace(data, i+1)
				}
			}
			if n > 0 || byteAt(data, i) == ']' {
				return -1
			}
		default:
			return -1
		}
	}
	if key && keyAt >= 0 {
		return keyAt
	}
	return i
}

// memberOnPath finds, in the object that begins at i, the last member whose
// key begins path (the longest such key, as keys may hold dots), and
// returns the offsets of its key and value and the rest of path; -1 when
// there is none.
func memberOnPath(data []byte, i int, path string) (keyAt, valueAt int, rest string) {
	keyAt, valueAt, best := -1, -1, -1
	for j := skipSpace(data, i+1); byteAt(data, j) == '"'; {
		end := stringEnd(data, j)
		var k string
		if json.Unmarshal(data[j:end], &k) != nil {
			return -1, -1, ""
		}
		v := skipSpace(data, skipSpace(data, end)+1) // past the colon
		if len(k) >= best && strings.HasPrefix(path, k) && (len(k) == len(path) || path[len(k)] == '.' || path[len(k)] == '[') {
			keyAt, valueAt, best = j, v, len(k)
		}
		if j = skipSpace(data, valueEnd(data, v)); byteAt(data, j) == ',' {
			j = skipSpace(data, j+1)
		}
	}
	if keyAt < 0 {
		return -1, -1, ""
	}
	return keyAt, valueAt, strings.TrimPrefix(path[best:], ".")
}

// indexOnPath reads the index that begins path, "[3]" or "[3].title".
func indexOnPath(path string) (n int, rest string, ok bool) {
	end := strings.IndexByte(path, ']')
	if !strings.HasPrefix(path, "[") || end < 0 {
		return 0, "", false
	}
	n, err := strconv.Atoi(path[1:end])
	if err != nil || n < 0 {
		return 0, "", false
	}
	return n, strings.TrimPrefix(path[end+1:], "."), true
}
