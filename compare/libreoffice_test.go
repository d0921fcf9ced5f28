package compare

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/opengov-cn/xxgk/internal/program"
	"github.com/opengov-cn/xxgk/internal/soffice"
	"github.com/opengov-cn/xxgk/lang"
)

// pdfDir is where TestLibreOffice writes the PDFs LibreOffice made of the
// .docx files, for a person to look at (pdftoppm -png); not committed.
const pdfDir = "testdata/libreoffice"

// flexible returns a pattern for text as pdftotext gives it back: any
// white space may stand between two characters (it puts a space between a
// Chinese character and a digit) and the text's own spaces may be wider.
func flexible(text string) string {
	var parts []string
	for _, r := range strings.ReplaceAll(text, " ", "") {
		parts = append(parts, regexp.QuoteMeta(string(r)))
	}
	return strings.Join(parts, `\s*`)
}

// TestLibreOffice converts two .docx files to PDF with LibreOffice
// (soffice --headless --convert-to pdf, a private profile): the comparison
// of Pingtan 2019 with 2022 in Chinese and the table of the three Pingtan
// years in English. In the text pdftotext -layout reads from each PDF, the
// title, every section heading and "— N —" on every page stand, every row's
// figures and changes (every cell but its label) stand on one line in
// their order, and every page that holds rows of a table holds its header
// row too. It writes the PDFs to pdfDir.
func TestLibreOffice(t *testing.T) {
	bin := soffice.Find()
	program.Need(t, bin, soffice.Missing())
	pdftotext, _ := exec.LookPath("pdftotext")
	program.Need(t, pdftotext, "no pdftotext on $PATH; install it (Debian: apt-get install poppler-utils) to run the LibreOffice test")

	outs := pingtanOutputs(t)
	cases := []struct {
		name string
		doc  *document
		data []byte
	}{
		{"pingtan-2019-2022.zh", comparisonDoc(outs[0].diff, lang.Chinese), written(t, outs[0].diff, nil, DOCX, lang.Chinese)},
		{"pingtan-over-years.en", tableDoc(outs[1].tables[0], lang.English), written(t, nil, outs[1].tables, DOCX, lang.English)},
	}
	dir := t.TempDir()
	args := []string{"-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "profile")),
		"--headless", "--convert-to", "pdf", "--outdir", dir}
	for _, c := range cases {
		path := filepath.Join(dir, c.name+".docx")
		if err := os.WriteFile(path, c.data, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, path)
	}
	soffice.Run(t, 3*time.Minute, bin, args...)

	for _, c := range cases {
		pdf := filepath.Join(dir, c.name+".pdf")
		data, err := os.ReadFile(pdf)
		if err != nil || len(data) == 0 {
			t.Fatalf("%s: LibreOffice wrote no PDF: %v", c.name, err)
		}
		text := string(soffice.Run(t, time.Minute, pdftotext, "-layout", pdf, "-"))
		pages := strings.Split(strings.TrimSuffix(text, "\f"), "\f")
		squeezed := regexp.MustCompile(`\s+`).ReplaceAllString(text, "")

		if !strings.Contains(squeezed, strings.ReplaceAll(c.doc.title, " ", "")) {
			t.Errorf("%s: the PDF lacks the title %s", c.name, c.doc.title)
		}
		for i, page := range pages {
			if !regexp.MustCompile(`—\s*` + strconv.Itoa(i+1) + `\s*—`).MatchString(page) {
				t.Errorf("%s: page %d lacks its number — %d —", c.name, i+1, i+1)
			}
		}
		rows := 0
		for _, s := range c.doc.sections {
			if !strings.Contains(squeezed, strings.ReplaceAll(s.heading, " ", "")) {
				t.Errorf("%s: the PDF lacks the heading %s", c.name, s.heading)
			}
			var head []string
			for _, h := range s.header[1:] {
				head = append(head, flexible(h))
			}
			header := regexp.MustCompile(`(?m)` + strings.Join(head, `\s+`) + `\s*$`)
			for _, row := range s.rows {
				var cells []string
				for _, cell := range row[1:] {
					if cell.text != "" {
						cells = append(cells, flexible(cell.text))
					}
				}
				re := regexp.MustCompile(`(?m)(^|\s)` + strings.Join(cells, `\s+`) + `\s*$`)
				found := false
				for i, page := range pages {
					if !re.MatchString(page) {
						continue
					}
					found = true
					if !header.MatchString(page) {
						t.Errorf("%s: page %d holds rows of %s without its header row", c.name, i+1, s.heading)
					}
				}
				if !found {
					t.Errorf("%s: the PDF lacks the cells %q of a row of %s on one line", c.name, row[1:], s.heading)
					continue
				}
				rows++
			}
		}
		if rows < 100 {
			t.Errorf("%s: only %d rows found", c.name, rows)
		}
		if err := os.MkdirAll(pdfDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(pdfDir, c.name+".pdf"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d rows found on %d pages; the PDF: %s", c.name, rows, len(pages), filepath.Join(pdfDir, c.name+".pdf"))
	}
}
