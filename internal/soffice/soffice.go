// Package soffice finds and runs LibreOffice for the tests that check the
// Word files the library writes with a program it did not write: render's
// .docx opened and laid out as a PDF, and that PDF read back by parse/pdf.
package soffice

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/opengov-cn/xxgk/internal/program"
)

// Names are the commands Find tries, in order, after $XXGK_SOFFICE.
var Names = []string{"soffice", "libreoffice"}

// Find returns the path of LibreOffice: $XXGK_SOFFICE, or the first of
// Names on $PATH; "" when there is none.
func Find() string { return program.Find("XXGK_SOFFICE", Names) }

// Missing is the message a test skips with (or fails with on CI) when Find
// finds no LibreOffice.
func Missing() string {
	return "no LibreOffice found (tried $XXGK_SOFFICE and " + strings.Join(Names, ", ") +
		" on $PATH); install one (Debian: apt-get install libreoffice-writer-nogui) to run this test"
}

// ToPDF converts the document at path to PDF with LibreOffice at bin
// (soffice --headless --convert-to pdf), with a private profile in dir, and
// returns the path of the PDF, written in dir. It gives up after limit.
func ToPDF(bin, path, dir string, limit time.Duration) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	profile := "-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	cmd := exec.CommandContext(ctx, bin, profile, "--headless", "--convert-to", "pdf", "--outdir", dir, path)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("%s --convert-to pdf %s: %w\n%s", bin, path, err, out.String())
	}
	pdf := filepath.Join(dir, strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))+".pdf")
	if st, err := os.Stat(pdf); err != nil || st.Size() == 0 {
		return "", fmt.Errorf("LibreOffice wrote no PDF of %s: %v\n%s", path, err, out.String())
	}
	return pdf, nil
}

// Run runs a program with a time limit and returns its standard output; it
// fails the test when the program fails.
func Run(t testing.TB, limit time.Duration, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %q: %v\n%s", bin, args, err, stderr.String())
	}
	return stdout.Bytes()
}
