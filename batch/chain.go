package batch

import "github.com/opengov-cn/xxgk/report"

// Link finds the cross-year chains among reports: for each report it gives
// the index of last year's report of the same body, or -1. Two reports are
// of the same body when their Metadata.ReportingBody has the same [report.BodyKey]
// and both are aggregate reports or neither is. A report whose body is
// empty, whose year is 0, or that is nil is in no chain. When several
// reports give the same body and year, the first of them in the order of
// reports is the one that the next year's reports are linked to.
func Link(reports []*report.Report) []int {
	// A chain is one body's own reports, or its aggregate (本级政府) reports.
	type yearKey struct {
		body      string
		aggregate bool
		year      int
	}
	keys := make([]yearKey, len(reports))
	first := make(map[yearKey]int)
	for i, r := range reports {
		if r == nil || r.Metadata.Year == 0 {
			continue
		}
		body := report.BodyKey(r.Metadata.ReportingBody)
		if body == "" {
			continue
		}
		keys[i] = yearKey{body, r.Metadata.Aggregate, r.Metadata.Year}
		if _, ok := first[keys[i]]; !ok {
			first[keys[i]] = i
		}
	}
	previous := make([]int, len(reports))
	for i, k := range keys {
		previous[i] = -1
		if k.body == "" {
			continue
		}
		k.year--
		if p, ok := first[k]; ok {
			previous[i] = p
		}
	}
	return previous
}
