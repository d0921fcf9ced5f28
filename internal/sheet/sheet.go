// Package sheet holds what the CSV writers of the module share so that
// spreadsheets open their files as written.
package sheet

import "strings"

// Text keeps a text field from being read as a formula by a spreadsheet:
// text that begins with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe. Cell values (numbers, "" or "/") need no guard.
func Text(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// BOM is the UTF-8 byte order mark that makes Excel read a CSV file as
// UTF-8.
const BOM = "\uFEFF"
