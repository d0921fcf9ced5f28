package pdf

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/opengov-cn/xxgk/parse"
)

// pageBuilder places text and rules on a synthetic A4 page: a Chinese
// character is as wide as the size, a Latin one half as wide.
type pageBuilder struct{ p Page }

func newPage(n int) *pageBuilder {
	return &pageBuilder{Page{Number: n, Width: 595, Height: 842}}
}

// text writes s from x on the baseline y.
func (b *pageBuilder) text(x, y, size float64, s string) *pageBuilder {
	for _, r := range s {
		w := size
		if r < 0x80 {
			w = size / 2
		}
		if r != ' ' {
			b.p.Glyphs = append(b.p.Glyphs, Glyph{Rune: r, X: x, Y: y, Box: Rect{x, y - 0.2*size, x + w, y + 0.8*size}})
		}
		x += w
	}
	return b
}

// vertical writes s one character a line, downwards from the baseline y.
func (b *pageBuilder) vertical(x, y, size float64, s string) *pageBuilder {
	for _, r := range s {
		b.text(x, y, size, string(r))
		y -= 1.2 * size
	}
	return b
}

func (b *pageBuilder) hline(x0, x1, y float64) *pageBuilder {
	b.p.Rules = append(b.p.Rules, Rule{x0, y - 0.4, x1, y + 0.4})
	return b
}

func (b *pageBuilder) vline(x, y0, y1 float64) *pageBuilder {
	b.p.Rules = append(b.p.Rules, Rule{x - 0.4, y0, x + 0.4, y1})
	return b
}

// rowsText writes a table block as lines of cells: "text/rowspan/colspan"
// with the spans left out when 1.
func rowsText(b parse.Block) string {
	var lines []string
	for _, row := range b.Rows {
		var cells []string
		for _, c := range row {
			s := c.Text
			if c.RowSpan != 1 || c.ColSpan != 1 {
				s += fmt.Sprintf("/%d/%d", c.RowSpan, c.ColSpan)
			}
			cells = append(cells, s)
		}
		lines = append(lines, strings.Join(cells, " | "))
	}
	return strings.Join(lines, "\n")
}

func TestProse(t *testing.T) {
	const body = 16
	var pages []Page
	for n := 1; n <= 3; n++ {
		p := newPage(n).text(200, 800, 10, "某某市人民政府信息公开").text(290, 40, 14, fmt.Sprintf("— %d —", n))
		if n == 1 {
			p.text(150, 700, 22, "某某市人民政府").text(120, 670, 22, "2024年政府信息公开工作年度报告")
			p.text(106, 600, body, "一、总体情况")
			p.text(106, 572, body, "这是第一段的第一行，写满了整整一行的宽度字")
			p.text(74, 544, body, "它在第二行结束。")
			p.text(106, 516, body, "第二段从这里开始，也写满了整整一行的宽度字").text(74, 488, body, "这一行写满了整整一行的宽度字，到页底还没有完")
		} else if n == 2 {
			p.text(74, 740, body, "接着上一页写完。")
		}
		pages = append(pages, p.p)
	}
	var got []string
	for _, b := range Rebuild(pages) {
		got = append(got, b.Text)
	}
	want := []string{
		"某某市人民政府2024年政府信息公开工作年度报告",
		"一、总体情况",
		"这是第一段的第一行，写满了整整一行的宽度字它在第二行结束。",
		"第二段从这里开始，也写满了整整一行的宽度字这一行写满了整整一行的宽度字，到页底还没有完接着上一页写完。",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// table3Page draws the grid of a table whose first column holds a label
// printed one character a line over the data rows.
func TestVerticalLabelAndPageBreak(t *testing.T) {
	xs := []float64{70, 100, 200, 260, 320}
	p1 := newPage(1)
	p1.text(74, 790, 16, "三、收到和处理政府信息公开申请情况")
	// Header row 770..750, data rows of 20 from 750 down to 70.
	top, bottom := 770.0, 70.0
	p1.hline(70, 320, top).hline(70, 320, 750).hline(70, 320, bottom)
	for y := 730.0; y > bottom; y -= 20 {
		p1.hline(100, 320, y) // the label column is one merged cell
	}
	p1.hline(100, 200, 90-0.0) // no-op duplicate kept harmless
	for _, x := range xs {
		p1.vline(x, bottom, top)
	}
	p1.text(105, 756, 9, "项目").text(205, 756, 9, "自然人").text(265, 756, 9, "总计")
	p1.vertical(80, 735, 9, "三、本年度办理结果")
	row := 0
	for y := 750.0; y > bottom+0.1; y -= 20 {
		row++
		p1.text(105, y-14, 9, fmt.Sprintf("%d.事项", row)).text(205, y-14, 9, fmt.Sprint(row*10)).text(265, y-14, 9, fmt.Sprint(row*10))
	}
	// A label broken by the page: its first part in the last row.
	p1.text(290, 40, 14, "- 1 -")
	p2 := newPage(2)
	top2 := 780.0
	p2.hline(70, 320, top2).hline(70, 320, 760).hline(100, 320, 740).hline(70, 320, 720)
	for _, x := range xs {
		p2.vline(x, 720, top2)
	}
	// The header row printed again, then two rows; the label column empty.
	p2.text(105, 766, 9, "项目").text(205, 766, 9, "自然人").text(265, 766, 9, "总计")
	p2.text(105, 746, 9, "35.事项").text(205, 746, 9, "7").text(265, 746, 9, "7")
	p2.text(105, 726, 9, "(七)总计").text(205, 726, 9, "8").text(265, 726, 9, "8")
	p2.text(290, 40, 14, "- 2 -")

	blocks := Rebuild([]Page{p1.p, p2.p})
	if len(blocks) != 2 || blocks[1].Rows == nil {
		t.Fatalf("blocks %+v", blocks)
	}
	got := rowsText(blocks[1])
	lines := strings.Split(got, "\n")
	if lines[0] != " | 项目 | 自然人 | 总计" {
		t.Errorf("header row %q", lines[0])
	}
	if !strings.HasPrefix(lines[1], "三、本年度办理结果/") {
		t.Errorf("the vertical label: %q", lines[1])
	}
	n := strings.Count(got, "项目")
	if n != 1 {
		t.Errorf("header row printed %d times:\n%s", n, got)
	}
	if !strings.Contains(got, "35.事项 | 7 | 7") || !strings.HasSuffix(got, "(七)总计 | 8 | 8") {
		t.Errorf("rows of the second page:\n%s", got)
	}
	// The label cell runs over both pages: 34 rows on page 1, 2 on page 2.
	// The row label of the last row on page 1 is not joined to the next.
	want := fmt.Sprintf("三、本年度办理结果/%d/1", row+2)
	if !strings.HasPrefix(lines[1], want) {
		t.Errorf("label cell %q, want %s", lines[1], want)
	}
	if strings.Contains(got, "- 1 -") || blocks[0].Text != "三、收到和处理政府信息公开申请情况" {
		t.Errorf("page furniture kept: %+v", blocks)
	}
}

func TestJoinBrokenLabel(t *testing.T) {
	mk := func(n int, top float64, label, item, v string) Page {
		p := newPage(n)
		p.hline(70, 300, top).hline(70, 300, top-20)
		for _, x := range []float64{70, 130, 250, 300} {
			p.vline(x, top-20, top)
		}
		p.text(72, top-14, 9, label).text(132, top-14, 9, item).text(252, top-14, 9, v)
		return p.p
	}
	blocks := Rebuild([]Page{mk(1, 100, "（四）无", "1.本机关不掌握", "5"), mk(2, 780, "法提供", "2.没有现成信息", "6")})
	if len(blocks) != 1 {
		t.Fatalf("%d blocks", len(blocks))
	}
	if got, want := rowsText(blocks[0]), "（四）无法提供/2/1 | 1.本机关不掌握 | 5\n2.没有现成信息 | 6"; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// A row's own label (the values follow it) is not joined to the next
	// row's, numbered or not.
	blocks = Rebuild([]Page{mk(1, 100, "（四）无", "1.本机关", "5"), mk(2, 780, "法提供", "不掌握", "6")})
	if got, want := rowsText(blocks[0]), "（四）无法提供/2/1 | 1.本机关 | 5\n不掌握 | 6"; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestCellWrapAndLatin(t *testing.T) {
	p := newPage(1)
	p.hline(70, 300, 700).hline(70, 300, 660)
	p.vline(70, 660, 700).vline(200, 660, 700).vline(300, 660, 700)
	p.text(72, 688, 9, "（二）部分公开（区分处理").text(72, 676, 9, "的，只计这一情形）")
	p.text(202, 688, 9, "Open data").text(202, 676, 9, "portal")
	blocks := Rebuild([]Page{p.p})
	if got, want := rowsText(blocks[0]), "（二）部分公开（区分处理的，只计这一情形） | Open data portal"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// FuzzRebuild rebuilds pages of glyphs and rules made from the fuzzer's
// bytes: it must not panic nor loop, must give the same blocks twice, and
// every cell it gives spans one row and one column at least.
func FuzzRebuild(f *testing.F) {
	f.Add([]byte("\x10\x20\x30\x40\x50\x60\x70\x80\x01\x02\x03\x04\x05\x06\x07\x08"))
	f.Add([]byte{0, 10, 10, 200, 1, 255, 0, 10, 10, 1, 200, 255, 2, 'a', 100, 100, 9, 0})
	seed := newPage(1).hline(70, 300, 700).hline(70, 300, 660).vline(70, 660, 700).vline(300, 660, 700).text(72, 688, 9, "三、结果 12")
	f.Add(encodePage(seed.p))
	// A table over a page break: its header printed again, a blank cell
	// and a label spanning rows on the new page.
	xs := []float64{70, 100, 200, 260, 320}
	cells := []gridCell{{0, 2, 0, 1, "总计"}, {2, 3, 0, 1, "自然人"}, {3, 4, 0, 1, "总计"}}
	p1 := newPage(1).table(xs, 200, append(slices.Clone(cells), gridCell{0, 1, 1, 2, "|三、本年度"}, gridCell{1, 2, 1, 2, "1.结果"}, gridCell{2, 3, 1, 2, "12"}, gridCell{3, 4, 1, 2, "12"}))
	p2 := newPage(2).table(xs, 780, append(slices.Clone(cells), gridCell{0, 1, 1, 2, ""}, gridCell{1, 2, 1, 2, "2.结果"}, gridCell{2, 3, 1, 2, ""}, gridCell{3, 4, 1, 2, "3"}))
	f.Add(slices.Concat(encodePage(p1.p), []byte{4, 0, 0, 0, 0, 0}, encodePage(p2.p)))
	f.Fuzz(func(t *testing.T, data []byte) {
		pages := decodePages(data)
		a := Rebuild(pages)
		b := Rebuild(decodePages(data))
		if !reflect.DeepEqual(a, b) {
			t.Fatal("not deterministic")
		}
		for _, blk := range a {
			if blk.Rows == nil && !utf8.ValidString(blk.Text) {
				t.Fatalf("invalid text %q", blk.Text)
			}
			for _, row := range blk.Rows {
				for _, c := range row {
					if c.RowSpan < 1 || c.ColSpan < 1 || c.At.Page < 1 {
						t.Fatalf("cell %+v", c)
					}
				}
			}
		}
		if len(a) > 0 {
			parse.FromBlocks(parse.KindPDF, a, parse.Options{})
		}
	})
}

// decodePages reads pages from bytes: each record of 6 bytes is a glyph
// (kind 0-1), a horizontal or vertical rule (kind 2-3) or a page break
// (kind 4), at coarse positions.
func decodePages(data []byte) []Page {
	const runes = "三、本年度办理结果一二（）12345.0 -—第页总计自然人ab"
	rs := []rune(runes)
	pages := []Page{{Number: 1, Width: 595, Height: 842}}
	for len(data) >= 6 {
		kind, x, y, w, r, s := data[0]%5, float64(data[1])*2.4, float64(data[2])*3.3, float64(data[3])*2.4, data[4], 4+float64(data[5]%20)
		data = data[6:]
		p := &pages[len(pages)-1]
		switch kind {
		case 0, 1:
			p.Glyphs = append(p.Glyphs, Glyph{Rune: rs[int(r)%len(rs)], X: x, Y: y, Box: Rect{x, y - 0.2*s, x + s, y + 0.8*s}})
		case 2:
			p.Rules = append(p.Rules, Rule{x, y - 0.4, x + w, y + 0.4})
		case 3:
			p.Rules = append(p.Rules, Rule{x - 0.4, y - w, x + 0.4, y})
		case 4:
			pages = append(pages, Page{Number: len(pages) + 1, Width: 595, Height: 842})
		}
	}
	return pages
}

// encodePage writes a page in the form decodePages reads, as near as its
// coarse positions allow (a seed for the fuzzer).
func encodePage(p Page) []byte {
	const runes = "三、本年度办理结果一二（）12345.0 -—第页总计自然人ab"
	rs := []rune(runes)
	var out []byte
	for _, g := range p.Glyphs {
		k := 0
		for i, r := range rs {
			if r == g.Rune {
				k = i
			}
		}
		out = append(out, 0, byte(g.X/2.4), byte(g.Y/3.3), 0, byte(k), 5)
	}
	for _, r := range p.Rules {
		if Rect(r).width() > Rect(r).height() {
			out = append(out, 2, byte(r.Left/2.4), byte(r.Bottom/3.3), byte(Rect(r).width()/2.4), 0, 0)
		} else {
			out = append(out, 3, byte(r.Left/2.4), byte(r.Top/3.3), byte(Rect(r).height()/2.4), 0, 0)
		}
	}
	return out
}

// TestTableWithoutRules keeps the rows of a table drawn without rules as
// lines of their own, columns set apart by two spaces, so that package
// parse reads them as space-aligned text.
func TestTableWithoutRules(t *testing.T) {
	p := newPage(1)
	p.text(74, 700, 16, "这是一行正文，写满了整整一行的宽度字这是一行正文")
	p.text(74, 680, 9, "1.属于国家秘密").text(250, 680, 9, "2").text(300, 680, 9, "0").text(350, 680, 9, "2")
	p.text(74, 668, 9, "2.其他法律行政法规禁止公开").text(250, 668, 9, "30").text(300, 668, 9, "1").text(350, 668, 9, "31")
	var got []string
	for _, b := range Rebuild([]Page{p.p}) {
		got = append(got, b.Text)
	}
	want := []string{"这是一行正文，写满了整整一行的宽度字这是一行正文", "1.属于国家秘密  2  0  2", "2.其他法律行政法规禁止公开  30  1  31"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestCrowdedPages rebuilds pages at the limits (random rules and
// characters; a dense grid full of digits) in bounded time.
func TestCrowdedPages(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := Page{Number: 1, Width: 595, Height: 842}
	for range maxGlyphsPerPage {
		x, y := rng.Float64()*595, rng.Float64()*842
		random.Glyphs = append(random.Glyphs, Glyph{Rune: '字', X: x, Y: y, Box: Rect{x, y - 2, x + 10, y + 8}})
	}
	for i := range maxRulesPerPage {
		x, y, l := rng.Float64()*595, rng.Float64()*842, rng.Float64()*300
		if i%2 == 0 {
			random.Rules = append(random.Rules, Rule{x, y, x + l, y + 0.5})
		} else {
			random.Rules = append(random.Rules, Rule{x, y, x + 0.5, y + l})
		}
	}
	grid := Page{Number: 2, Width: 595, Height: 842}
	for i := range 100 {
		y, x := 40+float64(i)*7.5, 20+float64(i)*5.6
		grid.Rules = append(grid.Rules, Rule{20, y, 580, y + 0.5}, Rule{x, 40, x + 0.5, 790})
	}
	for range maxGlyphsPerPage {
		x, y := 20+rng.Float64()*560, 40+rng.Float64()*750
		grid.Glyphs = append(grid.Glyphs, Glyph{Rune: '1', X: x, Y: y, Box: Rect{x, y - 1, x + 3, y + 5}})
	}
	start := time.Now()
	Rebuild([]Page{random, grid})
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("two crowded pages took %s", d)
	}
}

// gridCell is a cell of a synthetic ruled table: columns c0 to c1 and rows
// r0 to r1 of the table's grid (ends excluded), and its text; a text that
// starts with "|" is printed one character a line.
type gridCell struct {
	c0, c1, r0, r1 int
	text           string
}

// table draws a table with rows of 20 points from top: the borders of
// each cell (a cell spanning rows or columns has no inner rules) and its
// text. A blank cell is drawn with no glyph at all.
func (b *pageBuilder) table(xs []float64, top float64, cells []gridCell) *pageBuilder {
	const h = 20.0
	for _, c := range cells {
		x0, x1, y0, y1 := xs[c.c0], xs[c.c1], top-float64(c.r1)*h, top-float64(c.r0)*h
		b.hline(x0, x1, y1).hline(x0, x1, y0).vline(x0, y0, y1).vline(x1, y0, y1)
		if text, ok := strings.CutPrefix(c.text, "|"); ok {
			b.vertical(x0+2, y1-8, 7, text)
		} else if c.text != "" {
			b.text(x0+2, y1-14, 9, c.text)
		}
	}
	return b
}

// TestContinuedTableColumns rebuilds tables that a page break cuts, drawn
// as Word and LibreOffice draw them: the header rows printed again on the
// new page, and a first row there with blank cells (no glyphs) in any
// column, the last one too. Each blank cell stays an empty cell of its
// column, and a label cell spanning rows over the break (the vertical
// 三、本年度办理结果, a group label) goes on as one cell, whether its part
// on the new page is empty or holds the rest of its text; the two parts
// become one grid even where the part before the break drew fewer columns.
func TestContinuedTableColumns(t *testing.T) {
	// Three label columns (a vertical label, a group, an item), then
	// 自然人, 商业企业, 其他组织 and 总计.
	xs := []float64{70, 90, 160, 300, 350, 400, 450, 500}
	header := []gridCell{
		{0, 3, 0, 2, "项目"}, {3, 4, 0, 2, "自然人"}, {4, 6, 0, 1, "法人或其他组织"}, {6, 7, 0, 2, "总计"},
		{4, 5, 1, 2, "商业企业"}, {5, 6, 1, 2, "其他组织"},
	}
	// row writes the value cells of row r, "" for a blank.
	row := func(r int, values ...string) []gridCell {
		var cells []gridCell
		for i, v := range values {
			cells = append(cells, gridCell{3 + i, 4 + i, r, r + 1, v})
		}
		return cells
	}
	rebuild := func(t *testing.T, first, second []gridCell) string {
		t.Helper()
		p1 := newPage(1).text(74, 790, 16, "三、收到和处理政府信息公开申请情况").table(xs, 760, append(slices.Clone(header), first...))
		p2 := newPage(2).table(xs, 780, append(slices.Clone(header), second...))
		blocks := Rebuild([]Page{p1.p, p2.p})
		if len(blocks) != 2 || blocks[1].Rows == nil {
			t.Fatalf("blocks %+v", blocks)
		}
		for _, r := range blocks[1].Rows {
			for _, c := range r {
				if c.At.Page == 2 && c.Text == "项目" {
					t.Errorf("header row printed again kept: %s", c.At)
				}
			}
		}
		return rowsText(blocks[1])
	}

	t.Run("break before the vertical label", func(t *testing.T) {
		// Before the break the label columns are one: their inner rules
		// are first drawn on the new page.
		first := slices.Concat(
			[]gridCell{{0, 3, 2, 3, "一、本年新收政府信息公开申请数量"}}, row(2, "5", "1", "", "6"),
			[]gridCell{{0, 3, 3, 4, "二、上年结转政府信息公开申请数量"}}, row(3, "1", "", "", "1"))
		second := slices.Concat(
			[]gridCell{{0, 1, 2, 6, "|三、本年度办理结果"}, {1, 3, 2, 3, "（一）予以公开"}}, row(2, "258", "", "1", ""),
			[]gridCell{{1, 2, 3, 6, "（三）不予公开"}, {2, 3, 3, 4, "1.属于国家秘密"}}, row(3, "", "", "", "2"),
			[]gridCell{{2, 3, 4, 5, "2.其他法律行政法规禁止公开"}}, row(4, "", "", "", ""),
			[]gridCell{{2, 3, 5, 6, "3.危及“三安全一稳定”"}}, row(5, "", "7", "", "7"))
		want := strings.Join([]string{
			"项目/2/3 | 自然人/2/1 | 法人或其他组织/1/2 | 总计/2/1",
			"商业企业 | 其他组织",
			"一、本年新收政府信息公开申请数量/1/3 | 5 | 1 |  | 6",
			"二、上年结转政府信息公开申请数量/1/3 | 1 |  |  | 1",
			"三、本年度办理结果/4/1 | （一）予以公开/1/2 | 258 |  | 1 | ",
			"（三）不予公开/3/1 | 1.属于国家秘密 |  |  |  | 2",
			"2.其他法律行政法规禁止公开 |  |  |  | ",
			"3.危及“三安全一稳定” |  | 7 |  | 7",
		}, "\n")
		if got := rebuild(t, first, second); got != want {
			t.Errorf("got\n%s\nwant\n%s", got, want)
		}
	})

	t.Run("break inside the vertical label and a group", func(t *testing.T) {
		// The vertical label is broken by the page ("三、本年度" then
		// "办理结果"), the group label's part on the new page is empty,
		// and the first row there is blank but for its label.
		first := slices.Concat(
			[]gridCell{{0, 3, 2, 3, "一、本年新收政府信息公开申请数量"}}, row(2, "5", "1", "", "6"),
			[]gridCell{{0, 1, 3, 6, "|三、本年度"}, {1, 3, 3, 4, "（一）予以公开"}}, row(3, "3", "", "", "3"),
			[]gridCell{{1, 2, 4, 6, "（三）不予公开"}, {2, 3, 4, 5, "1.属于国家秘密"}}, row(4, "1", "", "", "1"),
			[]gridCell{{2, 3, 5, 6, "2.其他法律行政法规禁止公开"}}, row(5, "", "1", "", "1"))
		second := slices.Concat(
			[]gridCell{{0, 1, 2, 5, "|办理结果"}, {1, 2, 2, 4, ""}, {2, 3, 2, 3, "3.危及“三安全一稳定”"}}, row(2, "", "", "", ""),
			[]gridCell{{2, 3, 3, 4, "4.保护第三方合法权益"}}, row(3, "", "2", "", "2"),
			[]gridCell{{1, 3, 4, 5, "（七）总计"}}, row(4, "4", "3", "", "7"))
		want := strings.Join([]string{
			"项目/2/3 | 自然人/2/1 | 法人或其他组织/1/2 | 总计/2/1",
			"商业企业 | 其他组织",
			"一、本年新收政府信息公开申请数量/1/3 | 5 | 1 |  | 6",
			"三、本年度办理结果/6/1 | （一）予以公开/1/2 | 3 |  |  | 3",
			"（三）不予公开/4/1 | 1.属于国家秘密 | 1 |  |  | 1",
			"2.其他法律行政法规禁止公开 |  | 1 |  | 1",
			"3.危及“三安全一稳定” |  |  |  | ",
			"4.保护第三方合法权益 |  | 2 |  | 2",
			"（七）总计/1/2 | 4 | 3 |  | 7",
		}, "\n")
		if got := rebuild(t, first, second); got != want {
			t.Errorf("got\n%s\nwant\n%s", got, want)
		}
	})

	t.Run("row broken by the page", func(t *testing.T) {
		// The page broke the row itself: its label goes on, its values
		// were all printed before the break.
		first := slices.Concat(
			[]gridCell{{0, 3, 2, 3, "（二）部分公开（区分处理的，"}}, row(2, "3", "", "", "3"))
		second := slices.Concat(
			[]gridCell{{0, 3, 2, 3, "只计这一情形）"}}, row(2, "", "", "", ""),
			[]gridCell{{0, 3, 3, 4, "（三）不予公开"}}, row(3, "", "", "", ""))
		want := strings.Join([]string{
			"项目/2/1 | 自然人/2/1 | 法人或其他组织/1/2 | 总计/2/1",
			"商业企业 | 其他组织",
			"（二）部分公开（区分处理的，只计这一情形）/2/1 | 3/2/1 | /2/1 | /2/1 | 3/2/1",
			"（三）不予公开 |  |  |  | ",
		}, "\n")
		if got := rebuild(t, first, second); got != want {
			t.Errorf("got\n%s\nwant\n%s", got, want)
		}
	})
}
