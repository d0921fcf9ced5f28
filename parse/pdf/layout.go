package pdf

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/report"
)

// This file rebuilds a document from what a page shows: characters at
// positions and ruling lines. It knows nothing of the engine, so that it can
// be tested and fuzzed on its own.

// Page is what one page of a PDF shows, in PDF points (1/72 inch) with y
// growing upward from the bottom of the page.
type Page struct {
	// Number is the page's number, from 1.
	Number int
	// Width and Height are the page's size.
	Width, Height float64
	// Glyphs are the characters drawn on the page, in any order.
	Glyphs []Glyph
	// Rules are the ruling lines and thin filled rectangles drawn on the
	// page: the borders of table cells.
	Rules []Rule
}

// Glyph is one character drawn on a page.
type Glyph struct {
	// Rune is the character.
	Rune rune
	// X and Y are its origin: the left end of its baseline.
	X, Y float64
	// Box is the box of the character cell (the font's ascent to its
	// descent, the advance wide).
	Box Rect
}

// Rect is a rectangle on a page.
type Rect struct {
	// Left is its x at the left.
	Left float64
	// Bottom is its lower y: y grows upward.
	Bottom float64
	// Right is its x at the right.
	Right float64
	// Top is its upper y.
	Top float64
}

func (r Rect) width() float64  { return r.Right - r.Left }
func (r Rect) height() float64 { return r.Top - r.Bottom }

// Rule is a ruling line, or a thin filled rectangle, drawn on a page: its
// bounding box.
type Rule Rect

// Bounds on what one page may hold: a page above them is cut, so that the
// work stays bounded whatever the input. Real report pages hold a few
// thousand characters and a few hundred lines.
const (
	maxGlyphsPerPage = 12000
	maxRulesPerPage  = 4000
)

// Rebuild turns the pages of a document into blocks, in reading order:
// paragraphs of prose (lines joined by their baselines, indents and
// margins) and tables (cells from the ruling lines, text wrapped inside a
// cell joined, one-character-a-line labels read as one label, a table that
// runs over a page break joined into one with its repeated header rows
// dropped, the labels spanning rows over the break going on as one cell,
// and blank cells kept in their columns). Page numbers and running headers and footers are dropped.
func Rebuild(pages []Page) []parse.Block {
	var items []item
	for i := range pages {
		items = append(items, pageItems(&pages[i])...)
	}
	items = dropFurniture(items, pages)
	items = joinTables(items)
	return toBlocks(items)
}

// item is a line of prose or a table, on a page.
type item struct {
	page  int
	top   float64 // its top, for the order on the page
	line  *line
	table *table
}

// line is a line of text: glyphs on one baseline.
type line struct {
	text       string
	x0, x1, y  float64
	size       float64 // the height of its character boxes
	pageHeight float64
	columns    bool // it has gaps of columns (a row of a table without rules)
}

// table is a table rebuilt from ruling lines.
type table struct {
	box  Rect
	rows [][]*tcell
}

// tcell is a cell of a table.
type tcell struct {
	text             string
	rowspan, colspan int
	x0, x1           float64
	bottom           bool // it reaches the bottom of the table
	wasBottom        bool // it reached the bottom before the table was continued
	page             int
}

// clean says whether a glyph is kept: not a control or a space (spaces are
// worked out from gaps), nor a character the engine could not map.
func clean(g Glyph) bool {
	r := g.Rune
	if r <= ' ' || r == 0xFFFD || r == 0xFFFE || r == 0xFEFF || unicode.IsSpace(r) || unicode.IsControl(r) || !utf8.ValidRune(r) {
		return false
	}
	b := g.Box
	return finite(g.X, g.Y, b.Left, b.Bottom, b.Right, b.Top) && b.Top >= b.Bottom && b.Right >= b.Left
}

func finite(fs ...float64) bool {
	for _, f := range fs {
		if math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) > 1e6 {
			return false
		}
	}
	return true
}

// pageItems finds the tables and lines of a page, top to bottom.
func pageItems(p *Page) []item {
	glyphs := make([]Glyph, 0, min(len(p.Glyphs), maxGlyphsPerPage))
	for _, g := range p.Glyphs {
		if len(glyphs) == maxGlyphsPerPage {
			break
		}
		if clean(g) {
			glyphs = append(glyphs, g)
		}
	}
	tables := findTables(dropUnderlines(p.Rules, glyphs))
	var items []item
	inTable := make([]bool, len(glyphs))
	for _, g := range tables {
		t, used := g.fill(glyphs, p.Number)
		for i := range used {
			inTable[used[i]] = true
		}
		if t != nil {
			items = append(items, item{page: p.Number, top: t.box.Top, table: t})
		}
	}
	var rest []Glyph
	for i, g := range glyphs {
		if !inTable[i] {
			rest = append(rest, g)
		}
	}
	for _, l := range makeLines(rest) {
		l.pageHeight = p.Height
		items = append(items, item{page: p.Number, top: l.y + l.size, line: l})
	}
	slices.SortStableFunc(items, func(a, b item) int { return cmp.Compare(b.top, a.top) })
	return items
}

// glyphSize is the height of a glyph's box, or a guess when the box is
// flat.
func glyphSize(g Glyph) float64 {
	if h := g.Box.height(); h > 0.5 {
		return h
	}
	if w := g.Box.width(); w > 0.5 {
		return w
	}
	return 1
}

// makeLines groups glyphs into lines by their baselines, top to bottom,
// each left to right.
func makeLines(glyphs []Glyph) []*line {
	if len(glyphs) == 0 {
		return nil
	}
	gs := slices.Clone(glyphs)
	slices.SortStableFunc(gs, func(a, b Glyph) int { return cmp.Compare(b.Y, a.Y) })
	var groups [][]Glyph
	var ref, size float64
	for _, g := range gs {
		n := len(groups)
		if n > 0 && math.Abs(ref-g.Y) <= 0.4*max(size, glyphSize(g)) {
			groups[n-1] = append(groups[n-1], g)
			size = max(size, glyphSize(g))
			continue
		}
		groups = append(groups, []Glyph{g})
		ref, size = g.Y, glyphSize(g)
	}
	lines := make([]*line, 0, len(groups))
	for _, grp := range groups {
		lines = append(lines, makeLine(grp))
	}
	return lines
}

// makeLine writes the glyphs of one line in order, with a space where a
// gap sets apart words that are not Chinese.
func makeLine(gs []Glyph) *line {
	slices.SortStableFunc(gs, func(a, b Glyph) int { return cmp.Compare(a.Box.Left, b.Box.Left) })
	var sb strings.Builder
	var sizes []float64
	l := &line{x0: gs[0].Box.Left, y: gs[0].Y}
	var prev *Glyph
	for i := range gs {
		g := &gs[i]
		size := glyphSize(*g)
		sizes = append(sizes, size)
		if prev != nil {
			gap := g.Box.Left - prev.Box.Right
			switch {
			case gap > 1.5*size:
				sb.WriteString("  ") // a column apart, as space-aligned text sets it
				l.columns = true
			case gap > 0.2*size && (!wide(prev.Rune) || !wide(g.Rune)):
				sb.WriteByte(' ')
			}
		}
		sb.WriteRune(g.Rune)
		l.x1 = max(l.x1, g.Box.Right)
		prev = g
	}
	slices.Sort(sizes)
	l.size = sizes[len(sizes)/2]
	l.text = sb.String()
	return l
}

// wide reports whether a character is Chinese or full-width: no space is
// written between two of them.
func wide(r rune) bool {
	return r >= 0x2E80 || unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) || r == '“' || r == '”' || r == '—' || r == '…'
}

// join joins two pieces of text: with a space between Latin letters or
// digits when asked for, else with nothing (Chinese text, and a number
// wrapped in a cell).
func join(a, b string, spaced bool) string {
	if a == "" || b == "" {
		return a + b
	}
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if spaced && ra < 0x80 && rb < 0x80 && unicode.IsLetter(ra) && unicode.IsLetter(rb) {
		return a + " " + b
	}
	return a + b
}

// upright turns the positions of a page that is shown rotated (its
// /Rotate entry: quarter turns clockwise) into those of the page as shown,
// so that lines run left to right whatever the page's rotation. Width and
// Height are the page's size as shown.
func upright(p *Page, quarters int) {
	w, h := p.Width, p.Height // as shown
	var f func(x, y float64) (float64, float64)
	switch ((quarters % 4) + 4) % 4 {
	case 1: // the page's own width is h
		f = func(x, y float64) (float64, float64) { return y, h - x }
	case 2:
		f = func(x, y float64) (float64, float64) { return w - x, h - y }
	case 3:
		f = func(x, y float64) (float64, float64) { return w - y, x }
	default:
		return
	}
	box := func(r Rect) Rect {
		x0, y0 := f(r.Left, r.Bottom)
		x1, y1 := f(r.Right, r.Top)
		return Rect{min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)}
	}
	for i := range p.Glyphs {
		g := &p.Glyphs[i]
		g.Box = box(g.Box)
		// The origin: the left end of the baseline as shown.
		g.X, g.Y = f(g.X, g.Y)
		g.X = g.Box.Left
	}
	for i := range p.Rules {
		p.Rules[i] = Rule(box(Rect(p.Rules[i])))
	}
}

// ---- tables ----

// dropUnderlines removes the horizontal rules that underline text (links in
// a page saved from a portal): rules just under the baseline of glyphs that
// cover half their length or more. A cell border lies further below the
// text, past its descent and the cell's padding.
func dropUnderlines(rules []Rule, glyphs []Glyph) []Rule {
	// The glyphs by baseline, to look at those near each rule only.
	byY := slices.Clone(glyphs)
	slices.SortFunc(byY, func(a, b Glyph) int { return cmp.Compare(a.Y, b.Y) })
	maxSize := 0.0
	for _, g := range byY {
		maxSize = max(maxSize, glyphSize(g))
	}
	var kept []Rule
	for _, r := range rules {
		w := Rect(r).width()
		if Rect(r).height() > 2.5 || w < 3 {
			kept = append(kept, r)
			continue
		}
		y := (r.Bottom + r.Top) / 2
		i, _ := slices.BinarySearchFunc(byY, y-0.05*maxSize, func(g Glyph, v float64) int { return cmp.Compare(g.Y, v) })
		covered := 0.0
		for ; i < len(byY) && byY[i].Y <= y+0.25*maxSize; i++ {
			g := byY[i]
			size := glyphSize(g)
			if d := g.Y - y; d < -0.05*size || d > 0.25*size {
				continue
			}
			covered += max(0, min(g.Box.Right, r.Right)-max(g.Box.Left, r.Left))
		}
		if covered < 0.5*w {
			kept = append(kept, r)
		}
	}
	return kept
}

// grid is a table's ruling lines: the x of its column boundaries, the y of
// its row boundaries (top first), and the rules that say where an inner
// boundary is drawn.
type grid struct {
	box    Rect
	xs, ys []float64
	hs, vs []Rule
}

const ruleTol = 2.0 // points within which rules meet

// findTables groups the rules of a page into tables: sets of horizontal
// and vertical rules that meet, with at least two of each.
func findTables(rules []Rule) []*grid {
	var hs, vs []Rule
	for _, r := range rules {
		if len(hs)+len(vs) == maxRulesPerPage {
			break
		}
		rr := Rect(r)
		if !finite(rr.Left, rr.Bottom, rr.Right, rr.Top) || rr.width() < 0 || rr.height() < 0 {
			continue
		}
		w, h := rr.width(), rr.height()
		switch {
		case h <= 2.5 && w >= 3:
			hs = append(hs, r)
		case w <= 2.5 && h >= 3:
			vs = append(vs, r)
		}
	}
	all := append(slices.Clone(hs), vs...)
	sets := newDisjointSets(len(all))
	for i := range hs {
		for j := len(hs); j < len(all); j++ {
			if touch(Rect(all[i]), Rect(all[j])) {
				sets.join(i, j)
			}
		}
	}
	comps := map[int]*grid{}
	var order []int
	for i, r := range all {
		root := sets.find(i)
		g, ok := comps[root]
		if !ok {
			g = &grid{box: Rect(r)}
			comps[root] = g
			order = append(order, root)
		}
		if i < len(hs) {
			g.hs = append(g.hs, r)
		} else {
			g.vs = append(g.vs, r)
		}
		g.box = union(g.box, Rect(r))
	}
	var out []*grid
	for _, root := range order {
		g := comps[root]
		if len(g.hs) < 2 || len(g.vs) < 2 || g.box.width() < 20 || g.box.height() < 8 {
			continue
		}
		var xs, ys []float64
		for _, v := range g.vs {
			xs = append(xs, (v.Left+v.Right)/2)
		}
		for _, h := range g.hs {
			ys = append(ys, (h.Bottom+h.Top)/2)
		}
		g.xs = cluster(xs)
		g.ys = cluster(ys)
		slices.Reverse(g.ys)
		if len(g.xs) < 2 || len(g.ys) < 2 {
			continue
		}
		out = append(out, g)
	}
	return out
}

func touch(a, b Rect) bool {
	return a.Left-ruleTol <= b.Right && b.Left-ruleTol <= a.Right && a.Bottom-ruleTol <= b.Top && b.Bottom-ruleTol <= a.Top
}

func union(a, b Rect) Rect {
	return Rect{min(a.Left, b.Left), min(a.Bottom, b.Bottom), max(a.Right, b.Right), max(a.Top, b.Top)}
}

// cluster sorts values and merges those within ruleTol of each other into
// their mean.
func cluster(vs []float64) []float64 { return clusterWithin(vs, ruleTol) }

// clusterWithin sorts values and merges those within tol of the one before
// into their mean.
func clusterWithin(vs []float64, tol float64) []float64 {
	slices.Sort(vs)
	var out []float64
	start := 0
	for i := 1; i <= len(vs); i++ {
		if i == len(vs) || vs[i]-vs[i-1] > tol {
			sum := 0.0
			for _, v := range vs[start:i] {
				sum += v
			}
			out = append(out, sum/float64(i-start))
			start = i
		}
	}
	return out
}

// hasV reports whether a vertical rule is drawn at x over the middle of
// the span from y0 up to y1.
func (g *grid) hasV(x, y0, y1 float64) bool {
	return ruleAt(g.vs, x, (y0+y1)/2, func(r Rule) (float64, float64, float64) {
		return (r.Left + r.Right) / 2, r.Bottom, r.Top
	})
}

// hasH reports whether a horizontal rule is drawn at y over the middle of
// the span from x0 to x1.
func (g *grid) hasH(y, x0, x1 float64) bool {
	return ruleAt(g.hs, y, (x0+x1)/2, func(r Rule) (float64, float64, float64) {
		return (r.Bottom + r.Top) / 2, r.Left, r.Right
	})
}

// ruleAt reports whether one of rules stands at pos (across its length)
// and covers mid (along it); axis gives a rule's position, start and end.
func ruleAt(rules []Rule, pos, mid float64, axis func(Rule) (at, from, to float64)) bool {
	for _, r := range rules {
		if at, from, to := axis(r); math.Abs(at-pos) <= ruleTol && from-ruleTol <= mid && mid <= to+ruleTol {
			return true
		}
	}
	return false
}

// fill makes the table of a grid: the cells are the regions its inner
// rules enclose (a missing rule merges the cells on either side), each
// holding the glyphs whose centres fall in it. It returns the table and the
// indexes of the glyphs it took.
func (g *grid) fill(glyphs []Glyph, page int) (*table, []int) {
	nr, nc := len(g.ys)-1, len(g.xs)-1
	if nr*nc > 10000 { // no real table has that many cells
		return nil, nil
	}
	roots, regions := g.regions()
	used := g.place(glyphs, roots, regions)
	return g.table(roots, regions, page), used
}

// region is a cell of a grid's table: the elementary cells from row r0 to
// r1 and column c0 to c1 that no inner rule separates, and its glyphs.
type region struct {
	r0, r1, c0, c1 int
	glyphs         []Glyph
}

// regions joins the elementary cells of the grid that no inner rule
// separates. It returns the root of each elementary cell's region (by
// row*columns+column) and the regions by root.
func (g *grid) regions() ([]int, map[int]*region) {
	nr, nc := len(g.ys)-1, len(g.xs)-1
	sets := newDisjointSets(nr * nc)
	for r := range nr {
		for c := range nc {
			if c+1 < nc && !g.hasV(g.xs[c+1], g.ys[r+1], g.ys[r]) {
				sets.join(r*nc+c, r*nc+c+1)
			}
			if r+1 < nr && !g.hasH(g.ys[r+1], g.xs[c], g.xs[c+1]) {
				sets.join(r*nc+c, (r+1)*nc+c)
			}
		}
	}
	roots := make([]int, nr*nc)
	regions := map[int]*region{}
	for r := range nr {
		for c := range nc {
			root := sets.find(r*nc + c)
			roots[r*nc+c] = root
			if reg, ok := regions[root]; ok {
				reg.r0, reg.r1 = min(reg.r0, r), max(reg.r1, r)
				reg.c0, reg.c1 = min(reg.c0, c), max(reg.c1, c)
			} else {
				regions[root] = &region{r0: r, r1: r, c0: c, c1: c}
			}
		}
	}
	return roots, regions
}

// place puts each glyph whose centre falls inside the grid into its
// region, and returns the indexes of the glyphs placed.
func (g *grid) place(glyphs []Glyph, roots []int, regions map[int]*region) []int {
	nr, nc := len(g.ys)-1, len(g.xs)-1
	var used []int
	for i, gl := range glyphs {
		cx, cy := (gl.Box.Left+gl.Box.Right)/2, (gl.Box.Bottom+gl.Box.Top)/2
		if cx < g.xs[0] || cx > g.xs[nc] || cy > g.ys[0] || cy < g.ys[nr] {
			continue
		}
		c, _ := slices.BinarySearch(g.xs, cx)
		c = min(max(c-1, 0), nc-1)
		r := 0
		for r < nr-1 && cy < g.ys[r+1] {
			r++
		}
		reg := regions[roots[r*nc+c]]
		reg.glyphs = append(reg.glyphs, gl)
		used = append(used, i)
	}
	return used
}

// table makes the table of the regions: a cell for each, in the row of its
// top, left to right.
func (g *grid) table(roots []int, regions map[int]*region, page int) *table {
	nr, nc := len(g.ys)-1, len(g.xs)-1
	t := &table{box: Rect{g.xs[0], g.ys[nr], g.xs[nc], g.ys[0]}}
	t.rows = make([][]*tcell, nr)
	seen := map[int]bool{}
	for r := range nr {
		for c := range nc {
			root := roots[r*nc+c]
			if seen[root] {
				continue
			}
			seen[root] = true
			reg := regions[root]
			t.rows[r] = append(t.rows[r], &tcell{
				text:    cellText(reg.glyphs),
				rowspan: reg.r1 - reg.r0 + 1,
				colspan: reg.c1 - reg.c0 + 1,
				x0:      g.xs[reg.c0],
				x1:      g.xs[reg.c1+1],
				bottom:  reg.r1 == nr-1,
				page:    page,
			})
		}
	}
	return t
}

// cellText writes the text of a cell: its lines joined, so that text
// wrapped in the cell and labels printed one character a line read as one.
func cellText(gs []Glyph) string {
	text := ""
	for _, l := range makeLines(gs) {
		text = join(text, l.text, true)
	}
	return text
}

// ---- page furniture ----

var pageNumberRe = regexp.MustCompile(`^[-—–－_~\s]*\d{1,4}[-—–－_~\s]*$|^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$|^(?i:page)\s*\d+(\s*of\s*\d+)?$`)

var digitsRe = regexp.MustCompile(`\d+`)

// dropFurniture removes page numbers, and the running headers and footers
// that repeat on pages, from the top and bottom bands of the pages.
func dropFurniture(items []item, pages []Page) []item {
	band := func(it item) bool {
		l := it.line
		h := l.pageHeight
		return h > 0 && (l.y < 0.12*h || l.y > 0.88*h)
	}
	repeats := map[string]map[int]bool{}
	for _, it := range items {
		if it.line != nil && band(it) {
			k := digitsRe.ReplaceAllString(strings.Join(strings.Fields(it.line.text), ""), "#")
			if repeats[k] == nil {
				repeats[k] = map[int]bool{}
			}
			repeats[k][it.page] = true
		}
	}
	kept := items[:0]
	for _, it := range items {
		if it.line != nil && band(it) {
			text := strings.TrimSpace(it.line.text)
			k := digitsRe.ReplaceAllString(strings.Join(strings.Fields(text), ""), "#")
			if pageNumberRe.MatchString(text) || (len(pages) >= 3 && len(repeats[k]) >= 3) {
				continue
			}
		}
		kept = append(kept, it)
	}
	return kept
}

// ---- tables over page breaks ----

// joinTables joins a table that ends a page to the table that starts the
// next when they have the same left and right edges.
func joinTables(items []item) []item {
	var out []item
	for _, it := range items {
		n := len(out)
		if it.table != nil && n > 0 && out[n-1].table != nil && out[n-1].page < it.page && continues(out[n-1].table, it.table) {
			appendTable(out[n-1].table, it.table)
			continue
		}
		out = append(out, it)
	}
	return out
}

// breakTol is the distance in points within which the edges of a table's
// parts on two pages are taken as the same.
const breakTol = 4.0

func continues(a, b *table) bool {
	return math.Abs(a.box.Left-b.box.Left) <= breakTol && math.Abs(a.box.Right-b.box.Right) <= breakTol
}

// rowKey is a row's text, to know a header row printed again.
func rowKey(row []*tcell) string {
	var parts []string
	for _, c := range row {
		parts = append(parts, strings.Join(strings.Fields(c.text), ""))
	}
	return strings.Join(parts, "|")
}

// appendTable adds the rows of b, the table's part on the next page, to a:
// header rows printed again are dropped, and the first row of b is matched
// with the last row of a. When the page broke that row (as LibreOffice
// breaks a row), each of its cells continues the cell above. Otherwise it
// is a row of its own, and only the cells of its label part (left of the
// row's own label) may continue a label cell of a that spans rows over the
// break: the vertical "三、本年度办理结果" or a group label such as
// "（三）不予公开", empty on the new page, printed again, or broken
// ("（四）无" then "法提供"). Every other cell, blank ones above all, stays a
// cell of its column. The columns of the two parts are then made one grid.
func appendTable(a, b *table) {
	rows := b.rows
	i := 0
	for i < len(rows) && i < len(a.rows) && i < 5 && rowKey(rows[i]) != "" && rowKey(rows[i]) == rowKey(a.rows[i]) {
		i++
	}
	rows = rows[i:]
	for _, row := range a.rows {
		for _, u := range row {
			u.wasBottom, u.bottom = u.bottom, false
		}
	}
	if len(rows) > 0 {
		split := splitRow(a, rows[0])
		var kept []*tcell
		for j, c := range rows[0] {
			up := a.cellAbove(c)
			if up == nil || !split && !continuesLabel(a, up, c, rows[0][j+1:]) {
				kept = append(kept, c)
				continue
			}
			if !sameText(up.text, c.text) {
				up.text = join(up.text, c.text, true)
			}
			up.rowspan += c.rowspan
			up.bottom = c.bottom
		}
		rows[0] = kept
	}
	a.rows = append(a.rows, rows...)
	a.box = union(a.box, b.box)
	a.regrid()
}

// continuesLabel reports whether cell c, at the top of a table's part on
// a new page, continues the label cell up of the part before, when the
// page did not break the row: c lies left of its row's own label (a cell
// to its right, in rest, holds a label), up is a label or empty, and c is
// empty, repeats up, or holds the rest of up broken by the page.
func continuesLabel(a *table, up, c *tcell, rest []*tcell) bool {
	if valueLike(up.text) || valueLike(c.text) || !slices.ContainsFunc(rest, func(u *tcell) bool { return u.text != "" && !valueLike(u.text) }) {
		return false
	}
	switch {
	case c.text == "", up.text == "", sameText(up.text, c.text):
		return true
	}
	// The rest of a group label broken by the page: the label is numbered
	// ("（四）无"), its rest is not ("法提供"), and the label is no row's
	// own label (the cell after it holds no value).
	return numbered(up.text) && !numbered(c.text) && !labelsValues(a.rows, up)
}

// sameText reports whether two cells print the same text, spaces aside.
func sameText(a, b string) bool {
	return strings.Join(strings.Fields(a), "") == strings.Join(strings.Fields(b), "")
}

// regrid makes the column spans of a table joined from parts on several
// pages count the columns of one grid: the edges of every cell, those
// within the tolerance of a page break taken as one.
func (t *table) regrid() {
	var xs []float64
	for _, row := range t.rows {
		for _, c := range row {
			xs = append(xs, c.x0, c.x1)
		}
	}
	xs = clusterWithin(xs, breakTol)
	col := func(x float64) int {
		i, _ := slices.BinarySearch(xs, x)
		if i > 0 && (i == len(xs) || x-xs[i-1] < xs[i]-x) {
			i--
		}
		return i
	}
	for _, row := range t.rows {
		for _, c := range row {
			c.colspan = max(col(c.x1)-col(c.x0), 1)
		}
	}
}

// splitRow reports whether the first row of the part on the next page is
// the rest of the last row of a, broken by the page (as LibreOffice breaks
// rows): each of its cells continues a cell of a, it is empty under every
// value of a, and no label of it starts a new item ("（二）…" under
// "（一）…").
func splitRow(a *table, row []*tcell) bool {
	values := 0
	for _, c := range row {
		up := a.cellAbove(c)
		if up == nil {
			return false
		}
		if valueLike(up.text) {
			if c.text != "" {
				return false
			}
			values++
		} else if up.text != "" && numbered(c.text) && !sameText(up.text, c.text) {
			return false
		}
	}
	return values > 0
}

// labelsValues reports whether the cell is a row's own label: the cell
// after it in its row holds a value.
func labelsValues(rows [][]*tcell, c *tcell) bool {
	for _, row := range rows {
		for i, u := range row {
			if u == c {
				return i+1 < len(row) && valueLike(row[i+1].text)
			}
		}
	}
	return false
}

// numbered reports whether a label starts with an item number: "（四）",
// "1.", "三、".
func numbered(s string) bool {
	n := report.NormalizeLabel(s)
	return report.StripNumbering(n) != n
}

// cellAbove returns the cell of a that reaches its bottom with the same
// edges as c.
func (t *table) cellAbove(c *tcell) *tcell {
	for _, row := range t.rows {
		for _, u := range row {
			if u.wasBottom && math.Abs(u.x0-c.x0) <= breakTol && math.Abs(u.x1-c.x1) <= breakTol {
				return u
			}
		}
	}
	return nil
}

var valueRe = regexp.MustCompile(`^[-+]?[\d,，.]*\d[\d,，.]*%?$|^[/／—–-]$`)

// valueLike reports whether a cell's text is a number or a mark of no value.
func valueLike(s string) bool { return valueRe.MatchString(strings.TrimSpace(s)) }

// ---- blocks ----

// toBlocks joins lines into paragraphs and writes the tables.
func toBlocks(items []item) []parse.Block {
	var lines []*line
	for _, it := range items {
		if it.line != nil {
			lines = append(lines, it.line)
		}
	}
	left, right, body := margins(lines)
	var out []parse.Block
	var para *parse.Block
	var prev *line
	lineNo := map[int]int{}
	tables := 0
	for _, it := range items {
		if it.table != nil {
			para, prev = nil, nil
			tables++
			out = append(out, tableBlock(it.table, tables, it.page))
			continue
		}
		l := it.line
		lineNo[it.page]++
		if para != nil && prev != nil && !breaks(prev, l, left, right, body) {
			para.Text = join(para.Text, l.text, true)
			prev = l
			continue
		}
		out = append(out, parse.Block{Text: l.text, At: parse.Location{Page: it.page, Line: lineNo[it.page]}})
		para, prev = &out[len(out)-1], l
	}
	return out
}

// margins are the most common left edge of the lines, their right edge
// (the edge most lines reach), and the most common size of their text.
func margins(lines []*line) (left, right, size float64) {
	mode := func(f func(*line) float64) float64 {
		count := map[int]int{}
		best, bestN := 0, 0
		for _, l := range lines {
			k := int(math.Round(f(l)))
			count[k]++
			if count[k] > bestN || (count[k] == bestN && k < best) {
				best, bestN = k, count[k]
			}
		}
		return float64(best)
	}
	left = mode(func(l *line) float64 { return l.x0 })
	size = mode(func(l *line) float64 { return l.size })
	// The right margin: the largest right edge that several lines reach.
	var ends []float64
	for _, l := range lines {
		ends = append(ends, l.x1)
	}
	slices.Sort(ends)
	if n := len(ends); n > 0 {
		right = ends[n-1-n/10]
	}
	return left, right, size
}

// breaks says whether line b starts a new paragraph after line a: a line
// with columns (a row of a table drawn without rules, read by package parse
// as space-aligned text), a change of size (but a title broken over lines in the same large size is one), an
// indent, a line a that ends short of the margin, a wide gap.
func breaks(a, b *line, left, right, body float64) bool {
	if a.columns || b.columns {
		return true // rows of a table without rules stay lines of their own
	}
	big := func(l *line) bool { return l.size > 1.2*body }
	if big(a) || big(b) {
		return !(big(a) && big(b) && math.Abs(a.size-b.size) <= 0.1*a.size && a.y > b.y && a.y-b.y < 2.5*a.size)
	}
	if math.Abs(a.size-b.size) > 0.2*max(a.size, b.size) {
		return true
	}
	if b.x0 > left+0.8*b.size || a.x1 < right-1.5*a.size {
		return true
	}
	if a.pageHeight == b.pageHeight && a.y > b.y && a.y-b.y > 2.6*a.size {
		return true
	}
	return false
}

// tableBlock writes a table as a block.
func tableBlock(t *table, n, page int) parse.Block {
	b := parse.Block{At: parse.Location{Page: page, Table: n, Row: 1, Cell: 1}}
	for _, row := range t.rows {
		if len(row) == 0 {
			continue
		}
		r := len(b.Rows) + 1
		cells := make([]parse.Cell, len(row))
		for j, c := range row {
			cells[j] = parse.Cell{Text: c.text, RowSpan: c.rowspan, ColSpan: c.colspan,
				At: parse.Location{Page: c.page, Table: n, Row: r, Cell: j + 1}}
		}
		b.Rows = append(b.Rows, cells)
	}
	if b.Rows == nil {
		b.Rows = [][]parse.Cell{}
	}
	return b
}

// disjointSets joins the numbers 0 to n−1 into sets (union–find): the rules
// of a page that meet, the cells of a grid that no rule divides.
type disjointSets []int

// newDisjointSets returns n sets of one number each.
func newDisjointSets(n int) disjointSets {
	s := make(disjointSets, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// find returns the number that stands for the set of i.
func (s disjointSets) find(i int) int {
	for s[i] != i {
		s[i] = s[s[i]]
		i = s[i]
	}
	return i
}

// join makes the sets of a and b one, which the set of b stands for.
func (s disjointSets) join(a, b int) { s[s.find(a)] = s.find(b) }
