package render

import (
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// DOCXDocument is a document of headings, paragraphs and tables for
// [WriteDOCXDocument] to write as a .docx in the house style of [DOCX]: for
// a package that writes something other than a report (a comparison, a
// summary of many reports) and wants it to look like the reports.
type DOCXDocument struct {
	// Title is printed first, in the title's style, and is the document's
	// title property (dc:title). An empty title is not printed.
	Title string
	// Lang is the language of the document's words: it sets the language
	// property (dc:language) and the separator of a [DOCXField]'s label
	// and value ("：" in Chinese, ": " in English).
	Lang lang.Lang
	// Company is the body that issues the document, the Company property
	// (单位 in Chinese Word); left out when empty.
	Company string
	// Identifier is the identifier property (dc:identifier), such as an
	// index number; left out when empty.
	Identifier string
	// Date is the creation and modification date of the properties; when
	// it is zero or not a valid date, 2000-01-01, so that the same document
	// gives the same bytes.
	Date report.Date
	// Blocks are the document's body, in order. A nil block is skipped.
	Blocks []DOCXBlock
}

// DOCXBlock is one block of a [DOCXDocument]: a [DOCXHeading], a
// [DOCXParagraph], a [DOCXField] or a [DOCXTable].
type DOCXBlock interface {
	// writeDOCX writes the block, or says what is wrong with it.
	writeDOCX(x *docxBody) error
}

// DOCXHeading is a heading: level 1 as a report's section headings (黑体
// 三号, 一、…), level 2 as its subsection titles (楷体 三号, （一）…). Both keep
// with the next block on the page.
type DOCXHeading struct {
	// Text is the heading, on one line.
	Text string
	// Level is 1 or 2.
	Level int
}

// DOCXParagraph is a paragraph of body text (仿宋 三号, the first line
// indented by two characters). The lines of Text are trimmed and printed
// with line breaks between them; empty lines are left out, and a text of
// none is not printed.
type DOCXParagraph struct {
	// Text is the paragraph's text, its lines joined with line breaks.
	Text string
}

// DOCXField is a line of metadata, as the report's metadata is printed
// under its title: the label and the value, without indent.
type DOCXField struct {
	// Label names the field ("上期报告").
	Label string
	// Value is the field's value, printed after the label.
	Value string
}

// DOCXTable is a table without merged cells, in 宋体 小五 across the text
// block, with single lines around every cell: a header row, centred and
// repeated at the top of every page the table runs over, then rows of
// cells, aligned left or, in a numeric column, right. No row splits across
// a page. The table has one column for each header; a row may have fewer
// cells (the rest are empty), not more. Two tables one after the other are
// kept apart by an empty paragraph, as a word processor would otherwise
// join them.
type DOCXTable struct {
	// Header holds the column titles: one for each column.
	Header []string
	// Rows are the table's rows under the header, each of at most
	// len(Header) cells.
	Rows [][]DOCXCell
	// Numeric marks the columns whose cells are right-aligned (figures),
	// by index; a column past its end is not numeric.
	Numeric []bool
	// Widths are the columns' relative widths: column i takes Widths[i]
	// parts of the text block's width (156 mm), and there is one width for
	// each column, each from 1 to 1000. Nil sizes the columns by their
	// text: each is as wide as its widest text (header or cell) on one
	// line, at least two Chinese characters; when they do not all fit, the
	// widest columns are narrowed to one width, so that a column of
	// figures keeps its figures on one line and a column of labels wraps;
	// when they leave room, every column is widened in proportion.
	Widths []int
}

// DOCXCell is one cell of a [DOCXTable]. Its text is printed on one line
// (line breaks become spaces) and wraps in the column as it must. Italic
// and Shaded set a cell apart from the others, as a blank cell is set apart
// from a zero.
type DOCXCell struct {
	// Text is the cell's text.
	Text string
	// Italic sets the text in italics.
	Italic bool
	// Shaded gives the cell a light grey background.
	Shaded bool
}

// ErrDOCXBlock is returned (wrapped, with the block's index) by
// [WriteDOCXDocument] for a block it cannot write: a heading of another
// level than 1 or 2, a table without columns, with a row of more cells than
// columns, with more numeric marks or another number of widths than
// columns, or with a width out of 1 to 1000.
var ErrDOCXBlock = errors.New("render: cannot write the .docx block")

// WriteDOCXDocument writes d to w as a Word document (.docx) in the house
// style of [DOCX]: the same page (A4, the margins of GB/T 9704-2012, 22
// lines a page, "— N —" in the footer), the same styles, fonts and font
// table, and the same zip package, written deterministically: the same
// document gives the same bytes. Every piece of text is escaped for XML, as
// DOCX escapes a report's text.
//
// Nothing is written when a block is wrong: the error wraps
// [ErrDOCXBlock] and names the block.
func WriteDOCXDocument(w io.Writer, d DOCXDocument) error {
	x := &docxBody{lang: d.Lang}
	x.begin()
	x.para(styleTitle, "", oneLine(d.Title))
	for i, b := range d.Blocks {
		if b == nil {
			continue
		}
		if err := b.writeDOCX(x); err != nil {
			return fmt.Errorf("%w %d: %w", ErrDOCXBlock, i, err)
		}
	}
	props := docxProps{title: d.Title, identifier: d.Identifier, company: d.Company, date: d.Date, lang: d.Lang}
	return writeDOCXPackage(w, props, x.end())
}

func (h DOCXHeading) writeDOCX(x *docxBody) error {
	switch h.Level {
	case 1:
		x.para(styleHeading1, "", oneLine(h.Text))
	case 2:
		x.para(styleHeading2, "", oneLine(h.Text))
	default:
		return fmt.Errorf("heading level %d, want 1 or 2", h.Level)
	}
	return nil
}

func (p DOCXParagraph) writeDOCX(x *docxBody) error {
	x.para("", "", p.Text)
	return nil
}

func (f DOCXField) writeDOCX(x *docxBody) error {
	x.para(styleMetadata, "", oneLine(f.Label)+labelSeparator.In(x.lang)+oneLine(f.Value))
	return nil
}

func (t DOCXTable) writeDOCX(x *docxBody) error {
	n := len(t.Header)
	switch {
	case n == 0:
		return errors.New("a table without columns (no header)")
	case len(t.Numeric) > n:
		return fmt.Errorf("%d numeric marks for %d columns", len(t.Numeric), n)
	case t.Widths != nil && len(t.Widths) != n:
		return fmt.Errorf("%d widths for %d columns", len(t.Widths), n)
	}
	for i, r := range t.Rows {
		if len(r) > n {
			return fmt.Errorf("row %d has %d cells for %d columns", i+1, len(r), n)
		}
	}
	var widths []int
	if t.Widths == nil {
		widths = t.textWidths(n)
	} else {
		var err error
		if widths, err = weighColumns(t.Widths, n); err != nil {
			return err
		}
	}
	if x.lastTable {
		// Two tables in a row would be read as one.
		x.b.WriteString("<w:p/>\n")
	}
	rows := make([][]docxCell, len(t.Rows))
	for i, r := range t.Rows {
		for _, c := range r {
			rows[i] = append(rows[i], docxCell{text: c.Text, italic: c.Italic, shaded: c.Shaded})
		}
	}
	x.table(widths, styleTableSmall, flatRows(t.Header, rows, t.Numeric, "right", n))
	return nil
}

// docxHalfChar is the width of half a Chinese character of a table's text
// (宋体 小五, 9 pt), and about that of a Latin digit, in twips.
const docxHalfChar = docxSizeS5 * 10 / 2

// docxCellSlack is what a column sized by its text takes beyond its text
// and the cells' padding, for fonts a little wider than the one asked for.
const docxCellSlack = 60

// minTextWidth is the least display width of a column sized by its text.
const minTextWidth = 4

// textWidths returns the widths in twips of n columns sized by their text.
func (t DOCXTable) textWidths(n int) []int {
	need := make([]int, n)
	fit := func(i int, s string) {
		w := max(displayWidth(oneLine(s)), minTextWidth)*docxHalfChar + 2*docxCellMargin + docxCellSlack
		need[i] = max(need[i], w)
	}
	for i, h := range t.Header {
		fit(i, h)
	}
	for _, r := range t.Rows {
		for i, c := range r {
			fit(i, c.Text)
		}
	}
	return fitWidths(need, docxTextWidth)
}

// fitWidths returns widths that add up to total from the widths the
// columns need: all widened in proportion when they need less, the widest
// narrowed to one width when they need more (each column at least one
// twip, so that a table of more columns than twips runs past the text
// block). The widest column takes what the division leaves.
func fitWidths(need []int, total int) []int {
	n := len(need)
	out := make([]int, n)
	sum, widest := 0, 0
	for i, w := range need {
		sum += w
		if w > need[widest] {
			widest = i
		}
	}
	if sum <= total {
		for i, w := range need {
			out[i] = w * total / sum
		}
	} else {
		// The cap: the width of the columns narrowed, found from the
		// narrowest column up.
		sorted := slices.Clone(need)
		slices.Sort(sorted)
		limit, left := sorted[n-1], total
		for i, w := range sorted {
			if w*(n-i) > left {
				limit = max(left/(n-i), 1)
				break
			}
			left -= w
		}
		for i, w := range need {
			out[i] = min(w, limit)
		}
	}
	used := 0
	for _, w := range out {
		used += w
	}
	out[widest] = max(out[widest]+total-used, 1)
	return out
}

// maxDOCXWidth is the largest relative width of a column of a DOCXTable.
const maxDOCXWidth = 1000

// weighColumns returns n column widths in twips filling the text block in
// the proportions of weights; the last column takes what the division
// leaves.
func weighColumns(weights []int, n int) ([]int, error) {
	total := 0
	for i, w := range weights {
		if w < 1 || w > maxDOCXWidth {
			return nil, fmt.Errorf("column %d has width %d, want 1 to %d", i+1, w, maxDOCXWidth)
		}
		total += w
	}
	widths := make([]int, n)
	left := docxTextWidth
	for i, w := range weights {
		widths[i] = docxTextWidth * w / total
		left -= widths[i]
	}
	widths[n-1] += left
	return widths, nil
}
