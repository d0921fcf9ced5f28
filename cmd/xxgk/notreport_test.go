package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestValidateFolderWithOtherFiles validates a folder that holds reports
// and files that are not reports (a README, an image and a binary saved
// under a report's extension): the reports are read, the others listed as
// unreadable ("not a report"), and the exit status is 2.
func TestValidateFolderWithOtherFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"xiaoshan-2023.txt", "pingtan-2022.html"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "parse", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), bytes.Repeat([]byte{0, 0xff, 0x13, 0x80}, 256)...)
	binary := bytes.Repeat([]byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, 100)
	others := map[string][]byte{
		"README.md":    []byte("# 年报\n\n本文件夹存放政府信息公开工作年度报告。Run `xxgk validate .` to check them.\n"),
		"scan.htm":     png,
		"program.txt":  binary,
		"empty.json":   []byte("[]"),
		"findings.txt": []byte("file,code,severity\nxiaoshan-2023.txt,T3-BALANCE,error\n"),
	}
	for name, b := range others {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errOut bytes.Buffer
	status := run([]string{"validate", dir}, &out, &errOut)
	if status != 2 {
		t.Errorf("status %d, want 2\n%s\n%s", status, out.String(), errOut.String())
	}
	for name := range others {
		if !strings.Contains(errOut.String(), name) || !strings.Contains(errOut.String(), "not a report") {
			t.Errorf("%s not listed as not a report:\n%s", name, errOut.String())
		}
	}
	for _, want := range []string{"xiaoshan-2023.txt: ", "pingtan-2022.html: ", "2 report(s) read", "5 unreadable"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
