package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/internal/program"
	"github.com/opengov-cn/xxgk/internal/soffice"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/render"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// TestDOCXThroughLibreOffice writes the Xiaoshan and Shanghai 2019 reports
// as .docx (package render), has LibreOffice turn each into a PDF, and
// reads the PDF back: every cell of tables 二, 三 and 四 and the fee facts
// are the report's, with no warning about them. Two programs we did not
// write (LibreOffice, PDFium) stand in the loop. The Shanghai report is
// also written with short paragraphs added before its tables, which moves
// the page break through table 三 (with LibreOffice 7.4: after 二、上年结转
// as published, then inside the vertical label 三、本年度办理结果 and inside
// its groups （四）无法提供 and （五）不予处理, and before a blank row), and
// so is the Xiaoshan report (as published the break falls inside
// （三）不予公开; moved, inside （六）其他处理 of the 2021 format): the part
// on the new page repeats the header rows, and its first row has blank
// cells and label cells that continue those above the break. It skips
// without LibreOffice, and fails for want of it when CI=true.
func TestDOCXThroughLibreOffice(t *testing.T) {
	bin := soffice.Find()
	program.Need(t, bin, soffice.Missing())
	shanghai, err := os.ReadFile(filepath.Join("..", "testdata", "shanghai-office-2019.json"))
	if err != nil {
		t.Fatal(err)
	}
	// padded is a report with n short paragraphs more at the end of its
	// overview.
	padded := func(r *report.Report, n int) *report.Report {
		for range n {
			r.Overview.Paragraphs = append(r.Overview.Paragraphs, "补充说明。")
		}
		return r
	}
	dir := t.TempDir() // one LibreOffice profile for all, made once
	for _, tt := range []struct {
		name string
		r    *report.Report
	}{
		{"xiaoshan-2023", examples.Xiaoshan2023()},
		{"xiaoshan-2023-plus-17", padded(examples.Xiaoshan2023(), 17)},
		{"shanghai-office-2019", mustJSON(t, shanghai)},
		{"shanghai-office-2019-plus-9", padded(mustJSON(t, shanghai), 9)},
		{"shanghai-office-2019-plus-11", padded(mustJSON(t, shanghai), 11)},
		{"shanghai-office-2019-plus-14", padded(mustJSON(t, shanghai), 14)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.r
			var doc bytes.Buffer
			if err := render.DOCX(&doc, r, lang.Chinese); err != nil {
				t.Fatal(err)
			}
			docx := filepath.Join(dir, tt.name+".docx")
			if err := os.WriteFile(docx, doc.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			pdf, err := soffice.ToPDF(bin, docx, dir, 3*time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(pdf)
			if err != nil {
				t.Fatal(err)
			}
			res, err := testReader(t).Read(data, parse.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range res.Diagnostics {
				if d.Severity >= validate.Warning && len(d.Paths) > 0 {
					t.Errorf("diagnostic about a cell: %s", d)
				}
			}
			compared := 0
			for cell, want := range r.Cells {
				got, _ := res.Report.Lookup(cell.Path)
				if got.String() != want.String() {
					t.Errorf("%s: read %q, written %q", cell.Path, got.String(), want.String())
				}
				compared++
			}
			if compared == 0 || res.Report.Format != r.Format || res.Report.Metadata.Year != r.Metadata.Year {
				t.Errorf("%d cells compared; format %s, year %d", compared, res.Report.Format, res.Report.Metadata.Year)
			}
		})
	}
}

func mustJSON(t *testing.T, data []byte) *report.Report {
	t.Helper()
	r := new(report.Report)
	if err := r.UnmarshalJSON(data); err != nil {
		t.Fatal(err)
	}
	return r
}
