package parse

import "strings"

// A document, whatever its input, is first turned into a list of blocks:
// paragraphs of prose and tables of cells. Everything after that works on
// blocks alone, so HTML and text share the reading of sections, metadata and
// tables.

// block is a paragraph (rows == nil) or a table.
type block struct {
	text  string   // the paragraph's text
	rows  [][]cell // the table's rows, spans not expanded
	lines []string // for a table read from text, each row's line as printed
	at    Location // where the block starts
}

// isTable reports whether the block is a table.
func (b *block) isTable() bool { return b.rows != nil }

// rowText returns row i of a table block as one line of text: the line as
// printed for text, the cells joined with spaces for HTML.
func (b *block) rowText(i int) string {
	if i < len(b.lines) {
		return b.lines[i]
	}
	var parts []string
	for _, c := range b.rows[i] {
		if c.text != "" {
			parts = append(parts, c.text)
		}
	}
	return strings.Join(parts, " ")
}

// cell is one cell of a table block as the source gives it.
type cell struct {
	text    string
	rowspan int // 1 when not spanning
	colspan int
	at      Location
}
