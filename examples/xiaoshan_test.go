package examples

import (
	"bytes"
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/opengov-cn/xxgk/report"
)

var update = flag.Bool("update", false, "rewrite xiaoshan-2023.json from the Go value")

var cmpReports = []cmp.Option{
	cmp.Comparer(func(a, b report.Amount) bool { return a.Equal(b) }),
	cmpopts.EquateEmpty(),
}

// TestXiaoshanJSONIsTheGoValue checks that the embedded JSON file is the
// Go value, byte for byte as WriteJSON writes it (the golden file) and
// equal after decoding.
func TestXiaoshanJSONIsTheGoValue(t *testing.T) {
	var buf bytes.Buffer
	if err := report.WriteJSON(&buf, Xiaoshan2023()); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("xiaoshan-2023.json", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(buf.Bytes(), Xiaoshan2023JSON) {
		t.Error("xiaoshan-2023.json differs from Xiaoshan2023(); run go test ./examples -update and review the diff")
	}
	decoded, err := report.ReadJSON(bytes.NewReader(Xiaoshan2023JSON))
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(Xiaoshan2023(), decoded, cmpReports...); d != "" {
		t.Errorf("JSON file and Go value differ (-go +json):\n%s", d)
	}
}

// xiaoshanFigures lists, by hand from the published text, the figures of
// the Xiaoshan 2023 report that are not 0.
var xiaoshanFigures = map[report.Path]string{
	"table2.normative_documents.issued":                    "18",
	"table2.normative_documents.repealed":                  "6",
	"table2.normative_documents.in_force":                  "73",
	"table2.administrative_fees.amount":                    "0.008",
	"table3.received.natural_person":                       "115",
	"table3.received.total":                                "115",
	"table3.carried_over.natural_person":                   "8",
	"table3.carried_over.total":                            "8",
	"table3.disclosed.natural_person":                      "64",
	"table3.disclosed.total":                               "64",
	"table3.partially_disclosed.natural_person":            "2",
	"table3.partially_disclosed.total":                     "2",
	"table3.withheld_internal_affairs.natural_person":      "1",
	"table3.withheld_internal_affairs.total":               "1",
	"table3.withheld_process_information.natural_person":   "1",
	"table3.withheld_process_information.total":            "1",
	"table3.cannot_provide_not_held.natural_person":        "29",
	"table3.cannot_provide_not_held.total":                 "29",
	"table3.cannot_provide_must_be_created.natural_person": "3",
	"table3.cannot_provide_must_be_created.total":          "3",
	"table3.not_processed_petition.natural_person":         "1",
	"table3.not_processed_petition.total":                  "1",
	"table3.other_handling_no_correction.natural_person":   "12",
	"table3.other_handling_no_correction.total":            "12",
	"table3.concluded.natural_person":                      "113",
	"table3.concluded.total":                               "113",
	"table3.carried_forward.natural_person":                "10",
	"table3.carried_forward.total":                         "10",
	"table4.reconsideration.upheld":                        "4",
	"table4.reconsideration.total":                         "4",
	"table4.sued_directly.upheld":                          "5",
	"table4.sued_directly.total":                           "5",
	"table4.sued_after_reconsideration.upheld":             "1",
	"table4.sued_after_reconsideration.total":              "1",
	report.PathFeeNotices:                                  "1",
	report.PathFeeCollected:                                "80",
}

func TestXiaoshanFigures(t *testing.T) {
	r := Xiaoshan2023()
	n := 0
	for c, v := range r.Cells {
		n++
		want, listed := xiaoshanFigures[c.Path]
		if !listed {
			want = "0"
		}
		if v.String() != want {
			t.Errorf("%s (%s) = %q, want %q", c.Path, c.Label(r.Format), v.String(), want)
		}
	}
	if n != 10+175+15+2 {
		t.Errorf("%d cells, want 202", n)
	}
	m := r.Metadata
	if m.ReportingBody != "杭州市萧山区人民政府办公室" || m.Year != 2023 || m.IndexNumber != "H001/2024-76014" ||
		m.PeriodStart.String() != "2023-01-01" || m.PeriodEnd.String() != "2023-12-31" || m.DocumentDate.String() != "2024-01-17" {
		t.Errorf("metadata %+v", m)
	}
}

// TestXiaoshanMatchesSourceText reads the published text's table lines and
// checks every number of the example against them, and every paragraph of
// the example against the text.
func TestXiaoshanMatchesSourceText(t *testing.T) {
	src, err := os.ReadFile("testdata/xiaoshan-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	r := Xiaoshan2023()
	f := r.Format
	number := regexp.MustCompile(`^\d+(\.\d+)?$`)
	// numbersAfter returns the numeric cells of the first line that starts
	// with label (after the separators are normalised).
	numbersAfter := func(label string) []string {
		for _, line := range strings.Split(text, "\n") {
			cells := strings.Split(line, "|")
			for i, c := range cells {
				if report.NormalizeLabel(c) != report.NormalizeLabel(label) {
					continue
				}
				var nums []string
				for _, c := range cells[i+1:] {
					if c = strings.TrimSpace(c); number.MatchString(c) {
						nums = append(nums, c)
					}
				}
				return nums
			}
		}
		t.Errorf("no line with the label %q", label)
		return nil
	}
	for _, row := range report.Table3Rows(f) {
		got := numbersAfter(row.Label())
		var want []string
		for _, a := range report.Applicants() {
			want = append(want, r.Table3.Rows[row][a].String())
		}
		if d := cmp.Diff(got, want); d != "" {
			t.Errorf("table 三 %s (-text +example):\n%s", row.Label(), d)
		}
	}
	for _, b := range report.Table2Blocks(f) {
		for _, row := range b.Rows {
			var want []string
			for _, col := range b.Columns {
				v, _ := r.Lookup(report.Table2Path(row, col))
				want = append(want, v.String())
			}
			if d := cmp.Diff(numbersAfter(row.Label(f)), want); d != "" {
				t.Errorf("table 二 %s (-text +example):\n%s", row.Label(f), d)
			}
		}
	}
	var t4 []string
	for _, p := range report.Proceedings() {
		for _, res := range report.Table4Columns() {
			t4 = append(t4, r.Table4.Blocks[p][res].String())
		}
	}
	if !strings.Contains(text, strings.Join(t4, " | ")) {
		t.Errorf("table 四 row %v not in the text", t4)
	}

	var paragraphs []string
	paragraphs = append(paragraphs, r.Preamble...)
	for _, s := range []report.Section{r.Overview, r.Problems, r.OtherMatters} {
		paragraphs = append(paragraphs, s.Paragraphs...)
		for _, sub := range s.Subsections {
			paragraphs = append(paragraphs, sub.Title)
			paragraphs = append(paragraphs, sub.Paragraphs...)
		}
	}
	lines := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		lines[line] = true
	}
	for _, p := range paragraphs {
		if !lines[p] {
			t.Errorf("paragraph not a line of the source: %.40s…", p)
		}
	}
	// Every prose line of the source is in the example.
	kept := map[string]bool{}
	for _, p := range paragraphs {
		kept[p] = true
	}
	for _, line := range strings.Split(text, "\n") {
		if line == "" || strings.Contains(line, "|") {
			continue
		}
		if _, isHeading := report.LookupSection(line); isHeading {
			continue
		}
		if !kept[line] {
			t.Errorf("source line missing from the example: %.40s…", line)
		}
	}
	for _, fig := range []string{"共发送1份", "信息处理费80元", "0.008"} {
		if !strings.Contains(text, fig) {
			t.Errorf("source lacks %q", fig)
		}
	}
}
