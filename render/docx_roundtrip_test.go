package render_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/render"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// The reports written as .docx and read back by package parse are the
// reports written: every cell, the metadata, the preamble and the text,
// with no warning or error. The reader fills in what the writer printed or
// what it infers from the text: the title (printed from the metadata when
// the report has none) and the scope and level of the reporting body.
func TestDOCXRoundTrip(t *testing.T) {
	shanghai, err := os.ReadFile(filepath.Join("testdata", "shanghai-office-2019.json"))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"xiaoshan-2023": examples.Xiaoshan2023JSON, "shanghai-office-2019": shanghai} {
		want, err := report.ReadJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		var docx bytes.Buffer
		if err := render.DOCX(&docx, want, lang.Chinese); err != nil {
			t.Fatal(err)
		}
		res, err := parse.Parse(docx.Bytes(), parse.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if res.Kind != parse.KindDOCX {
			t.Errorf("%s: read as %v", name, res.Kind)
		}
		for _, d := range res.Diagnostics {
			if d.Severity >= validate.Warning {
				t.Errorf("%s: %v %s: %s", name, d.Severity, d.Code, d.Message(lang.Chinese))
			}
		}
		got := res.Report
		if want.Metadata.Title == "" {
			got.Metadata.Title = ""
		}
		if want.Metadata.Scope == 0 {
			got.Metadata.Scope = 0
		}
		if want.Metadata.Level == 0 {
			got.Metadata.Level = 0
		}
		var wantJSON, gotJSON bytes.Buffer
		if err := report.WriteJSON(&wantJSON, want); err != nil {
			t.Fatal(err)
		}
		if err := report.WriteJSON(&gotJSON, got); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(wantJSON.String(), gotJSON.String()); diff != "" {
			t.Errorf("%s read back differs (-written +read):\n%s", name, diff)
		}
	}
}
