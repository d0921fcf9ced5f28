package parse

import (
	"regexp"
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

// clauseBreak splits text into clauses.
var clauseBreak = regexp.MustCompile(`[。；;，,！？\n]`)

// statedFigures returns the figures the narrative states for the cells of
// table 二's layout row k, by the index of the cell in the row: a clause
// that holds the cell's column (制发, 废止, 现行有效, …) and the row's label
// followed by a number of 件, 个 or 项.
func (tr *tableReader) statedFigures(k int) map[int]statedFigure {
	if tr.layout.Section != report.SectionProactive {
		return nil
	}
	text := tr.d.narrativeText()
	if text == "" {
		return nil
	}
	out := map[int]statedFigure{}
	for j, p := range tr.rows[k].paths {
		c, ok := report.LookupCell(tr.layout.Format, p)
		if !ok || c.Table != 2 {
			continue
		}
		column := columnWord(c.Table2Column.Label(tr.layout.Format))
		for _, label := range labelWords(tr.rows[k].form.bare) {
			re := regexp.MustCompile(regexp.QuoteMeta(label) + `([0-9]+)[件个项]`)
			for _, clause := range clauseBreak.Split(text, -1) {
				if m := re.FindStringSubmatch(clause); m != nil && column != "" && strings.Contains(clause, column) {
					out[j] = statedFigure{value: m[1], quote: clause}
				}
			}
		}
	}
	return out
}

// narrativeText returns the text of the sections the reader has read as
// prose, folded, in one string.
func (d *doc) narrativeText() string {
	var parts []string
	for _, s := range []*report.Section{&d.rep.Overview, &d.rep.Problems, &d.rep.OtherMatters} {
		parts = append(parts, s.Paragraphs...)
		for _, sub := range s.Subsections {
			parts = append(parts, sub.Paragraphs...)
		}
	}
	parts = append(parts, d.rep.Preamble...)
	return report.NormalizeLabel(strings.Join(parts, "\n"))
}

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
