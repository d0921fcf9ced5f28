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

// layoutIndex holds the rows and headers of every layout, worked out once.
var layoutIndex = func() map[*table.Layout]layoutInfo {
	m := map[*table.Layout]layoutInfo{}
	for _, f := range report.Formats() {
		for _, l := range table.Layouts(f) {
			rows, headers := layoutRows(l)
			m[l] = layoutInfo{rows, headers}
		}
	}
	return m
}()

type layoutInfo struct {
	rows    []layoutRow
	headers map[string]bool
}

// layoutRowsOf returns the rows and headers of a layout.
func layoutRowsOf(l *table.Layout) ([]layoutRow, map[string]bool) {
	if info, ok := layoutIndex[l]; ok {
		return info.rows, info.headers
	}
	return layoutRows(l)
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
	bareRunes int
}

func newLabelForm(folded string) labelForm {
	bare := report.StripNumbering(folded)
	return labelForm{full: folded, bare: bare, bareRunes: utf8.RuneCountInString(bare)}
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
	case strings.HasPrefix(p.bare, o.bare+"("):
		return prefixMatch // an annotation in brackets: 规章(设区的市…)
	case p.bareRunes >= 4 && o.bareRunes >= 4 &&
		(strings.HasPrefix(p.bare, o.bare) || strings.HasPrefix(o.bare, p.bare) || strings.HasSuffix(o.bare, p.bare)):
		return prefixMatch
	case p.bareRunes >= 5 && strings.Contains(o.bare, p.bare):
		return fragmentMatch
	}
	return noMatch
}

// printedRow is a row as the document prints it.
type printedRow struct {
	label   string // its label, folded ("" when it has none)
	raw     string // its label as printed
	context string // label pieces on the lines before it, folded
	values  []cell
	at      Location
}

// tableReader reads one table of a section into the report.
type tableReader struct {
	d       *doc
	layout  *table.Layout
	rows    []layoutRow
	headers map[string]bool
	filled  map[report.Path]bool
	at      Location // where the section starts
}

// readTables reads tables 二, 三 and 四.
func (d *doc) readTables() {
	for _, l := range table.Layouts(d.rep.Format) {
		from, to, ok := d.sectionBlocks(l.Section)
		at := Location{}
		if ok {
			at = d.blocks[from-1].at
		} else {
			from, to = 0, 0
		}
		rows, headers := layoutRowsOf(l)
		tr := &tableReader{d: d, layout: l, rows: rows, headers: headers, filled: map[report.Path]bool{}, at: at}
		tr.read(d.blocks[from:to])
	}
}

// read fills the table from the blocks of its section.
func (tr *tableReader) read(blocks []block) {
	printed := tr.printedRows(blocks)
	tr.align(printed)
	if tr.count() < (len(tr.rows)+1)/2 {
		// Few rows found: the section's text may run together.
		var text strings.Builder
		for _, b := range blocks {
			if !b.isTable() {
				text.WriteString(b.text)
			}
		}
		if text.Len() > 0 {
			tr.readRunTogether(text.String())
		}
	}
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
	for _, p := range tr.rows[k].paths {
		if !tr.filled[p] {
			return false
		}
	}
	return true
}

// anyFilled reports whether some cell of row k has been read.
func (tr *tableReader) anyFilled(k int) bool {
	for _, p := range tr.rows[k].paths {
		if tr.filled[p] {
			return true
		}
	}
	return false
}

// markFilled records that the cells of row k are read.
func (tr *tableReader) markFilled(k int) {
	for _, p := range tr.rows[k].paths {
		tr.filled[p] = true
	}
}

// printedRows turns the section's blocks into rows: each row of a table
// block, and each line of prose that ends in numbers (space-aligned
// columns). Lines without numbers are kept as context for the next row.
func (tr *tableReader) printedRows(blocks []block) []printedRow {
	var rows []printedRow
	var context []string
	add := func(r printedRow) {
		r.context = strings.Join(context, "")
		context = context[:0]
		rows = append(rows, r)
	}
	for _, b := range blocks {
		if !b.isTable() {
			if r, ok := spacedRow(b.text, b.at); ok {
				add(r)
			} else {
				context = append(context, report.NormalizeLabel(b.text))
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
				var texts []string
				for _, c := range cells {
					texts = append(texts, report.NormalizeLabel(c.text))
				}
				if !tr.allHeaders(texts) {
					context = append(context, texts...)
				}
				continue
			}
			// When the cell before the values names no row, a cell further
			// left may: then the cells between are damaged values.
			if k > 0 && !tr.namesRow(cells[k-1].text) {
				for i := k - 2; i >= 0; i-- {
					if tr.namesRow(cells[i].text) {
						k = i + 1
						break
					}
				}
			}
			r := printedRow{values: cells[k:], at: cells[k].at}
			if k > 0 {
				r.raw = cells[k-1].text
				r.label = report.NormalizeLabel(lastTitle(r.raw))
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

var spaceRun = regexp.MustCompile(`\s{2,}`)

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
		groups := spaceRun.Split(strings.TrimSpace(line[:end]), -1)
		r.raw = groups[len(groups)-1]
		if utf8.RuneCountInString(r.raw) > maxLabelRunes {
			return printedRow{}, false // prose, or a table run together
		}
		r.label = report.NormalizeLabel(r.raw)
	}
	return r, true
}

// align places each printed row in a row of the layout: by its label when
// it names one, else in the next row by order when it has no label and its
// number of cells fits. Then it fills the rows.
func (tr *tableReader) align(printed []printedRow) {
	next := 0
	placed := make([]int, len(printed))
	for i, p := range printed {
		placed[i] = -1
		if !hasNumbers(p.values) && hasText(p.values) && !tr.namesGridRow(p.raw) {
			continue // a header row: labels after the first, no numbers
		}
		if tr.headers[p.label] || (p.label != "" && !hasNumbers(p.values) && matchesHeader(p.label, tr.headers)) {
			// A header printed with the data (or a group label carrying
			// numbers, as a 2021 table printing 其他处理 the 2019 way).
			if !tr.isHybridOtherHandling(p) && hasNumbers(p.values) {
				tr.d.diagnose(Diagnostic{Severity: validate.Warning, Code: CodeUnknownRow, At: p.at, Found: rowText(p)})
			}
			continue
		}
		k := -1
		if p.label != "" {
			k = tr.matchRow(p.label, next)
			if k < 0 && allEmpty(p.values) {
				continue // a label with no values: a band or a header
			}
		}
		if k < 0 && p.label == "" && p.context != "" {
			k = tr.matchRowIn(p.context, next, false) // pieces of a label a PDF broke
		}
		if k < 0 && p.label == "" && next < len(tr.rows) && !tr.anyFilled(next) &&
			len(trimValues(p.values, len(tr.rows[next].paths))) == len(tr.rows[next].paths) {
			k = next
		}
		if k < 0 {
			if !allEmpty(p.values) {
				tr.d.diagnose(Diagnostic{Severity: validate.Warning, Code: CodeUnknownRow, At: p.at, Found: rowText(p)})
			}
			continue
		}
		if tr.rows[k].view && !hasNumbers(p.values) && !strings.Contains(p.raw, table.TitleSeparator) {
			continue // a header that names a row of a view, such as 复议后起诉
		}
		if tr.anyFilled(k) {
			tr.d.diagnose(Diagnostic{Severity: validate.Warning, Code: CodeDuplicateRow, At: p.at, Expected: tr.rows[k].display, Found: rowText(p)})
			continue
		}
		tr.markFilled(k)
		placed[i] = k
		next = k + 1
	}
	// A table whose rows are mostly padded with empty cells after their
	// values: there, an empty last value is likely padding, not a blank.
	padded, rows := 0, 0
	for i, k := range placed {
		if k >= 0 {
			rows++
			if len(printed[i].values) > len(tr.rows[k].paths) {
				padded++
			}
		}
	}
	for i, k := range placed {
		if k >= 0 {
			tr.fill(k, printed[i], padded*2 > rows)
		}
	}
}

// matchRow finds the layout row a label names: the strongest match, the
// nearest at or after row next among equals; -1 when none or when two rows
// match equally well before it.
func (tr *tableReader) matchRow(label string, next int) int {
	return tr.matchRowIn(label, next, true)
}

// matchRowIn is matchRow, over the rows of the views too or not.
func (tr *tableReader) matchRowIn(label string, next int, views bool) int {
	best, bestScore := -1, noMatch
	var tied []int
	printed := newLabelForm(label)
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

// namesRow reports whether a printed label names, or is a piece of, the
// label of some row of the layout.
func (tr *tableReader) namesRow(text string) bool {
	l := newLabelForm(report.NormalizeLabel(text))
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
	l := newLabelForm(report.NormalizeLabel(text))
	for _, r := range tr.rows {
		if !r.view && matchForms(l, r.form) >= bareMatch {
			return true
		}
	}
	return false
}

func matchesHeader(label string, headers map[string]bool) bool {
	for h := range headers {
		if matchLabel(label, h) >= prefixMatch {
			return true
		}
	}
	return false
}

// isHybridOtherHandling reports (and diagnoses) a 2021 table 三 that prints
// （六）其他处理 as one row of numbers, as the 2019 format did.
func (tr *tableReader) isHybridOtherHandling(p printedRow) bool {
	if tr.layout.Format != report.Format2021 || tr.layout.Section != report.SectionRequests ||
		matchLabel(p.label, report.NormalizeLabel(report.OtherHandling.Label())) < bareMatch || !hasNumbers(p.values) {
		return false
	}
	var paths []report.Path
	for _, r := range report.OtherHandling.Rows(report.Format2021) {
		for _, a := range report.Applicants() {
			paths = append(paths, report.Table3Path(r, a))
		}
	}
	tr.d.diagnose(Diagnostic{Severity: validate.Warning, Code: CodeHybridOtherHandling, At: p.at, Paths: paths, Found: rowText(p)})
	return true
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
		tr.d.setCell(path, values[i].text, values[i].at)
	}
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
		return
	}
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
	if len(tr.filled) == 0 {
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
		if r.view {
			continue
		}
		var missing []report.Path
		for _, p := range r.paths {
			if !tr.filled[p] {
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
