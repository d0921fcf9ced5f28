package parse

import (
	"strings"

	"github.com/opengov-cn/xxgk/report"
)

// A split of digits that run together may be settled by the report itself:
// a figure its text states for that very cell ("本年度制发的规范性文件77件"
// states the 本年制发件数 of 行政规范性文件). Last year's report never
// settles one: 现行有效 does not chain year to year in real reports (bodies
// re-count after a clean-up).

// statedFigure is a figure the text states for a cell.
type statedFigure struct {
	value string
	quote string // the clause that states it
}

// statedFigures returns the figures the narrative states for the cells of
// table 二's layout row k, by the index of the cell in the row: a clause
// that holds the cell's column (制发, 废止, 现行有效, …) and the row's label
// followed by a number of 件, 个 or 项.
func (tr *tableReader) statedFigures(k int) map[int]statedFigure {
	if tr.layout.Section != report.SectionProactive {
		return nil
	}
	clauses := tr.d.narrativeClauses()
	out := map[int]statedFigure{}
	for j, p := range tr.rows[k].paths {
		c, ok := report.LookupCell(tr.layout.Format, p)
		column := columnWord(c.Table2Column.Label(tr.layout.Format))
		if !ok || c.Table != 2 || column == "" {
			continue
		}
		for _, label := range labelWords(tr.rows[k].form.bare) {
			for _, clause := range clauses {
				if v, ok := figureAfter(clause, label); ok && strings.Contains(clause, column) {
					out[j] = statedFigure{value: v, quote: clause}
				}
			}
		}
	}
	return out
}

// figureAfter returns the number of 件, 个 or 项 that follows label in a
// clause ("规范性文件77件" gives 77).
func figureAfter(clause, label string) (string, bool) {
	for rest := clause; ; {
		i := strings.Index(rest, label)
		if i < 0 {
			return "", false
		}
		rest = rest[i+len(label):]
		n := 0
		for n < len(rest) && isDigit(rune(rest[n])) {
			n++
		}
		unit := rest[n:]
		if n > 0 && (strings.HasPrefix(unit, "件") || strings.HasPrefix(unit, "个") || strings.HasPrefix(unit, "项")) {
			return rest[:n], true
		}
	}
}

// narrativeClauses returns the clauses of the text the reader has read as
// prose (sections 一, 五 and 六 and the preamble), each folded, worked out
// once.
func (d *doc) narrativeClauses() []string {
	if d.clauses != nil {
		return d.clauses
	}
	d.clauses = []string{}
	var paragraphs []string
	for _, s := range []*report.Section{&d.rep.Overview, &d.rep.Problems, &d.rep.OtherMatters} {
		paragraphs = append(paragraphs, s.Paragraphs...)
		for _, sub := range s.Subsections {
			paragraphs = append(paragraphs, sub.Paragraphs...)
		}
	}
	paragraphs = append(paragraphs, d.rep.Preamble...)
	for _, p := range paragraphs {
		for _, clause := range strings.FieldsFunc(p, isClauseBreak) {
			d.clauses = append(d.clauses, report.NormalizeLabel(clause))
		}
	}
	return d.clauses
}

// isClauseBreak reports whether r ends a clause.
func isClauseBreak(r rune) bool { return strings.ContainsRune("。；;，,！？!?\n", r) }

// columnWord returns the word of a column header that prose uses: 制发 for
// 本年制发件数, 现行有效 for 现行有效件数.
func columnWord(header string) string {
	w := report.NormalizeLabel(header)
	w = strings.TrimPrefix(w, "本年")
	for _, suffix := range []string{"件数", "总数量", "数量"} {
		w = strings.TrimSuffix(w, suffix)
	}
	return w
}

// labelWords returns the ways prose names a row: its label, and without
// 行政 (规范性文件 for 行政规范性文件).
func labelWords(label string) []string {
	words := []string{label}
	if rest, ok := strings.CutPrefix(label, "行政"); ok && len([]rune(rest)) >= 4 {
		words = append(words, rest)
	}
	return words
}

// settleByNarrative keeps the splits that agree with every figure the text
// states for the row's cells; it returns the one split left, if exactly
// one is, with the clauses that settle it.
func settleByNarrative(splits [][]string, stated map[int]statedFigure) ([]string, []string, bool) {
	if len(stated) == 0 {
		return nil, nil, false
	}
	var kept [][]string
	for _, s := range splits {
		agrees := true
		for j, f := range stated {
			if j < len(s) && s[j] != f.value {
				agrees = false
			}
		}
		if agrees {
			kept = append(kept, s)
		}
	}
	if len(kept) != 1 {
		return nil, nil, false
	}
	var quotes []string
	for j := range len(kept[0]) {
		if f, ok := stated[j]; ok {
			quotes = append(quotes, f.quote)
		}
	}
	return kept[0], quotes, true
}
