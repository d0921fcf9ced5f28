package parse

import (
	"testing"

	"github.com/opengov-cn/xxgk/report"
)

// readmeFigures are the figures of testdata/README.md, read by hand from the
// published sources.
var readmeFigures = []struct {
	file                  string
	format                report.Format
	year                  int
	received, carriedOver string
	concluded, carriedFwd string
	reconsideration       string
	suedDirectly, suedAft string
	fees                  string // table 二 fee cell (2021) in 万元
}{
	{"xiaoshan-2023.txt", report.Format2021, 2023, "115", "8", "113", "10", "4", "5", "1", "0.008"},
	{"shanghai-office-2019.txt", report.Format2019, 2019, "859", "18", "805", "72", "7", "9", "", ""},
	{"huaian-city-2024.txt", report.Format2021, 2024, "3119", "34", "3050", "103", "351", "26", "20", "96171.6"},
	{"pingtan-2021.txt", report.Format2021, 2021, "70", "0", "69", "1", "3", "12", "0", "24252.311082"},
	{"pingtan-2022.txt", report.Format2021, 2022, "74", "1", "75", "0", "2", "1", "0", "9116.36"},
	{"shanghai-office-2025.txt", report.Format2021, 2025, "1295", "189", "1191", "293", "55", "12", "22", "0"},
	{"pingtan-2019.html", report.Format2019, 2019, "23", "0", "23", "0", "0", "0", "0", ""},
	{"pingtan-2022.html", report.Format2021, 2022, "74", "1", "75", "0", "2", "1", "0", "9116.36"},
	{"pingtan-2019.docx", report.Format2019, 2019, "23", "0", "23", "0", "0", "0", "0", ""},
	{"pingtan-2022.docx", report.Format2021, 2022, "74", "1", "75", "0", "2", "1", "0", "9116.36"},
}

func TestReadmeFigures(t *testing.T) {
	for _, tt := range readmeFigures {
		t.Run(tt.file, func(t *testing.T) {
			res, err := Parse(readTestdata(t, tt.file), Options{})
			if err != nil {
				t.Fatal(err)
			}
			r := res.Report
			if r.Format != tt.format || r.Metadata.Year != tt.year {
				t.Errorf("format %s year %d, want %s %d", r.Format, r.Metadata.Year, tt.format, tt.year)
			}
			check := func(p report.Path, want string) {
				t.Helper()
				if want == "" && tt.format == report.Format2019 {
					return
				}
				v, err := r.Lookup(p)
				if err != nil || v.String() != want {
					t.Errorf("%s = %q (%v), want %q", p, v.String(), err, want)
				}
			}
			check("table3.received.total", tt.received)
			check("table3.carried_over.total", tt.carriedOver)
			check("table3.concluded.total", tt.concluded)
			check("table3.carried_forward.total", tt.carriedFwd)
			check("table4.reconsideration.total", tt.reconsideration)
			check("table4.sued_directly.total", tt.suedDirectly)
			check("table4.sued_after_reconsideration.total", tt.suedAft)
			check("table2.administrative_fees.amount", tt.fees)
			if t.Failed() {
				for _, d := range res.Diagnostics {
					t.Logf("diagnostic: %s", d)
				}
			}
		})
	}
}
