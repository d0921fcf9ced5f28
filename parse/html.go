package parse

import (
	"bytes"
	"strconv"
	"strings"

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
}

// htmlBlocks reads a page with the tokenizer of golang.org/x/net/html
// (streaming, no tree): text of block elements becomes paragraphs, and
// each innermost table becomes a table block with its cells' spans.
func htmlBlocks(page []byte) htmlPage {
	out := htmlPage{meta: map[string]string{}}
	z := html.NewTokenizer(bytes.NewReader(page))
	var (
		text      strings.Builder // the running paragraph or cell text
		stack     []*tableFrame
		skipDepth int // inside <script>, <style>, …
		inTitle   bool
		line      = 1
		tables    int
	)
	top := func() *tableFrame {
		if len(stack) == 0 {
			return nil
		}
		return stack[len(stack)-1]
	}
	flushParagraph := func() {
		if t := top(); t != nil && !t.layout && t.inCell {
			return // cell text continues across inner blocks
		}
		if s := cleanText(text.String()); s != "" {
			out.blocks = append(out.blocks, block{text: s, at: Location{Line: line}})
		}
		text.Reset()
	}
	endCell := func() {
		t := top()
		if t == nil || !t.inCell {
			return
		}
		t.inCell = false
		if len(t.rows) == 0 {
			t.rows = append(t.rows, nil)
		}
		r := &t.rows[len(t.rows)-1]
		(*r)[len(*r)-1].text = cleanText(text.String())
		text.Reset()
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		lineHere := line
		line += bytes.Count(raw, []byte{'\n'})
		switch tt {
		case html.TextToken:
			if skipDepth > 0 {
				continue
			}
			if inTitle {
				out.title += string(z.Text())
				continue
			}
			text.Write(z.Text())
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			end := tt == html.EndTagToken
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object, atom.Svg, atom.Select, atom.Textarea:
				if tt == html.StartTagToken {
					skipDepth++
				} else if end && skipDepth > 0 {
					skipDepth--
				}
				continue
			}
			if skipDepth > 0 {
				continue
			}
			switch a {
			case atom.Title:
				inTitle = !end
			case atom.Meta:
				name, content := "", ""
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "name":
						name = strings.ToLower(string(v))
					case "content":
						content = string(v)
					}
				}
				if name != "" && content != "" {
					out.meta[name] = strings.TrimSpace(content)
				}
			case atom.Table:
				if !end {
					flushCellOrParagraph(top(), &text, flushParagraph, endCell)
					if t := top(); t != nil {
						t.layout = true
						out.blocks = append(out.blocks, cellsAsParagraphs(t)...)
						t.rows = nil
					}
					tables++
					stack = append(stack, &tableFrame{index: tables})
					continue
				}
				t := top()
				if t == nil {
					continue
				}
				endCell()
				if !t.layout && len(t.rows) > 0 {
					out.blocks = append(out.blocks, block{rows: t.rows, at: Location{Line: lineHere, Table: t.index}})
				}
				stack = stack[:len(stack)-1]
			case atom.Tr:
				t := top()
				if t == nil || t.layout {
					flushParagraph()
					continue
				}
				endCell()
				if !end {
					t.rows = append(t.rows, nil)
				}
			case atom.Td, atom.Th:
				t := top()
				if t == nil || t.layout {
					flushParagraph()
					continue
				}
				endCell()
				if end {
					continue
				}
				c := cell{rowspan: 1, colspan: 1}
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "rowspan":
						c.rowspan = spanValue(v)
					case "colspan":
						c.colspan = spanValue(v)
					}
				}
				if len(t.rows) == 0 {
					t.rows = append(t.rows, nil)
				}
				r := &t.rows[len(t.rows)-1]
				c.at = Location{Line: lineHere, Table: t.index, Row: len(t.rows), Cell: len(*r) + 1}
				*r = append(*r, c)
				t.inCell = true
				text.Reset()
			case atom.Br:
				text.WriteByte('\n')
			default:
				if isBlockElement(a) {
					if t := top(); t != nil && !t.layout && t.inCell {
						text.WriteByte('\n')
						continue
					}
					flushParagraph()
				}
			}
		}
	}
	for len(stack) > 0 { // a page cut off inside a table
		t := top()
		endCell()
		if !t.layout && len(t.rows) > 0 {
			out.blocks = append(out.blocks, block{rows: t.rows, at: Location{Line: line, Table: t.index}})
		}
		stack = stack[:len(stack)-1]
	}
	flushParagraph()
	out.title = cleanText(out.title)
	return out
}

// flushCellOrParagraph ends the text before a nested table.
func flushCellOrParagraph(t *tableFrame, text *strings.Builder, flushParagraph, endCell func()) {
	if t != nil && !t.layout && t.inCell {
		endCell()
		return
	}
	flushParagraph()
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
	var b strings.Builder
	b.Grow(len(s))
	space, newline := false, false
	for _, r := range s {
		switch r {
		case '\n', '\r':
			newline = true
			continue
		case ' ', '\t', '\u00a0', '\u3000', '\f', '\v', '\u200b', '\ufeff':
			space = true
			continue
		}
		if b.Len() > 0 {
			if newline {
				b.WriteByte('\n')
			} else if space {
				b.WriteByte(' ')
			}
		}
		space, newline = false, false
		b.WriteRune(r)
	}
	return b.String()
}
