// Package handread reads the files of values read by hand from a published
// report (testdata/handread/*.expected), against which tests check what the
// readers read.
//
// The format: "format: 2021"; "table3.<row key>: " and the six values of
// the row; "table4: " and the fifteen values; "_" is a blank cell, "/" not
// applicable; lines starting with "#" are comments ("# hybrid" marks a
// 2021 table printing 其他处理 as one row).
package handread

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"

	"github.com/opengov-cn/xxgk/report"
)

// Values are the hand-read values of tables 三 and 四 of one source.
type Values struct {
	// Format is the format key ("2019" or "2021").
	Format string
	// Cells are the values by cell, as printed ("_" blank).
	Cells map[report.Path]string
	// Hybrid says 其他处理 is printed as one row in a 2021 table.
	Hybrid bool
}

// Parse reads a hand-read file.
func Parse(data []byte) (Values, error) {
	h := Values{Cells: map[report.Path]string{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "# hybrid") {
			h.Hybrid = true
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, values, ok := strings.Cut(line, ":")
		if !ok {
			return h, fmt.Errorf("line %d: no key: %q", n, line)
		}
		fields := strings.Fields(values)
		switch {
		case key == "format":
			h.Format = strings.TrimSpace(values)
		case key == "table4":
			if len(fields) != report.NumProceedings*report.NumTable4Columns {
				return h, fmt.Errorf("line %d: %d values in table4", n, len(fields))
			}
			i := 0
			for _, p := range report.Proceedings() {
				for _, r := range report.Table4Columns() {
					h.Cells[report.Table4Path(p, r)] = fields[i]
					i++
				}
			}
		case strings.HasPrefix(key, "table3."):
			row, ok := report.LookupTable3Row(strings.TrimPrefix(key, "table3."))
			if !ok || len(fields) != report.NumApplicants {
				return h, fmt.Errorf("line %d: bad row %q", n, line)
			}
			for i, a := range report.Applicants() {
				h.Cells[report.Table3Path(row, a)] = fields[i]
			}
		default:
			return h, fmt.Errorf("line %d: unknown key %q", n, key)
		}
	}
	return h, sc.Err()
}
