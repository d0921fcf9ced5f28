package parse

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/opengov-cn/xxgk/report"
)

// ReadFile reads a report file of any kind [Parse] reads, told apart by
// content. Files above the size limit are refused (Options.MaxBytes; for a
// PDF, the PDF reader's own limit when MaxBytes is 0). Errors begin with
// the file's name.
func ReadFile(name string, opts Options) (*Result, error) {
	var buf bytes.Buffer
	if err := ReadFileInto(&buf, name, opts); err != nil {
		return nil, err
	}
	return parseNamed(name, buf.Bytes(), opts)
}

// ReadFileInto reads the file name into buf, emptied first, as [ReadFile]
// reads it before parsing, with the same errors: for a caller that reads
// many files into buffers it reuses. The readers copy what they keep of
// their input, but for a PDF, which the PDF engine may still be reading
// after a time out: do not reuse the buffer of a PDF ([IsPDF]).
func ReadFileInto(buf *bytes.Buffer, name string, opts Options) error {
	f, err := os.Open(name)
	if err != nil {
		return err // *fs.PathError names the file
	}
	defer f.Close()
	size := int64(0)
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		size = st.Size()
	}
	return readInto(buf, name, f, size, opts.readLimit())
}

// Read reads one report from in, as [ReadFile] reads a file; name is the
// name errors begin with (StdinName for standard input).
func Read(name string, in io.Reader, opts Options) (*Result, error) {
	data, err := ReadAll(name, in, opts)
	if err != nil {
		return nil, err
	}
	return parseNamed(name, data, opts)
}

// StdinName is the name under which the command line and its outputs name
// standard input.
const StdinName = "<stdin>"

// ReadAll reads all of in, refusing input above the size limit, as
// [ReadFile] does: the bytes that [Read] decodes. Errors begin with name.
func ReadAll(name string, in io.Reader, opts Options) ([]byte, error) {
	var buf bytes.Buffer
	if err := readInto(&buf, name, in, 0, opts.readLimit()); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// readInto reads all of in into buf, emptied first, refusing more than
// limit bytes; size is the size expected (0 when unknown).
func readInto(buf *bytes.Buffer, name string, in io.Reader, size int64, limit int) error {
	buf.Reset()
	if size > 0 && size <= int64(limit) {
		buf.Grow(int(size) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(in, int64(limit)+1)); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if buf.Len() > limit {
		return fmt.Errorf("%s: %w (limit %d bytes)", name, ErrTooLarge, limit)
	}
	return nil
}

// parseNamed parses data, its errors beginning with name.
func parseNamed(name string, data []byte, opts Options) (*Result, error) {
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
