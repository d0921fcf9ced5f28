package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"io"
	"strconv"

	"github.com/opengov-cn/xxgk/internal/sheet"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// exportCommand declares xxgk export.
func exportCommand() command {
	return command{
		name:    "export",
		args:    "FILE|FOLDER...",
		summary: "write reports as CSV: one row per report, one column per cell",
		doc: `Writes one CSV row per report and one column per cell, for a spreadsheet or a
data frame. Each FILE is a report in any form xxgk validate reads (report
JSON, or a published report as HTML or text), a folder is read
recursively for its .json, .html, .htm, .txt and .md files, and FILE "-"
reads standard input, named "<stdin>". Rows come in the order of the
arguments, the files of a folder sorted by path.

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

A file that cannot be read is reported on standard error and left out;
the others are still written. What the reader of a published report could
not read is reported on standard error too; the report is written with
those cells blank.

Exit status: 0 when every file was exported, 1 when a file had reading
errors or the output could not be written, 2 for a usage error or a file
that could not be read.`,
		minArgs: 1, maxArgs: -1,
		new: func() runner { return &exportRunner{labels: newChoice("path", "path", "zh", "en")} },
	}
}

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

// exportRunner holds the flags of xxgk export.
type exportRunner struct {
	asCSV  bool
	labels *choice
	bom    bool
	out    string
}

func (x *exportRunner) flags(fs *flag.FlagSet) {
	fs.BoolVar(&x.asCSV, "csv", false, "write CSV (required: the only output form so far)")
	fs.Var(x.labels, "labels", "column headers: paths, official Chinese labels (zh) or English labels (en)")
	fs.BoolVar(&x.bom, "bom", false, "begin with a UTF-8 byte order mark, so that Excel reads the file as UTF-8")
	fs.StringVar(&x.out, "o", "", "`FILE` write there instead of standard output")
}

// run writes the reports of args as CSV, one row per report.
func (x *exportRunner) run(e *env, args []string) int {
	if !x.asCSV {
		return e.usageError("say --csv: CSV is the only output form")
	}
	reports, status := readExported(e, fileArgs(args))
	if len(reports) == 0 {
		return status
	}
	err := e.writeOutput(x.out, func(w io.Writer) error { return writeExportCSV(w, reports, x.labels.value, x.bom) })
	if err != nil {
		return e.fail(1, err)
	}
	return status
}

// readExported reads the files to export and returns the reports read
// with the exit status so far: 2 when a file could not be read, 1 when
// one had reading errors. Errors and the reader's warnings and errors go
// to standard error.
func readExported(e *env, files []string) ([]exportedReport, int) {
	status := 0
	var reports []exportedReport
	for _, name := range files {
		res, err := e.read(name)
		if err != nil {
			status = e.fail(2, err) // err names the file
			continue
		}
		file := displayName(name)
		printDiagnostics(e.stderr, file, res.Diagnostics, validate.Warning, lang.Chinese)
		if res.HasErrors() {
			status = max(status, 1)
		}
		reports = append(reports, exportedReport{file, res.Report})
	}
	return reports, status
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
