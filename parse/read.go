package parse

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/opengov-cn/xxgk/report"
)

// ReadFile reads a report file of any kind [Parse] reads, told apart by
// content. Files above the size limit (Options.MaxBytes) are refused.
// Errors begin with the file's name.
func ReadFile(name string, opts Options) (*Result, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err // *fs.PathError names the file
	}
	defer f.Close()
	size := 0
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() <= int64(opts.maxBytes()) {
		size = int(st.Size())
	}
	return read(name, f, size, opts)
}

// Read reads one report from in, as [ReadFile] reads a file; name is the
// name errors begin with (StdinName for standard input).
func Read(name string, in io.Reader, opts Options) (*Result, error) {
	return read(name, in, 0, opts)
}

// StdinName is the name under which the command line and its outputs name
// standard input.
const StdinName = "<stdin>"

// ReadAll reads all of in, refusing input above the size limit
// (Options.MaxBytes): the bytes that [Read] decodes. Errors begin with name.
func ReadAll(name string, in io.Reader, opts Options) ([]byte, error) {
	return readAll(name, in, 0, opts.maxBytes())
}

// readAll reads all of in, whose size is expected to be size bytes (0 when
// unknown), refusing more than limit bytes.
func readAll(name string, in io.Reader, size, limit int) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(in, int64(limit)+1)); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if buf.Len() > limit {
		return nil, fmt.Errorf("%s: %w (limit %d bytes)", name, ErrTooLarge, limit)
	}
	return buf.Bytes(), nil
}

// read reads in, whose size is expected to be size bytes (0 when unknown).
func read(name string, in io.Reader, size int, opts Options) (*Result, error) {
	data, err := readAll(name, in, size, opts.maxBytes())
	if err != nil {
		return nil, err
	}
	res, err := Parse(data, opts)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return res, nil
}

// isJSON reports whether data is a JSON document: its first character,
// after a byte-order mark and white space, opens an object.
func isJSON(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte(utf8BOM))
	data = bytes.TrimLeft(data, " \t\r\n")
	return len(data) > 0 && data[0] == '{'
}

// readJSON reads report JSON, after a byte-order mark.
func readJSON(data []byte) (*Result, error) {
	r := new(report.Report)
	if err := r.UnmarshalJSON(bytes.TrimPrefix(data, []byte(utf8BOM))); err != nil {
		return nil, err
	}
	return &Result{Report: r, Kind: KindJSON, Encoding: "utf-8"}, nil
}

// utf8BOM is the UTF-8 byte-order mark.
const utf8BOM = "\uFEFF"
