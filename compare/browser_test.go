package compare

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

	"github.com/opengov-cn/xxgk/internal/chromium"
	"github.com/opengov-cn/xxgk/internal/program"
	"github.com/opengov-cn/xxgk/lang"
	"golang.org/x/net/html"
)

// screenshotPath is where TestBrowserPage writes its screenshot of the
// comparison page of the three Pingtan reports, for a person to look at
// (not committed).
const screenshotPath = "testdata/browser/pingtan-over-years.png"

// measureScript is added to the test's copy of the page (the page itself
// has no script): it writes, as JSON into an element the test reads back
// from the dumped DOM, the box and text of every cell of every table and
// every mark of the chart.
const measureScript = `<script>
(function () {
  function box(e) { var r = e.getBoundingClientRect(); return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; }
  var out = {tables: [], panels: []};
  document.querySelectorAll("table.xxgk-table").forEach(function (t) {
    var rows = [];
    t.querySelectorAll("tr").forEach(function (tr) {
      var cells = [];
      tr.querySelectorAll("th, td").forEach(function (c) {
        var b = box(c);
        b.path = c.getAttribute("data-path") || ""; b.text = c.textContent; b.cls = c.className;
        cells.push(b);
      });
      rows.push(cells);
    });
    out.tables.push(rows);
  });
  document.querySelectorAll("svg.xxgk-panel").forEach(function (s) {
    var p = box(s); p.path = s.getAttribute("data-path"); p.marks = [];
    s.querySelectorAll("circle.xxgk-mark").forEach(function (c) {
      var b = box(c); b.year = c.getAttribute("data-year"); b.cls = c.getAttribute("class");
      p.marks.push(b);
    });
    out.panels.push(p);
  });
  var pre = document.createElement("pre");
  pre.id = "xxgk-measure";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
`

type box struct {
	Left, Top, Right, Bottom float64
	Path, Text, Cls, Year    string
}

type measuredPanel struct {
	box
	Marks []box
}

type measurement struct {
	Tables [][][]box
	Panels []measuredPanel
}

// TestBrowserPage opens the comparison page of the three Pingtan reports
// (2019, 2021, 2022) in headless Chromium and checks that every number
// stands in its cell, under its column's header and beside its row's
// label, holding what the table holds, and that each panel of the chart
// has one mark per year, left to right, inside the panel. It writes a
// screenshot to screenshotPath.
func TestBrowserPage(t *testing.T) {
	bin := chromium.Find()
	program.Need(t, bin, chromium.Missing())
	ps := pingtanYears(t)
	tb, err := Over(ps)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteTables(&b, []*Table{tb}, HTML, lang.Chinese); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	dir := t.TempDir()
	pagePath := filepath.Join(dir, "page.html")
	measurePath := filepath.Join(dir, "measure.html")
	if err := os.WriteFile(pagePath, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(measurePath, []byte(strings.Replace(page, "</body>", measureScript+"</body>", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	dom, err := chromium.Run(bin, t.TempDir(), "--window-size=1280,1000", "--dump-dom", "file://"+measurePath)
	if err != nil {
		t.Fatal(err)
	}
	m, err := readMeasurement(dom)
	if err != nil {
		t.Fatal(err)
	}

	// What each cell must hold, from the table itself: the cells' rows and
	// then the figures' rows, in section order.
	doc := tableDoc(tb, lang.Chinese)
	if len(m.Tables) != len(doc.sections) {
		t.Fatalf("the browser shows %d tables, want %d", len(m.Tables), len(doc.sections))
	}
	numbers := 0
	for i, s := range doc.sections {
		rows := m.Tables[i]
		if len(rows) != len(s.rows)+1 {
			t.Fatalf("table %s: %d rows in the browser, want %d", s.id, len(rows), len(s.rows)+1)
		}
		head := rows[0]
		for r, want := range s.rows {
			got := rows[r+1]
			if len(got) != len(want) {
				t.Fatalf("table %s row %d: %d cells, want %d", s.id, r, len(got), len(want))
			}
			for c := 1; c < len(want); c++ {
				g, w := got[c], want[c]
				if g.Text != w.text || g.Path != w.path || g.Cls != w.class {
					t.Errorf("table %s row %d column %d: %s %q (%s), want %s %q (%s)", s.id, r, c, g.Path, g.Text, g.Cls, w.path, w.text, w.class)
				}
				// The cell stands under its column's header and beside its
				// row's label.
				if math.Abs(g.Left-head[c].Left) > 1 || math.Abs(g.Right-head[c].Right) > 1 {
					t.Errorf("table %s row %d column %d: from %.1f to %.1f, its header from %.1f to %.1f", s.id, r, c, g.Left, g.Right, head[c].Left, head[c].Right)
				}
				if math.Abs(g.Top-got[0].Top) > 1 || math.Abs(g.Bottom-got[0].Bottom) > 1 || g.Left < got[0].Right-1 {
					t.Errorf("table %s row %d column %d is not in its row", s.id, r, c)
				}
				if g.Right <= g.Left || g.Bottom <= g.Top {
					t.Errorf("table %s row %d column %d has no room", s.id, r, c)
				}
				numbers++
			}
		}
	}
	// The numbers the issue names, found where they belong.
	want := map[string][]string{
		"table3.received.total":       {"23", "70", "74"},
		"table3.other_handling.total": {"0", "Σ 1", "Σ 4"},
		"figure.disclosure_rate":      {"34.78%", "50.72%", "40.00%"},
	}
	for _, rows := range m.Tables {
		for _, row := range rows[1:] {
			if w, ok := want[row[1].Path]; ok {
				for i, v := range w {
					if row[i+1].Text != v {
						t.Errorf("%s in column %d is %q, want %q", row[1].Path, i+1, row[i+1].Text, v)
					}
				}
				delete(want, row[1].Path)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("rows not found: %v", want)
	}

	// The chart: one mark per year in each panel, in order, inside it.
	if len(m.Panels) != 3 {
		t.Fatalf("%d chart panels, want 3", len(m.Panels))
	}
	years := []string{"2019", "2021", "2022"}
	for _, p := range m.Panels {
		if len(p.Marks) != len(years) {
			t.Errorf("panel %s: %d marks, want %d (one per year)", p.Path, len(p.Marks), len(years))
			continue
		}
		for i, mk := range p.Marks {
			if mk.Year != years[i] {
				t.Errorf("panel %s mark %d is of %s, want %s", p.Path, i, mk.Year, years[i])
			}
			if mk.Left < p.Left || mk.Right > p.Right || mk.Top < p.Top || mk.Bottom > p.Bottom || mk.Right <= mk.Left {
				t.Errorf("panel %s: the mark of %s is outside the panel", p.Path, mk.Year)
			}
			if i > 0 && mk.Left <= p.Marks[i-1].Right {
				t.Errorf("panel %s: the mark of %s is not right of the one before", p.Path, mk.Year)
			}
		}
	}
	// Received 23, 70, 74: the 2019 mark lowest, the 2022 mark highest.
	if mk := m.Panels[0].Marks; !(mk[0].Top > mk[1].Top && mk[1].Top > mk[2].Top) {
		t.Errorf("requests received: marks at %.1f, %.1f, %.1f, want rising", mk[0].Top, mk[1].Top, mk[2].Top)
	}
	t.Logf("%d numbers in their cells; %d panels of %d marks", numbers, len(m.Panels), len(years))

	height := 2400 // the chart, table 二 and the start of table 三
	if err := os.MkdirAll(filepath.Dir(screenshotPath), 0o755); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(screenshotPath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromium.Run(bin, t.TempDir(), "--window-size=1280,"+strconv.Itoa(height), "--screenshot="+abs, "file://"+pagePath); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(abs); err != nil || fi.Size() == 0 {
		t.Fatalf("no screenshot at %s: %v", abs, err)
	}
	t.Logf("screenshot of the comparison page: %s", abs)
}

// readMeasurement finds the measuring script's JSON in a dumped DOM.
func readMeasurement(dom []byte) (measurement, error) {
	var m measurement
	root, err := html.Parse(bytes.NewReader(dom))
	if err != nil {
		return m, err
	}
	var pre *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "id" && a.Val == "xxgk-measure" {
					pre = n
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if pre == nil || pre.FirstChild == nil {
		return m, fmt.Errorf("the dumped DOM has no measurement (%d bytes)", len(dom))
	}
	err = json.Unmarshal([]byte(pre.FirstChild.Data), &m)
	return m, err
}
