package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/internal/chromium"
	"github.com/opengov-cn/xxgk/internal/program"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/table"
	"golang.org/x/net/html"
)

// screenshotPath is where TestBrowserLayout writes its screenshot of the
// standalone Xiaoshan page, for a person to look at (named in the README;
// not committed).
const screenshotPath = "testdata/browser/xiaoshan-2023.png"

// findChromium returns the path of a Chromium, or "".
func findChromium() string { return chromium.Find() }

// measureScript is added to the test's copy of the page (the rendered page
// has no script): it writes the box of every cell of every report table,
// in document order, as JSON into an element the test reads back from the
// dumped DOM.
const measureScript = `<script>
(function () {
  var tables = [];
  document.querySelectorAll("table.xxgk-table").forEach(function (t) {
    var cells = [];
    t.querySelectorAll("th, td").forEach(function (c) {
      var r = c.getBoundingClientRect();
      cells.push({left: r.left, top: r.top, right: r.right, bottom: r.bottom,
        path: c.getAttribute("data-path") || "", text: c.textContent});
    });
    tables.push(cells);
  });
  var out = document.createElement("pre");
  out.id = "xxgk-measure";
  out.textContent = JSON.stringify({tables: tables, height: document.documentElement.scrollHeight});
  document.body.appendChild(out);
})();
</script>
`

type measuredCell struct {
	Left, Top, Right, Bottom float64
	Path, Text               string
}

type measurement struct {
	Tables [][]measuredCell
	Height float64
}

// runChromium runs a headless Chromium with a fresh profile and the flags
// that keep it off the network, and returns its standard output.
func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	out, err := chromium.Run(bin, t.TempDir(), args...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBrowserLayout opens the standalone HTML page of the Xiaoshan report
// in headless Chromium and checks that the browser lays each table out as
// its layout says: every cell's edges fall on the grid lines of the rows and
// columns the layout gives it, and every data cell holds its value. It also
// writes a screenshot to screenshotPath.
func TestBrowserLayout(t *testing.T) {
	bin := findChromium()
	program.Need(t, bin, chromium.Missing())
	r := examples.Xiaoshan2023()
	page := renderString(t, HTMLPage, r, lang.Chinese)
	dir := t.TempDir()
	pagePath := filepath.Join(dir, "xiaoshan-2023.html")
	measurePath := filepath.Join(dir, "measure.html")
	if err := os.WriteFile(pagePath, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(measurePath, []byte(strings.Replace(page, "</body>", measureScript+"</body>", 1)), 0o644); err != nil {
		t.Fatal(err)
	}

	dom := runChromium(t, bin, "--window-size=1280,1000", "--dump-dom", "file://"+measurePath)
	m, err := readMeasurement(dom)
	if err != nil {
		t.Fatal(err)
	}
	grids, err := table.Fill(r)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Tables) != len(grids) {
		t.Fatalf("the browser found %d tables, want %d", len(m.Tables), len(grids))
	}
	for i, g := range grids {
		if err := checkGeometry(g, m.Tables[i]); err != nil {
			t.Errorf("table %d: %v", i+2, err)
		}
	}

	height := int(math.Ceil(m.Height))
	if height < 1000 || height > 20000 {
		height = 8000
	}
	if err := os.MkdirAll(filepath.Dir(screenshotPath), 0o755); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(screenshotPath)
	if err != nil {
		t.Fatal(err)
	}
	runChromium(t, bin, "--window-size=1280,"+strconv.Itoa(height), "--screenshot="+abs, "file://"+pagePath)
	if fi, err := os.Stat(abs); err != nil || fi.Size() == 0 {
		t.Fatalf("no screenshot at %s: %v", abs, err)
	}
	t.Logf("screenshot of the standalone page: %s", abs)
}

// readMeasurement finds the measuring script's JSON in a dumped DOM.
func readMeasurement(dom []byte) (measurement, error) {
	var m measurement
	root, err := html.Parse(bytes.NewReader(dom))
	if err != nil {
		return m, err
	}
	pres := findAll(root, func(n *html.Node) bool { return attr(n, "id") == "xxgk-measure" })
	if len(pres) != 1 {
		return m, fmt.Errorf("the dumped DOM has no measurement (%d bytes)", len(dom))
	}
	err = json.Unmarshal([]byte(textOf(pres[0])), &m)
	return m, err
}

// tolerance is how far, in CSS pixels, two edges may be apart and still be
// the same grid line.
const tolerance = 1.5

// checkGeometry checks the boxes of a table's cells (in document order)
// against the layout: the left edges of all cells starting at column c lie
// on one vertical line, and so do the right edges of all cells ending
// there; the lines run left to right in column order; likewise for rows.
// Data cells must hold their values.
func checkGeometry(g *table.Grid, cells []measuredCell) error {
	lay := g.Layout
	if len(cells) != len(lay.Cells) {
		return fmt.Errorf("the browser shows %d cells, the layout has %d", len(cells), len(lay.Cells))
	}
	cols := make([][]float64, lay.Cols+1)
	rows := make([][]float64, lay.Rows+1)
	for i, c := range lay.Cells {
		b := cells[i]
		if c.Kind == table.Data {
			if b.Path != string(c.Path) || b.Text != cellText(g, i, lang.Chinese) {
				return fmt.Errorf("cell %d is %s %q, want %s %q", i, b.Path, b.Text, c.Path, cellText(g, i, lang.Chinese))
			}
		}
		cols[c.Col] = append(cols[c.Col], b.Left)
		cols[c.Col+c.ColSpan] = append(cols[c.Col+c.ColSpan], b.Right)
		rows[c.Row] = append(rows[c.Row], b.Top)
		rows[c.Row+c.RowSpan] = append(rows[c.Row+c.RowSpan], b.Bottom)
	}
	if err := checkLines("column", cols); err != nil {
		return err
	}
	return checkLines("row", rows)
}

// checkLines checks that the edges on each grid line agree and that the
// lines are in order.
func checkLines(what string, lines [][]float64) error {
	prev := math.Inf(-1)
	for i, edges := range lines {
		if len(edges) == 0 {
			return fmt.Errorf("no cell edge on %s line %d", what, i)
		}
		for _, e := range edges {
			if math.Abs(e-edges[0]) > tolerance {
				return fmt.Errorf("%s line %d: cell edges at %.1f and %.1f", what, i, edges[0], e)
			}
		}
		if edges[0] <= prev+tolerance {
			return fmt.Errorf("%s line %d at %.1f is not after line %d at %.1f", what, i, edges[0], i-1, prev)
		}
		prev = edges[0]
	}
	return nil
}
