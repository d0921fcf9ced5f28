package render

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/table"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlCellInfo is a cell of a parsed HTML table.
type htmlCellInfo struct {
	node    *html.Node
	header  bool
	rowSpan int
	colSpan int
	text    string
	path    string
}

// htmlGrid is a parsed HTML table with its spans expanded: grid[row][col]
// is the index in cells of the cell covering that position.
type htmlGrid struct {
	cells []htmlCellInfo
	grid  [][]int
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func span(n *html.Node, key string) int {
	v, err := strconv.Atoi(attr(n, key))
	if err != nil || v < 1 {
		return 1
	}
	return v
}

// expandHTMLTable places the cells of a <table> on a grid the way a browser
// does: each cell takes the next position of its row not taken by a row span
// from above.
func expandHTMLTable(tbl *html.Node) htmlGrid {
	var g htmlGrid
	trs := findAll(tbl, func(n *html.Node) bool { return n.DataAtom == atom.Tr })
	taken := map[[2]int]int{}
	for r, tr := range trs {
		col := 0
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
				continue
			}
			for {
				if _, ok := taken[[2]int{r, col}]; !ok {
					break
				}
				col++
			}
			info := htmlCellInfo{node: c, header: c.DataAtom == atom.Th, rowSpan: span(c, "rowspan"), colSpan: span(c, "colspan"), text: textOf(c), path: attr(c, "data-path")}
			g.cells = append(g.cells, info)
			for dr := 0; dr < info.rowSpan; dr++ {
				for dc := 0; dc < info.colSpan; dc++ {
					taken[[2]int{r + dr, col + dc}] = len(g.cells) - 1
				}
			}
			col += info.colSpan
		}
	}
	rows, cols := 0, 0
	for pos := range taken {
		rows, cols = max(rows, pos[0]+1), max(cols, pos[1]+1)
	}
	g.grid = make([][]int, rows)
	for r := range g.grid {
		g.grid[r] = make([]int, cols)
		for c := range g.grid[r] {
			g.grid[r][c] = -1
			if i, ok := taken[[2]int{r, c}]; ok {
				g.grid[r][c] = i
			}
		}
	}
	return g
}

// parseTables parses an HTML document and expands its report tables.
func parseTables(t *testing.T, doc string) (*html.Node, []htmlGrid) {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var grids []htmlGrid
	for _, tbl := range findAll(root, func(n *html.Node) bool {
		return n.DataAtom == atom.Table && attr(n, "class") == "xxgk-table"
	}) {
		grids = append(grids, expandHTMLTable(tbl))
	}
	return root, grids
}

// compareWithLayout checks that an expanded HTML table is the layout's
// grid: the same cell covers the same positions, with the layout's label or
// the report's value.
func compareWithLayout(g htmlGrid, grid *table.Grid, l lang.Lang) error {
	lay := grid.Layout
	want := lay.Expand()
	if len(g.grid) != lay.Rows {
		return fmt.Errorf("%d rows, layout has %d", len(g.grid), lay.Rows)
	}
	if len(g.cells) != len(lay.Cells) {
		return fmt.Errorf("%d cells, layout has %d", len(g.cells), len(lay.Cells))
	}
	for r := range want {
		if len(g.grid[r]) != lay.Cols {
			return fmt.Errorf("row %d has %d columns, layout %d", r, len(g.grid[r]), lay.Cols)
		}
		for c, i := range want[r] {
			hi := g.grid[r][c]
			if hi != i {
				return fmt.Errorf("position (%d,%d): HTML cell %d, layout cell %d", r, c, hi, i)
			}
			hc, lc := g.cells[hi], lay.Cells[i]
			if hc.rowSpan != lc.RowSpan || hc.colSpan != lc.ColSpan {
				return fmt.Errorf("cell at (%d,%d) spans %dx%d, layout %dx%d", lc.Row, lc.Col, hc.rowSpan, hc.colSpan, lc.RowSpan, lc.ColSpan)
			}
			switch lc.Kind {
			case table.Header:
				if !hc.header || hc.text != lc.Label.In(l) {
					return fmt.Errorf("cell at (%d,%d) = %q (th %v), want header %q", lc.Row, lc.Col, hc.text, hc.header, lc.Label.In(l))
				}
			case table.Data:
				if hc.header || hc.path != string(lc.Path) || hc.text != cellText(grid, i, l) {
					return fmt.Errorf("cell at (%d,%d) = %q (%s), want %q (%s)", lc.Row, lc.Col, hc.text, hc.path, cellText(grid, i, l), lc.Path)
				}
			}
		}
	}
	return nil
}

func TestHTMLTablesAreTheLayouts(t *testing.T) {
	for _, tr := range testReports(t) {
		grids, err := table.Fill(tr.r)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range []lang.Lang{lang.Chinese, lang.English} {
			for _, fn := range []renderer{renderers[1], renderers[3]} {
				root, parsed := parseTables(t, renderString(t, fn.fn, tr.r, l))
				if len(parsed) != len(grids) {
					t.Fatalf("%s %s: %d tables, want %d", tr.name, l, len(parsed), len(grids))
				}
				for i := range grids {
					if err := compareWithLayout(parsed[i], grids[i], l); err != nil {
						t.Errorf("%s %s %s table %d: %v", tr.name, l, fn.ext, i+2, err)
					}
				}

				// Every number of the report is in its cell.
				byPath := map[string]string{}
				for _, td := range findAll(root, func(n *html.Node) bool { return n.DataAtom == atom.Td }) {
					byPath[attr(td, "data-path")] = textOf(td)
				}
				for c, v := range tr.r.Cells {
					if c.Table == 6 {
						continue
					}
					got, ok := byPath[string(c.Path)]
					if !ok || !strings.HasPrefix(got, v.String()) || (v.String() == "" && got != "") {
						t.Errorf("%s %s: cell %s shows %q, want %q", tr.name, l, c.Path, got, v.String())
					}
				}
			}
		}
	}
}

// The layout holds numbers right-aligned: every data cell has the class
// the style sheet right-aligns.
func TestHTMLNumbersRightAligned(t *testing.T) {
	root, _ := parseTables(t, renderString(t, HTMLPage, shanghai2019(t), lang.Chinese))
	tds := findAll(root, func(n *html.Node) bool { return n.DataAtom == atom.Td })
	if len(tds) != 22+161+15 {
		t.Errorf("%d data cells, want %d", len(tds), 22+161+15)
	}
	for _, td := range tds {
		if attr(td, "class") != "num" {
			t.Errorf("data cell %s has class %q", attr(td, "data-path"), attr(td, "class"))
		}
	}
	if !strings.Contains(CSS, "td.num{text-align:right") {
		t.Error("CSS does not right-align td.num")
	}
}

func TestHTMLLang(t *testing.T) {
	for _, l := range []lang.Lang{lang.Chinese, lang.English} {
		root, _ := parseTables(t, renderString(t, HTMLPage, shanghai2019(t), l))
		htmls := findAll(root, func(n *html.Node) bool { return n.DataAtom == atom.Html })
		if len(htmls) != 1 || attr(htmls[0], "lang") != l.Tag() {
			t.Errorf("%s: <html> lang is not %q", l, l.Tag())
		}
	}
}

// rawHTML finds a tag that Markdown would pass through: "<" not escaped.
var rawHTML = regexp.MustCompile(`(^|[^\\])<(script|b>|/td)`)

// A report whose text holds markup renders it as text.
func TestInjection(t *testing.T) {
	const evil = `<script>alert("x")</script> & </td></tr></table> | a|b "q" 'q'`
	r := examples.Xiaoshan2023()
	r.Metadata.Title = evil
	r.Metadata.ReportingBody = evil + "\n| next | line |"
	r.Metadata.Other = append(r.Metadata.Other, report.Field{Label: "</td>|", Value: evil})
	r.Preamble = []string{evil, "# not a heading\n- not a list\n1. not a list\n```\n    not code"}
	r.Overview.Subsections[0].Title = evil
	r.Overview.Subsections[0].Paragraphs = []string{evil + "\n" + evil}
	r.Problems.Paragraphs = []string{"[link](javascript:alert(1)) *em* _em_ `code` <b>b</b>"}

	clean := examples.Xiaoshan2023()
	for _, l := range []lang.Lang{lang.Chinese, lang.English} {
		for _, fn := range []renderer{renderers[1], renderers[3]} {
			doc := renderString(t, fn.fn, r, l)
			root, tables := parseTables(t, doc)
			if n := findAll(root, func(n *html.Node) bool { return n.DataAtom == atom.Script || n.DataAtom == atom.B }); len(n) != 0 {
				t.Errorf("%s %s: the user text made %d elements", l, fn.ext, len(n))
			}
			_, cleanTables := parseTables(t, renderString(t, fn.fn, clean, l))
			if len(tables) != len(cleanTables) {
				t.Errorf("%s %s: %d tables, want %d", l, fn.ext, len(tables), len(cleanTables))
			}
			h1 := findAll(root, func(n *html.Node) bool { return n.DataAtom == atom.H1 })
			if len(h1) != 1 || textOf(h1[0]) != evil {
				t.Errorf("%s %s: the title reads %q", l, fn.ext, textOf(h1[0]))
			}
			grids, _ := table.Fill(r)
			for i := range grids {
				if err := compareWithLayout(tables[i], grids[i], l); err != nil {
					t.Errorf("%s %s: table %d: %v", l, fn.ext, i+2, err)
				}
			}
		}

		md := renderString(t, Markdown, r, l)
		if rawHTML.MatchString(md) {
			t.Errorf("%s: Markdown holds raw HTML", l)
		}
		// Every line of a table has as many cell separators as its header.
		pipes := -1
		for _, line := range strings.Split(md, "\n") {
			if !strings.HasPrefix(line, "|") {
				pipes = -1
				continue
			}
			n := strings.Count(line, "|") - strings.Count(line, `\|`)
			if pipes >= 0 && n != pipes {
				t.Errorf("%s: Markdown table line %q has %d cell separators, the table %d", l, line, n, pipes)
			}
			pipes = n
		}
		for _, line := range strings.Split(md, "\n") {
			for _, bad := range []string{"# not", "- not", "1. not", "```", "    not"} {
				if strings.HasPrefix(line, bad) {
					t.Errorf("%s: Markdown line %q starts a block", l, line)
				}
			}
		}
		if got := mdInline(evil); got != `\<script\>alert("x")\</script\> \& \</td\>\</tr\>\</table\> \| a\|b "q" 'q'` {
			t.Errorf("mdInline(evil) = %s", got)
		}
	}
}
