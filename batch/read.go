package batch

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/report"
)

// ReadFile reads a report file: report JSON, or a published report as HTML
// or text, told apart by content (see [Read]). Files above
// [parse.DefaultMaxBytes] are refused. Errors name the file.
func ReadFile(name string) (*report.Report, []parse.Diagnostic, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err // *fs.PathError names the file
	}
	defer f.Close()
	size := 0
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() <= parse.DefaultMaxBytes {
		size = int(st.Size())
	}
	return read(name, f, size)
}

// Read reads one report from in: report JSON when the input, after a
// byte-order mark and white space, opens a JSON object; otherwise a
// published report, HTML or text, read by [parse.Parse]. For a published
// report the diagnostics of the reader are returned too: what it could not
// read, or read with a doubt. Input above [parse.DefaultMaxBytes] is
// refused. Errors begin with name.
func Read(name string, in io.Reader) (*report.Report, []parse.Diagnostic, error) {
	return read(name, in, 0)
}

// ReadInput reads all of in, refusing input above [parse.DefaultMaxBytes]:
// the bytes that [Read] decodes. Errors begin with name.
func ReadInput(name string, in io.Reader) ([]byte, error) {
	return readInput(name, in, 0)
}

// readInput reads all of in, whose size is expected to be size bytes (0 when
// unknown).
func readInput(name string, in io.Reader, size int) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(in, parse.DefaultMaxBytes+1)); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if buf.Len() > parse.DefaultMaxBytes {
		return nil, fmt.Errorf("%s: %w (limit %d bytes)", name, parse.ErrTooLarge, parse.DefaultMaxBytes)
	}
	return buf.Bytes(), nil
}

// read reads in, whose size is expected to be size bytes (0 when unknown).
func read(name string, in io.Reader, size int) (*report.Report, []parse.Diagnostic, error) {
	data, err := readInput(name, in, size)
	if err != nil {
		return nil, nil, err
	}
	if isJSON(data) {
		r := new(report.Report)
		if err := r.UnmarshalJSON(bytes.TrimPrefix(data, []byte(utf8BOM))); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", name, err)
		}
		return r, nil, nil
	}
	res, err := parse.Parse(data, parse.Options{})
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return res.Report, res.Diagnostics, nil
}

// isJSON reports whether data is a JSON document: its first character,
// after a byte-order mark and white space, opens an object.
func isJSON(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte(utf8BOM))
	data = bytes.TrimLeft(data, " \t\r\n")
	return len(data) > 0 && data[0] == '{'
}

// utf8BOM is the UTF-8 byte-order mark.
const utf8BOM = "\uFEFF"
