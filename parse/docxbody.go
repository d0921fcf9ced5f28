package parse

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// docxBody reads the main document part, a stream of XML tokens, into
// blocks. It keeps the elements open (to know a child's parent), the
// paragraphs open (a text box puts paragraphs inside a paragraph), the
// containers that receive paragraphs (the body or a table cell), the
// tables open, and the fields open.
type docxBody struct {
	num      *numbering
	maxText  int    // the most bytes of text read
	isWord   bool   // the root element is w:document
	encoding string // the part's declared encoding

	blocks []block
	text   int // bytes of text read so far

	open       []xml.Name // the elements open, outermost first
	skipAt     int        // len(open) when a skipped element started; 0 when not skipping
	paras      []*docxPara
	containers []*docxContainer
	cellOpen   []bool // per open w:tc: whether it opened a cell
	tables     []*docxTable
	err        error // the text limit reached
	fields     []docxField
	deepFields int // fields opened beyond maxFields
	simple     []bool
	dropSimple int    // open w:fldSimple whose result is dropped
	alt        []bool // per open mc:AlternateContent: whether a branch was taken

	paragraphs, tableCount int
}

// docxPara is a paragraph being read.
type docxPara struct {
	container    *docxContainer
	text         strings.Builder
	at           Location
	style        string
	numID, ilvl  string
	hasNumID     bool
	hasIlvl      bool
	numbered     bool   // its number has been computed
	number       string // its number ("一、"), until written out
	suffix       string // what separates the number from the text
	markDeleted  bool   // its paragraph mark is a tracked deletion
	runHidden    bool   // the current run is hidden text
	inInstr, inT bool
}

// docxContainer receives paragraphs: the body (cell == nil) or a cell.
type docxContainer struct {
	cell    *docxCell
	carry   string // a paragraph whose mark was deleted, joined to the next
	carryAt Location
}

type docxTable struct {
	index  int
	layout bool // holds another table: its cells are running text
	rows   []*docxRow
}

type docxRow struct {
	cells      []*docxCell
	count      int // the w:tc read so far
	gridBefore int
	deleted    bool
}

// Merge states of a cell (w:vMerge, w:hMerge).
const (
	mergeNone = iota
	mergeRestart
	mergeContinue
)

type docxCell struct {
	table          *docxTable
	paras          []string
	at             Location
	colspan        int
	vmerge, hmerge int
	deleted        bool
}

// docxField is a complex field open: in its instruction until
// w:fldChar separate, then in its result.
type docxField struct {
	result bool
	drop   bool // a table of contents: its result repeats the headings
	instr  strings.Builder
}

// maxFields bounds the nesting of complex fields kept track of.
const maxFields = 64

func isW(n xml.Name) bool { return n.Space == nsW || n.Space == nsWStrict }

// parent returns the local name of the k-th enclosing element of the
// element just opened (k = 1 for its parent), if it is a w: element. The
// wrappers of mc:AlternateContent are looked through.
func (r *docxBody) parent(k int) string {
	i := len(r.open) - 1
	for ; i >= 0 && k > 0; k-- {
		i--
		for i >= 0 && r.open[i].Space == nsMC {
			i--
		}
	}
	if i < 0 || !isW(r.open[i]) {
		return ""
	}
	return r.open[i].Local
}

func (r *docxBody) para() *docxPara {
	if len(r.paras) == 0 {
		return nil
	}
	return r.paras[len(r.paras)-1]
}

func (r *docxBody) container() *docxContainer { return r.containers[len(r.containers)-1] }

func (r *docxBody) table() *docxTable {
	if len(r.tables) == 0 {
		return nil
	}
	return r.tables[len(r.tables)-1]
}

// cell returns the cell being read in the innermost table.
func (r *docxBody) cell() *docxCell {
	t := r.table()
	if t == nil || len(t.rows) == 0 {
		return nil
	}
	row := t.rows[len(t.rows)-1]
	if len(row.cells) == 0 {
		return nil
	}
	return row.cells[len(row.cells)-1]
}

// read is the part reader of the main document.
func (r *docxBody) read(dec *xml.Decoder) error {
	r.containers = []*docxContainer{{}}
	r.encoding = "utf-8"
	dec.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		r.encoding = strings.ToLower(label)
		return charset.NewReaderLabel(label, in)
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(r.open) >= maxXMLDepth {
				return fmt.Errorf("parse: %w: XML elements nested more than %d deep", ErrTooLarge, maxXMLDepth)
			}
			r.open = append(r.open, t.Name)
			if len(r.open) == 1 {
				r.isWord = isW(t.Name) && t.Name.Local == "document"
				if !r.isWord {
					return nil
				}
			}
			if r.skipAt == 0 {
				r.start(t)
			}
			if r.err != nil {
				return r.err
			}
		case xml.EndElement:
			depth := len(r.open)
			r.open = r.open[:depth-1]
			switch {
			case r.skipAt == depth:
				r.skipAt = 0
			case r.skipAt == 0:
				r.end(t.Name)
			}
		case xml.CharData:
			if r.skipAt == 0 {
				r.chars(t)
			}
			if r.err != nil {
				return r.err
			}
		}
	}
	r.flushCarry(r.containers[0])
	return nil
}

// skip skips the element just opened, with all it holds.
func (r *docxBody) skip() { r.skipAt = len(r.open) }

// keep reports whether text read now is part of the document as printed:
// not inside a field instruction or a dropped field result, not hidden.
func (r *docxBody) keep() bool {
	if r.dropSimple > 0 || r.deepFields > 0 {
		return false
	}
	for i := range r.fields {
		if !r.fields[i].result || r.fields[i].drop {
			return false
		}
	}
	p := r.para()
	return p != nil && !p.runHidden
}

// start handles an element opened in the document: each kind of element
// by the method for its part (markup compatibility, revisions, paragraphs,
// runs, fields, tables).
func (r *docxBody) start(t xml.StartElement) {
	if t.Name.Space == nsMC {
		r.startAlternate(t.Name.Local)
		return
	}
	if !isW(t.Name) {
		return // descend into drawings, shapes and the rest: text boxes hold paragraphs
	}
	switch t.Name.Local {
	case "del", "moveFrom":
		r.startDeletion()
	case "delText", "delInstrText", "rt", "pPrChange", "rPrChange", "tblPrChange", "trPrChange",
		"tcPrChange", "sectPrChange", "numberingChange", "tblGridChange", "sectPr", "sdtPr", "sdtEndPr",
		"footnoteReference", "endnoteReference", "commentReference":
		r.skip()
	case "p":
		r.startParagraph()
	case "pStyle", "numId", "ilvl":
		r.paragraphProperty(t)
	case "r", "vanish", "t", "instrText":
		r.startRunPart(t)
	case "tab", "ptab", "br", "cr", "noBreakHyphen", "sym":
		r.runCharacter(t)
	case "fldChar":
		r.fieldChar(attr(t, "fldCharType"))
	case "fldSimple":
		drop := isTOC(attr(t, "instr"))
		r.simple = append(r.simple, drop)
		if drop {
			r.dropSimple++
		}
	case "tbl":
		r.startTable()
	case "tr":
		if t := r.table(); t != nil {
			t.rows = append(t.rows, &docxRow{})
		}
	case "gridBefore":
		if tb := r.table(); tb != nil && len(tb.rows) > 0 && r.parent(1) == "trPr" {
			tb.rows[len(tb.rows)-1].gridBefore = intAttr(t, "val", 0, maxSpan)
		}
	case "tc":
		r.startCell()
	case "gridSpan", "vMerge", "hMerge", "cellDel":
		r.cellProperty(t)
	}
}

// startAlternate handles an element of mc:AlternateContent: of its
// choices, the first is read and the others skipped.
func (r *docxBody) startAlternate(local string) {
	switch local {
	case "AlternateContent":
		r.alt = append(r.alt, false)
	case "Choice", "Fallback":
		if n := len(r.alt); n > 0 && !r.alt[n-1] {
			r.alt[n-1] = true
		} else {
			r.skip()
		}
	}
}

// startDeletion handles a w:del or w:moveFrom: a deleted paragraph mark or
// table row is marked, and the element skipped.
func (r *docxBody) startDeletion() {
	p := r.para()
	switch {
	case r.parent(1) == "rPr" && r.parent(2) == "pPr" && p != nil:
		p.markDeleted = true
	case r.parent(1) == "trPr":
		if tb := r.table(); tb != nil && len(tb.rows) > 0 {
			tb.rows[len(tb.rows)-1].deleted = true
		}
	}
	r.skip()
}

// paragraphProperty reads the style and numbering of a paragraph
// (w:pStyle, w:numId, w:ilvl in its w:pPr).
func (r *docxBody) paragraphProperty(t xml.StartElement) {
	p := r.para()
	if p == nil {
		return
	}
	switch t.Name.Local {
	case "pStyle":
		if r.parent(1) == "pPr" {
			p.style = attr(t, "val")
		}
	case "numId", "ilvl":
		if r.parent(1) == "numPr" && r.parent(2) == "pPr" {
			if t.Name.Local == "numId" {
				p.numID, p.hasNumID = attr(t, "val"), true
			} else {
				p.ilvl, p.hasIlvl = attr(t, "val"), true
			}
		}
	}
}

// startRunPart handles a run and what says how its text is read: hidden
// (w:vanish), text (w:t) or a field instruction (w:instrText).
func (r *docxBody) startRunPart(t xml.StartElement) {
	p := r.para()
	if p == nil {
		return
	}
	switch t.Name.Local {
	case "r":
		p.runHidden = false
	case "vanish":
		if r.parent(1) == "rPr" && r.parent(2) == "r" && isOn(t) {
			p.runHidden = true
		}
	case "t":
		if r.parent(1) == "r" {
			p.inT = true
		}
	case "instrText":
		if r.parent(1) == "r" {
			p.inInstr = true
		}
	}
}

// runCharacter writes the character an element of a run stands for: a
// tab, a line break, a non-breaking hyphen or a symbol (w:sym; one of the
// private use area, a font's own glyph, is dropped).
func (r *docxBody) runCharacter(t xml.StartElement) {
	if r.parent(1) != "r" {
		return
	}
	switch t.Name.Local {
	case "tab", "ptab":
		r.write("\t")
	case "br", "cr":
		r.write("\n")
	case "noBreakHyphen":
		r.write("-")
	case "sym":
		if c, err := strconv.ParseUint(attr(t, "char"), 16, 32); err == nil && c >= 0x20 && !(c >= 0xE000 && c <= 0xF8FF) && utf8.ValidRune(rune(c)) {
			r.write(string(rune(c)))
		}
	}
}

// cellProperty reads a property of a table cell from its w:tcPr: the
// columns it spans, its merging and whether it is deleted.
func (r *docxBody) cellProperty(t xml.StartElement) {
	c := r.cell()
	if c == nil || r.parent(1) != "tcPr" {
		return
	}
	switch t.Name.Local {
	case "gridSpan":
		c.colspan = intAttr(t, "val", 1, maxSpan)
	case "cellDel":
		c.deleted = true
	default:
		m := mergeContinue
		if attr(t, "val") == "restart" {
			m = mergeRestart
		}
		if t.Name.Local == "vMerge" {
			c.vmerge = m
		} else {
			c.hmerge = m
		}
	}
}

func (r *docxBody) end(n xml.Name) {
	if n.Space == nsMC && n.Local == "AlternateContent" && len(r.alt) > 0 {
		r.alt = r.alt[:len(r.alt)-1]
		return
	}
	if !isW(n) {
		return
	}
	p := r.para()
	switch n.Local {
	case "p":
		r.endParagraph()
	case "pPr":
		if p != nil && r.parent(0) == "p" {
			r.numberParagraph(p)
		}
	case "t":
		if p != nil {
			p.inT = false
		}
	case "instrText":
		if p != nil {
			p.inInstr = false
		}
	case "fldSimple":
		if k := len(r.simple); k > 0 {
			if r.simple[k-1] {
				r.dropSimple--
			}
			r.simple = r.simple[:k-1]
		}
	case "tc":
		r.endCell()
	case "tbl":
		r.endTable()
	}
}

// chars takes the text of w:t, and the instruction of a field.
func (r *docxBody) chars(data xml.CharData) {
	p := r.para()
	if p == nil || len(r.open) == 0 || !isW(r.open[len(r.open)-1]) {
		return
	}
	switch r.open[len(r.open)-1].Local {
	case "t":
		if p.inT {
			r.write(string(data))
		}
	case "instrText":
		if k := len(r.fields); p.inInstr && k > 0 && !r.fields[k-1].result && r.fields[k-1].instr.Len() < 64 {
			r.fields[k-1].instr.Write(data[:min(len(data), 64)])
		}
	}
}

// write adds text to the paragraph being read, within the limit of text.
func (r *docxBody) write(s string) {
	p := r.para()
	if p == nil || !r.keep() {
		return
	}
	r.text += len(s)
	if r.text > r.maxText {
		r.err = fmt.Errorf("parse: %w: the document holds more than %d bytes of text", ErrTooLarge, r.maxText)
		return
	}
	p.text.WriteString(s)
}

// fieldChar follows the begin, separate and end marks of complex fields.
func (r *docxBody) fieldChar(kind string) {
	switch kind {
	case "begin":
		if len(r.fields) >= maxFields {
			r.deepFields++
			return
		}
		r.fields = append(r.fields, docxField{})
	case "separate":
		if k := len(r.fields); k > 0 && r.deepFields == 0 {
			f := &r.fields[k-1]
			f.result = true
			f.drop = isTOC(f.instr.String())
		}
	case "end":
		switch {
		case r.deepFields > 0:
			r.deepFields--
		case len(r.fields) > 0:
			r.fields = r.fields[:len(r.fields)-1]
		}
	}
}

// isTOC reports whether a field instruction makes a table of contents.
func isTOC(instr string) bool {
	f := strings.Fields(instr)
	return len(f) > 0 && strings.EqualFold(f[0], "TOC")
}

func (r *docxBody) startParagraph() {
	// A paragraph inside a paragraph (in a text box): what the outer one
	// holds so far comes first.
	if outer := r.para(); outer != nil {
		r.flushParagraph(outer, false)
	}
	p := &docxPara{container: r.container()}
	if c := p.container; c.cell != nil {
		p.at = c.cell.at
	} else {
		r.paragraphs++
		p.at = Location{Paragraph: r.paragraphs}
	}
	r.paras = append(r.paras, p)
}

func (r *docxBody) endParagraph() {
	p := r.para()
	if p == nil {
		return
	}
	r.paras = r.paras[:len(r.paras)-1]
	r.numberParagraph(p)
	r.flushParagraph(p, true)
}

// numberParagraph computes the number of an automatically numbered
// paragraph, once, when its properties have been read.
func (r *docxBody) numberParagraph(p *docxPara) {
	if p.numbered {
		return
	}
	p.numbered = true
	p.number, p.suffix = r.num.label(p.style, p.numID, p.hasNumID, p.ilvl, p.hasIlvl)
	r.text += len(p.number)
}

// flushParagraph hands the text of a paragraph to its container: all of it
// when the paragraph ends (last), or what it holds so far before a text box
// inside it.
func (r *docxBody) flushParagraph(p *docxPara, last bool) {
	text := p.text.String()
	p.text.Reset()
	if p.number != "" && strings.TrimSpace(text) != "" {
		text = p.number + p.suffix + text
		p.number = ""
	}
	c := p.container
	at := p.at
	if c.carry != "" {
		text, at = c.carry+text, c.carryAt
		c.carry = ""
	}
	if last && p.markDeleted {
		c.carry, c.carryAt = text, at
		return
	}
	r.deliver(c, text, at)
}

// flushCarry hands over a paragraph whose mark was deleted with nothing to
// join it to.
func (r *docxBody) flushCarry(c *docxContainer) {
	if c.carry != "" {
		r.deliver(c, c.carry, c.carryAt)
		c.carry = ""
	}
}

// deliver adds a paragraph's text to the body, or to a cell.
func (r *docxBody) deliver(c *docxContainer, text string, at Location) {
	if c.cell != nil && !c.cell.table.layout {
		c.cell.paras = append(c.cell.paras, text)
		return
	}
	if s := cleanText(text); s != "" {
		r.blocks = append(r.blocks, block{text: s, at: at})
	}
}

func (r *docxBody) startTable() {
	if p := r.para(); p != nil { // a table in a text box
		r.flushParagraph(p, false)
	}
	c := r.container()
	r.flushCarry(c)
	if c.cell != nil && !c.cell.table.layout {
		// A table inside a table: the outer one lays out the page, and its
		// cells are running text.
		outer := c.cell.table
		outer.layout = true
		for _, row := range outer.rows {
			for _, cl := range row.cells {
				if s := cleanText(strings.Join(cl.paras, "\n")); s != "" {
					r.blocks = append(r.blocks, block{text: s, at: cl.at})
				}
				cl.paras = nil
			}
		}
		outer.rows = outer.rows[len(outer.rows)-1:]
	}
	r.tableCount++
	r.tables = append(r.tables, &docxTable{index: r.tableCount})
}

func (r *docxBody) startCell() {
	t := r.table()
	if t == nil {
		r.cellOpen = append(r.cellOpen, false) // a w:tc outside any table
		return
	}
	if len(t.rows) == 0 {
		t.rows = append(t.rows, &docxRow{})
	}
	row := t.rows[len(t.rows)-1]
	if t.layout {
		row.cells = row.cells[:0] // a layout table keeps no cells
	}
	row.count++
	c := &docxCell{table: t, colspan: 1, at: Location{Table: t.index, Row: len(t.rows), Cell: row.count}}
	row.cells = append(row.cells, c)
	r.containers = append(r.containers, &docxContainer{cell: c})
	r.cellOpen = append(r.cellOpen, true)
}

func (r *docxBody) endCell() {
	k := len(r.cellOpen)
	if k == 0 {
		return
	}
	opened := r.cellOpen[k-1]
	r.cellOpen = r.cellOpen[:k-1]
	if opened {
		r.flushCarry(r.container())
		r.containers = r.containers[:len(r.containers)-1]
	}
}

// endTable ends the innermost table: a table block, its merged cells
// turned into spans, unless it lays out other tables.
func (r *docxBody) endTable() {
	t := r.table()
	if t == nil {
		return
	}
	r.tables = r.tables[:len(r.tables)-1]
	if t.layout {
		return
	}
	if rows := mergedRows(t); len(rows) > 0 {
		r.blocks = append(r.blocks, block{rows: rows, at: Location{Table: t.index}})
	}
}

// mergedRows turns a table's rows into the block model: a cell spans the
// grid columns of its w:gridSpan; a vertically merged cell (w:vMerge
// restart, then continue in the rows below) becomes one cell with a row
// span, the covered cells dropped; an old-style horizontal merge (w:hMerge)
// becomes a column span. Deleted rows and cells (tracked changes) are
// dropped.
func mergedRows(t *docxTable) [][]cell {
	type pos struct{ row, cell int }
	var out [][]cell
	above := map[int]pos{} // grid column → the cell that starts there in the rows above
	for _, row := range t.rows {
		if row.deleted {
			continue
		}
		ri := len(out)
		out = append(out, nil)
		col := row.gridBefore
		for _, c := range row.cells {
			if c.deleted {
				continue
			}
			text := cleanText(strings.Join(c.paras, "\n"))
			if c.hmerge == mergeContinue && len(out[ri]) > 0 {
				prev := &out[ri][len(out[ri])-1]
				prev.colspan = min(prev.colspan+c.colspan, maxSpan)
				prev.text = cleanText(prev.text + "\n" + text)
				col += c.colspan
				continue
			}
			if p, ok := above[col]; ok && c.vmerge == mergeContinue {
				origin := &out[p.row][p.cell]
				origin.rowspan++
				if text != "" {
					origin.text = cleanText(origin.text + "\n" + text)
				}
				col += c.colspan
				continue
			}
			out[ri] = append(out[ri], cell{text: text, rowspan: 1, colspan: c.colspan, at: c.at})
			for k := col + 1; k < col+c.colspan; k++ {
				delete(above, k)
			}
			above[col] = pos{ri, len(out[ri]) - 1}
			col += c.colspan
		}
	}
	return out
}

// attr returns the value of an attribute by its local name.
func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// intAttr reads a whole-number attribute, def when absent or unreadable,
// at most max.
func intAttr(t xml.StartElement, local string, def, max int) int {
	n, err := strconv.Atoi(strings.TrimSpace(attr(t, local)))
	if err != nil || n < 0 {
		return def
	}
	if def > 0 && n < def {
		return def
	}
	return min(n, max)
}

// isOn reads an on/off property: on unless its w:val says off.
func isOn(t xml.StartElement) bool {
	switch attr(t, "val") {
	case "0", "false", "off":
		return false
	}
	return true
}
