package batch

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// Extensions lists the file name extensions that [Files] picks up in a
// folder: report JSON, HTML pages, text, Word documents (.docx; legacy
// .doc and .wps files are listed too, so that their reading says to
// convert them) and PDFs. Case does not matter.
func Extensions() []string {
	return []string{".json", ".html", ".htm", ".txt", ".md", ".docx", ".doc", ".wps", ".pdf"}
}

// Files lists the report files that paths name, sorted by path, each once.
// A folder is walked recursively and gives its files whose extension is one
// of [Extensions]; files and folders whose names begin with "." are
// skipped; a symbolic link named in paths is followed, links inside the
// folders are not. A path that is not a folder is listed whatever its name,
// so that a file named explicitly is always read. A path that cannot be
// walked (one that does not exist, or a folder that cannot be opened) is
// listed too: its reading fails, and the error says why.
func Files(paths ...string) []string {
	var out []string
	exts := Extensions()
	for _, root := range paths {
		st, err := os.Stat(root)
		if err != nil || !st.IsDir() {
			out = append(out, root)
			continue
		}
		walk := root
		if lst, err := os.Lstat(root); err == nil && lst.Mode()&fs.ModeSymlink != 0 {
			walk += string(filepath.Separator) // a link to a folder: walk the folder
		}
		_ = filepath.WalkDir(walk, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				out = append(out, path) // read later, to report err
				return nil
			}
			if path != walk && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && slices.Contains(exts, strings.ToLower(filepath.Ext(path))) {
				out = append(out, path)
			}
			return nil
		})
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Reader reads one report file, as [parse.ReadFile] does.
type Reader func(name string) (*parse.Result, error)

// Options adjust a batch validation. The zero Options read files with
// [parse.ReadFile], validate with the built-in rules in Chinese and link
// cross-year chains, on [runtime.GOMAXPROCS] workers.
type Options struct {
	// Validate is passed to [validate.Validate] for every report. When its
	// Previous is set, every report is compared with it and no chains are
	// linked.
	Validate validate.Options
	// Workers is the number of files read and validated at once; 0 or less
	// means runtime.GOMAXPROCS(0), one for each core Go may use.
	Workers int
	// Parse is passed to [parse.ReadFile] for every file when Read is nil.
	Parse parse.Options
	// Read reads one file; nil means [parse.ReadFile] with Parse.
	Read Reader
	// Progress, when set, is called after each file is read with the
	// number of files read so far and the number in all. The calls come
	// one at a time, from the goroutine that called [Run].
	Progress func(done, total int)
}

// Item is the outcome for one file.
type Item struct {
	// File is the file's name as given.
	File string
	// Report is the report read; nil when the file could not be read.
	Report *report.Report
	// Diagnostics are what the reader of a published report (HTML or text)
	// could not read, or read with a doubt; none for JSON.
	Diagnostics []parse.Diagnostic
	// Err says why the file could not be read; nil when it was.
	Err error
	// Previous is the file whose report was compared with this one as last
	// year's report of the same body, found by [Link]; "" when none was.
	Previous string
	// Result is the validation of Report; nil when the file could not be
	// read.
	Result *validate.Result
}

// Run reads and validates files on opts.Workers workers and returns one Item
// for each file, in the order of files whatever the order in which they are
// done. Reports of the same body for consecutive years are linked by [Link]
// and validated with the cross-year rules, unless opts.Validate.Previous is
// set. Run never fails: a file that cannot be read gives an Item with Err
// set.
func Run(files []string, opts Options) []Item {
	read := opts.Read
	if read == nil {
		read = func(name string) (*parse.Result, error) { return parse.ReadFile(name, opts.Parse) }
	}
	items := make([]Item, len(files))
	for i, f := range files {
		items[i].File = f
	}
	parallel(len(items), opts.Workers, func(i int) {
		it := &items[i]
		res, err := read(it.File)
		switch {
		case err != nil:
			it.Err = err
		case res == nil || res.Report == nil:
			it.Report = &report.Report{} // a Reader that returns neither
		default:
			it.Report, it.Diagnostics = res.Report, res.Diagnostics
		}
	}, opts.Progress)

	previous := make([]int, len(items))
	for i := range previous {
		previous[i] = -1
	}
	if opts.Validate.Previous == nil {
		reports := make([]*report.Report, len(items))
		for i := range items {
			reports[i] = items[i].Report
		}
		previous = Link(reports)
	}
	parallel(len(items), opts.Workers, func(i int) {
		it := &items[i]
		if it.Err != nil {
			return
		}
		vo := opts.Validate
		if p := previous[i]; p >= 0 {
			vo.Previous = items[p].Report
			it.Previous = items[p].File
		}
		it.Result = validate.Validate(it.Report, vo)
	}, nil)
	return items
}

// parallel calls do(i) for every i in [0, n) on workers goroutines (0 or
// less: runtime.GOMAXPROCS(0)), and progress, when not nil, after each call
// from the calling goroutine. It returns when every call is done.
func parallel(n, workers int, do func(i int), progress func(done, total int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)
	next := make(chan int)
	done := make(chan struct{}, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				do(i)
				done <- struct{}{}
			}
		}()
	}
	finished := 0
	for i := 0; i < n; {
		select {
		case next <- i:
			i++
		case <-done:
			finished++
			if progress != nil {
				progress(finished, n)
			}
		}
	}
	close(next)
	for finished < n {
		<-done
		finished++
		if progress != nil {
			progress(finished, n)
		}
	}
	wg.Wait()
}

// Summary counts the outcomes of a batch.
type Summary struct {
	// Read is the number of reports read.
	Read int `json:"read"`
	// WithErrors is the number of reports with a finding of severity error.
	WithErrors int `json:"with_errors"`
	// WithWarnings is the number of reports with a finding of severity
	// warning, whether or not they also have errors.
	WithWarnings int `json:"with_warnings"`
	// WithReadErrors is the number of reports with a diagnostic of
	// severity [validate.Error]: a cell or a part of a published report that
	// could not be read, and is blank in the report validated.
	WithReadErrors int `json:"with_read_errors"`
	// Unreadable is the number of files that could not be read.
	Unreadable int `json:"unreadable"`
}

// isReadError reports whether d says that something could not be read.
func isReadError(d parse.Diagnostic) bool { return d.Severity >= validate.Error }

// Summarize counts the outcomes of items.
func Summarize(items []Item) Summary {
	var s Summary
	for i := range items {
		it := &items[i]
		switch {
		case it.Err != nil:
			s.Unreadable++
			continue
		case it.Result == nil:
			continue
		}
		s.Read++
		if it.Result.HasErrors() {
			s.WithErrors++
		}
		if it.Result.Count(validate.Warning) > 0 {
			s.WithWarnings++
		}
		if slices.ContainsFunc(it.Diagnostics, isReadError) {
			s.WithReadErrors++
		}
	}
	return s
}
