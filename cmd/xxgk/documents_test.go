package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocumentKinds: every command reads Word documents and PDFs like any
// other input, and refuses what it cannot read with exit status 2 and a
// message that says what to do.
func TestDocumentKinds(t *testing.T) {
	docx := filepath.Join("..", "..", "parse", "testdata", "pingtan-2022.docx")
	pdf := filepath.Join("..", "..", "parse", "pdf", "testdata", "huaian-city-2024.pdf")
	for _, tt := range []struct {
		args []string
		out  string
	}{
		{[]string{"parse", "--json", docx}, `"kind": "docx"`},
		{[]string{"validate", docx}, docx + ": 0 error(s)"},
		{[]string{"parse", "--json", pdf}, `"kind": "pdf"`},
		{[]string{"validate", pdf}, pdf + ": 0 error(s), 0 warning(s), 0 info(s)"},
		{[]string{"render", pdf}, "|   3001 |"},
		{[]string{"export", "--csv", docx, pdf}, "\n" + pdf + ","},
	} {
		status, out, stderr := runStdin(tt.args, "")
		if status != 0 || !strings.Contains(out, tt.out) {
			t.Errorf("xxgk %q = %d, stdout lacks %q:\n%.600s\nstderr:\n%s", tt.args, status, tt.out, out, stderr)
		}
	}

	dir := t.TempDir()
	whole, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	for name, tt := range map[string]struct {
		data []byte
		want string
	}{
		"old.doc":       {append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), "soffice --headless --convert-to docx"},
		"cut.pdf":       {whole[:len(whole)/3], "damaged"},
		"not-word.docx": {[]byte("PK\x03\x04 not really a zip"), "xxgk validate: "},
	} {
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, tt.data, 0o644); err != nil {
			t.Fatal(err)
		}
		status, out, stderr := runStdin([]string{"validate", file}, "")
		if status != 2 || !strings.Contains(stderr, file) || !strings.Contains(stderr, tt.want) {
			t.Errorf("xxgk validate %s = %d, stderr %q, stdout %q; want 2 and %q", name, status, stderr, out, tt.want)
		}
	}
}
