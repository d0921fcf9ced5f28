package parse_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/report"
)

func TestReadJSONWithBOM(t *testing.T) {
	res, err := parse.Read("x.json", bytes.NewReader(append([]byte("\uFEFF\n "), examples.Xiaoshan2023JSON...)), parse.Options{})
	if err != nil || res.Diagnostics != nil || res.Report.Metadata.Year != 2023 || res.Kind != parse.KindJSON {
		t.Errorf("Read = %+v, %v", res, err)
	}
	_, err = parse.Read("big.txt", bytes.NewReader(make([]byte, parse.DefaultMaxBytes+1)), parse.Options{})
	if !errors.Is(err, parse.ErrTooLarge) || !strings.HasPrefix(err.Error(), "big.txt: ") {
		t.Errorf("too large: %v", err)
	}
	_, err = parse.Read("small.txt", strings.NewReader("0123456789"), parse.Options{MaxBytes: 5})
	if !errors.Is(err, parse.ErrTooLarge) {
		t.Errorf("over MaxBytes: %v", err)
	}
}

func TestReadFile(t *testing.T) {
	for name, kind := range map[string]parse.InputKind{
		"xiaoshan-2023.txt":         parse.KindText,
		"pingtan-2022.html":         parse.KindHTML,
		"shanghai-office-2019.json": parse.KindJSON,
	} {
		res, err := parse.ReadFile(filepath.Join("testdata", name), parse.Options{})
		if err != nil || res.Kind != kind || res.Report == nil {
			t.Errorf("%s: %+v, %v", name, res, err)
		}
	}
	if _, err := parse.ReadFile(filepath.Join("testdata", "missing.json"), parse.Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// Read a report file, JSON or a published page, told apart by content.
func ExampleReadFile() {
	res, err := parse.ReadFile(filepath.Join("testdata", "xiaoshan-2023.txt"), parse.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Kind, res.Report.Metadata.ReportingBody, res.Report.Metadata.Year)
	// Output:
	// text 杭州市萧山区人民政府办公室 2023
}

// Read a report from any reader; errors begin with the name given.
func ExampleRead() {
	res, err := parse.Read(parse.StdinName, bytes.NewReader(examples.Xiaoshan2023JSON), parse.Options{})
	fmt.Println(res.Kind, res.Report.Metadata.Year, err)
	_, err = parse.Read(parse.StdinName, strings.NewReader(`{"format": "1999"}`), parse.Options{})
	fmt.Println(err)
	// Output:
	// json 2023 <nil>
	// <stdin>: report JSON: format (line 1, column 12): unknown or missing report format: "1999"
}

// Read the bytes of an input under the size limit of a report.
func ExampleReadAll() {
	data, err := parse.ReadAll("page.html", strings.NewReader("<p>某某县人民政府办公室</p>"), parse.Options{})
	fmt.Println(len(data), err)
	// Output: 37 <nil>
}

// TestReadFileLargePDF checks that a file is read up to the PDF limit when
// a PDF reader is set and MaxBytes is not: a 17 MiB PDF reaches the PDF
// reader, as Parse would hand it over, while without a PDF reader the
// file stays above the general limit.
func TestReadFileLargePDF(t *testing.T) {
	name := filepath.Join(t.TempDir(), "big.pdf")
	data := append([]byte("%PDF-1.7\n"), bytes.Repeat([]byte{' '}, 17<<20)...)
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	called := 0
	stub := func(data []byte, opts parse.Options) (*parse.Result, error) {
		called = len(data)
		return &parse.Result{Report: &report.Report{}}, nil
	}
	if _, err := parse.ReadFile(name, parse.Options{PDF: stub}); err != nil || called != len(data) {
		t.Errorf("with a PDF reader: err %v, the reader got %d of %d bytes", err, called, len(data))
	}
	if _, err := parse.ReadFile(name, parse.Options{}); !errors.Is(err, parse.ErrTooLarge) {
		t.Errorf("without a PDF reader: err %v, want ErrTooLarge", err)
	}
	if _, err := parse.ReadFile(name, parse.Options{PDF: stub, MaxBytes: 1 << 20}); !errors.Is(err, parse.ErrTooLarge) {
		t.Errorf("with MaxBytes 1 MiB: err %v, want ErrTooLarge", err)
	}
}
