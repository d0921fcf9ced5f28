package parse

import (
	"bytes"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/render"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// roundTripReports are reports of both formats to render and read back.
func roundTripReports(t *testing.T) map[string]*report.Report {
	xiaoshan := examples.Xiaoshan2023()
	// The renderers print a title made from the metadata when a report has
	// none; reading it back gives that title.
	xiaoshan.Metadata.Title = "杭州市萧山区人民政府办公室2023年政府信息公开工作年度报告"
	b, err := os.ReadFile("testdata/shanghai-office-2019.json")
	if err != nil {
		t.Fatal(err)
	}
	shanghai, err := report.ReadJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	// Text a reader could take for something else: a short last section, a
	// pipe in prose, a paragraph of one word.
	tricky := examples.Xiaoshan2023()
	tricky.Metadata.Title = xiaoshan.Metadata.Title
	tricky.Problems.Paragraphs = []string{"收费标准为A|B两档。", "无"}
	tricky.OtherMatters.Paragraphs = []string{"无"}
	tricky.Fees = report.Fees{Notices: report.Blank, Collected: report.BlankAmount}
	// The renderers do not print the scope and level: the reader infers
	// them from what it reads back.
	for _, r := range []*report.Report{xiaoshan, shanghai, tricky} {
		r.Metadata.Scope, r.Metadata.Level = report.InferScope(r)
	}
	return map[string]*report.Report{"xiaoshan-2023": xiaoshan, "shanghai-office-2019": shanghai, "tricky": tricky}
}

// TestRoundTrip renders reports of both formats to Markdown, HTML and text
// and reads them back: the same report.
func TestRoundTrip(t *testing.T) {
	renderers := map[string]func(*bytes.Buffer, *report.Report) error{
		"markdown":  func(b *bytes.Buffer, r *report.Report) error { return render.Markdown(b, r, lang.Chinese) },
		"html":      func(b *bytes.Buffer, r *report.Report) error { return render.HTML(b, r, lang.Chinese) },
		"html page": func(b *bytes.Buffer, r *report.Report) error { return render.HTMLPage(b, r, lang.Chinese) },
		"text":      func(b *bytes.Buffer, r *report.Report) error { return render.Text(b, r, lang.Chinese) },
	}
	for name, want := range roundTripReports(t) {
		for form, write := range renderers {
			t.Run(name+"/"+form, func(t *testing.T) {
				var buf bytes.Buffer
				if err := write(&buf, want); err != nil {
					t.Fatal(err)
				}
				res, err := Parse(buf.Bytes(), Options{})
				if err != nil {
					t.Fatal(err)
				}
				for _, d := range res.Diagnostics {
					if d.Severity >= validate.Warning {
						t.Errorf("diagnostic: %s", d)
					}
				}
				if d := cmp.Diff(want, res.Report, cmpReports...); d != "" {
					t.Errorf("(-rendered +read back):\n%s", d)
				}
			})
		}
	}
}
