package parse

import (
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/table"
	"github.com/opengov-cn/xxgk/validate"
)

// A table is found by what it holds, not only by the heading before it:
// some reports number their sections their own way and print the tables at
// the end under other headings, or under none. The labels that only one
// table of a format prints (its row labels, its column headers) tell which
// table a block of rows belongs to.

// specificLabels holds, for each layout, the folded labels of its rows and
// headers that no other table of its format prints.
var specificLabels = func() map[*table.Layout]map[string]bool {
	out := map[*table.Layout]map[string]bool{}
	for _, f := range report.Formats() {
		count := map[string]int{}
		all := map[*table.Layout][]string{}
		for _, l := range table.Layouts(f) {
			rows, headers := layoutRows(l)
			seen := map[string]bool{}
			for _, r := range rows {
				if r.label != "" && !seen[r.label] {
					seen[r.label] = true
				}
			}
			for h := range headers {
				seen[h] = true
			}
			for k := range seen {
				count[k]++
				all[l] = append(all[l], k)
			}
		}
		for l, labels := range all {
			out[l] = map[string]bool{}
			for _, k := range labels {
				if count[k] == 1 && k != "" {
					out[l][k] = true
				}
			}
		}
	}
	return out
}()

// maxContextBlocks is how many paragraphs before the first row of a table
// found by its content are read with it: header pieces and label pieces.
const maxContextBlocks = 3

// tableBlocks returns the blocks to read table l from: those of its
// section when they hold some row of it, else those that hold its rows
// wherever they stand (with a diagnostic), else the section's, or none.
func (d *doc) tableBlocks(l *table.Layout) (from, to int, at Location) {
	from, to, ok := d.sectionBlocks(l.Section)
	if ok {
		at = d.blocks[from-1].at
		if at.Column > 1 && at.Table == 0 {
			at.Near = d.blocks[from-1].text // a heading inside a long line
		}
		if d.holdsRows(l, from, to, 1) > 0 {
			return from, to, at
		}
	}
	cf, ct, found := d.blocksByContent(l)
	if !found {
		if !ok {
			return 0, 0, at
		}
		return from, to, at
	}
	d.diagnose(Diagnostic{Severity: validate.Info, Code: CodeTableByContent, At: d.blocks[cf].at, Expected: l.Section.Label(l.Format)})
	return cf, ct, d.blocks[cf].at
}

// holdsRows returns how many labels only table l prints the blocks from
// to to hold, counting up to enough.
func (d *doc) holdsRows(l *table.Layout, from, to, enough int) int {
	seen := map[string]bool{}
	count := func(k string) bool {
		if specificLabels[l][k] {
			seen[k] = true
		}
		return len(seen) < enough
	}
	for i := from; i < to && len(seen) < enough; i++ {
		if b := &d.blocks[i]; b.isTable() && (d.blockLabels == nil || d.blockLabels[i] == nil) {
			eachCellLabel(b, count) // stops at enough, without folding the whole table
			continue
		}
		for _, k := range d.labelsOf(i) {
			if !count(k) {
				break
			}
		}
	}
	return len(seen)
}

// eachCellLabel calls yield with the folded text of each cell of a table
// block that could be a label, in order, until yield returns false.
func eachCellLabel(b *block, yield func(string) bool) {
	for _, row := range b.rows {
		for _, c := range row {
			if c.text != "" && !isValueLike(c.text) && !yield(report.NormalizeLabel(c.text)) {
				return
			}
		}
	}
}

// labelsOf returns blockLabels of block i, worked out once for the
// document when first needed.
func (d *doc) labelsOf(i int) []string {
	if d.blockLabels == nil {
		d.blockLabels = make([][]string, len(d.blocks))
	}
	if d.blockLabels[i] == nil {
		d.blockLabels[i] = append(blockLabels(d.blocks[i]), "") // "" marks it worked out
	}
	return d.blockLabels[i][:len(d.blockLabels[i])-1]
}

// maxRowBytes bounds the length of a line that holds one row of a table,
// space-aligned columns and all.
const maxRowBytes = 1024

// blockLabels returns the folded texts that could be labels in a block: its
// cells, or a paragraph's row label (a line of space-aligned columns) or
// the paragraph itself when it is short.
func blockLabels(b block) []string {
	var out []string
	if b.isTable() {
		eachCellLabel(&b, func(k string) bool {
			out = append(out, k)
			return true
		})
		return out
	}
	if len(b.text) > maxRowBytes {
		return nil // prose, or a table run together
	}
	if r, ok := spacedRow(b.text, b.at); ok && r.label != "" {
		return []string{r.label}
	}
	if len(b.text) <= 3*maxLabelRunes {
		return []string{report.NormalizeLabel(b.text)}
	}
	return nil
}

// blocksByContent finds the blocks of table l by what they hold: from the
// first block that holds a label only this table prints to the last, with
// the paragraphs just before (its header), when they hold two such labels
// or more.
func (d *doc) blocksByContent(l *table.Layout) (from, to int, ok bool) {
	first, last := -1, -1
	for i := range d.blocks {
		for _, k := range d.labelsOf(i) {
			if specificLabels[l][k] {
				if first < 0 {
					first = i
				}
				last = i
				break
			}
		}
	}
	if first < 0 || d.holdsRows(l, first, last+1, 2) < 2 {
		return 0, 0, false
	}
	for n := 0; n < maxContextBlocks && first > 0; n++ {
		b := d.blocks[first-1]
		if b.isTable() || d.isHeadingIndex(first-1) || len(d.labelsOf(first-1)) == 0 {
			break
		}
		first--
	}
	return first, last + 1, true
}
