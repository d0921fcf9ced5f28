package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textBlocks splits text into blocks: each line of prose is a paragraph,
// and each run of lines that hold "|" or a tab is a table whose rows are
// those lines. Markdown separator rows ("|---|---|") are dropped, as are the
// outer pipes of Markdown rows ("| a | b |").
func textBlocks(text string) []block {
	var blocks []block
	var table *block
	// The cells of the rows come out of one slice, as many cells as the
	// text has separators: about one a cell. Rows past them take their own.
	slab := make(cellSlab, strings.Count(text, "|")+strings.Count(text, "\t"))
	line := 0
	for len(text) > 0 {
		line++
		var raw string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			raw, text = text[:i], text[i+1:]
		} else {
			raw, text = text, ""
		}
		raw = strings.TrimRight(raw, "\r")
		trimmed := trimSpace(raw)
		if trimmed == "" {
			table = nil
			continue
		}
		if isRule(trimmed) {
			continue // a Markdown table rule, a text table border, a heading underline
		}
		sep := rowSeparator(trimmed)
		if sep == 0 {
			table = nil
			blocks = append(blocks, block{text: markdownText(trimmed), at: Location{Line: line, Column: 1 + runeCount(raw[:indexTrimmed(raw, trimmed)])}})
			continue
		}
		row := splitRow(&slab, raw, sep, line)
		if table == nil {
			blocks = append(blocks, block{rows: [][]cell{}, at: Location{Line: line, Column: 1}})
			table = &blocks[len(blocks)-1]
		}
		table.rows = append(table.rows, row)
		table.lines = append(table.lines, trimmed)
	}
	return blocks
}

// rowSeparator returns '|' or '\t' when the line is a table row, else 0.
func rowSeparator(line string) byte {
	switch {
	case indexSeparator(line, '|') >= 0: // an escaped "\|" is text
		return '|'
	case strings.IndexByte(line, '\t') >= 0:
		return '\t'
	}
	return 0
}

// isRule reports whether a line only draws: a Markdown table rule
// ("|---|:---:|"), a border of a text table ("+----+----+"), or a heading
// underline ("=====", "-----").
func isRule(line string) bool {
	marks := 0
	for _, r := range line {
		switch r {
		case '-', '=', '+':
			marks++
		case '|', ':', ' ', '\t':
		default:
			return false
		}
	}
	return marks >= 3
}

// markdownText removes the Markdown of a prose line: heading marks ("## "),
// bold ("**…**") and backslash escapes ("\<").
func markdownText(s string) string {
	if strings.HasPrefix(s, "#") {
		t := strings.TrimLeft(s, "#")
		if strings.HasPrefix(t, " ") {
			s = strings.TrimSpace(t)
		}
	}
	if len(s) > 4 && strings.HasPrefix(s, "**") && strings.HasSuffix(s, "**") {
		s = s[2 : len(s)-2]
	}
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte(markdownEscapable, s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// markdownEscapable are the characters a Markdown writer escapes.
const markdownEscapable = "\\`*_[]<>#|~&$!-+=.)("

// cellSlab hands out the cells of rows from one slice, so that a table's
// rows do not take an allocation each.
type cellSlab []cell

// take returns an empty slice with room for n cells.
func (s *cellSlab) take(n int) []cell {
	if n > len(*s) {
		return make([]cell, 0, n)
	}
	cells := (*s)[:0:n]
	*s = (*s)[n:]
	return cells
}

// splitRow cuts a row line into cells, keeping empty cells (a blank cell
// is data) and each cell's column.
func splitRow(slab *cellSlab, raw string, sep byte, line int) []cell {
	trimmed := trimSpace(raw)
	markdown := sep == '|' && strings.HasPrefix(trimmed, "|")
	cells := slab.take(strings.Count(raw, string(sep)) + 1)
	col := 1
	for i := 0; ; {
		j := indexSeparator(raw[i:], sep)
		part := raw[i:]
		if j >= 0 {
			part = raw[i : i+j]
		}
		lead := leadingBlanks(part)
		cells = append(cells, cell{text: markdownText(trimSpace(part)), rowspan: 1, colspan: 1,
			at: Location{Line: line, Column: col + runeCount(part[:lead])}})
		if j < 0 {
			break
		}
		col += runeCount(part) + 1
		i += j + 1
	}
	if markdown {
		if len(cells) > 0 && cells[0].text == "" {
			cells = cells[1:]
		}
		if len(cells) > 0 && cells[len(cells)-1].text == "" && strings.HasSuffix(trimmed, "|") {
			cells = cells[:len(cells)-1]
		}
	}
	return cells
}

// trimSpace is strings.TrimSpace, quick on the text of most lines and
// cells: white space is trimmed at either end only when it is ASCII or the
// character there is one of the few spaces below U+3001.
func trimSpace(s string) string {
	start, end := 0, len(s)
	for start < end && isASCIISpace(s[start]) {
		start++
	}
	for end > start && isASCIISpace(s[end-1]) {
		end--
	}
	s = s[start:end]
	if s == "" || (!mayBeginWithSpace(s) && !mayEndWithSpace(s)) {
		return s
	}
	return strings.TrimSpace(s)
}

// mayBeginWithSpace reports whether s, trimmed of ASCII white space, may
// begin with a space. A first byte of E4 or above begins a rune of U+4000
// or above, or one that is not valid (utf8.RuneError): neither is a space,
// and the Chinese text of most cells begins so.
func mayBeginWithSpace(s string) bool {
	if s[0] < utf8.RuneSelf || s[0] >= 0xe4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return mayBeSpace(r)
}

// mayEndWithSpace reports whether s, trimmed of ASCII white space, may end
// with a space: as mayBeginWithSpace, the last rune is not one when it is
// three bytes long and its first byte is E4 or above.
func mayEndWithSpace(s string) bool {
	n := len(s)
	if s[n-1] < utf8.RuneSelf {
		return false
	}
	if n >= 3 && s[n-3] >= 0xe4 && isContinuation(s[n-2]) && isContinuation(s[n-1]) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return mayBeSpace(r)
}

// isContinuation reports whether c continues a rune of UTF-8 (10xxxxxx).
func isContinuation(c byte) bool { return c&0xc0 == 0x80 }

// runeCount is utf8.RuneCountInString for valid UTF-8, which the text of
// blocks is (decodeText and decodeHTML make it so): the count of the bytes
// that begin a rune, quicker on Chinese text.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isContinuation(s[i]) {
			n++
		}
	}
	return n
}

// isASCIISpace reports whether c is an ASCII white-space byte, as
// unicode.IsSpace has them.
func isASCIISpace(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }

// mayBeSpace is unicode.IsSpace, which holds no rune above U+3000 a space.
func mayBeSpace(r rune) bool { return r <= 0x3000 && unicode.IsSpace(r) }

// indexSeparator finds the next separator that is not escaped ("\\|" in a
// Markdown cell is a pipe, not a cell boundary).
func indexSeparator(s string, sep byte) int {
	if i := strings.IndexByte(s, sep); i < 0 || strings.IndexByte(s[:i], '\\') < 0 {
		return i // none, or none escaped before the first
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case sep:
			return i
		}
	}
	return -1
}

// leadingBlanks returns the length in bytes of the spaces, tabs and
// full-width spaces a cell begins with (strings.TrimLeft with those three,
// without its general cut set).
func leadingBlanks(s string) int {
	i := 0
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case strings.HasPrefix(s[i:], "\u3000"):
			i += len("\u3000")
		default:
			return i
		}
	}
	return i
}

// indexTrimmed returns strings.Index(raw, trimmed) for trimmed the
// strings.TrimSpace of raw: where a line's text starts. After ASCII white
// space alone that is where the spaces end (no earlier byte can start
// trimmed); else the line is searched.
func indexTrimmed(raw, trimmed string) int {
	if trimmed == "" {
		return 0
	}
	i := 0
	for i < len(raw) && (raw[i] == ' ' || (raw[i] >= '\t' && raw[i] <= '\r')) {
		i++
	}
	if strings.HasPrefix(raw[i:], trimmed) {
		return i
	}
	return strings.Index(raw, trimmed)
}
