package parse

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/report"
)

var cmpReports = []cmp.Option{
	cmp.Comparer(func(a, b report.Amount) bool { return a.Equal(b) }),
	cmpopts.EquateEmpty(),
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestXiaoshanText(t *testing.T) {
	res, err := Parse(readTestdata(t, "xiaoshan-2023.txt"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		t.Errorf("diagnostic: %s", d)
	}
	want := examples.Xiaoshan2023()
	// the reader tells a district government office's report
	want.Metadata.Scope, want.Metadata.Level = report.ScopeDepartment, report.LevelCounty
	if d := cmp.Diff(want, res.Report, cmpReports...); d != "" {
		t.Errorf("(-example +parsed):\n%s", d)
	}
}
