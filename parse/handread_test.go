package parse

import (
	"bufio"
	"bytes"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// handRead is the content of a testdata/handread/*.expected file: tables 三
// and 四 of a source as a person read them ("_" blank, "/" not applicable).
type handRead struct {
	format string
	cells  map[report.Path]string
	hybrid bool // 其他处理 printed as one row in a 2021 table
}

func readHandRead(t *testing.T, name string) handRead {
	t.Helper()
	h := handRead{cells: map[report.Path]string{}}
	sc := bufio.NewScanner(bytes.NewReader(readTestdata(t, "handread/"+name+".expected")))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "# hybrid") {
			h.hybrid = true
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, values, ok := strings.Cut(line, ":")
		if !ok {
			t.Fatalf("%s: bad line %q", name, line)
		}
		fields := strings.Fields(values)
		switch {
		case key == "format":
			h.format = strings.TrimSpace(values)
		case key == "table4":
			i := 0
			for _, p := range report.Proceedings() {
				for _, r := range report.Table4Columns() {
					h.cells[report.Table4Path(p, r)] = fields[i]
					i++
				}
			}
		case strings.HasPrefix(key, "table3."):
			row, ok := report.LookupTable3Row(strings.TrimPrefix(key, "table3."))
			if !ok || len(fields) != report.NumApplicants {
				t.Fatalf("%s: bad row %q", name, line)
			}
			for i, a := range report.Applicants() {
				h.cells[report.Table3Path(row, a)] = fields[i]
			}
		}
	}
	return h
}

// TestHandReadCells checks every cell of tables 三 and 四 of every test file
// against the figures read by hand from the source, and the central
// promise: a cell is read right, or it is blank and named in a diagnostic.
func TestHandReadCells(t *testing.T) {
	for _, tt := range readmeFigures {
		t.Run(tt.file, func(t *testing.T) {
			want := readHandRead(t, tt.file)
			res, err := Parse(readTestdata(t, tt.file), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Report.Format.Key(); got != want.format {
				t.Errorf("format %s, hand-read %s", got, want.format)
			}
			named := map[report.Path]bool{}
			for _, d := range res.Diagnostics {
				if d.Severity >= validate.Warning {
					for _, p := range d.Paths {
						named[p] = true
					}
				}
			}
			for cell, v := range res.Report.Cells {
				if cell.Table != 3 && cell.Table != 4 {
					continue
				}
				w, ok := want.cells[cell.Path]
				if !ok {
					if !named[cell.Path] {
						t.Errorf("%s: not in the hand-read file and not named in a diagnostic", cell.Path)
					}
					continue
				}
				got := v.String()
				if got == "" {
					got = "_"
				}
				switch {
				case got == w:
				case named[cell.Path] && got == "_":
					t.Logf("%s: hand-read %s; left blank with a diagnostic", cell.Path, w)
				default:
					t.Errorf("%s = %s, hand-read %s%s", cell.Path, got, w, map[bool]string{true: " (named in a diagnostic)"}[named[cell.Path]])
				}
			}
			if t.Failed() {
				t.Log(diagnosticList(res))
			}
		})
	}
}

// TestPageAndTextAgree reads the same report from its portal page and from
// a site archive's flattened text: the tables agree cell by cell, except
// where the flattened text cannot be split and says so.
func TestPageAndTextAgree(t *testing.T) {
	page, err := Parse(readTestdata(t, "pingtan-2022.html"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	text, err := Parse(readTestdata(t, "pingtan-2022.txt"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	named := map[report.Path]bool{}
	for _, d := range text.Diagnostics {
		if d.Severity >= validate.Warning {
			for _, p := range d.Paths {
				named[p] = true
			}
		}
	}
	compared := 0
	for cell, v := range page.Report.Cells {
		if cell.Table == 6 {
			continue
		}
		got, _ := text.Report.Lookup(cell.Path)
		if named[cell.Path] && got.IsBlank() {
			continue
		}
		compared++
		if got.String() != v.String() {
			t.Errorf("%s: page %q, text %q", cell.Path, v.String(), got.String())
		}
	}
	if compared < 10+175+15-3 {
		t.Errorf("only %d cells compared", compared)
	}
	if page.Report.Metadata.Year != text.Report.Metadata.Year || page.Report.Metadata.ReportingBody != text.Report.Metadata.ReportingBody {
		t.Errorf("metadata: page %+v, text %+v", page.Report.Metadata, text.Report.Metadata)
	}
}
