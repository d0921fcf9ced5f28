package parse

import (
	"strings"
	"unicode/utf8"
)

// textBlocks splits text into blocks: each line of prose is a paragraph,
// and each run of lines that hold "|" or a tab is a table whose rows are
// those lines. Markdown separator rows ("|---|---|") are dropped, as are the
// outer pipes of Markdown rows ("| a | b |").
func textBlocks(text string) []block {
	var blocks []block
	var table *block
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
		trimmed := strings.TrimSpace(raw)
		if trimmed == "" {
			table = nil
			continue
		}
		sep := rowSeparator(trimmed)
		if sep == 0 {
			table = nil
			blocks = append(blocks, block{text: trimmed, at: Location{Line: line, Column: 1 + utf8.RuneCountInString(raw[:strings.Index(raw, trimmed)])}})
			continue
		}
		if isMarkdownRule(trimmed) {
			continue
		}
		row := splitRow(raw, sep, line)
		if table == nil {
			blocks = append(blocks, block{rows: [][]cell{}, at: Location{Line: line, Column: 1}})
			table = &blocks[len(blocks)-1]
		}
		table.rows = append(table.rows, row)
	}
	return blocks
}

// rowSeparator returns '|' or '\t' when the line is a table row, else 0.
func rowSeparator(line string) byte {
	switch {
	case strings.IndexByte(line, '|') >= 0:
		return '|'
	case strings.IndexByte(line, '\t') >= 0:
		return '\t'
	}
	return 0
}

// isMarkdownRule reports whether a row is a Markdown header rule such as
// "|---|:---:|".
func isMarkdownRule(line string) bool {
	dashes := 0
	for _, r := range line {
		switch r {
		case '-':
			dashes++
		case '|', ':', ' ', '\t':
		default:
			return false
		}
	}
	return dashes >= 3
}

// splitRow cuts a row line into cells, keeping empty cells (a blank cell
// is data) and each cell's column.
func splitRow(raw string, sep byte, line int) []cell {
	trimmed := strings.TrimSpace(raw)
	markdown := sep == '|' && strings.HasPrefix(trimmed, "|")
	var cells []cell
	col := 1
	for i := 0; ; {
		j := strings.IndexByte(raw[i:], sep)
		part := raw[i:]
		if j >= 0 {
			part = raw[i : i+j]
		}
		lead := len(part) - len(strings.TrimLeft(part, " \t\u3000"))
		cells = append(cells, cell{text: strings.TrimSpace(part), rowspan: 1, colspan: 1,
			at: Location{Line: line, Column: col + utf8.RuneCountInString(part[:lead])}})
		if j < 0 {
			break
		}
		col += utf8.RuneCountInString(part) + 1
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
