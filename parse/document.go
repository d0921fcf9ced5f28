package parse

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// doc is one document being read: its blocks, the report being filled and
// the diagnostics so far.
type doc struct {
	kind      InputKind
	opts      Options
	blocks    []block
	pageTitle string
	pageMeta  map[string]string
	rep       *report.Report
	diags     []Diagnostic
	// heading[s] is the index in blocks of the heading of section s, or -1.
	heading [report.NumSections]int
	// pageBreaks are the lines of the page numbers dropped from text.
	pageBreaks []int
	// blockLabels caches the labels each block may hold (labelsOf), once
	// the blocks are final.
	blockLabels [][]string
	// clauses caches the clauses of the narrative (narrativeClauses).
	clauses []string
}

func newDoc(kind InputKind, opts Options) *doc {
	d := &doc{kind: kind, opts: opts, rep: report.New(report.FormatUnknown, 0)}
	for i := range d.heading {
		d.heading[i] = -1
	}
	return d
}

func (d *doc) diagnose(diag Diagnostic) { d.diags = append(d.diags, diag) }

// finish reads the report out of the blocks.
func (d *doc) finish(encoding string) (*Result, error) {
	d.dropPageMarkers()
	d.splitInlineHeadings()
	d.findHeadings()
	if d.kind == KindText && d.joinWrappedLines() {
		d.findHeadings()
	}
	d.readFrontMatter()
	d.readFormat()
	d.readNarrative()
	d.readTables()
	d.readFees()
	d.readScope()
	if err := d.notReport(); err != nil {
		return nil, err
	}
	ownMetadata(&d.rep.Metadata)
	return &Result{Report: d.rep, Diagnostics: d.diags, Kind: d.kind, Encoding: encoding}, nil
}

// ownMetadata gives the strings of m their own memory. The readers cut
// cells and paragraphs out of shared chunks of a few kilobytes; a caller
// that keeps only a report's metadata (as a batch keeps last year's, to
// link the years) should not keep those chunks alive with it.
func ownMetadata(m *report.Metadata) {
	for _, s := range []*string{&m.Title, &m.ReportingBody, &m.Publisher, &m.IndexNumber, &m.DocumentNumber} {
		*s = strings.Clone(*s)
	}
	for i := range m.Other {
		m.Other[i].Label, m.Other[i].Value = strings.Clone(m.Other[i].Label), strings.Clone(m.Other[i].Value)
	}
}

var pageMarkerRe = regexp.MustCompile(`^[-—–－_\s]*\d{1,3}[-—–－_\s]*$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$`)

// dropPageMarkers removes the page numbers that PDF extraction leaves in
// the text ("-3-", "— 4 —").
func (d *doc) dropPageMarkers() {
	kept := d.blocks[:0]
	for _, b := range d.blocks {
		if !b.isTable() && len(b.text) <= 24 && strings.ContainsAny(b.text, "-—–－_第") && pageMarkerRe.MatchString(b.text) {
			d.pageBreaks = append(d.pageBreaks, b.at.Line)
			continue
		}
		kept = append(kept, b)
	}
	d.blocks = kept
}

// splitInlineHeadings cuts paragraphs that hold a section heading inside
// them (pages whose text runs together) so that each heading starts a block
// of its own. Headings are looked for in order, each once, so that the work
// stays linear in the size of the text.
func (d *doc) splitInlineHeadings() {
	out := make([]block, 0, len(d.blocks))
	for _, b := range d.blocks {
		if b.isTable() {
			out = append(out, b)
			continue
		}
		rest, off := b.text, 0 // off: where rest starts in b.text
		for s := range report.NumSections {
			if s == 0 && !mayHoldHeading(rest) {
				break // it holds no heading: spare the search for each
			}
			i, j, ok := findInlineHeading(rest, report.SectionID(s))
			if !ok || (i == 0 && j == len(rest)) {
				continue
			}
			if before := strings.TrimLeftFunc(rest[:i], unicode.IsSpace); strings.TrimSpace(before) != "" {
				out = append(out, block{text: strings.TrimSpace(before), at: columnAt(b, off+i-len(before))})
			}
			out = append(out, block{text: rest[i:j], at: columnAt(b, off+i)})
			after := strings.TrimLeftFunc(rest[j:], unicode.IsSpace)
			off += len(rest) - len(after)
			rest = strings.TrimRightFunc(after, unicode.IsSpace)
		}
		if rest != "" {
			out = append(out, block{text: rest, at: columnAt(b, off)})
		}
	}
	d.blocks = out
}

// mayHoldHeading reports whether a text holds a section's numeral followed
// by "、", as each of the inlineHeadings begins: a text that does not holds
// none of them.
func mayHoldHeading(text string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], "、")
		if i < 0 {
			return false
		}
		off += i
		for _, numeral := range sectionNumerals {
			if strings.HasSuffix(text[:off], numeral) {
				return true
			}
		}
		off += len("、")
	}
}

// columnAt returns the place of byte offset off of a paragraph's text.
func columnAt(b block, off int) Location {
	at := b.at
	if at.Line > 0 && at.Table == 0 {
		at.Column = max(at.Column, 1) + utf8.RuneCountInString(b.text[:off])
	}
	return at
}

// findHeadings locates the six section headings, in order: a heading is
// taken only after the heading of an earlier section.
func (d *doc) findHeadings() {
	for i := range d.heading {
		d.heading[i] = -1
	}
	next := 0
	for i, b := range d.blocks {
		if b.isTable() {
			continue
		}
		s, ok := matchHeading(b.text)
		if !ok || int(s) < next {
			continue
		}
		d.heading[s] = i
		next = int(s) + 1
	}
}

// sectionBlocks returns the blocks of section s: from after its heading to
// the next heading found.
func (d *doc) sectionBlocks(s report.SectionID) (from, to int, ok bool) {
	start := d.heading[s]
	if start < 0 {
		return 0, 0, false
	}
	to = len(d.blocks)
	for t := int(s) + 1; t < report.NumSections; t++ {
		if d.heading[t] >= 0 {
			to = d.heading[t]
			break
		}
	}
	return start + 1, to, true
}

// terminal reports whether a line ends a sentence or a paragraph.
func terminal(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune("。！？；：!?;:”」）)", r)
}

// joinWrappedLines joins the lines of prose that a PDF extraction wrapped
// (a line that does not end a sentence runs on into the next line) outside
// the table sections, and reports whether it joined any.
func (d *doc) joinWrappedLines() bool {
	tableSection := func(i int) bool {
		for _, s := range []report.SectionID{report.SectionProactive, report.SectionRequests, report.SectionAppeals} {
			if from, to, ok := d.sectionBlocks(s); ok && i >= from && i < to {
				return true
			}
		}
		return false
	}
	joinable := func(b block, i int) bool {
		if b.isTable() || tableSection(i) || d.isHeadingIndex(i) {
			return false
		}
		if _, _, ok := subsectionTitle(b.text); ok && !strings.ContainsAny(b.text, "。") {
			return false
		}
		return !d.isFrontMatterLine(b.text)
	}
	// A wrapped line fills the width of the page: it is nearly as long as
	// the long lines of the document (worked out when first needed).
	wrapAt := -1
	longEnough := func(text string) bool {
		if wrapAt < 0 {
			wrapAt = d.wrapWidth()
		}
		return utf8.RuneCountInString(text) >= wrapAt
	}
	// Mark the lines that run on from the line before (the cheap tests
	// first), then join each run in one go.
	runsOn := make([]bool, len(d.blocks))
	joins := false
	for i := 1; i < len(d.blocks); i++ {
		prev, b := d.blocks[i-1], d.blocks[i]
		runsOn[i] = !prev.isTable() && !b.isTable() && d.nextLine(prev.at.Line, b.at.Line) &&
			b.at.Column <= prev.at.Column && !terminal(prev.text) &&
			joinable(prev, i-1) && joinable(b, i) && longEnough(prev.text)
		joins = joins || runsOn[i]
	}
	if !joins {
		return false
	}
	var out []block
	for i := 0; i < len(d.blocks); {
		j := i + 1
		for j < len(d.blocks) && runsOn[j] {
			j++
		}
		b := d.blocks[i]
		if j > i+1 {
			var text strings.Builder
			for _, part := range d.blocks[i:j] {
				text.WriteString(part.text)
			}
			b.text = text.String()
		}
		out = append(out, b)
		i = j
	}
	d.blocks = out
	return true
}

// wrapWidth returns the length in characters from which a line of prose
// may have been wrapped: three quarters of the 90th percentile of the
// lengths of the lines (those without a run of spaces).
func (d *doc) wrapWidth() int {
	var lengths []int
	for _, b := range d.blocks {
		if !b.isTable() && !strings.Contains(b.text, "  ") {
			lengths = append(lengths, utf8.RuneCountInString(b.text))
		}
	}
	if len(lengths) == 0 {
		return 0
	}
	slices.Sort(lengths)
	return lengths[len(lengths)*9/10] * 3 / 4
}

// nextLine reports whether line b follows line a in the running text: the
// next line, or the next after a page break (blank lines and a page number
// between them).
func (d *doc) nextLine(a, b int) bool {
	if b == a+1 {
		return true
	}
	for _, p := range d.pageBreaks {
		if p > a && p < b {
			return true
		}
	}
	return false
}

func (d *doc) isHeadingIndex(i int) bool {
	for _, h := range d.heading {
		if h == i {
			return true
		}
	}
	return false
}

// isFrontMatterLine reports whether a line is a metadata line: it must not
// be joined with its neighbours.
func (d *doc) isFrontMatterLine(line string) bool {
	for _, colon := range []string{"：", ":"} {
		if label, _, ok := strings.Cut(line, colon); ok && isMetadataLabel(label) {
			return true
		}
	}
	return false
}

// readFrontMatter reads the metadata and the preamble: everything before
// 一、总体情况.
func (d *doc) readFrontMatter() {
	end := len(d.blocks)
	for _, h := range d.heading {
		if h >= 0 {
			end = h
			break
		}
	}
	if t := d.pageMeta["articletitle"]; t != "" {
		d.rep.Metadata.Title = t
	}
	if p := d.pageMeta["pubdate"]; p != "" {
		d.rep.Metadata.PublicationDate = d.date(p, Location{})
	}
	var preamble []string
	for i := 0; i < end; i++ {
		b := d.blocks[i]
		switch {
		case !b.isTable() && isMetadataLabel(b.text) && i+1 < end && !d.blocks[i+1].isTable():
			// A label and its value in blocks of their own (<dt>, <dd>).
			d.setMetadata(b.text, d.blocks[i+1].text, b.at)
			i++
		case b.isTable():
			for _, row := range b.rows {
				d.metadataRow(row)
			}
		case d.metadataLine(b.text, b.at):
		case d.rep.Metadata.Title == "" && titleAt(d.blocks[:end], i) != "":
			d.rep.Metadata.Title = titleAt(d.blocks[:end], i)
		case isTitle(b.text):
		case isPreamble(b.text):
			preamble = append(preamble, b.text)
		}
	}
	d.rep.Preamble = preamble
	for _, p := range preamble {
		d.readPeriodAndBody(p)
	}
	if d.rep.Metadata.Title == "" && d.pageTitle != "" {
		title, _, _ := strings.Cut(d.pageTitle, "_")
		if isTitle(title) {
			d.rep.Metadata.Title = title
		}
	}
	d.readTitle(d.rep.Metadata.Title)
	if d.rep.Metadata.Year == 0 && !d.rep.Metadata.PeriodStart.IsZero() {
		d.rep.Metadata.Year = d.rep.Metadata.PeriodStart.Year
	}
}

// titleAt returns the title printed at block i, alone or with the short
// line before it (a title set on two lines: "淮安市人民政府" / "2024年政府信息
// 公开工作年度报告"), or "".
func titleAt(blocks []block, i int) string {
	b := blocks[i]
	if b.isTable() {
		return ""
	}
	compact := removeSpaces
	if i > 0 && !blocks[i-1].isTable() && isShortLine(blocks[i-1].text) && isShortLine(b.text) {
		if joined := compact(blocks[i-1].text + b.text); isTitle(joined) {
			return joined
		}
	}
	if isTitle(b.text) {
		return compact(b.text)
	}
	return ""
}

// isShortLine reports whether a line could be part of a title: short, with
// no sentence punctuation.
func isShortLine(s string) bool {
	return utf8.RuneCountInString(s) <= 40 && !strings.ContainsAny(s, "。，,；;：:")
}

// isPreamble reports whether a line before 一、总体情况 is part of the
// report's text rather than the portal's navigation: a sentence.
func isPreamble(line string) bool {
	return strings.ContainsAny(line, "。，,") && utf8.RuneCountInString(line) > 15
}

// foldedHeadings holds the official headings of each format, folded.
var foldedHeadings = func() map[report.Format][report.NumSections]string {
	m := map[report.Format][report.NumSections]string{}
	for _, f := range append(report.Formats(), report.FormatUnknown) {
		var h [report.NumSections]string
		for _, s := range report.Sections() {
			h[s] = report.NormalizeLabel(s.Label(f))
		}
		m[f] = h
	}
	return m
}()

// foldedHeading returns the official heading of section s in format f,
// folded.
func foldedHeading(s report.SectionID, f report.Format) string {
	if h, ok := foldedHeadings[f]; ok {
		return h[s]
	}
	return report.NormalizeLabel(s.Label(f))
}

// readNarrative fills sections 一, 五 and 六, and reports missing headings.
func (d *doc) readNarrative() {
	f := d.rep.Format
	for _, s := range report.Sections() {
		h := d.heading[s]
		if h < 0 {
			d.diagnose(Diagnostic{Severity: validate.Warning, Code: CodeNoSection, Expected: s.Label(f)})
			continue
		}
		if got := d.blocks[h].text; report.NormalizeLabel(got) != foldedHeading(s, f) {
			d.diagnose(Diagnostic{Severity: validate.Info, Code: CodeHeadingVariant, At: d.blocks[h].at, Expected: s.Label(f), Found: got})
		}
	}
	for _, n := range []struct {
		s   report.SectionID
		dst *report.Section
	}{
		{report.SectionOverview, &d.rep.Overview},
		{report.SectionProblems, &d.rep.Problems},
		{report.SectionOtherMatters, &d.rep.OtherMatters},
	} {
		from, to, ok := d.sectionBlocks(n.s)
		if !ok {
			continue
		}
		*n.dst = d.section(d.blocks[from:to], n.s == report.SectionOtherMatters)
	}
}

// section gathers paragraphs and numbered subsections. The last section
// stops at the portal's text after the report (links, "附件下载").
func (d *doc) section(blocks []block, last bool) report.Section {
	var s report.Section
	for _, b := range blocks {
		if b.isTable() {
			// A table in a narrative section, or a line of prose that holds
			// "|" or a tab: kept as text, a row a paragraph.
			for i := range b.rows {
				if t := b.rowText(i); t != "" {
					appendParagraph(&s, t)
				}
			}
			continue
		}
		text := b.text
		if last {
			if cut, stop := cutAtPageFooter(text); stop {
				if cut != "" {
					appendParagraph(&s, cut)
				}
				break
			}
		}
		if title, rest, ok := subsectionTitle(text); ok {
			s.Subsections = append(s.Subsections, report.Subsection{Title: title})
			if rest != "" {
				appendParagraph(&s, rest)
			}
			continue
		}
		appendParagraph(&s, text)
	}
	return s
}

func appendParagraph(s *report.Section, text string) {
	if n := len(s.Subsections); n > 0 {
		s.Subsections[n-1].Paragraphs = append(s.Subsections[n-1].Paragraphs, text)
		return
	}
	s.Paragraphs = append(s.Paragraphs, text)
}

// pageFooters are texts portals print after a report.
var pageFooters = []string{"附件下载", "扫一扫在手机", "【打印本页】", "【关闭窗口】", "打印本页", "关闭窗口", "分享到：", "上一篇", "下一篇", "相关链接"}

// cutAtPageFooter returns the text before a portal footer in a line, and
// whether the line holds one or is a short link text after the report.
func cutAtPageFooter(text string) (string, bool) {
	for _, f := range pageFooters {
		if i := strings.Index(text, f); i >= 0 {
			return strings.TrimSpace(text[:i]), true
		}
	}
	return "", false
}
