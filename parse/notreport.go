package parse

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// ErrNotReport is returned (wrapped) for input that is not a report at
// all: a binary file, an image, a JSON value that is not a report object, a
// README, a CSV file. Such input holds none of a report's six section
// headings and no row of its tables. The error says why.
var ErrNotReport = errors.New("not a report")

// notReport returns a wrapped ErrNotReport when the document read holds
// nothing of a report: no section heading and no cell of tables 二, 三 and
// 四. A report with its headings but with every cell blank is a report (an
// empty one, which validation reports).
func (d *doc) notReport() error {
	for _, h := range d.heading {
		if h >= 0 {
			return nil
		}
	}
	for c, v := range d.rep.Cells {
		if c.Table >= 2 && c.Table <= 4 && !v.IsBlank() {
			return nil
		}
	}
	if d.binary() {
		return fmt.Errorf("parse: %w: binary data, not text", ErrNotReport)
	}
	return fmt.Errorf("parse: %w: no section heading and no table row of a report", ErrNotReport)
}

// binary reports whether the text decoded is mostly control characters or
// characters that could not be decoded: the bytes of an image or a program.
func (d *doc) binary() bool {
	var bad, all int
	for _, b := range d.blocks {
		text := b.text
		if b.isTable() {
			var parts []string
			for _, row := range b.rows {
				for _, c := range row {
					parts = append(parts, c.text)
				}
			}
			text = strings.Join(parts, " ")
		}
		for _, r := range text {
			all++
			if r == unicode.ReplacementChar || (unicode.IsControl(r) && r != '\t') || unicode.Is(unicode.Co, r) {
				bad++
			}
		}
	}
	return all == 0 || bad*10 > all
}
