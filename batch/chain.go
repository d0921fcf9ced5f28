package batch

import (
	"slices"

	"github.com/opengov-cn/xxgk/report"
)

// Link finds the cross-year chains among reports: for each report it gives
// the index of last year's report of the same body, or -1. Two reports are
// of the same body when their Metadata.ReportingBody has the same [report.BodyKey]
// and both are aggregate reports or neither is. A report whose body is
// empty, whose year is 0, or that is nil is in no chain. When several
// reports give the same body and year, the first of them in the order of
// reports is the one that the next year's reports are linked to.
func Link(reports []*report.Report) []int {
	previous := make([]int, len(reports))
	c := newChains(true)
	for i, r := range reports {
		previous[i] = -1
		for _, l := range c.add(i, r) {
			previous[l.i] = l.previous
		}
	}
	return previous
}

// chainKey is what a report shares with the other reports of its chain,
// and its year. A chain is one body's own reports, or its aggregate (本级政府)
// reports.
type chainKey struct {
	series report.Series
	year   int
}

// keyOf returns the key of r; false for a report in no chain.
func keyOf(r *report.Report) (chainKey, bool) {
	if r == nil || r.Metadata.Year == 0 {
		return chainKey{}, false
	}
	k := chainKey{report.SeriesOf(r), r.Metadata.Year}
	return k, k.series.Body != ""
}

// chains links reports as they come, in order, to last year's report of
// the same body: the first report of that body and year, whether it comes
// before or after.
type chains struct {
	keep bool
	// first is the index of the first report of each key, and kept its
	// report: whole when keep is set, else without its narrative.
	first map[chainKey]int
	kept  map[int]*report.Report
	// waiting lists the reports whose last year's report has not come,
	// by the key of last year's report.
	waiting map[chainKey][]int
}

// link says that report i is linked to report previous, or to none (-1).
type link struct{ i, previous int }

func newChains(keep bool) *chains {
	return &chains{keep: keep, first: map[chainKey]int{}, kept: map[int]*report.Report{}, waiting: map[chainKey][]int{}}
}

// add adds report i, which comes after every report added before, and
// returns the reports whose last year's report is now known: report i
// when a report before it is last year's, or when it is in no chain (-1);
// the reports waiting for report i.
func (c *chains) add(i int, r *report.Report) []link {
	k, ok := keyOf(r)
	if !ok {
		return []link{{i, -1}}
	}
	var out []link
	if _, seen := c.first[k]; !seen {
		c.first[k] = i
		c.kept[i] = c.keepOf(r)
		for _, w := range c.waiting[k] {
			out = append(out, link{w, i})
		}
		delete(c.waiting, k)
	}
	last := k
	last.year--
	if p, ok := c.first[last]; ok {
		out = append(out, link{i, p})
	} else {
		c.waiting[last] = append(c.waiting[last], i)
	}
	return out
}

// report returns the report kept of report i, the first of its key.
func (c *chains) report(i int) *report.Report { return c.kept[i] }

// keepOf returns what is kept of r as last year's report: r itself when
// c.keep is set, else a copy of its metadata and tables, without the
// narrative.
func (c *chains) keepOf(r *report.Report) *report.Report {
	if c.keep {
		return r
	}
	slim := *r
	slim.Preamble = nil
	slim.Overview, slim.Problems, slim.OtherMatters = report.Section{}, report.Section{}, report.Section{}
	return &slim
}

// noneCome returns the reports still waiting, in order, once every report
// has been added: they have no last year's report.
func (c *chains) noneCome() []int {
	var out []int
	for k, ws := range c.waiting {
		out = append(out, ws...)
		delete(c.waiting, k)
	}
	slices.Sort(out)
	return out
}
