package parse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
// separates two numbers. It remembers too where each of its characters was
// printed, so that a diagnostic can say where.
type compactText struct {
	s          string
	spaceAfter map[int]bool // byte offsets in s after which the text had a space
	marks      []compactMark
	pieces     []block  // the paragraphs it was made of
	runes      [][]rune // the pieces' texts as runes, made when first needed
}

// compactMark says that the byte at offset in s is the character at rune
// index rune of the text of piece piece. Between marks, every character of
// s stands for one character of the piece.
type compactMark struct {
	offset, rune, piece int
}

func newCompactText(pieces []block) compactText {
	var b strings.Builder
	ct := compactText{spaceAfter: map[int]bool{}, pieces: pieces, runes: make([][]rune, len(pieces))}
	for p, piece := range pieces {
		ct.marks = append(ct.marks, compactMark{offset: b.Len(), piece: p})
		skipped := false
		i := 0
		for _, r := range piece.text {
			if unicode.IsSpace(r) || r == '\u00a0' || r == '\u3000' {
				if b.Len() > 0 {
					ct.spaceAfter[b.Len()] = true
				}
				skipped = true
				i++
				continue
			}
			folded := report.NormalizeLabel(string(r))
			if skipped || utf8.RuneCountInString(folded) != 1 {
				ct.marks = append(ct.marks, compactMark{offset: b.Len(), rune: i, piece: p})
			}
			skipped = utf8.RuneCountInString(folded) != 1
			b.WriteString(folded)
			i++
		}
	}
	ct.s = b.String()
	return ct
}

// nearRunes is how many characters a diagnostic quotes on either side of
// the place it names.
const nearRunes = 12

// locate returns where the characters at byte offsets off to end of s were
// printed: the line and column of the first, and a short stretch of the
// text around them.
func (ct compactText) locate(off, end int) Location {
	if len(ct.marks) == 0 {
		return Location{}
	}
	i, _ := slices.BinarySearchFunc(ct.marks, off, func(m compactMark, off int) int { return m.offset - off })
	if i == len(ct.marks) || ct.marks[i].offset > off {
		i--
	}
	i = max(i, 0)
	m := ct.marks[i]
	at := ct.pieces[m.piece].at
	r := m.rune + utf8.RuneCountInString(ct.s[m.offset:min(max(off, m.offset), len(ct.s))])
	at.Column = max(at.Column, 1) + r
	n := utf8.RuneCountInString(ct.s[min(max(off, 0), len(ct.s)):min(max(end, off, 0), len(ct.s))])
	if ct.runes[m.piece] == nil {
		ct.runes[m.piece] = []rune(ct.pieces[m.piece].text)
	}
	at.Near = excerpt(ct.runes[m.piece], r, min(n, 4*nearRunes))
	return at
}

// excerpt returns the n characters of runes from index r, and some around
// them.
func excerpt(runes []rune, r, n int) string {
	from, to := max(r-nearRunes, 0), min(r+n+nearRunes/2, len(runes))
	if from >= to {
		return ""
	}
	out := string(runes[from:to])
	if from > 0 {
		out = "…" + out
	}
	if to < len(runes) {
		out += "…"
	}
	return out
}

// readRunTogether reads the rows that the blocks did not give from text
// whose cells run together.
func (tr *tableReader) readRunTogether(pieces []block) {
	ct := newCompactText(pieces)
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
		end := runEnd(ct.s, start)
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
	at     Location
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
				tr.d.setCell(path, split[j], p.at)
			}
			tr.d.diagnose(Diagnostic{Severity: validate.Info, Code: CodeSplitByIdentity, At: p.at, Paths: row.paths,
				Expected: strings.Join(split, " "), Found: p.run})
			continue
		}
		if split, quotes, ok := settleByNarrative(p.splits, tr.statedFigures(k)); ok {
			for j, path := range row.paths {
				tr.d.setCell(path, split[j], p.at)
			}
			tr.d.diagnose(Diagnostic{Severity: validate.Info, Code: CodeSplitByNarrative, At: p.at, Paths: row.paths,
				Expected: strings.Join(split, " "), Found: p.run + "（" + strings.Join(quotes, "；") + "）"})
			continue
		}
		tr.d.diagnose(Diagnostic{Severity: validate.Error, Code: CodeAmbiguousSplit, At: p.at, Paths: row.paths,
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

// runEnd returns the end of the run of values that starts at start: digits,
// a decimal point between digits, a minus sign before a digit ("35-15" is
// 35 and −15 where a column may be negative), or a lone "/".
func runEnd(s string, start int) int {
	end := start
	for end < len(s) {
		c := s[end]
		next := end+1 < len(s) && isDigit(rune(s[end+1]))
		switch {
		case isDigit(rune(c)):
		case c == '.' && end > start && next && isDigit(rune(s[end-1])):
		case c == '-' && next:
		case c == '/' && end == start:
		default:
			return end
		}
		end++
	}
	return end
}

// splitRow splits the run ct.s[start:end] into the values of layout row k.
// A run that splits in more than one way is returned for resolveByColumns.
func (tr *tableReader) splitRow(k int, ct compactText, start, end int) (pendingSplit, bool) {
	row := tr.rows[k]
	n := len(row.paths)
	run := ct.s[start:end]
	at := ct.locate(start, end)
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
	if n == 1 || run == "/" {
		tr.d.setCell(row.paths[0], run, at)
		return pendingSplit{}, false
	}
	check := tr.identity(n)
	splits := splitDigits(run, tr.kinds(k), cuts, check, maxCandidates)
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
		return pendingSplit{run: run, splits: splits, at: at}, true
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

// kinds returns the kinds of the cells of layout row k, in order.
func (tr *tableReader) kinds(k int) []report.CellKind {
	var out []report.CellKind
	for _, p := range tr.rows[k].paths {
		c, _ := report.LookupCell(tr.layout.Format, p)
		out = append(out, c.Kind)
	}
	return out
}

// splitDigits returns up to limit ways of cutting run into len(kinds)
// numbers that pass check, cut at every offset in cuts. Each number must
// be one its column allows: no leading zeros; a minus sign, which always
// starts a number, only where the column may be negative; a decimal point
// only in an amount. A run with a slash is not split.
func splitDigits(run string, kinds []report.CellKind, cuts []int, check func([]int64) bool, limit int) [][]string {
	if strings.Contains(run, "/") {
		return nil
	}
	n := len(kinds)
	mustCut := map[int]bool{}
	for _, c := range cuts {
		mustCut[c] = true
	}
	for i := 1; i < len(run); i++ {
		if run[i] == '-' {
			mustCut[i] = true
		}
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
			part := run[from:to]
			if v, ok := splitValue(part, kinds[len(parts)]); ok {
				parts, vals = append(parts, part), append(vals, v)
				walk(to)
				parts, vals = parts[:len(parts)-1], vals[:len(vals)-1]
			} else if len(part) > 1 && !strings.ContainsAny(part, "-.") {
				break // a leading zero, or too long: longer parts are no better
			}
			if mustCut[to] {
				break // a printed space or a sign ends this number
			}
		}
	}
	walk(0)
	if steps > maxSplitSteps && len(out) == 1 {
		return append(out, out[0]) // the search stopped early: not proven unique
	}
	return out
}

// splitValue reads one part of a split as a value of a column of kind k:
// its integer value for the checks (the whole units of an amount), and
// whether the column allows it.
func splitValue(part string, k report.CellKind) (int64, bool) {
	digits := strings.TrimPrefix(part, "-")
	if digits == "" || (part != digits && k != report.KindSignedCount) {
		return 0, false
	}
	whole, frac, dot := strings.Cut(digits, ".")
	if dot && (k != report.KindAmount || frac == "" || strings.Contains(frac, ".")) {
		return 0, false
	}
	if whole == "" || (len(whole) > 1 && whole[0] == '0') || len(whole) > 9 || strings.Contains(frac, "-") {
		return 0, false
	}
	var v int64
	for _, c := range whole {
		if !isDigit(c) {
			return 0, false
		}
		v = v*10 + int64(c-'0')
	}
	for _, c := range frac {
		if !isDigit(c) {
			return 0, false
		}
	}
	if part != digits {
		v = -v
	}
	return v, true
}
