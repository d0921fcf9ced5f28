package batch_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"weak"

	"github.com/google/go-cmp/cmp"
	"github.com/opengov-cn/xxgk/batch"
	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/render"
	"github.com/opengov-cn/xxgk/report"
)

// streamed runs Stream and returns its items in the order of files,
// checking that each index comes once.
func streamed(t *testing.T, files []string, opts batch.Options) []batch.Item {
	t.Helper()
	items := make([]batch.Item, len(files))
	seen := make([]bool, len(files))
	batch.Stream(files, opts, func(i int, it batch.Item) {
		if seen[i] {
			t.Errorf("item %d passed twice", i)
		}
		seen[i] = true
		items[i] = it
	})
	for i, ok := range seen {
		if !ok {
			t.Errorf("item %d (%s) never passed", i, files[i])
		}
	}
	return items
}

// sameOutcome reports how the items of Stream differ from those of Run:
// file, previous, error and findings.
func sameOutcome(t *testing.T, run, stream []batch.Item) {
	t.Helper()
	for i := range run {
		a, b := run[i], stream[i]
		if a.File != b.File || a.Previous != b.Previous || fmt.Sprint(a.Err) != fmt.Sprint(b.Err) {
			t.Errorf("item %d: Run %s (previous %q, error %v), Stream %s (previous %q, error %v)",
				i, a.File, a.Previous, a.Err, b.File, b.Previous, b.Err)
			continue
		}
		ja, _ := json.Marshal(a.Result)
		jb, _ := json.Marshal(b.Result)
		if d := cmp.Diff(string(ja), string(jb)); d != "" {
			t.Errorf("%s: results differ (-Run +Stream):\n%s", a.File, d)
		}
	}
}

// TestStreamAsRun compares Stream with Run on chains in the order of
// files, chains whose years come in reverse order, a body and year given
// twice, and files that cannot be read.
func TestStreamAsRun(t *testing.T) {
	dir := t.TempDir()
	paths := writeGenerated(t, filepath.Join(dir, "a"), 60, "json")
	// Years in reverse order: 2025 first, named so that it sorts first.
	var b bytes.Buffer
	for i := range yearsPerBody {
		b.Reset()
		r := generated(1000 + i)
		if err := report.WriteJSON(&b, r); err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, "b", fmt.Sprintf("%d.json", 9-i))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A body and year given twice, after the chain.
	twice, err := os.ReadFile(paths[1])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "c.json"), twice, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "d.json"), []byte(`{"format":1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	files := append(batch.Files(dir), filepath.Join(dir, "missing.json"))
	for _, workers := range []int{1, 2, 5} {
		opts := batch.Options{Workers: workers}
		run := batch.Run(files, opts)
		sameOutcome(t, run, streamed(t, files, opts))
		if run[len(paths)].Previous == "" || run[len(paths)+yearsPerBody].Previous != paths[0] {
			t.Errorf("chains not found: %q, %q", run[len(paths)].Previous, run[len(paths)+yearsPerBody].Previous)
		}
	}
}

// TestStreamDropsReports checks that a report is no longer held once it
// has been passed to each: the reports passed before are all collected.
func TestStreamDropsReports(t *testing.T) {
	const n = 100
	dir := t.TempDir()
	files := writeGenerated(t, dir, n, "json")
	var passed []weak.Pointer[report.Report]
	var s batch.Summary
	batch.Stream(files, batch.Options{}, func(i int, it batch.Item) {
		s.Add(&it)
		if len(passed)%10 == 9 {
			runtime.GC()
			for j, p := range passed {
				if p.Value() != nil {
					t.Errorf("report %d of %d passed is still held", j, len(passed))
				}
			}
		}
		passed = append(passed, weak.Make(it.Report))
	})
	if s.Read != n || s.WithErrors != n/10 {
		t.Errorf("summary %+v", s)
	}
}

// TestReadFileAsParse checks that ReadFile, which reads into buffers of a
// pool, gives what parse.ReadFile gives, file after file: no report keeps
// a part of a buffer that the next file overwrites.
func TestReadFileAsParse(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i, kind := range []string{"json", "html", "txt", "docx"} {
		r := generated(i)
		var b bytes.Buffer
		var err error
		switch kind {
		case "json":
			err = report.WriteJSON(&b, r)
		case "html":
			err = render.HTMLPage(&b, r, lang.Chinese)
		case "docx":
			err = render.DOCX(&b, r, lang.Chinese)
		default:
			err = render.Text(&b, r, lang.Chinese)
		}
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, "r."+kind)
		if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, name)
	}
	var got []*parse.Result
	for range 3 {
		for _, f := range files {
			res, err := batch.ReadFile(f, parse.Options{})
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, res)
		}
	}
	for i, res := range got {
		want, err := parse.ReadFile(files[i%len(files)], parse.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(want, res, cmpResults...); d != "" {
			t.Errorf("%s: (-parse.ReadFile +batch.ReadFile):\n%s", files[i%len(files)], d)
		}
	}

	big := filepath.Join(dir, "big.json")
	if err := os.WriteFile(big, examples.Xiaoshan2023JSON, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{big, filepath.Join(dir, "missing.json"), dir} {
		// Too large, missing, a folder.
		opts := parse.Options{MaxBytes: 100}
		_, want := parse.ReadFile(name, opts)
		_, err := batch.ReadFile(name, opts)
		if err == nil || err.Error() != want.Error() {
			t.Errorf("%s: error %v, want %v", name, err, want)
		}
	}
	if _, err := batch.ReadFile(big, parse.Options{MaxBytes: 100}); !errors.Is(err, parse.ErrTooLarge) {
		t.Errorf("too large: %v", err)
	}
}

// cmpResults compares results of the reader, amounts by value and printed
// scale.
var cmpResults = []cmp.Option{
	cmp.AllowUnexported(report.Amount{}),
	cmp.Comparer(func(a, b report.Amount) bool { return a.Equal(b) }),
}

// BenchmarkStream validates the folders of BenchmarkRun with Stream,
// keeping no report:
//
//	XXGK_BENCH_DIR=/tmp/xxgk-bench go test ./batch -run '^$' -bench Stream -benchtime 3x -count 6
func BenchmarkStream(b *testing.B) {
	for _, kind := range []string{"json", "html"} {
		b.Run(kind, func(b *testing.B) {
			dir := benchFolder(b, kind)
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				var s batch.Summary
				batch.Stream(batch.Files(dir), batch.Options{}, func(_ int, it batch.Item) { s.Add(&it) })
				if s.Read != benchReports || s.WithErrors != benchReports/10 {
					b.Fatalf("summary %+v", s)
				}
			}
			reportRate(b, cpuTime()-cpu)
		})
	}
}
