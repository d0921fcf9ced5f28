package render

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/internal/program"
	"github.com/opengov-cn/xxgk/internal/soffice"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/table"
)

// pdfPath is where TestLibreOffice writes the PDF LibreOffice made of the
// Xiaoshan .docx, for a person to look at (turn it into page images with
// pdftoppm -png); not committed.
const pdfPath = "testdata/libreoffice/xiaoshan-2023.pdf"

// TestLibreOffice converts the Xiaoshan .docx to PDF with LibreOffice
// (soffice --headless --convert-to pdf, with a private profile) and reads
// the PDF's text with pdftotext -layout: LibreOffice must open the file
// and lay it out with the section headings, the table labels that fit on
// one line, every row of figures of tables 二, 三 and 四 on one line, table
// 三's header rows on every page it runs over, and "— N —" on every page.
// It writes the PDF to pdfPath.
func TestLibreOffice(t *testing.T) {
	bin := soffice.Find()
	program.Need(t, bin, soffice.Missing())
	pdftotext, _ := exec.LookPath("pdftotext")
	program.Need(t, pdftotext, "no pdftotext on $PATH; install it (Debian: apt-get install poppler-utils) to run the LibreOffice test")

	r := examples.Xiaoshan2023()
	dir := t.TempDir()
	docx := filepath.Join(dir, "xiaoshan-2023.docx")
	if err := os.WriteFile(docx, writeDOCX(t, r, lang.Chinese), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf, err := soffice.ToPDF(bin, docx, dir, 3*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	text := string(soffice.Run(t, time.Minute, pdftotext, "-layout", pdf, "-"))
	pages := strings.Split(strings.TrimSuffix(text, "\f"), "\f")

	if !strings.Contains(text, r.Metadata.ReportingBody) {
		t.Error("the PDF lacks the reporting body")
	}
	for _, id := range report.Sections() {
		if !strings.Contains(text, id.Label(r.Format)) {
			t.Errorf("the PDF lacks the heading %s", id.Label(r.Format))
		}
	}
	for i, page := range pages {
		// pdftotext may drop the spaces around the number.
		if !regexp.MustCompile(`—\s*` + strconv.Itoa(i+1) + `\s*—`).MatchString(page) {
			t.Errorf("page %d lacks its number — %d —", i+1, i+1)
		}
	}

	grids, err := table.Fill(r)
	if err != nil {
		t.Fatal(err)
	}
	labels := 0 // the labels checked
	for _, g := range grids {
		lay := g.Layout
		widths := docxColumns(lay)
		size := docxSizeS5 * 10 // a character's width in twips
		if lay.Section == report.SectionProactive {
			size = docxSize5 * 10
		}
		rows := make([][]string, lay.Rows)
		for i, c := range lay.Cells {
			if c.Kind == table.Data {
				if s := cellText(g, i, lang.Chinese); s != "" {
					rows[c.Row] = append(rows[c.Row], regexp.QuoteMeta(s))
				}
				continue
			}
			width := -2 * docxCellMargin
			for col := c.Col; col < c.Col+c.ColSpan; col++ {
				width += widths[col]
			}
			if label := c.Label.Zh; len([]rune(label))*size <= width {
				labels++
				if !strings.Contains(text, label) {
					t.Errorf("table %s: the PDF lacks the label %s", lay.Section.Key(), label)
				}
			}
		}
		for r, values := range rows {
			if len(values) == 0 {
				continue
			}
			re := regexp.MustCompile(`(?m)(^|\s)` + strings.Join(values, `\s+`) + `(\s|$)`)
			if !re.MatchString(text) {
				t.Errorf("table %s: the PDF lacks row %d's figures %q on one line", lay.Section.Key(), r, values)
			}
		}
	}

	if labels < 40 {
		t.Errorf("only %d labels checked", labels)
	}

	// Table 三's header rows on every page it runs over: from the page of
	// its first header to the page of its last row.
	layout3, _ := table.Lookup(report.SectionRequests, r.Format)
	first, last := -1, -1
	for i, page := range pages {
		if first < 0 && strings.Contains(page, report.LabelApplicant) {
			first = i
		}
		if strings.Contains(page, report.RowCarriedForward.Label()) {
			last = i
		}
	}
	if first < 0 || last < first {
		t.Errorf("table 三 not found: header on page %d, last row on page %d", first+1, last+1)
	}
	for i := first; i <= last && first >= 0; i++ {
		if !strings.Contains(pages[i], report.LabelApplicant) {
			t.Errorf("table 三 runs over page %d without its header rows", i+1)
		}
	}
	if last == first {
		t.Logf("table 三 (%d rows) fits on page %d: the repeated header rows are not exercised", layout3.Rows, first+1)
	}

	if err := os.MkdirAll(filepath.Dir(pdfPath), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pdfPath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d labels found; %d pages; the PDF: %s (pdftoppm -png -r 90 %s page)", labels, len(pages), pdfPath, pdfPath)
}
