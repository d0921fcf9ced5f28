package batch

import (
	"bufio"
	"encoding/csv"
	"io"
	"strconv"

	"github.com/opengov-cn/xxgk/internal/sheet"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/validate"
)

// CSVOptions adjust [WriteCSV].
type CSVOptions struct {
	// BOM begins the output with a UTF-8 byte order mark, so that Excel
	// reads the Chinese correctly.
	BOM bool
	// Language is the language of the header, the severities, the labels
	// and the messages.
	Language lang.Lang
}

// csvHeader holds the titles of the columns that come before those of a
// finding's row.
var csvHeader = []lang.Text{
	{Zh: "文件", En: "File"},
	{Zh: "编制机关", En: "Reporting body"},
	{Zh: "年度", En: "Year"},
}

// CSVHeader returns the header row of [WriteCSV] in language l: the file,
// the reporting body and the year, then the columns of
// [validate.RowHeader].
func CSVHeader(l lang.Lang) []string {
	out := make([]string, 0, len(csvHeader)+validate.NumColumns)
	for _, t := range csvHeader {
		out = append(out, t.In(l))
	}
	return append(out, validate.RowHeader(l)...)
}

// WriteCSV writes the findings of items as CSV, one row for each finding
// with the columns of [CSVHeader]: the file, the reporting body and the
// year, then the finding as [validate.Finding.Row] makes it. Each
// diagnostic of the reader of severity warning or error gives a row too,
// made by [parse.Diagnostic.Row] (its code after [parse.RowCodePrefix]). A
// file that could not be read gives one row of severity error with no
// code, the error as its message. Items come in the order given; for each,
// its diagnostics come first in the order of the reader, then its findings
// in the order of their result. Text fields that a spreadsheet would take
// for a formula (beginning with =, +, - or @) are guarded by a leading
// apostrophe.
func WriteCSV(w io.Writer, items []Item, opts CSVOptions) error {
	bw := bufio.NewWriter(w)
	if opts.BOM {
		bw.WriteString(sheet.BOM)
	}
	cw := csv.NewWriter(bw)
	if err := cw.Write(CSVHeader(opts.Language)); err != nil {
		return err
	}
	l := opts.Language
	record := make([]string, 0, len(csvHeader)+validate.NumColumns)
	write := func(file, body, year string, row validate.Row) error {
		record = append(record[:0], file, body, year)
		for _, f := range row.Fields() {
			record = append(record, sheet.Text(f))
		}
		return cw.Write(record)
	}
	for i := range items {
		it := &items[i]
		file := sheet.Text(it.File)
		if it.Err != nil {
			if err := write(file, "", "", validate.Row{Severity: validate.Error.In(l), Message: it.Err.Error()}); err != nil {
				return err
			}
			continue
		}
		if it.Result == nil {
			continue
		}
		body, year := "", ""
		if it.Report != nil {
			body = sheet.Text(it.Report.Metadata.ReportingBody)
			if it.Report.Metadata.Year != 0 {
				year = strconv.Itoa(it.Report.Metadata.Year)
			}
		}
		format := it.Result.Format
		for _, d := range it.Diagnostics {
			if d.Severity < validate.Warning {
				continue
			}
			if err := write(file, body, year, d.Row(l, format)); err != nil {
				return err
			}
		}
		for j := range it.Result.Findings {
			if err := write(file, body, year, it.Result.Findings[j].Row(l, format)); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}
