package parse

import (
	"slices"
	"strings"
	"unicode"

	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// Some site archives flatten a page into one line: a table's labels and
// numbers run together ("…申请数量640020470二、上年结转…"). The labels of the
// layout still mark where each row starts; the digits between two labels
// are the row's values, split so that the row's identities hold (总计 = the
// sum of the categories in table 三, each block's 总计 in table 四). When more
// than one split fits, or none, the row is reported and left blank.

// compactText is text with its spaces removed, remembering where they were:
// labels are matched without spaces, and a space between digits still
// separates two numbers.
type compactText struct {
	s          string
	spaceAfter map[int]bool // byte offsets in s after which the text had a space
}

func newCompactText(text string) compactText {
	var b strings.Builder
	spaces := map[int]bool{}
	for _, r := range text {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u3000' {
			if b.Len() > 0 {
				spaces[b.Len()] = true
			}
			continue
		}
		b.WriteString(report.NormalizeLabel(string(r)))
	}
	return compactText{s: b.String(), spaceAfter: spaces}
}

// readRunTogether reads the rows that the blocks did not give from text
// whose cells run together.
func (tr *tableReader) readRunTogether(text string) {
	ct := newCompactText(text)
	pos := 0
	pending := map[int]pendingSplit{}
	for k, row := range tr.rows {
		start := pos
		if row.label != "" {
			i := strings.Index(ct.s[pos:], row.label)
			if i < 0 {
				i = strings.Index(ct.s[pos:], report.StripNumbering(row.label))
				if i < 0 {
					continue
				}
				start = pos + i + len(report.StripNumbering(row.label))
			} else {
				start = pos + i + len(row.label)
			}
		} else if i := strings.IndexFunc(ct.s[pos:], isDigit); i >= 0 {
			start = pos + i
		}
		end := start
		for end < len(ct.s) && (isDigit(rune(ct.s[end])) || ct.s[end] == '.' || (ct.s[end] == '/' && end == start)) {
			end++
		}
		// A number cannot run into the next row's item number ("…0002.其他").
		if k+1 < len(tr.rows) && tr.rows[k+1].label != "" {
			if j := strings.Index(ct.s[start:], tr.rows[k+1].label); j >= 0 && start+j < end {
				end = start + j
			}
		}
		pos = end
		if row.view || tr.anyFilled(k) {
			continue
		}
		if p, ambiguous := tr.splitRow(k, ct, start, end); ambiguous {
			pending[k] = p
		}
	}
	tr.resolveByColumns(pending)
}

// pendingSplit is a row whose digits split in more than one way.
type pendingSplit struct {
	run    string
	splits [][]string
}

// maxCandidates bounds the splits kept for one row, and maxCombinations
// the combinations tried across rows.
const (
	maxCandidates   = 16
	maxCombinations = 100_000
)

// resolveByColumns settles the rows of table 三 whose digits split in more
// than one way with the identities of the columns: in every column,
// （七）总计 is the sum of the outcome rows, and 一 + 二 = 三（七） + 四. A
// combination of splits that is the only one to satisfy them is taken;
// otherwise each such row is reported ambiguous and left blank.
func (tr *tableReader) resolveByColumns(pending map[int]pendingSplit) {
	if len(pending) == 0 {
		return
	}
	rows := make([]int, 0, len(pending))
	for k := range pending {
		rows = append(rows, k)
	}
	slices.Sort(rows)
	var found [][]int
	if tr.layout.Section == report.SectionRequests {
		combos := 1
		for _, k := range rows {
			combos *= len(pending[k].splits)
			if combos > maxCombinations {
				break
			}
		}
		if combos <= maxCombinations {
			choice := make([]int, len(rows))
			for n := 0; n < combos && len(found) < 2; n++ {
				rest := n
				for i, k := range rows {
					choice[i] = rest % len(pending[k].splits)
					rest /= len(pending[k].splits)
				}
				if tr.columnsHold(rows, choice, pending) {
					found = append(found, append([]int(nil), choice...))
				}
			}
		}
	}
	for i, k := range rows {
		p := pending[k]
		row := tr.rows[k]
		if len(found) == 1 {
			split := p.splits[found[0][i]]
			for j, path := range row.paths {
				tr.d.setCell(path, split[j], tr.at)
			}
			tr.d.diagnose(Diagnostic{Severity: validate.Info, Code: CodeSplitByIdentity, At: tr.at, Paths: row.paths,
				Expected: strings.Join(split, " "), Found: p.run})
			continue
		}
		tr.d.diagnose(Diagnostic{Severity: validate.Error, Code: CodeAmbiguousSplit, At: tr.at, Paths: row.paths,
			Expected: strings.Join(p.splits[0], " ") + " / " + strings.Join(p.splits[1], " "), Found: p.run})
	}
}

// columnsHold reports whether table 三's column identities hold with the
// chosen splits of the pending rows.
func (tr *tableReader) columnsHold(rows, choice []int, pending map[int]pendingSplit) bool {
	f := tr.layout.Format
	value := func(r report.Table3Row, a report.Applicant) (int64, bool) {
		p := report.Table3Path(r, a)
		for i, k := range rows {
			for j, path := range tr.rows[k].paths {
				if path == p {
					n, ok := parseCount(pending[k].splits[choice[i]][j])
					return n, ok
				}
			}
		}
		return tr.d.rep.Table3.Rows[r][a].Number()
	}
	for _, a := range report.Applicants() {
		var sum int64
		for _, r := range report.OutcomeRows(f) {
			n, ok := value(r, a)
			if !ok {
				return false
			}
			sum += n
		}
		concluded, ok1 := value(report.RowConcluded, a)
		received, ok2 := value(report.RowReceived, a)
		carried, ok3 := value(report.RowCarriedOver, a)
		forward, ok4 := value(report.RowCarriedForward, a)
		if !ok1 || !ok2 || !ok3 || !ok4 || sum != concluded || received+carried != concluded+forward {
			return false
		}
	}
	return true
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// splitRow splits the run ct.s[start:end] into the values of layout row k.
// A run that splits in more than one way is returned for resolveByColumns.
func (tr *tableReader) splitRow(k int, ct compactText, start, end int) (pendingSplit, bool) {
	row := tr.rows[k]
	n := len(row.paths)
	run := ct.s[start:end]
	at := tr.at
	if run == "" {
		return pendingSplit{}, false // left for reportMissing
	}
	tr.markFilled(k)
	var cuts []int // offsets in run where the text had a space
	for i := 1; i < len(run); i++ {
		if ct.spaceAfter[start+i] {
			cuts = append(cuts, i)
		}
	}
	if n == 1 {
		tr.d.setCell(row.paths[0], run, at)
		return pendingSplit{}, false
	}
	check := tr.identity(n)
	splits := splitDigits(run, n, cuts, check, maxCandidates)
	switch len(splits) {
	case 1:
		for i, p := range row.paths {
			tr.d.setCell(p, splits[0][i], at)
		}
		if len(cuts) != n-1 {
			tr.d.diagnose(Diagnostic{Severity: validate.Info, Code: CodeSplitByIdentity, At: at, Paths: row.paths,
				Expected: strings.Join(splits[0], " "), Found: run})
		}
	case 0:
		tr.d.diagnose(Diagnostic{Severity: validate.Error, Code: CodeNoSplit, At: at, Paths: row.paths, Found: run})
	default:
		return pendingSplit{run: run, splits: splits}, true
	}
	return pendingSplit{}, false
}

// identity returns the check a row of n values must pass in this table.
func (tr *tableReader) identity(n int) func([]int64) bool {
	switch {
	case tr.layout.Section == report.SectionRequests && n == report.NumApplicants:
		return func(v []int64) bool { return blockTotals(v, report.NumApplicants) }
	case tr.layout.Section == report.SectionAppeals && n%report.NumTable4Columns == 0:
		return func(v []int64) bool { return blockTotals(v, report.NumTable4Columns) }
	}
	return func([]int64) bool { return true }
}

// blockTotals reports whether, in each block of size values, the last is
// the sum of the others.
func blockTotals(v []int64, size int) bool {
	for b := 0; b+size <= len(v); b += size {
		var sum int64
		for _, x := range v[b : b+size-1] {
			sum += x
		}
		if sum != v[b+size-1] {
			return false
		}
	}
	return true
}

// maxSplitSteps bounds the search for splits.
const maxSplitSteps = 200_000

// splitDigits returns up to limit ways of cutting run into n numbers with no
// leading zeros, cut at every offset in cuts, that pass check. A run with a
// dot or a slash is not split.
func splitDigits(run string, n int, cuts []int, check func([]int64) bool, limit int) [][]string {
	if strings.ContainsAny(run, "./") {
		return nil
	}
	mustCut := map[int]bool{}
	for _, c := range cuts {
		mustCut[c] = true
	}
	var (
		out   [][]string
		parts []string
		vals  []int64
		steps int
	)
	var walk func(from int)
	walk = func(from int) {
		steps++
		if len(out) >= limit || steps > maxSplitSteps {
			return
		}
		left := n - len(parts)
		if left == 0 {
			if from == len(run) && check(vals) {
				out = append(out, append([]string(nil), parts...))
			}
			return
		}
		if len(run)-from < left {
			return
		}
		for to := from + 1; to <= len(run)-(left-1); to++ {
			if to-from > 1 && run[from] == '0' {
				break
			}
			if to-from > 9 {
				break
			}
			var v int64
			for _, c := range run[from:to] {
				v = v*10 + int64(c-'0')
			}
			parts, vals = append(parts, run[from:to]), append(vals, v)
			walk(to)
			parts, vals = parts[:len(parts)-1], vals[:len(vals)-1]
			if mustCut[to] {
				break // a printed space ends this number
			}
		}
	}
	walk(0)
	if steps > maxSplitSteps && len(out) == 1 {
		return append(out, out[0]) // the search stopped early: not proven unique
	}
	return out
}
