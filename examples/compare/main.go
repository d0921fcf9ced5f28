// Command compare shows what changed in a body's report from one year to
// another: the 2019 report of 平潭综合实验区 (in the 2019 trial format, as
// the portal's HTML page) against its 2022 report (in the 2021 format, as
// text), both embedded. It prints the changes in requests received and
// concluded, the derived figures side by side, how （六）其他处理 was mapped
// across the formats, and how many cells have no counterpart.
//
//	go run ./examples/compare              # in Chinese
//	go run ./examples/compare en           # in English
//	go run ./examples/compare zh page.html # and write the comparison page
package main

import (
	_ "embed"
	"fmt"
	"io"
	"os"

	"github.com/opengov-cn/xxgk/compare"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/report"
)

//go:embed reports/pingtan-2019.html
var pingtan2019 []byte

//go:embed reports/pingtan-2022.txt
var pingtan2022 []byte

func main() {
	l := lang.Chinese
	if len(os.Args) > 1 {
		var err error
		if l, err = lang.Parse(os.Args[1]); err != nil {
			fmt.Fprintln(os.Stderr, "compare:", err)
			os.Exit(2)
		}
	}
	d, err := run(os.Stdout, l)
	if err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
	if len(os.Args) > 2 {
		f, err := os.Create(os.Args[2])
		if err == nil {
			err = compare.WriteDiff(f, d, compare.HTML, l)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "compare:", err)
			os.Exit(1)
		}
	}
}

// run reads the two embedded reports, compares them and prints a summary
// in language l.
func run(w io.Writer, l lang.Lang) (*compare.Comparison, error) {
	var rs [2]*report.Report
	for i, data := range [][]byte{pingtan2019, pingtan2022} {
		res, err := parse.Parse(data, parse.Options{})
		if err != nil {
			return nil, err
		}
		rs[i] = res.Report
	}
	d, err := compare.Diff(rs[0], rs[1])
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(w, "%s %d (%s) → %d (%s)\n\n", d.Cur.Body, d.Prev.Year, d.Prev.Format.English(), d.Cur.Year, d.Cur.Format.English())
	for _, p := range []report.Path{"table3.received.total", "table3.concluded.total", "table3.other_handling.total", "fees.collected"} {
		for _, ln := range d.Lines {
			if ln.Cell.Path != p {
				continue
			}
			fmt.Fprintf(w, "%s: %q → %q, %s", ln.Label(l), ln.Prev.String(), ln.Cur.String(), ln.Status.Label(l))
			if ln.Status == compare.NotComparable {
				fmt.Fprintf(w, " (%s)", ln.Reason.Label(l))
			} else {
				fmt.Fprintf(w, " %s", ln.Change)
			}
			if ln.CurParts != nil {
				fmt.Fprintf(w, " [Σ %v]", ln.CurParts)
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintln(w)
	for _, fc := range d.Figures[:compare.ShareNaturalPerson] {
		prev, cur := fc.Prev.Percent(), fc.Cur.Percent()
		if !fc.Prev.OK {
			prev = "—"
		}
		if !fc.Cur.OK {
			cur = "—"
		}
		fmt.Fprintf(w, "%s: %s → %s (%s)\n", fc.Figure.Label(l), prev, cur, fc.Status.Label(l))
	}
	fmt.Fprintf(w, "\n%d cells compared; %d only in %d, %d only in %d\n", len(d.Lines), len(d.OnlyPrev), d.Prev.Year, len(d.OnlyCur), d.Cur.Year)
	return d, nil
}
