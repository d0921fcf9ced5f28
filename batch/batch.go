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
// [ReadFile] (as [parse.ReadFile] does), validate with the built-in rules in Chinese and link
// cross-year chains, on [runtime.GOMAXPROCS] workers.
type Options struct {
	// Validate is passed to [validate.Validate] for every report. When its
	// Previous is set, every report is compared with it and no chains are
	// linked.
	Validate validate.Options
	// Workers is the number of files read and validated at once; 0 or less
	// means runtime.GOMAXPROCS(0), one for each core Go may use.
	Workers int
	// Parse is passed to [ReadFile] for every file when Read is nil.
	Parse parse.Options
	// Read reads one file; nil means [ReadFile] with Parse.
	Read Reader
	// Progress, when set, is called after each file is read with the
	// number of files read so far and the number in all. The calls come
	// one at a time, from the goroutine that called [Run] or [Stream].
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
//
// Run keeps every report until it returns, in its Items. [Stream] does the
// same work keeping only the reports still needed.
func Run(files []string, opts Options) []Item {
	items := make([]Item, len(files))
	run(files, opts, true, func(i int, it Item) { items[i] = it })
	return items
}

// Stream reads and validates files as [Run] does, with the same outcome
// for each file, and passes each Item to each as soon as it is validated,
// with its index in files: in the order in which the items are done, not
// in the order of files. The calls come one at a time, from the goroutine
// that called Stream, which returns when every item has been passed.
//
// Stream keeps a report only while it is still needed, so that the memory
// it holds does not grow with the batch: a report is dropped once it is
// validated and passed to each, which may keep it. Two things are kept
// longer. As any later file may be next year's report of the same body,
// the metadata and tables of the first report of each body and year are
// kept until Stream returns (a few kilobytes): they, without the narrative
// (Preamble and the sections, which no built-in rule compares across
// years), are what the cross-year rules see as last year's report. And a
// report none of whose files before it is last year's waits, whole, until
// its last year's report is read or every file has been.
func Stream(files []string, opts Options, each func(i int, it Item)) {
	run(files, opts, false, each)
}

// run does the work of Run (keep: every report kept, and given whole as
// last year's) and Stream.
func run(files []string, opts Options, keep bool, each func(i int, it Item)) {
	if len(files) == 0 {
		return
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, len(files))
	s := &streamer{files: files, opts: opts, read: opts.Read, each: each, chains: newChains(keep),
		slots: make([]Item, len(files)), isRead: make([]bool, len(files)), window: 4 * workers}
	if s.read == nil {
		s.read = func(name string) (*parse.Result, error) { return ReadFile(name, opts.Parse) }
	}
	for i, f := range files {
		s.slots[i].File = f
	}
	// The channels hold jobs, so that a worker that is done goes on with
	// the next job without waiting for this goroutine, which takes the
	// jobs done and hands out new ones a few at a time.
	jobs, done := make(chan job, s.window), make(chan job, s.window)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				s.do(j)
				done <- j
			}
		}()
	}
	for s.passed < len(files) {
		next, ok := s.next()
		out := jobs
		if !ok {
			out = nil // nothing to hand out: wait for a job done
		}
		select {
		case out <- next:
			s.handedOut(next)
		case j := <-done:
			s.done(j)
		}
	}
	close(jobs)
	wg.Wait()
}

// job is the work of a worker: to read file i, or to validate its report
// with last year's report (previous, or none).
type job struct {
	i        int
	validate bool
	previous *report.Report
}

// streamer hands out the jobs of a batch from the goroutine that called
// Run or Stream: reads in the order of files, at most window ahead of the
// first file not yet linked, and validations once last year's report of
// each is known (queued behind the jobs already handed out, at most window
// of them). The workers touch only the items of their jobs.
type streamer struct {
	files  []string
	opts   Options
	read   Reader
	each   func(i int, it Item)
	slots  []Item // the item of each file until it is passed to each
	chains *chains
	queue  []job  // validations to hand out, first come first
	isRead []bool // the files read
	window int

	nextRead int // the next file to read
	linked   int // the files before it are read and linked
	reads    int // the files read
	passed   int // the items passed to each
}

// do does job j, on a worker.
func (s *streamer) do(j job) {
	it := &s.slots[j.i]
	if !j.validate {
		readItem(it, s.read)
		return
	}
	vo := s.opts.Validate
	if j.previous != nil {
		vo.Previous = j.previous
	}
	it.Result = validate.Validate(it.Report, vo)
}

// next returns the job to hand out, if there is one.
func (s *streamer) next() (job, bool) {
	switch {
	case len(s.queue) > 0:
		return s.queue[0], true
	case s.nextRead < len(s.files) && s.nextRead < s.linked+s.window:
		return job{i: s.nextRead}, true
	}
	return job{}, false
}

// handedOut notes that j, given by next, went to a worker.
func (s *streamer) handedOut(j job) {
	if j.validate {
		s.queue = s.queue[1:]
	} else {
		s.nextRead++
	}
}

// done takes job j back from a worker: a validated item is passed on, a
// file read is linked with those before it when they are all read.
func (s *streamer) done(j job) {
	if j.validate {
		s.pass(j.i)
		return
	}
	s.reads++
	if s.opts.Progress != nil {
		s.opts.Progress(s.reads, len(s.files))
	}
	s.isRead[j.i] = true
	for ; s.linked < len(s.files) && s.isRead[s.linked]; s.linked++ {
		it := &s.slots[s.linked]
		switch {
		case it.Err != nil:
			s.pass(s.linked)
		case s.opts.Validate.Previous != nil:
			s.validateLater(s.linked, -1)
		default:
			for _, l := range s.chains.add(s.linked, it.Report) {
				s.validateLater(l.i, l.previous)
			}
		}
	}
	if s.linked == len(s.files) { // every file read: no last year's report comes
		for _, i := range s.chains.noneCome() {
			s.validateLater(i, -1)
		}
	}
}

// pass passes item i to each and drops it.
func (s *streamer) pass(i int) {
	s.each(i, s.slots[i])
	s.slots[i] = Item{} // dropped, unless each keeps it
	s.passed++
}

// validateLater queues the validation of item i with last year's report of
// item previous, or none (-1).
func (s *streamer) validateLater(i, previous int) {
	j := job{i: i, validate: true}
	if previous >= 0 {
		j.previous = s.chains.report(previous)
		s.slots[i].Previous = s.files[previous]
	}
	s.queue = append(s.queue, j)
}

// readItem reads the file of it.
func readItem(it *Item, read Reader) {
	res, err := read(it.File)
	switch {
	case err != nil:
		it.Err = err
	case res == nil || res.Report == nil:
		it.Report = &report.Report{} // a Reader that returns neither
	default:
		it.Report, it.Diagnostics = res.Report, res.Diagnostics
	}
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
		s.Add(&items[i])
	}
	return s
}

// Add counts the outcome of one item, for a batch whose items are not kept
// ([Stream]).
func (s *Summary) Add(it *Item) {
	switch {
	case it.Err != nil:
		s.Unreadable++
		return
	case it.Result == nil:
		return
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
