package main

import (
	"fmt"
	"io"
	"os"

	"github.com/opengov-cn/xxgk/report"
)

// readReport reads a report from a JSON file, or from standard input for
// "-". Errors name the file.
func readReport(name string) (*report.Report, error) {
	var in io.Reader = os.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		in = f
	}
	r, err := report.ReadJSON(in)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return r, nil
}
