package compare

import (
	"io"
	"strconv"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// BenchmarkDiff compares two reports of one format (Xiaoshan and its
// changed copy) and two of different formats (Pingtan 2019 and 2022).
func BenchmarkDiff(b *testing.B) {
	for _, c := range []struct {
		name      string
		prev, cur *report.Report
	}{
		{"same-format", examples.Xiaoshan2023(), xiaoshanChanged()},
		{"2019-to-2021", readReport(b, "pingtan-2019.html"), readReport(b, "pingtan-2022.html")},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Diff(c.prev, c.cur); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// thousandBodies returns 1,000 reports of one year, each a copy of the
// Xiaoshan report under a body name of its own and with its own figures.
func thousandBodies() []*report.Report {
	rs := make([]*report.Report, 1000)
	for i := range rs {
		r := examples.Xiaoshan2023()
		r.Metadata.ReportingBody = "机关" + strconv.Itoa(i)
		r.Table3.Rows[report.RowReceived][report.NaturalPerson] = report.Count(i)
		rs[i] = r
	}
	return rs
}

// BenchmarkOver1000 sets 1,000 bodies of one year side by side: grouping
// them and building the table, then also writing it as CSV.
func BenchmarkOver1000(b *testing.B) {
	rs := thousandBodies()
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			if len(Group(rs)) != 1000 {
				b.Fatal("not 1000 groups")
			}
			if _, err := Over(rs); err != nil {
				b.Fatal(err)
			}
		}
	})
	t, err := Over(rs)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("csv", func(b *testing.B) {
		for b.Loop() {
			if err := WriteTables(io.Discard, []*Table{t}, CSV, lang.Chinese); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkWriteDOCX writes the comparison of Pingtan 2019 with 2022, and
// the table of 1,000 bodies, as .docx.
func BenchmarkWriteDOCX(b *testing.B) {
	d, err := Diff(readReport(b, "pingtan-2019.html"), readReport(b, "pingtan-2022.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("diff", func(b *testing.B) {
		for b.Loop() {
			if err := WriteDiff(io.Discard, d, DOCX, lang.Chinese); err != nil {
				b.Fatal(err)
			}
		}
	})
	t, err := Over(thousandBodies())
	if err != nil {
		b.Fatal(err)
	}
	b.Run("1000-bodies", func(b *testing.B) {
		for b.Loop() {
			if err := WriteTables(io.Discard, []*Table{t}, DOCX, lang.Chinese); err != nil {
				b.Fatal(err)
			}
		}
	})
}
