package parse

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/table"
	"github.com/opengov-cn/xxgk/validate"
)

// Tables are read through the layouts of package table, the declarations
// the renderers print: each data row of a layout is known by the label of
// its row and by its place among the rows, and gives the paths of its cells
// in column order.

// layoutRow is one data row of a layout.
type layoutRow struct {
	display string        // the row's own label as the format prints it
	label   string        // the row's own label, normalised ("" for table 四)
	form    labelForm     // the label, ready for matching
	paths   []report.Path // its data cells, in column order
	cells   []report.Cell // the cells of paths in the layout's format; nil unless all are of it
	slots   []int         // the places of its paths in the layout's pathSlots
	view    bool          // a row of a view, not of the grid
}

// sameAsSomeRow reports whether some row has exactly these paths.
func sameAsSomeRow(paths []report.Path, rows []layoutRow) bool {
	for _, r := range rows {
		if slices.Equal(r.paths, paths) {
			return true
		}
	}
	return false
}

// lastTitle returns the last of the titles a view joins with
// table.TitleSeparator: "行政诉讼·复议后起诉" gives "复议后起诉".
func lastTitle(s string) string {
	if !strings.Contains(s, table.TitleSeparator) {
		return s // most labels: spared the search from the end
	}
	if i := strings.LastIndex(s, table.TitleSeparator); i >= 0 {
		return s[i+len(table.TitleSeparator):]
	}
	return s
}

// layoutRows lists the data rows of a layout, in order, and the normalised
// labels of its header cells.
func layoutRows(l *table.Layout) (rows []layoutRow, headers map[string]bool) {
	headers = map[string]bool{}
	grid := l.Expand()
	for r := 0; r < l.Rows; r++ {
		var row layoutRow
		for c := 0; c < l.Cols; c++ {
			cell := l.Cells[grid[r][c]]
			if cell.Kind == table.Data {
				if cell.Row == r && cell.Col == c {
					row.paths = append(row.paths, cell.Path)
				}
				continue
			}
			if len(row.paths) == 0 {
				row.display = cell.Label.Zh
				row.label = report.NormalizeLabel(cell.Label.Zh)
			}
		}
		if len(row.paths) > 0 {
			row.form = newLabelForm(row.label)
			rows = append(rows, row)
		}
	}
	// The views print some tables in other rows than the grid (table 四 as
	// a row for each block): their rows are known too, by their titles.
	primary := len(rows)
	for _, v := range l.Views {
		for _, vr := range v.Rows {
			var paths []report.Path
			for _, i := range vr.Cells {
				if i >= 0 {
					paths = append(paths, l.Cells[i].Path)
				}
			}
			if !sameAsSomeRow(paths, rows[:primary]) {
				label := report.NormalizeLabel(lastTitle(vr.Title.Zh))
				rows = append(rows, layoutRow{display: vr.Title.Zh, label: label, form: newLabelForm(label), paths: paths, view: true})
			}
		}
	}
	// Each path gets a slot, so that a reader records the cells it read in
	// a slice (a view's rows name the cells of the grid's).
	slots := pathSlots(rows)
	for i := range rows {
		for _, p := range rows[i].paths {
			rows[i].slots = append(rows[i].slots, slots[p])
		}
		rows[i].cells = cellsOf(l.Format, rows[i].paths)
	}
	// Headers are the labels of the header cells that label no data row:
	// column headers, bands, group labels.
	rowLabels := map[string]bool{}
	for _, r := range rows {
		rowLabels[r.label] = true
	}
	for _, c := range l.Cells {
		if k := report.NormalizeLabel(c.Label.Zh); c.Kind == table.Header && !rowLabels[k] {
			headers[k] = true
		}
	}
	return rows, headers
}

// cellsOf returns the cells of format f at paths, or nil when some path
// names no cell of it.
func cellsOf(f report.Format, paths []report.Path) []report.Cell {
	cells := make([]report.Cell, len(paths))
	for i, p := range paths {
		c, ok := report.LookupCell(f, p)
		if !ok {
			return nil
		}
		cells[i] = c
	}
	return cells
}

// pathSlots numbers the paths of the rows, in order of first appearance.
func pathSlots(rows []layoutRow) map[report.Path]int {
	slots := map[report.Path]int{}
	for _, r := range rows {
		for _, p := range r.paths {
			if _, ok := slots[p]; !ok {
				slots[p] = len(slots)
			}
		}
	}
	return slots
}

// layoutIndex holds the rows and headers of every layout, worked out once.
var layoutIndex = func() map[*table.Layout]layoutInfo {
	m := map[*table.Layout]layoutInfo{}
	for _, f := range report.Formats() {
		for _, l := range table.Layouts(f) {
			m[l] = newLayoutInfo(l)
		}
	}
	return m
}()

type layoutInfo struct {
	rows    []layoutRow
	headers map[string]bool
	slots   map[report.Path]int // the slot of each path of the rows
	index   rowIndex
}

func newLayoutInfo(l *table.Layout) layoutInfo {
	rows, headers := layoutRows(l)
	return layoutInfo{rows, headers, pathSlots(rows), newRowIndex(rows)}
}

// layoutInfoOf returns the rows, headers and slots of a layout.
func layoutInfoOf(l *table.Layout) layoutInfo {
	if info, ok := layoutIndex[l]; ok {
		return info
	}
	return newLayoutInfo(l)
}

// rowIndex finds by lookup the rows a printed label matches best: exactly
// (by the whole folded label), else without item numbers. Matching tries it
// first; only a label it does not find is matched against every row.
type rowIndex struct {
	full, bare map[string]firstRows
}

// firstRows are the first row of the grid and the first of all rows (views
// too) that carry a label, -1 where none does.
type firstRows struct{ grid, any int }

func newRowIndex(rows []layoutRow) rowIndex {
	idx := rowIndex{full: map[string]firstRows{}, bare: map[string]firstRows{}}
	add := func(m map[string]firstRows, label string, k int, view bool) {
		if label == "" {
			return
		}
		f, ok := m[label]
		if !ok {
			f = firstRows{grid: -1, any: -1}
		}
		if f.any < 0 {
			f.any = k
		}
		if f.grid < 0 && !view {
			f.grid = k
		}
		m[label] = f
	}
	for k, r := range rows {
		add(idx.full, r.form.full, k, r.view)
		add(idx.bare, r.form.bare, k, r.view)
	}
	return idx
}

// lookup returns the first row (of the grid, or of all rows when views is
// true) whose label p matches exactly, else the first it matches without
// item numbers: the row matchForms scores highest, first among equals; -1
// when p matches no row that way.
func (idx rowIndex) lookup(p labelForm, views bool) int {
	pick := func(f firstRows) int {
		if views {
			return f.any
		}
		return f.grid
	}
	if f, ok := idx.full[p.full]; ok && p.full != "" && pick(f) >= 0 {
		return pick(f)
	}
	if f, ok := idx.bare[p.bare]; ok && p.bare != "" && pick(f) >= 0 {
		return pick(f)
	}
	return -1
}

// match strength of a printed label against an official one.
const (
	noMatch = iota
	fragmentMatch
	prefixMatch
	bareMatch
	exactMatch
)

// labelForm is a folded label with what matching needs of it, worked out
// once.
type labelForm struct {
	full      string // folded
	bare      string // without its item number
	bareRunes int    // the runes of bare, counted up to fragmentRunes
}

// Labels of fewer runes than these (without item numbers) match no longer
// label by its beginning or end, nor as a fragment of it.
const (
	prefixRunes   = 4
	fragmentRunes = 5
)

func newLabelForm(folded string) labelForm {
	bare := report.StripNumbering(folded)
	n := fragmentRunes // a rune takes 4 bytes at most
	if len(bare) < fragmentRunes*utf8.UTFMax {
		n = 0
		for range bare {
			if n++; n == fragmentRunes {
				break
			}
		}
	}
	return labelForm{full: folded, bare: bare, bareRunes: n}
}

// matchLabel says how well a printed label (folded) names an official one:
// exactly; without item numbers; as a truncated or annotated form (one
// begins with the other, or the official label ends with the printed one,
// as 规范性文件 for 行政规范性文件); or as a piece of it (a label a PDF broke
// over lines).
func matchLabel(printed, official string) int {
	return matchForms(newLabelForm(printed), newLabelForm(official))
}

func matchForms(p, o labelForm) int {
	switch {
	case p.full == "" || o.full == "":
		return noMatch
	case p.full == o.full:
		return exactMatch
	case p.bare == o.bare && p.bare != "":
		return bareMatch
	case strings.HasPrefix(p.bare, o.bare) && strings.HasPrefix(p.bare[len(o.bare):], "("):
		return prefixMatch // an annotation in brackets: 规章(设区的市…)
	case p.bareRunes >= prefixRunes && o.bareRunes >= prefixRunes &&
		(strings.HasPrefix(p.bare, o.bare) || strings.HasPrefix(o.bare, p.bare) || strings.HasSuffix(o.bare, p.bare)):
		return prefixMatch
	case p.bareRunes >= fragmentRunes && strings.Contains(o.bare, p.bare):
		return fragmentMatch
	}
	return noMatch
}

// printedRow is a row as the document prints it.
type printedRow struct {
	label  string   // its label, folded ("" when it has none)
	raw    string   // its label as printed
	pieces []string // label pieces on the lines before it, folded
	values []cell
	at     Location
}

// context returns the label pieces before a row, joined.
func (p printedRow) context() string { return strings.Join(p.pieces, "") }

// tableReader reads one table of a section into the report.
type tableReader struct {
	d       *doc
	layout  *table.Layout
	rows    []layoutRow
	headers map[string]bool
	slots   map[report.Path]int
	index   rowIndex
	filled  []bool   // by slot: the cells read
	nFilled int      // how many are true in filled
	at      Location // where the section starts
	// combined is （六）其他处理 printed as one row in a 2021 table 三
	// (deviation D18), or nil.
	combined *printedRow
}

// readTables reads tables 二, 三 and 四.
func (d *doc) readTables() {
	for _, l := range table.Layouts(d.rep.Format) {
		from, to, at := d.tableBlocks(l)
		info := layoutInfoOf(l)
		tr := &tableReader{d: d, layout: l, rows: info.rows, headers: info.headers, slots: info.slots,
			index: info.index, filled: make([]bool, len(info.slots)), at: at}
		tr.read(d.blocks[from:to])
	}
}

// read fills the table from the blocks of its section.
func (tr *tableReader) read(blocks []block) {
	printed := tr.printedRows(blocks)
	tr.align(printed)
	if tr.count() < (len(tr.rows)+1)/2 {
		// Few rows found: the section's text may run together.
		var pieces []block
		for _, b := range blocks {
			if !b.isTable() {
				pieces = append(pieces, b)
			}
		}
		if len(pieces) > 0 {
			tr.readRunTogether(pieces)
		}
	}
	tr.readCombined()
	tr.reportMissing()
}

// count returns the number of grid rows whose cells are all read.
func (tr *tableReader) count() int {
	n := 0
	for k, r := range tr.rows {
		if !r.view && tr.isFilled(k) {
			n++
		}
	}
	return n
}

// isFilled reports whether every cell of row k has been read.
func (tr *tableReader) isFilled(k int) bool {
	for _, s := range tr.rows[k].slots {
		if !tr.filled[s] {
			return false
		}
	}
	return true
}

// anyFilled reports whether some cell of row k has been read.
func (tr *tableReader) anyFilled(k int) bool {
	for _, s := range tr.rows[k].slots {
		if tr.filled[s] {
			return true
		}
	}
	return false
}

// markFilled records that the cells of row k are read.
func (tr *tableReader) markFilled(k int) {
	for _, s := range tr.rows[k].slots {
		if !tr.filled[s] {
			tr.filled[s] = true
			tr.nFilled++
		}
	}
}

// pathFilled reports whether the cell at path p has been read.
func (tr *tableReader) pathFilled(p report.Path) bool {
	s, ok := tr.slots[p]
	return ok && tr.filled[s]
}

// printedRows turns the section's blocks into rows: each row of a table
// block, and each line of prose that ends in numbers (space-aligned
// columns). Lines without numbers are kept as context for the next row.
func (tr *tableReader) printedRows(blocks []block) []printedRow {
	n := 0
	for _, b := range blocks {
		n += max(len(b.rows), 1)
	}
	rows := make([]printedRow, 0, n)
	// The pieces of every row are in one slice: a row's are those after the
	// row before's.
	var pieces []string
	start := 0
	add := func(r printedRow) {
		r.pieces = pieces[start:len(pieces):len(pieces)]
		start = len(pieces)
		rows = append(rows, r)
	}
	for _, b := range blocks {
		if !b.isTable() {
			if r, ok := spacedRow(b.text, b.at); ok {
				add(r)
			} else {
				pieces = append(pieces, report.NormalizeLabel(b.text))
			}
			continue
		}
		for _, cells := range b.rows {
			k := len(cells)
			for k > 0 && isValueLike(cells[k-1].text) {
				k--
			}
			if k == len(cells) && len(cells) > 1 && tr.namesGridRow(cells[0].text) {
				k = 1 // a row's label, then cells that are not numbers
			}
			if k == len(cells) { // labels only: a header row, or label pieces
				at := len(pieces)
				for _, c := range cells {
					pieces = append(pieces, report.NormalizeLabel(c.text))
				}
				if tr.allHeaders(pieces[at:]) {
					pieces = pieces[:at]
				}
				continue
			}
			// When the cell before the values names no row, a cell further
			// left may: then the cells between are damaged values.
			var label labelForm
			if k > 0 {
				label = newLabelForm(report.NormalizeLabel(cells[k-1].text))
			}
			if k > 0 && !tr.namesRow(label) {
				for i := k - 2; i >= 0; i-- {
					if l := newLabelForm(report.NormalizeLabel(cells[i].text)); tr.namesRow(l) {
						k, label = i+1, l
						break
					}
				}
			}
			r := printedRow{values: cells[k:], at: cells[k].at}
			if k > 0 {
				r.raw = cells[k-1].text
				r.label = label.full
				if title := lastTitle(r.raw); title != r.raw {
					r.label = report.NormalizeLabel(title)
				}
				r.at = cells[k-1].at
			}
			add(r)
		}
	}
	return rows
}

func (tr *tableReader) allHeaders(texts []string) bool {
	for _, t := range texts {
		if t != "" && !tr.headers[t] {
			return false
		}
	}
	return true
}

// isRegexpSpace reports whether a byte is white space as \s of package
// regexp means it: '\t', '\n', '\f', '\r' or ' '.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// cutAtSpaceRun cuts s around its first run of two white-space bytes or
// more (\s{2,}): what a label and its value are set apart by.
func cutAtSpaceRun(s string) (before, after string, found bool) {
	for i := 0; i+1 < len(s); i++ {
		if isRegexpSpace(s[i]) && isRegexpSpace(s[i+1]) {
			j := i + 2
			for j < len(s) && isRegexpSpace(s[j]) {
				j++
			}
			return s[:i], s[j:], true
		}
	}
	return s, "", false
}

// lastSpaceGroup returns what follows the last run of two white-space
// bytes or more in s (\s{2,}), or s when it has none: the last group of
// space-aligned columns.
func lastSpaceGroup(s string) string {
	for j := len(s); j >= 2; j-- {
		if isRegexpSpace(s[j-1]) && isRegexpSpace(s[j-2]) {
			return s[j:]
		}
	}
	return s
}

// maxLabelRunes bounds the label of a row: the longest official label has
// 41 characters; annotations add some.
const maxLabelRunes = 80

// spacedRow reads a line of space-aligned columns ("1.属于国家秘密   2   0 …",
// "行政许可 0"): the numbers at its end are the values, the last group of
// text before them its label.
func spacedRow(line string, at Location) (printedRow, bool) {
	fields := strings.Fields(line)
	k := len(fields)
	for k > 0 && (readCell(fields[k-1]).number || readCell(fields[k-1]).na) {
		k--
	}
	if k == len(fields) {
		return printedRow{}, false
	}
	r := printedRow{at: at}
	for _, f := range fields[k:] {
		r.values = append(r.values, cell{text: f, rowspan: 1, colspan: 1, at: at})
	}
	if k > 0 {
		// The label is the last group of text before the numbers, groups
		// being set apart by two spaces or more.
		end := strings.LastIndex(line, fields[k-1]) + len(fields[k-1])
		r.raw = lastSpaceGroup(strings.TrimSpace(line[:end]))
		if utf8.RuneCountInString(r.raw) > maxLabelRunes {
			return printedRow{}, false // prose, or a table run together
		}
		r.label = report.NormalizeLabel(r.raw)
	}
	return r, true
}

// How a printed row was placed in a row of the layout.
const (
	byLabel   = iota + 1 // its label names the row
	byVariant            // its label is close to the label of the row expected there
	byContext            // label pieces on the lines before it name the row
	byOrder              // it has no label, and is the next row by order
)

// placement is where a printed row went, and how.
type placement struct {
	row int // the layout row, or -1
	how int
}

// align places each printed row in a row of the layout: by its label when
// it names one, else in the next row by order when it has no label and its
// number of cells fits. Then it fills the rows.
func (tr *tableReader) align(printed []printedRow) {
	next := 0
	placed := make([]placement, len(printed))
	for i := range printed {
		placed[i] = tr.place(printed, i, next)
		if k := placed[i].row; k >= 0 {
			tr.markFilled(k)
			next = k + 1
		}
	}
	tr.checkOrder(printed, placed)
	padded := tr.paddedTable(printed, placed)
	for i, pl := range placed {
		if pl.row >= 0 {
			tr.fill(pl.row, printed[i], padded)
		}
	}
}

// place finds the layout row of printed row i, row next being the one
// expected by order; -1 when the row is a header or is not read, with a
// diagnostic when it holds values.
func (tr *tableReader) place(printed []printedRow, i, next int) placement {
	p := printed[i]
	if tr.isHeader(p) {
		return placement{row: -1}
	}
	k, how := tr.rowOf(printed, i, next)
	switch {
	case k == -2:
		return placement{row: -1} // a label with no values: a band or a header
	case k < 0:
		if !allEmpty(p.values) {
			tr.d.diagnose(Diagnostic{Severity: validate.Warning, Code: CodeUnknownRow, At: p.at, Found: rowText(p)})
		}
		return placement{row: -1}
	case tr.rows[k].view && !hasNumbers(p.values) && !strings.Contains(p.raw, table.TitleSeparator):
		return placement{row: -1} // a header that names a row of a view, such as 复议后起诉
	case tr.anyFilled(k):
		tr.d.diagnose(Diagnostic{Severity: validate.Warning, Code: CodeDuplicateRow, At: p.at, Expected: tr.rows[k].display, Found: rowText(p)})
		return placement{row: -1}
	}
	switch how {
	case byVariant:
		tr.d.diagnose(Diagnostic{Severity: validate.Info, Code: CodeLabelVariant, At: p.at, Paths: tr.rows[k].paths,
			Expected: tr.rows[k].display, Found: p.raw})
	case byOrder:
		tr.d.diagnose(Diagnostic{Severity: validate.Info, Code: CodePlacedByOrder, At: p.at, Paths: tr.rows[k].paths,
			Expected: tr.rows[k].display, Found: rowText(p)})
	}
	return placement{row: k, how: how}
}

// isHeader reports whether a printed row is a header row (labels after the
// first, no numbers) or a header printed with the data; a header carrying
// numbers is reported, unless it is the 2019 （六）其他处理 row of a 2021
// table.
func (tr *tableReader) isHeader(p printedRow) bool {
	numbers := hasNumbers(p.values)
	if !numbers && hasText(p.values) && !tr.namesGridRow(p.raw) {
		return true
	}
	if tr.headers[p.label] || (p.label != "" && !numbers && matchesHeader(p.label, tr.headers)) {
		// A header printed with the data (or a group label carrying
		// numbers, as a 2021 table printing 其他处理 the 2019 way).
		if !tr.isHybridOtherHandling(p) && numbers {
			tr.d.diagnose(Diagnostic{Severity: validate.Warning, Code: CodeUnknownRow, At: p.at, Found: rowText(p)})
		}
		return true
	}
	return false
}

// rowOf finds the layout row printed row i names, and how: by its label,
// by a label close to the one expected next, by the label pieces before
// it, or by order. It returns -1 when none, -2 for a label with no values.
func (tr *tableReader) rowOf(printed []printedRow, i, next int) (int, int) {
	p := printed[i]
	if p.label != "" {
		if k := tr.matchRow(p.label, next); k >= 0 {
			return k, byLabel
		}
		if allEmpty(p.values) {
			return -2, 0
		}
		if k := tr.variantRow(printed, i, next); k >= 0 {
			return k, byVariant
		}
		return -1, 0
	}
	if p.context() != "" {
		if k := tr.contextRow(p, next); k >= 0 {
			return k, byContext
		}
		if k := tr.viewRow(p); k >= 0 {
			return k, byContext
		}
	}
	if next < len(tr.rows) && !tr.rows[next].view && !tr.anyFilled(next) &&
		len(trimValues(p.values, len(tr.rows[next].paths))) == len(tr.rows[next].paths) {
		if tr.rows[next].label == "" {
			return next, byLabel // a row the format prints without a label (table 四)
		}
		return next, byOrder
	}
	return -1, 0
}

// maxLabelPieces bounds the lines a broken label is looked for on.
const maxLabelPieces = 6

// contextRow returns the row that the label pieces before an unlabelled
// row name: the last piece, or the last pieces joined (a label a PDF broke
// over lines, after a group label or a header fragment), the best match
// winning; -1 when none.
func (tr *tableReader) contextRow(p printedRow, next int) int {
	best, bestScore := -1, noMatch
	for n := 1; n <= min(len(p.pieces), maxLabelPieces); n++ {
		joined := strings.Join(p.pieces[len(p.pieces)-n:], "")
		k := tr.matchRowIn(joined, next, false)
		if k < 0 {
			continue
		}
		if score := matchForms(newLabelForm(joined), tr.rows[k].form); score > bestScore {
			best, bestScore = k, score
		}
	}
	return best
}

// paddedTable reports whether the table's rows are mostly padded with
// empty cells after their values: there, an empty last value is likely
// padding, not a blank.
func (tr *tableReader) paddedTable(printed []printedRow, placed []placement) bool {
	padded, rows := 0, 0
	for i, pl := range placed {
		if pl.row >= 0 {
			rows++
			if len(printed[i].values) > len(tr.rows[pl.row].paths) {
				padded++
			}
		}
	}
	return padded*2 > rows
}

// checkOrder checks the rows placed by order: a run of them must end just
// before the next row placed by its label. Where it does not (a row of
// values lost or added in between), the run's rows cannot be told apart:
// they are not read, and their cells are named.
func (tr *tableReader) checkOrder(printed []printedRow, placed []placement) {
	for i := 0; i < len(placed); {
		if placed[i].how != byOrder {
			i++
			continue
		}
		j := i
		for j < len(placed) && (placed[j].how == byOrder || placed[j].row < 0) {
			j++
		}
		last := -1
		for _, pl := range placed[i:j] {
			if pl.row >= 0 {
				last = pl.row
			}
		}
		if j < len(placed) && placed[j].row != tr.nextGridRow(last) {
			var paths []report.Path
			for n := i; n < j; n++ {
				if k := placed[n].row; k >= 0 {
					paths = append(paths, tr.rows[k].paths...)
					tr.unmarkFilled(k)
					placed[n] = placement{row: -1}
				}
			}
			tr.d.diagnose(Diagnostic{Severity: validate.Warning, Code: CodeOrderMismatch, At: printed[i].at, Paths: paths,
				Expected: tr.rows[placed[j].row].display, Found: rowText(printed[i])})
		}
		i = j
	}
}

// nextGridRow returns the grid row after row k.
func (tr *tableReader) nextGridRow(k int) int {
	for n := k + 1; n < len(tr.rows); n++ {
		if !tr.rows[n].view {
			return n
		}
	}
	return len(tr.rows)
}

// unmarkFilled forgets that the cells of row k are read.
func (tr *tableReader) unmarkFilled(k int) {
	for _, s := range tr.rows[k].slots {
		if tr.filled[s] {
			tr.filled[s] = false
			tr.nFilled--
		}
	}
}

// variantRow returns the row expected next (row next) when printed row i
// carries a label close to its label (a character dropped, added or
// changed, as OCR does) and stands between its known neighbours: the row
// before it was read, and the next labelled row printed is the row after
// it. Else -1.
func (tr *tableReader) variantRow(printed []printedRow, i, next int) int {
	k := next
	if k >= len(tr.rows) || tr.rows[k].view || tr.anyFilled(k) || (k > 0 && !tr.isFilled(k-1)) ||
		!labelsClose(newLabelForm(printed[i].label).bare, tr.rows[k].form.bare) ||
		len(trimValues(printed[i].values, len(tr.rows[k].paths))) != len(tr.rows[k].paths) {
		return -1
	}
	after := tr.nextGridRow(k)
	for _, p := range printed[i+1:] {
		if p.label == "" || tr.headers[p.label] {
			continue
		}
		if after < len(tr.rows) && matchForms(newLabelForm(p.label), tr.rows[after].form) >= bareMatch {
			return k
		}
		return -1
	}
	if after == len(tr.rows) {
		return k // the last row of the table
	}
	return -1
}

// labelsClose reports whether two labels (without item numbers) differ by
// at most a quarter of their characters, and at least by one: a label
// misread by OCR.
func labelsClose(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := max(len(ra), len(rb))
	if len(ra) < 2 || len(rb) < 2 {
		return false
	}
	return editDistance(ra, rb) <= max(1, n/4)
}

// editDistance is the Levenshtein distance between two strings of runes.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// viewRow returns the row of a view (a block of table 四) that the label
// pieces before an unlabelled row name whole, as a table printed in pieces
// under sub-headings names them ("行政诉讼（未经复议直接起诉）" for the
// view row 行政诉讼·未经复议直接起诉), when the row's values fit it; else -1.
func (tr *tableReader) viewRow(p printedRow) int {
	context := squashTitle(p.context())
	for k, r := range tr.rows {
		if !r.view || tr.anyFilled(k) || len(trimValues(p.values, len(r.paths))) != len(r.paths) {
			continue
		}
		if title := squashTitle(report.NormalizeLabel(r.display)); title != "" && strings.HasSuffix(context, title) {
			return k
		}
	}
	return -1
}

// squashTitle drops the brackets and separators of a title, so that
// "行政诉讼(未经复议直接起诉)" and "行政诉讼·未经复议直接起诉" are alike.
func squashTitle(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("()（）·"+table.TitleSeparator, r) {
			return -1
		}
		return r
	}, s)
}

// matchRow finds the layout row a label names: the strongest match, the
// nearest at or after row next among equals; -1 when none or when two rows
// match equally well before it.
func (tr *tableReader) matchRow(label string, next int) int {
	return tr.matchRowIn(label, next, true)
}

// matchRowIn is matchRow, over the rows of the views too or not.
func (tr *tableReader) matchRowIn(label string, next int, views bool) int {
	printed := newLabelForm(label)
	if k := tr.index.lookup(printed, views); k >= 0 {
		return k // the strongest match: no tie to settle
	}
	best, bestScore := -1, noMatch
	var tied []int
	for i, r := range tr.rows {
		if r.view && !views {
			continue
		}
		score := matchForms(printed, r.form)
		if r.view && score < bareMatch {
			continue // the titles of views are printed whole, by renderers
		}
		switch {
		case score == noMatch:
		case score > bestScore:
			best, bestScore, tied = i, score, tied[:0]
		case score == bestScore:
			tied = append(tied, i)
		}
	}
	if len(tied) == 0 || bestScore > fragmentMatch {
		return best
	}
	// A piece of a label that several rows share: the row expected next,
	// if it is one of them.
	if best == next || slices.Contains(tied, next) {
		return next
	}
	return -1
}

// namesRow reports whether a printed label (folded) names, or is a piece
// of, the label of some row of the layout.
func (tr *tableReader) namesRow(l labelForm) bool {
	if tr.index.lookup(l, true) >= 0 {
		return true
	}
	for _, r := range tr.rows {
		if matchForms(l, r.form) != noMatch {
			return true
		}
	}
	return false
}

// namesGridRow reports whether a printed label names a row of the grid
// itself (not of a view) exactly or without its item number.
func (tr *tableReader) namesGridRow(text string) bool {
	// A row of the grid matched exactly or without item numbers is the
	// one the index finds.
	return tr.index.lookup(newLabelForm(report.NormalizeLabel(text)), false) >= 0
}

func matchesHeader(label string, headers map[string]bool) bool {
	for h := range headers {
		if matchLabel(label, h) >= prefixMatch {
			return true
		}
	}
	return false
}

// allEmpty reports whether every cell is empty.
func allEmpty(cells []cell) bool {
	for _, c := range cells {
		if strings.TrimSpace(c.text) != "" {
			return false
		}
	}
	return true
}

// hasText reports whether some cell holds text that is not a value.
func hasText(cells []cell) bool {
	for _, c := range cells {
		if !isValueLike(c.text) {
			return true
		}
	}
	return false
}

func hasNumbers(cells []cell) bool {
	for _, c := range cells {
		if v := readCell(c.text); v.number {
			return true
		}
	}
	return false
}

// trimValues drops empty cells beyond n at the end of a row (a trailing "|"
// or the empty cells of a spanned header).
func trimValues(cells []cell, n int) []cell {
	for len(cells) > n && strings.TrimSpace(cells[len(cells)-1].text) == "" {
		cells = cells[:len(cells)-1]
	}
	return cells
}

func rowText(p printedRow) string {
	var parts []string
	if p.raw != "" {
		parts = append(parts, p.raw)
	}
	for _, c := range p.values {
		parts = append(parts, c.text)
	}
	return strings.Join(parts, " | ")
}

// fill writes a printed row's values into layout row k. In a padded table,
// or where the row's identities fail, an empty last value may be a missing
// cell with the values moved left: the row is reported.
func (tr *tableReader) fill(k int, p printedRow, paddedTable bool) {
	row := tr.rows[k]
	values := trimValues(p.values, len(row.paths))
	if fused := fusedCell(values); fused >= 0 {
		split, ok := tr.splitFused(k, values)
		if !ok {
			// Numbers run together in a cell, and no reading of them fits
			// the row: none of its cells can be trusted.
			tr.d.diagnose(Diagnostic{Severity: validate.Error, Code: CodeBadCell, At: values[fused].at, Paths: row.paths,
				Expected: report.KindCount.String(), Found: values[fused].text})
			return
		}
		tr.d.diagnose(Diagnostic{Severity: validate.Info, Code: CodeFusedCell, At: values[fused].at, Paths: row.paths,
			Expected: cellTexts(split), Found: values[fused].text})
		values = split
	}
	if len(values) != len(row.paths) {
		tr.d.diagnose(Diagnostic{Severity: validate.Error, Code: CodeCellCount, At: p.at, Paths: row.paths,
			Expected: strconv.Itoa(len(row.paths)), Found: rowText(p)})
		return
	}
	if strings.TrimSpace(values[len(values)-1].text) == "" && (paddedTable || tr.identityFails(values)) {
		tr.d.diagnose(Diagnostic{Severity: validate.Warning, Code: CodePaddedRow, At: p.at, Paths: row.paths,
			Expected: strconv.Itoa(len(row.paths)), Found: rowText(p)})
	}
	for i, path := range row.paths {
		if row.cells != nil && tr.layout.Format == tr.d.rep.Format {
			tr.d.setValue(row.cells[i], values[i].text, values[i].at) // looked up already
			continue
		}
		tr.d.setCell(path, values[i].text, values[i].at)
	}
}

// fusedNumber is one number in a cell that holds several.
var fusedNumber = regexp.MustCompile(`-?[0-9]+(\.[0-9]+)?`)

// fusedCell returns the index of the first cell that holds several
// numbers run together ("16-0", "35-15", "1 8"), or -1.
func fusedCell(values []cell) int {
	for i, c := range values {
		if v := readCell(c.text); !v.blank && !v.na && !v.number && len(splitCellNumbers(v.text)) > 1 {
			return i
		}
	}
	return -1
}

// splitCellNumbers returns the numbers a folded cell holds when it holds
// nothing else but spaces between them, each minus sign starting a
// number; else nil.
func splitCellNumbers(text string) []string {
	nums := fusedNumber.FindAllString(text, -1)
	if strings.Join(nums, "") != strings.ReplaceAll(text, " ", "") {
		return nil
	}
	return nums
}

// splitFused reads a row with numbers run together in its cells: each such
// cell gives its numbers, a minus sign being the sign of the number after
// it. The reading is taken when it gives as many values as the row has
// cells, each one its column allows, and the row's identity holds.
func (tr *tableReader) splitFused(k int, values []cell) ([]cell, bool) {
	var out []cell
	for _, c := range values {
		v := readCell(c.text)
		nums := splitCellNumbers(v.text)
		if v.blank || v.na || v.number || nums == nil {
			out = append(out, c)
			continue
		}
		for _, n := range nums {
			out = append(out, cell{text: n, rowspan: 1, colspan: 1, at: c.at})
		}
	}
	out = trimValues(out, len(tr.rows[k].paths))
	if len(out) != len(tr.rows[k].paths) {
		return nil, false
	}
	for i, kind := range tr.kinds(k) {
		if v := readCell(out[i].text); v.number {
			if _, ok := splitValue(v.text, kind); !ok {
				return nil, false
			}
		}
	}
	return out, !tr.identityFails(out)
}

// cellTexts joins the texts of cells with spaces.
func cellTexts(cells []cell) string {
	var parts []string
	for _, c := range cells {
		parts = append(parts, c.text)
	}
	return strings.Join(parts, " ")
}

// identityFails reports whether a row's numbers break the identity of its
// table (总计 = the sum of the parts, where every part is a number).
func (tr *tableReader) identityFails(values []cell) bool {
	check := tr.identity(len(values))
	size := len(values)
	if tr.layout.Section == report.SectionAppeals {
		size = report.NumTable4Columns
	}
	for b := 0; b+size <= len(values); b += size {
		nums := make([]int64, 0, size)
		for _, c := range values[b : b+size] {
			n, ok := parseCount(readCell(c.text).text)
			if !ok || !readCell(c.text).number {
				break
			}
			nums = append(nums, n)
		}
		if len(nums) == size && !check(padTo(nums, len(values))) {
			return true
		}
	}
	return false
}

// padTo returns a block of numbers in a row of n values, for a check that
// reads whole rows; blocks beyond it are zeros, which hold.
func padTo(nums []int64, n int) []int64 {
	out := make([]int64, n)
	copy(out, nums)
	return out
}

// setCell stores one printed value in the report cell at path.
func (d *doc) setCell(path report.Path, text string, at Location) {
	cellInfo, ok := report.LookupCell(d.rep.Format, path)
	if !ok {
		if cellInfo, ok = report.LookupCell(report.Format2019, path); !ok || !report.IsCombinedCell(d.rep.Format, cellInfo) {
			return
		}
	}
	d.setValue(cellInfo, text, at)
}

// setValue stores one printed value in report cell cellInfo.
func (d *doc) setValue(cellInfo report.Cell, text string, at Location) {
	path := cellInfo.Path
	v := readCell(text)
	val := report.Value{Kind: cellInfo.Kind, Count: report.Blank, Amount: report.BlankAmount}
	switch {
	case v.blank:
	case v.na:
		val.Count, val.Amount = report.NotApplicable, report.NotApplicableAmount
	case !v.number:
		d.diagnose(Diagnostic{Severity: validate.Error, Code: CodeBadCell, At: at, Paths: []report.Path{path}, Expected: cellInfo.Kind.String(), Found: text})
		return
	case cellInfo.Kind == report.KindAmount:
		a, err := report.ParseAmount(v.text)
		if err != nil {
			d.diagnose(Diagnostic{Severity: validate.Error, Code: CodeBadCell, At: at, Paths: []report.Path{path}, Expected: cellInfo.Kind.String(), Found: text})
			return
		}
		val.Amount, val.Unit = a, v.unit
		if cellInfo.Unit == report.UnitWan && v.unit == report.UnitYuan {
			val.Amount = a.YuanToWan()
		}
	default:
		n, ok := parseCount(v.text)
		if !ok || (n < 0 && cellInfo.Kind != report.KindSignedCount) {
			d.diagnose(Diagnostic{Severity: validate.Error, Code: CodeBadCell, At: at, Paths: []report.Path{path}, Expected: cellInfo.Kind.String(), Found: text})
			return
		}
		val.Count = report.Count(n)
	}
	if v.suffix != "" {
		d.diagnose(Diagnostic{Severity: validate.Info, Code: CodeUnit, At: at, Paths: []report.Path{path}, Expected: v.text, Found: v.suffix})
	}
	_ = d.rep.Set(path, val)
}

// parseCount reads an integer count within report.MaxCount.
func parseCount(s string) (int64, bool) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if s == "" || len(s) > 13 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int64(s[i]-'0')
	}
	if n > report.MaxCount {
		return 0, false
	}
	if neg {
		n = -n
	}
	return n, true
}

// reportMissing names the cells of the layout that no printed row filled,
// a row at a time.
func (tr *tableReader) reportMissing() {
	if tr.nFilled == 0 {
		var paths []report.Path
		for _, r := range tr.rows {
			if !r.view {
				paths = append(paths, r.paths...)
			}
		}
		tr.d.diagnose(Diagnostic{Severity: validate.Error, Code: CodeNoTable, At: tr.at, Paths: paths, Expected: tr.layout.Section.Label(tr.layout.Format)})
		return
	}
	for _, r := range tr.rows {
		if r.view || tr.standsForCombined(r) {
			continue
		}
		var missing []report.Path
		for i, p := range r.paths {
			if !tr.filled[r.slots[i]] {
				missing = append(missing, p)
			}
		}
		if len(missing) == 0 {
			continue
		}
		label := r.display
		if label == "" {
			label = tr.layout.Section.Label(tr.layout.Format)
		}
		tr.d.diagnose(Diagnostic{Severity: validate.Error, Code: CodeMissingRow, At: tr.at, Paths: missing, Expected: label})
	}
}
