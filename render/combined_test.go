package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// TestCombinedOtherHandling renders a 2021 report whose table 三 prints
// （六）其他处理 as one row (deviation D18) as it was printed: the one row,
// not the three rows of the format, in every renderer.
func TestCombinedOtherHandling(t *testing.T) {
	r := examples.Xiaoshan2023()
	for _, row := range report.OtherHandling.Rows(report.Format2021) {
		r.Table3.Rows[row] = report.BlankRow
	}
	r.Table3.Rows[report.RowOtherHandling] = report.Row{12, 0, 0, 0, 0, 0, 12}
	for name, render := range map[string]func(*bytes.Buffer) error{
		"markdown": func(b *bytes.Buffer) error { return Markdown(b, r, lang.Chinese) },
		"text":     func(b *bytes.Buffer) error { return Text(b, r, lang.Chinese) },
		"html":     func(b *bytes.Buffer) error { return HTML(b, r, lang.Chinese) },
	} {
		var b bytes.Buffer
		if err := render(&b); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out := b.String()
		if !strings.Contains(out, report.OtherHandling.Label()) || strings.Contains(out, report.RowOtherHandlingOther.Label()+" ") ||
			strings.Contains(out, report.RowOtherHandlingNoCorrection.Label()) {
			t.Errorf("%s: not printed as one row:\n%s", name, out)
		}
	}
}
