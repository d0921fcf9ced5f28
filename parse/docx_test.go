package parse

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDOCXAsHTML reads the Pingtan reports saved as .docx by LibreOffice
// from their portal pages: the same report as the pages give.
func TestDOCXAsHTML(t *testing.T) {
	for _, name := range []string{"pingtan-2022", "pingtan-2019"} {
		t.Run(name, func(t *testing.T) {
			page, err := Parse(readTestdata(t, name+".html"), Options{})
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Parse(readTestdata(t, name+".docx"), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Kind != KindDOCX {
				t.Errorf("kind %v", doc.Kind)
			}
			if d := cmp.Diff(page.Report, doc.Report, cmpReports...); d != "" {
				t.Errorf("(-html +docx):\n%s", d)
			}
			t.Log(diagnosticList(doc))
		})
	}
}
