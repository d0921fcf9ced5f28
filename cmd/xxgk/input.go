package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/report"
)

// readReport reads a report from a file, or from standard input for "-":
// report JSON, or a published report as HTML or text, told apart by
// content. For a published report, what the reader could not read (its
// warnings and errors) is printed on diag in language lang ("zh" or "en").
// Errors name the file.
func readReport(name string, diag io.Writer, lang string) (*report.Report, error) {
	data, err := readInput(name)
	if err != nil {
		return nil, err
	}
	if isJSON(data) {
		r, err := report.ReadJSON(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return r, nil
	}
	res, err := parse.Parse(data, parse.Options{})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for _, d := range res.Diagnostics {
		if d.Severity >= parse.Warning {
			fmt.Fprintf(diag, "%s: %s %s: %s\n", name, d.Severity, d.Code, d.Message(lang))
		}
	}
	return res.Report, nil
}

// readInput reads a whole file, or standard input for "-", up to the
// reader's size limit.
func readInput(name string) ([]byte, error) {
	var in io.Reader = os.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		in = f
	}
	data, err := io.ReadAll(io.LimitReader(in, parse.DefaultMaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > parse.DefaultMaxBytes {
		return nil, fmt.Errorf("%s: %w (limit %d bytes)", name, parse.ErrTooLarge, parse.DefaultMaxBytes)
	}
	return data, nil
}

// isJSON reports whether data is a JSON document: its first character,
// after a byte-order mark and white space, opens an object.
func isJSON(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	data = bytes.TrimLeft(data, " \t\r\n")
	return len(data) > 0 && data[0] == '{'
}
