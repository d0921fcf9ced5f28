package parse

import (
	"fmt"
)

// Readers of other input kinds (PDF, in package parse/pdf) turn their input
// into blocks themselves and hand them to [FromBlocks]: the sections,
// metadata and tables are then read as for HTML and text.

// IsPDF reports whether the input is a PDF: "%PDF-" and a digit within its
// first 1024 bytes, as readers accept it.
func IsPDF(data []byte) bool { return isPDF(data) }

// Block is a paragraph (Rows == nil) or a table, as a reader of another
// input kind found it.
type Block struct {
	// Text is the paragraph's text.
	Text string
	// Rows are the table's rows. Each row lists the cells that start in
	// it, left to right, as an HTML table does: a cell spanning rows is
	// listed in its first row only.
	Rows [][]Cell
	// At is where the block starts.
	At Location
}

// Cell is one cell of a table [Block].
type Cell struct {
	// Text is the cell's text, lines joined.
	Text string
	// RowSpan and ColSpan are the rows and columns the cell covers; 0 is
	// read as 1.
	RowSpan, ColSpan int
	// At is where the cell is.
	At Location
}

// FromBlocks reads a report from the blocks of a document of the given
// kind, as [HTML] and [Text] do from theirs. The result's Encoding is empty.
func FromBlocks(kind InputKind, blocks []Block, opts Options) (*Result, error) {
	d := newDoc(kind, opts)
	hasText := false
	for _, b := range blocks {
		ib := block{text: b.Text, at: b.At}
		if b.Rows != nil {
			ib.rows = make([][]cell, len(b.Rows))
			for i, row := range b.Rows {
				cells := make([]cell, len(row))
				for j, c := range row {
					cells[j] = cell{text: c.Text, rowspan: max(c.RowSpan, 1), colspan: max(c.ColSpan, 1), at: c.At}
					hasText = hasText || c.Text != ""
				}
				ib.rows[i] = cells
			}
		}
		hasText = hasText || b.Text != ""
		d.blocks = append(d.blocks, ib)
	}
	if !hasText {
		return nil, fmt.Errorf("parse: %s: %w", kind, ErrEmpty)
	}
	return d.finish("")
}
