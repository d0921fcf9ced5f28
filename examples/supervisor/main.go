// Command supervisor is what a supervising office (政务公开办) runs over the
// reports of the bodies below it: it validates every report in a folder
// (JSON, HTML pages, text; subfolders included), comparing each body's
// report with its report of the year before when the folder holds both,
// and writes one CSV table of findings that opens in a spreadsheet.
//
//	go run ./examples/supervisor                      # the sample folder in testdata/reports
//	go run ./examples/supervisor FOLDER > findings.csv
//
// File names in the table are relative to the folder. What the reader of a
// published report could not read, or read with a doubt, is in the table
// too, its code prefixed with PARSE-. A summary goes to standard error. The
// exit status is 0 when no report has an error-severity finding or reading
// error, 1 when one has, and 2 when a file could not be read.
package main

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/opengov-cn/xxgk/batch"
)

// sample is the folder read when none is given: two years of the Xiaoshan
// report (JSON and HTML) and a township's report as text.
//
//go:embed testdata/reports
var sample embed.FS

func main() { os.Exit(status()) }

// status runs the program on the folder named by the first argument, or on
// the sample, and returns the exit status.
func status() int {
	folder := ""
	if len(os.Args) > 1 {
		folder = os.Args[1]
	} else {
		dir, err := writeSample()
		if err != nil {
			fmt.Fprintln(os.Stderr, "supervisor:", err)
			return 2
		}
		defer os.RemoveAll(dir)
		folder = dir
	}
	s, err := run(os.Stdout, os.Stderr, folder)
	switch {
	case err != nil:
		fmt.Fprintln(os.Stderr, "supervisor:", err)
		return 2
	case s.Unreadable > 0:
		return 2
	case s.WithErrors > 0 || s.WithReadErrors > 0:
		return 1
	}
	return 0
}

// run validates the reports under folder, writes the findings to out as CSV
// with a byte order mark for Excel, the summary to log, and returns the
// summary.
func run(out, log io.Writer, folder string) (batch.Summary, error) {
	files := batch.Files(folder)
	if len(files) == 0 {
		return batch.Summary{}, fmt.Errorf("%s: no report files (.json, .html, .htm, .txt, .md)", folder)
	}
	items := batch.Run(files, batch.Options{})
	for i := range items {
		items[i].File = relative(folder, items[i].File)
		if items[i].Previous != "" {
			items[i].Previous = relative(folder, items[i].Previous)
		}
	}
	if err := batch.WriteCSV(out, items, batch.CSVOptions{BOM: true}); err != nil {
		return batch.Summary{}, err
	}
	s := batch.Summarize(items)
	fmt.Fprintf(log, "%d report(s) read, %d with errors, %d with warnings, %d with reading errors, %d unreadable\n",
		s.Read, s.WithErrors, s.WithWarnings, s.WithReadErrors, s.Unreadable)
	for _, it := range items {
		if it.Previous != "" {
			fmt.Fprintf(log, "%s compared with last year's %s\n", it.File, it.Previous)
		}
	}
	return s, nil
}

// relative returns name relative to folder, with forward slashes, or name
// itself when it is not under folder.
func relative(folder, name string) string {
	rel, err := filepath.Rel(folder, name)
	if err != nil {
		return name
	}
	return filepath.ToSlash(rel)
}

// writeSample writes the sample folder to a new temporary directory and
// returns its path.
func writeSample() (string, error) {
	dir, err := os.MkdirTemp("", "supervisor-sample-")
	if err != nil {
		return "", err
	}
	reports, err := fs.Sub(sample, "testdata/reports")
	if err == nil {
		err = os.CopyFS(dir, reports)
	}
	if err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	return dir, nil
}
