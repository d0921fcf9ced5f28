package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/opengov-cn/xxgk/internal/sheet"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

const exportUsage = `usage: xxgk export --csv [--labels path|zh|en] [--bom] [-o OUT] FILE...

Writes one CSV row per report and one column per cell, for a spreadsheet or a
data frame. Each FILE is a report in the JSON form of package report.

The columns are: file, reporting body, year, format, then every cell. The
header of a cell column is its path (table3.received.total), or with
--labels zh its full official label, with --labels en its English label.
The 2019 format's 采购总金额 is followed by a column for its printed unit
(table2.centralised_procurement.total_amount_unit).

Cells hold what the report holds: a number, "" for a blank cell, "/" for a
cell marked not applicable. When the files mix formats, the columns are the
cells of the newest format present, in printed order, then the cells that
only the older format has, in its printed order; a report's cells that its
format lacks are left empty.

Flags must come before the files. A file that cannot be read is reported on
standard error and left out; the others are still written.

Exit status: 0 when every file was exported, 2 for a usage error or a file
that could not be read, 1 when the output could not be written.

flags:
`

// exportColumn is one cell column of an export: the cell, the format whose
// label names it, and whether it is the unit beside the 2019 采购总金额.
type exportColumn struct {
	cell   report.Cell
	format report.Format
	unit   bool
}

// exportedReport is a report read for export, with the file it came from.
type exportedReport struct {
	file string
	r    *report.Report
}

// runExport writes reports as CSV, one row per report.
func runExport(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("export", flag.ContinueOnError)
	flags.SetOutput(stderr)
	asCSV := flags.Bool("csv", false, "write CSV (required: the only output form so far)")
	labels := flags.String("labels", "path", "column headers: `path`, zh (official Chinese labels) or en")
	bom := flags.Bool("bom", false, "begin with a UTF-8 byte order mark, so that Excel reads the file as UTF-8")
	out := flags.String("o", "", "write to `file` instead of standard output")
	flags.Usage = func() {
		fmt.Fprint(stderr, exportUsage)
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	switch {
	case !*asCSV:
		return exportUsageError(stderr, "say --csv: CSV is the only output form")
	case *labels != "path" && *labels != "zh" && *labels != "en":
		return exportUsageError(stderr, fmt.Sprintf("--labels %q: want path, zh or en", *labels))
	case flags.NArg() == 0:
		return exportUsageError(stderr, "no files to export")
	}

	status := 0
	var reports []exportedReport
	for _, name := range flags.Args() {
		r, err := readReport(name, stderr, lang.Chinese)
		if err != nil {
			fmt.Fprintf(stderr, "xxgk export: %s: %v\n", name, err)
			status = 2
			continue
		}
		reports = append(reports, exportedReport{name, r})
	}
	if len(reports) == 0 {
		return status
	}

	if err := exportTo(stdout, *out, reports, *labels, *bom); err != nil {
		fmt.Fprintln(stderr, "xxgk export:", err)
		return 1
	}
	return status
}

func exportUsageError(stderr io.Writer, msg string) int {
	fmt.Fprintln(stderr, "xxgk export:", msg)
	fmt.Fprintln(stderr, "usage: xxgk export --csv [--labels path|zh|en] [--bom] [-o OUT] FILE...")
	return 2
}

// exportTo writes the CSV to stdout, or to the named file when out is set.
func exportTo(stdout io.Writer, out string, reports []exportedReport, labels string, bom bool) error {
	if out == "" {
		return writeExportCSV(stdout, reports, labels, bom)
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	err = writeExportCSV(f, reports, labels, bom)
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	return err
}

// exportColumns lists the cell columns for reports of the given formats:
// the cells of the newest format present in printed order, then those of
// older formats that are not yet listed.
func exportColumns(present map[report.Format]bool) []exportColumn {
	var cols []exportColumn
	seen := make(map[report.Path]bool)
	formats := report.Formats()
	for i := len(formats) - 1; i >= 0; i-- {
		f := formats[i]
		if !present[f] {
			continue
		}
		for _, c := range report.CellsOf(f) {
			if seen[c.Path] {
				continue
			}
			seen[c.Path] = true
			cols = append(cols, exportColumn{cell: c, format: f})
			if c.Table == 2 && c.Table2Column == report.ProcurementAmount {
				cols = append(cols, exportColumn{cell: c, format: f, unit: true})
			}
		}
	}
	return cols
}

// header returns the column's header in the chosen labels.
func (c exportColumn) header(labels string) string {
	switch {
	case labels == "zh" && c.unit:
		return c.cell.Label(c.format) + " / 单位"
	case labels == "zh":
		return c.cell.Label(c.format)
	case labels == "en" && c.unit:
		return c.cell.English() + " / unit"
	case labels == "en":
		return c.cell.English()
	case c.unit:
		return string(c.cell.Path) + "_unit"
	}
	return string(c.cell.Path)
}

// value returns what the column holds for a report: "" for a cell its
// format lacks.
func (c exportColumn) value(r *report.Report, labels string) string {
	v, err := r.Lookup(c.cell.Path)
	if err != nil {
		return ""
	}
	if !c.unit {
		return v.String()
	}
	if labels == "zh" {
		return v.Unit.Label()
	}
	return v.Unit.Key()
}

// writeExportCSV writes the header and one row per report.
func writeExportCSV(w io.Writer, reports []exportedReport, labels string, bom bool) error {
	present := make(map[report.Format]bool)
	for _, e := range reports {
		present[e.r.Format] = true
	}
	cols := exportColumns(present)

	bw := bufio.NewWriter(w)
	if bom {
		bw.WriteString(sheet.BOM)
	}
	cw := csv.NewWriter(bw)
	header := []string{"file", "reporting_body", "year", "format"}
	switch labels {
	case "zh":
		header = []string{"文件", "编制机关", "年度", "格式"}
	case "en":
		header = []string{"file", "reporting body", "year", "format"}
	}
	for _, c := range cols {
		header = append(header, c.header(labels))
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	row := make([]string, len(header))
	for _, e := range reports {
		row = row[:0]
		year := ""
		if e.r.Metadata.Year != 0 {
			year = strconv.Itoa(e.r.Metadata.Year)
		}
		row = append(row, sheet.Text(e.file), sheet.Text(e.r.Metadata.ReportingBody), year, e.r.Format.Key())
		for _, c := range cols {
			row = append(row, c.value(e.r, labels))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}
