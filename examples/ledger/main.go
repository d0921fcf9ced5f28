// Command ledger builds a report's table 三 from a ledger of requests kept as
// CSV (台账), validates the report and prints it as Markdown.
//
//	go run ./examples/ledger                    # the ledger in testdata/ledger.csv
//	go run ./examples/ledger path/to/ledger.csv # a ledger of your own
//
// The ledger has a header row and one row per request: its number, the
// applicant's category (自然人, 商业企业, …), the day received and the day
// concluded (YYYY-MM-DD; empty while open) and the outcome row of
// 三、本年度办理结果 as labelled in the format (予以公开, 1.属于国家秘密, …;
// empty while open). Requests of earlier years still open on 1 January count
// as carried over. The program exits with status 1 when the report has an
// error-severity finding, 2 when the ledger cannot be read.
package main

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/render"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// sample is the ledger the program reads when given none.
//
//go:embed testdata/ledger.csv
var sample []byte

func main() {
	ledger := sample
	if len(os.Args) > 1 {
		data, err := os.ReadFile(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "ledger:", err)
			os.Exit(2)
		}
		ledger = data
	}
	ok, err := run(os.Stdout, ledger, 2024)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ledger:", err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}

// run tallies the ledger into the report on year, prints the validation
// and the report as Markdown on w, and reports whether the report is free
// of error-severity findings.
func run(w io.Writer, ledger []byte, year int) (bool, error) {
	apps, err := readLedger(ledger)
	if err != nil {
		return false, err
	}
	format := report.FormatForYear(year)
	t3, err := report.TallyLedger(year, format, apps)
	if err != nil {
		return false, err
	}

	r := report.New(format, year)
	r.Metadata.ReportingBody = "某某县人民政府办公室"
	r.Metadata.PeriodStart = report.Date{Year: year, Month: time.January, Day: 1}
	r.Metadata.PeriodEnd = report.Date{Year: year, Month: time.December, Day: 31}
	r.Table3 = t3
	// This ledger office reports nothing under tables 二 and 四: zeros, not
	// blanks, so that every identity can be checked.
	zero, _ := report.ParseAmount("0")
	for _, c := range report.CellsOf(format) {
		if c.Table == 2 || c.Table == 4 {
			if err := r.Set(c.Path, report.Value{Kind: c.Kind, Amount: zero}); err != nil {
				return false, err
			}
		}
	}
	r.FillTotals()
	// Request 2024-008 was sent a fee notice and did not pay: section 六
	// says so.
	r.Fees = report.Fees{Notices: 1, Collected: zero}
	r.OtherMatters.Paragraphs = []string{"本年度发出收费通知1件，未收取信息处理费。"}

	res := validate.Validate(r, validate.Options{})
	fmt.Fprintf(w, "%d requests in the ledger; validation: %d error(s), %d warning(s), %d info(s)\n",
		len(apps), res.Count(validate.Error), res.Count(validate.Warning), res.Count(validate.Info))
	for _, f := range res.Findings {
		fmt.Fprintln(w, f)
	}
	fmt.Fprintln(w)
	if err := render.Markdown(w, r, lang.Chinese); err != nil {
		return false, err
	}
	return !res.HasErrors(), nil
}

// readLedger reads the CSV ledger: a header row, then number, applicant,
// received, concluded, outcome. Errors name the line.
func readLedger(data []byte) ([]report.Application, error) {
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	cr.FieldsPerRecord = 5
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, errors.New("the ledger is empty: want a header row")
	}
	apps := make([]report.Application, 0, len(rows)-1)
	for i, row := range rows[1:] {
		line := i + 2
		a := report.Application{ID: row[0]}
		var ok bool
		if a.Applicant, ok = report.LookupApplicant(row[1]); !ok {
			return nil, fmt.Errorf("line %d: applicant %q is not a category of table 三", line, row[1])
		}
		if a.Received, err = report.ParseDate(row[2]); err != nil {
			return nil, fmt.Errorf("line %d: received: %w", line, err)
		}
		if a.Concluded, err = report.ParseDate(row[3]); err != nil {
			return nil, fmt.Errorf("line %d: concluded: %w", line, err)
		}
		if row[4] != "" {
			if a.Outcome, ok = report.LookupTable3Row(row[4]); !ok {
				return nil, fmt.Errorf("line %d: outcome %q is not a row of table 三", line, row[4])
			}
		}
		apps = append(apps, a)
	}
	return apps, nil
}
