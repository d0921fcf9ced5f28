package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/opengov-cn/xxgk/report"
)

// sectionNumerals are the numerals that open the six top-level headings.
var sectionNumerals = [report.NumSections]string{"一", "二", "三", "四", "五", "六"}

// sectionKeywords are words a heading of each section holds in every
// wording published reports use, official or not (四、因政府信息公开申请
// 行政复议、提起行政诉讼的情况; 五、存在问题及改进情况; a typo such as
// 二、主动公开政府政府情况).
var sectionKeywords = [report.NumSections][]string{
	{"总体情况", "概述"},
	{"主动公开"},
	{"申请情况", "依申请"},
	{"复议", "诉讼"},
	{"问题", "改进"},
	{"其他需要报告", "其他事项", "其他需报告"},
}

// maxHeadingRunes bounds the length of a heading line.
const maxHeadingRunes = 48

// matchHeading reports which section a whole line heads, if any: a line
// that starts with the section's numeral and a separator and holds one of
// its keywords, or that is the official heading itself.
func matchHeading(line string) (report.SectionID, bool) {
	if len(line) > maxHeadingRunes*utf8.UTFMax || utf8.RuneCountInString(line) > maxHeadingRunes {
		return 0, false
	}
	if s, ok := report.LookupSection(line); ok {
		return s, true
	}
	n := report.NormalizeLabel(line)
	for i, numeral := range sectionNumerals {
		rest, ok := strings.CutPrefix(n, numeral)
		if !ok {
			continue
		}
		if rest, ok = cutSeparator(rest); !ok {
			return 0, false
		}
		for _, k := range sectionKeywords[i] {
			if strings.Contains(rest, k) {
				return report.SectionID(i), true
			}
		}
		return 0, false
	}
	return 0, false
}

// cutSeparator removes the separator after a heading numeral: "、" (folded
// to ","), ".", or nothing but a space.
func cutSeparator(s string) (string, bool) {
	for _, sep := range []string{",", ".", ":"} {
		if rest, ok := strings.CutPrefix(s, sep); ok {
			return rest, true
		}
	}
	return s, false
}

// findInlineHeading finds the official heading of section s, or a known
// variant, inside a longer text (a page whose text runs together), and
// returns its byte offsets.
func findInlineHeading(text string, s report.SectionID) (start, end int, ok bool) {
	// Every form begins with the section's inlineHeadingStart: the forms
	// are tried, in order, where it is found, the first place winning.
	forms := inlineHeadings[s]
	for off := 0; off <= len(text); {
		i := strings.Index(text[off:], inlineHeadingStart[s])
		if i < 0 {
			break
		}
		at := off + i
		for _, form := range forms {
			if strings.HasPrefix(text[at:], form) {
				return at, at + len(form), true
			}
		}
		off = at + 1
	}
	return -1, -1, false
}

// inlineHeadings are the headings findInlineHeading looks for: the
// official ones of both formats and the variants real reports print, each
// also with half-width brackets.
var inlineHeadings = func() (h [report.NumSections][]string) {
	half := strings.NewReplacer("（", "(", "）", ")", "：", ":", "，", ",")
	variants := [report.NumSections][]string{
		report.SectionAppeals:  {"四、因政府信息公开申请行政复议、提起行政诉讼的情况", "四、政府信息公开行政法复议、行政诉讼情况"},
		report.SectionProblems: {"五、存在问题及改进情况", "五、存在的主要问题及改进措施"},
	}
	for _, s := range report.Sections() {
		forms := append([]string{s.Label(report.Format2021), s.Label(report.Format2019)}, variants[s]...)
		for _, f := range forms {
			for _, form := range []string{f, half.Replace(f)} {
				if !slices.Contains(h[s], form) {
					h[s] = append(h[s], form)
				}
			}
		}
	}
	return h
}()

// inlineHeadingStart is the beginning all the inlineHeadings of a section
// share (its numeral, or the whole heading), looked for first.
var inlineHeadingStart = func() (start [report.NumSections]string) {
	for s, forms := range inlineHeadings {
		p := forms[0]
		for _, f := range forms[1:] {
			n := 0
			for n < len(p) && n < len(f) && p[n] == f[n] {
				n++
			}
			p = p[:n]
		}
		start[s] = p
	}
	return start
}()

// subsectionMarkers open the numbered subsections of a section.
var subsectionMarkers = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

// subsectionTitle reports whether a line is the title of a numbered
// subsection, "（一）主动公开" or "(一)主动公开方面", and returns the title and
// any text that follows it on the same line after "。" or "：".
func subsectionTitle(line string) (title, rest string, ok bool) {
	var after string
	for _, open := range []string{"（", "("} {
		if r, found := strings.CutPrefix(line, open); found {
			after = r
			break
		}
	}
	if after == "" {
		return "", "", false
	}
	numeral := false
	for _, m := range subsectionMarkers {
		if r, found := strings.CutPrefix(after, m); found {
			after, numeral = r, true
			break
		}
	}
	if !numeral || !(strings.HasPrefix(after, "）") || strings.HasPrefix(after, ")")) {
		return "", "", false
	}
	if utf8.RuneCountInString(line) <= maxHeadingRunes && !strings.ContainsAny(line, "。；;") {
		return line, "", true
	}
	// A title followed by its text: cut at the first full stop or colon.
	for _, stop := range []string{"。", "：", ":"} {
		if i := strings.Index(line, stop); i > 0 && utf8.RuneCountInString(line[:i]) <= maxHeadingRunes {
			return line[:i], strings.TrimSpace(line[i+len(stop):]), true
		}
	}
	return "", "", false
}
