package pdf

import (
	"errors"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/internal/handread"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// TestHuaian reads the published PDF of Huai'an's 2024 report (made with
// WPS: ruling lines, a vertical label, table 三 over a page break): every
// cell of tables 三 and 四 equals the value read by hand, table 二 and the
// fee facts equal what the text of the same report gives, and no
// diagnostic warns about anything.
func TestHuaian(t *testing.T) {
	res, err := testReader(t).Read(readTestdata(t, "huaian-city-2024.pdf"), parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Kind != parse.KindPDF {
		t.Errorf("kind %s", res.Kind)
	}
	for _, d := range res.Diagnostics {
		if d.Severity >= validate.Warning {
			t.Errorf("diagnostic: %s", d)
		}
	}
	want, err := handread.Parse(readTestdata(t, "handread/huaian-city-2024.expected"))
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Report.Format.Key(); got != want.Format {
		t.Errorf("format %s, hand-read %s", got, want.Format)
	}
	text, err := parse.Text(readTestdata(t, "huaian-city-2024.txt"), parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checked := map[int]int{}
	for cell, v := range res.Report.Cells {
		w, ok := want.Cells[cell.Path]
		if !ok {
			tv, _ := text.Report.Lookup(cell.Path)
			w = tv.String()
			if w == "" && cell.Table != 6 {
				t.Errorf("%s: blank in the text version", cell.Path)
			}
		}
		got := v.String()
		if got == "" {
			got = "_"
		}
		if w == "" {
			w = "_"
		}
		if got != w {
			t.Errorf("%s = %s, want %s", cell.Path, got, w)
		}
		checked[cell.Table]++
	}
	if checked[2] < 10 || checked[3] != 25*report.NumApplicants || checked[4] != 15 {
		t.Errorf("cells checked by table: %v", checked)
	}
	// Table 二 as printed (the text version's reading agrees, above).
	for path, want := range map[string]string{
		"table2.regulations.issued": "1", "table2.regulations.repealed": "0", "table2.regulations.in_force": "11",
		"table2.normative_documents.issued": "8", "table2.normative_documents.repealed": "26", "table2.normative_documents.in_force": "66",
		"table2.administrative_licensing.decisions": "447228", "table2.administrative_penalties.decisions": "3985758",
		"table2.administrative_compulsion.decisions": "88283", "table2.administrative_fees.amount": "96171.6"} {
		if v, err := res.Report.Lookup(report.Path(path)); err != nil || v.String() != want {
			t.Errorf("%s = %v, want %s", path, v, want)
		}
	}
	if got := res.Report.Fees.Collected.String(); got != "3940" {
		t.Errorf("fees collected %q, want 3940", got)
	}
	m := res.Report.Metadata
	if m.Year != 2024 || !strings.HasPrefix(m.ReportingBody, "淮安市人民政府") || m.ReportingBody != text.Report.Metadata.ReportingBody {
		t.Errorf("metadata: year %d, body %q (text version: %q)", m.Year, m.ReportingBody, text.Report.Metadata.ReportingBody)
	}
	if !strings.HasPrefix(m.Title, "淮安市人民政府2024年") {
		t.Errorf("title %q", m.Title)
	}
}

// TestParseUsesPDFReader reads a PDF through parse.Parse with the reader
// in the options, and refuses it without.
func TestParseUsesPDFReader(t *testing.T) {
	data := readTestdata(t, "huaian-city-2024.pdf")
	if _, err := parse.Parse(data, parse.Options{}); !errors.Is(err, parse.ErrNoPDFReader) {
		t.Errorf("without a reader: %v", err)
	}
	res, err := parse.Parse(data, parse.Options{PDF: testReader(t).Read})
	if err != nil {
		t.Fatal(err)
	}
	if res.Report.Metadata.Year != 2024 {
		t.Errorf("year %d", res.Report.Metadata.Year)
	}
}

// TestLibreOffice reads PDFs that LibreOffice wrote from the Word files of
// the Pingtan 2019 and 2022 portal pages: every cell is the one the HTML
// page gives, and no diagnostic warns.
func TestLibreOffice(t *testing.T) {
	for _, tt := range []struct {
		name  string
		year  int
		cells int
	}{
		{"pingtan-2019", 2019, 0},
		{"pingtan-2022", 2022, 10 + 175 + 15},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := testReader(t).Read(readTestdata(t, tt.name+"-libreoffice.pdf"), parse.Options{})
			if err != nil {
				t.Fatal(err)
			}
			page, err := parse.HTML(readTestdata(t, tt.name+".html"), parse.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range res.Diagnostics {
				if d.Severity >= validate.Warning {
					t.Errorf("diagnostic: %s", d)
				}
			}
			if res.Report.Format != page.Report.Format {
				t.Errorf("format %s, HTML %s", res.Report.Format, page.Report.Format)
			}
			compared := 0
			for cell, v := range page.Report.Cells {
				got, _ := res.Report.Lookup(cell.Path)
				if got.String() != v.String() {
					t.Errorf("%s: PDF %q, HTML %q", cell.Path, got.String(), v.String())
				}
				if cell.Table >= 2 && cell.Table <= 4 {
					compared++
				}
			}
			if tt.cells > 0 && compared != tt.cells {
				t.Errorf("%d cells of tables 二 to 四 compared", compared)
			}
			if res.Report.Metadata.Year != tt.year {
				t.Errorf("year %d", res.Report.Metadata.Year)
			}
		})
	}
}
