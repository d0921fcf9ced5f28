package parse

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlPage is what the HTML reader takes from a page: its blocks, and the
// page's own metadata (<title> and <meta name=… content=…>).
type htmlPage struct {
	blocks []block
	title  string
	meta   map[string]string // lower-cased name → content
}

// maxSpan bounds rowspan and colspan, as browsers do, so that a hostile
// page cannot make the grid huge.
const maxSpan = 100

// tableFrame is a table being read. A table that holds another table is a
// layout table: its cells are treated as the page's running text.
type tableFrame struct {
	rows   [][]cell
	layout bool
	inCell bool
	index  int // 1-based order of the table in the page
	// cells is the chunk the table's last rows take their cells from, the
	// open row being cells[rowStart:]: a page makes a few chunks, not a
	// slice for every row.
	cells    []cell
	rowStart int
}

// cellChunk is the number of cells of a chunk of a table's cells.
const cellChunk = 64

// newRow opens a row.
func (t *tableFrame) newRow() {
	if t.rows == nil {
		t.rows = make([][]cell, 0, 16)
	}
	t.rows = append(t.rows, nil)
	t.rowStart = len(t.cells)
}

// addCell appends c to the open row. A row that outgrows the chunk moves
// to a new one, and the rows before it stay where they are.
func (t *tableFrame) addCell(c cell) {
	if len(t.cells) == cap(t.cells) {
		open := t.cells[t.rowStart:]
		t.cells = make([]cell, len(open), max(cellChunk, 2*len(open)))
		copy(t.cells, open)
		t.rowStart = 0
	}
	t.cells = append(t.cells, c)
	t.rows[len(t.rows)-1] = t.cells[t.rowStart:len(t.cells):len(t.cells)]
}

// htmlBlocks reads a page with the tokenizer of golang.org/x/net/html
// (streaming, no tree): text of block elements becomes paragraphs, and
// each innermost table becomes a table block with its cells' spans.
func htmlBlocks(page []byte) htmlPage {
	r := &htmlReader{z: html.NewTokenizer(bytes.NewReader(page)), page: page, line: 1}
	r.out.meta = map[string]string{}
	r.out.blocks = make([]block, 0, 32)
	r.buf = make([]byte, 0, 1024)
	for {
		tt := r.z.Next()
		if tt == html.ErrorToken {
			break
		}
		r.start, r.end = r.end, r.end+len(r.z.Raw())
		switch tt {
		case html.TextToken:
			r.text()
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			r.tag(tt)
		}
	}
	for len(r.stack) > 0 { // a page cut off inside a table
		r.endTable(r.lineAt(r.end))
	}
	r.flushParagraph()
	r.out.title = cleanText(r.out.title)
	return r.out
}

// htmlReader is the state of htmlBlocks as it goes through the tokens.
type htmlReader struct {
	z       *html.Tokenizer
	out     htmlPage
	buf     []byte          // the running paragraph or cell text
	scratch []byte          // where cleanInto cleans it
	texts   strings.Builder // the chunk of cleaned text, see cleanBuf
	stack   []*tableFrame
	// spareCells is the rest of the chunk of the table read last, for
	// the next table to take its cells from.
	spareCells []cell
	skipDepth  int // inside <script>, <style>, …
	inTitle    bool
	page       []byte
	// The current token is page[start:end]: the lines of its start and
	// end are counted only where a block or a cell needs them, from
	// the offset counted before, whose line is line.
	start, end int
	counted    int
	line       int
	tables     int
}

// top returns the innermost open table, or nil.
func (r *htmlReader) top() *tableFrame {
	if len(r.stack) == 0 {
		return nil
	}
	return r.stack[len(r.stack)-1]
}

// lineAt returns the line of page byte off, counting the line breaks from
// the offset asked for before (that of the token before, or of the other
// end of the token).
func (r *htmlReader) lineAt(off int) int {
	if off < r.counted {
		r.line -= bytes.Count(r.page[off:r.counted], []byte{'\n'})
	} else {
		r.line += bytes.Count(r.page[r.counted:off], []byte{'\n'})
	}
	r.counted = off
	return r.line
}

// inDataCell reports whether the text goes into a cell of a data table.
func (r *htmlReader) inDataCell() bool {
	t := r.top()
	return t != nil && !t.layout && t.inCell
}

// text takes a text token.
func (r *htmlReader) text() {
	switch {
	case r.skipDepth > 0:
	case r.inTitle:
		r.out.title += string(r.z.Text())
	default:
		r.buf = append(r.buf, r.z.Text()...)
	}
}

// flushParagraph ends the running paragraph, unless the text is a cell's.
func (r *htmlReader) flushParagraph() {
	if r.inDataCell() {
		return // cell text continues across inner blocks
	}
	if s := r.cleanBuf(); s != "" {
		r.out.blocks = append(r.out.blocks, block{text: s, at: Location{Line: r.lineAt(r.end)}})
	}
}

// cleanBuf returns the running text cleaned, and empties it. The string
// is cut from r.texts, the chunk of text the page's cells and paragraphs
// share, so that a page makes a few strings rather than one a cell.
func (r *htmlReader) cleanBuf() string {
	var clean []byte
	clean, r.scratch = cleanInto(r.buf, r.scratch)
	r.buf = r.buf[:0]
	if len(clean) == 0 {
		return ""
	}
	if r.texts.Cap()-r.texts.Len() < len(clean) {
		// A new chunk: the strings cut from the one before keep it.
		r.texts = strings.Builder{}
		r.texts.Grow(max(textChunk, len(clean)))
	}
	start := r.texts.Len()
	r.texts.Write(clean)
	return r.texts.String()[start:]
}

// textChunk is the size of the chunks of a page's cleaned text.
const textChunk = 4 << 10

// endCell ends the open cell of the innermost table, if any.
func (r *htmlReader) endCell() {
	t := r.top()
	if t == nil || !t.inCell {
		return
	}
	t.inCell = false
	if len(t.rows) == 0 || len(t.rows[len(t.rows)-1]) == 0 {
		return // no cell open: cell opens one in a row
	}
	row := &t.rows[len(t.rows)-1]
	(*row)[len(*row)-1].text = r.cleanBuf()
}

// skipped reports whether an element's content is not text of the page
// (<script>, <style>, …), counting the depth of such elements.
func (r *htmlReader) skipped(a atom.Atom, tt html.TokenType) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object, atom.Svg, atom.Select, atom.Textarea:
		if tt == html.StartTagToken {
			r.skipDepth++
		} else if tt == html.EndTagToken && r.skipDepth > 0 {
			r.skipDepth--
		}
		return true
	}
	return r.skipDepth > 0
}

// tag takes a start, end or self-closing tag.
func (r *htmlReader) tag(tt html.TokenType) {
	a := r.tagAtom(tt)
	if r.skipped(a, tt) {
		return
	}
	end := tt == html.EndTagToken
	switch a {
	case atom.Title:
		r.inTitle = !end
	case atom.Meta:
		r.meta()
	case atom.Table:
		if end {
			r.endTable(r.lineAt(r.start))
		} else {
			r.startTable()
		}
	case atom.Tr:
		r.row(end)
	case atom.Td, atom.Th:
		r.cell(end)
	case atom.Br:
		r.buf = append(r.buf, '\n')
	default:
		if isBlockElement(a) {
			if r.inDataCell() {
				r.buf = append(r.buf, '\n')
				return
			}
			r.flushParagraph()
		}
	}
}

// tagAtom returns the atom of the current tag's name. The name is read
// from the raw tag, lower-cased in a buffer, as the tokenizer reads it
// (up to a space, "/" or ">"); the tokenizer's TagName, which copies the
// name, is only asked for names with bytes other than ASCII letters,
// digits and "-", or longer than the buffer.
func (r *htmlReader) tagAtom(tt html.TokenType) atom.Atom {
	raw := r.z.Raw()
	start := 1
	if tt == html.EndTagToken {
		start = 2
	}
	var buf [32]byte
	n := 0
scan:
	for i := start; i < len(raw) && n < len(buf) && raw[0] == '<'; i++ {
		c := raw[i]
		switch {
		case c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '/' || c == '>':
			if n == 0 {
				break scan
			}
			return atom.Lookup(buf[:n])
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-':
		default:
			break scan // anything else: the tokenizer's own reading
		}
		buf[n] = c
		n++
	}
	name, _ := r.z.TagName()
	return atom.Lookup(name)
}

// meta keeps a <meta name=… content=…>.
func (r *htmlReader) meta() {
	name, content := "", ""
	for more := true; more; {
		var k, v []byte
		if k, v, more = r.z.TagAttr(); k == nil {
			break // no attributes: the tokenizer keeps no empty key
		}
		switch string(k) {
		case "name":
			name = strings.ToLower(string(v))
		case "content":
			content = string(v)
		}
	}
	if name != "" && content != "" {
		r.out.meta[name] = strings.TrimSpace(content)
	}
}

// startTable opens a table. A table inside another makes the outer one a
// layout table: the cells it read so far become paragraphs.
func (r *htmlReader) startTable() {
	if r.inDataCell() {
		r.endCell()
	} else {
		r.flushParagraph()
	}
	if t := r.top(); t != nil {
		t.layout = true
		r.out.blocks = append(r.out.blocks, cellsAsParagraphs(t)...)
		t.rows = nil
	}
	r.tables++
	r.stack = append(r.stack, &tableFrame{index: r.tables, cells: r.spareCells})
	r.spareCells = nil
}

// endTable closes the innermost table: a data table becomes a block.
func (r *htmlReader) endTable(line int) {
	t := r.top()
	if t == nil {
		return
	}
	r.endCell()
	if !t.layout && len(t.rows) > 0 {
		r.out.blocks = append(r.out.blocks, block{rows: t.rows, at: Location{Line: line, Table: t.index}})
	}
	r.stack = r.stack[:len(r.stack)-1]
	r.spareCells = t.cells[len(t.cells):] // no row holds the rest of the chunk
}

// row takes <tr> or </tr>.
func (r *htmlReader) row(end bool) {
	t := r.top()
	if t == nil || t.layout {
		r.flushParagraph()
		return
	}
	r.endCell()
	if !end {
		t.newRow()
	}
}

// cell takes <td>, <th> or their end, with the spans of a start tag.
func (r *htmlReader) cell(end bool) {
	t := r.top()
	if t == nil || t.layout {
		r.flushParagraph()
		return
	}
	r.endCell()
	if end {
		return
	}
	c := cell{rowspan: 1, colspan: 1}
	// An attribute's key is printed in the tag as it is: a tag without
	// "span" in it has neither span (and its attributes are not copied).
	for more := hasSpan(r.z.Raw()); more; {
		var k, v []byte
		if k, v, more = r.z.TagAttr(); k == nil {
			break // no attributes: the tokenizer keeps no empty key
		}
		switch string(k) {
		case "rowspan":
			c.rowspan = spanValue(v)
		case "colspan":
			c.colspan = spanValue(v)
		}
	}
	if len(t.rows) == 0 {
		t.newRow()
	}
	c.at = Location{Line: r.lineAt(r.start), Table: t.index, Row: len(t.rows), Cell: len(t.rows[len(t.rows)-1]) + 1}
	t.addCell(c)
	t.inCell = true
	r.buf = r.buf[:0]
}

// hasSpan reports whether a raw tag holds "span" in any case.
func hasSpan(raw []byte) bool {
	return spanEndingIn(raw, 'n') || spanEndingIn(raw, 'N')
}

// spanEndingIn reports whether raw holds "span" in any case, ending in the
// byte n ('n' or 'N'): it looks at the bytes before each n, which
// bytes.IndexByte finds faster than a loop over every byte.
func spanEndingIn(raw []byte, n byte) bool {
	for i := 0; ; i++ {
		j := bytes.IndexByte(raw[i:], n)
		if j < 0 {
			return false
		}
		i += j
		if i >= 3 && raw[i-3]|0x20 == 's' && raw[i-2]|0x20 == 'p' && raw[i-1]|0x20 == 'a' {
			return true
		}
	}
}

// cellsAsParagraphs turns the cells a table read before it turned out to be
// a layout table into paragraphs.
func cellsAsParagraphs(t *tableFrame) []block {
	var out []block
	for _, row := range t.rows {
		for _, c := range row {
			if c.text != "" {
				out = append(out, block{text: c.text, at: c.at})
			}
		}
	}
	return out
}

// spanValue reads a rowspan or colspan attribute as browsers do: digits at
// the start, at least 1, at most maxSpan.
func spanValue(v []byte) int {
	s := strings.TrimSpace(string(v))
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	n, err := strconv.Atoi(s[:i])
	if err != nil || n < 1 {
		return 1
	}
	return min(n, maxSpan)
}

// isBlockElement reports whether an element starts a new line of text.
func isBlockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Pre, atom.Blockquote,
		atom.Section, atom.Article, atom.Header, atom.Footer, atom.Nav, atom.Aside,
		atom.Main, atom.Form, atom.Center, atom.Hr, atom.Caption, atom.Tbody, atom.Thead, atom.Tfoot,
		atom.Body, atom.Html, atom.Head, atom.Figure, atom.Figcaption, atom.Address:
		return true
	}
	return false
}

// cleanText collapses the white space of HTML text: runs of spaces, tabs,
// &nbsp; and full-width spaces become one space, line breaks are kept as
// single newlines, and both ends are trimmed.
func cleanText(s string) string {
	// The text up to the first white space or invalid byte is kept as it
	// is: most cells and many paragraphs are already clean.
	i := 0
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if cleanedRune(r, size) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s))
	copy(b, s[:i])
	var c cleaner
	for _, r := range s[i:] {
		b = c.append(b, r)
	}
	return string(b)
}

// cleanInto returns s cleaned as cleanText cleans, and the scratch buffer
// it reuses: s itself when it is clean, else the text cleaned in scratch.
func cleanInto(s, scratch []byte) (clean, buf []byte) {
	i := 0
	for i < len(s) {
		if isHanRune(s[i:]) {
			i += 3
			continue
		}
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if cleanedRune(r, size) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s, scratch
	}
	b := append(scratch[:0], s[:i]...)
	var c cleaner
	for i < len(s) {
		r, size := utf8.DecodeRune(s[i:])
		b = c.append(b, r)
		i += size
	}
	return b, b
}

// isHanRune reports whether s begins with a rune from U+4000 to U+9FFF,
// most of the Han characters of Chinese text: a lead byte from 0xE4 to
// 0xE9 and two continuation bytes (always valid UTF-8 after such a lead),
// which cleanText keeps as they are.
func isHanRune(s []byte) bool {
	return len(s) >= 3 && s[0] >= 0xE4 && s[0] <= 0xE9 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80
}

// cleanedRune reports whether cleanText changes or drops a rune of the
// given encoded size: white space, and the bytes that are not UTF-8.
func cleanedRune(r rune, size int) bool {
	return r == '\n' || r == '\r' || isCleanedSpace(r) || (r == utf8.RuneError && size == 1)
}

// isCleanedSpace reports whether cleaning turns r into a space between
// words: white space, no-break and ideographic spaces, zero-width spaces
// and byte-order marks.
func isCleanedSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '\u3000', '\f', '\v', '\u200b', '\ufeff':
		return true
	}
	return false
}

// cleaner is the state of cleanText after the text kept as it is.
type cleaner struct{ space, newline bool }

// append adds rune r of the text to b.
func (c *cleaner) append(b []byte, r rune) []byte {
	switch {
	case r == '\n' || r == '\r':
		c.newline = true
		return b
	case isCleanedSpace(r):
		c.space = true
		return b
	}
	if len(b) > 0 {
		if c.newline {
			b = append(b, '\n')
		} else if c.space {
			b = append(b, ' ')
		}
	}
	c.space, c.newline = false, false
	return utf8.AppendRune(b, r)
}
