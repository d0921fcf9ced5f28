package parse

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// metadataLabels are the labels portals print in the metadata block above a
// report. The fields of report.Metadata take their values; the rest are
// kept in Metadata.Other as printed.
var metadataLabels = []string{
	report.LabelIndexNumber, report.LabelPublisher, report.LabelDocumentDate, report.LabelPublicationDate,
	"发布时间", "公开日期", report.LabelDocumentNumber, report.LabelTitle, report.LabelReportingBody,
	report.LabelYear, report.LabelPeriod, report.LabelAggregate, report.LabelFormat,
	"主题分类", "公开方式", "栏目", "来源", "生成日期", "发文机关", "有效性", "体裁分类", "组配分类", "关键词",
	"公开范围", "公开时限", "信息来源", "所属机构", "原文链接", "本地目录", "source",
}

// maxMetadataLabelRunes is the length of the longest of metadataLabels.
var maxMetadataLabelRunes = func() int {
	n := 0
	for _, l := range metadataLabels {
		n = max(n, utf8.RuneCountInString(l))
	}
	return n
}()

// isMetadataLabel reports whether a cell or key is a metadata label.
func isMetadataLabel(s string) bool {
	if longerThanLabel(s, maxMetadataLabelRunes) {
		return false // a line of text: spared its folding
	}
	n := strings.TrimRight(report.NormalizeLabel(s), ":")
	for _, l := range metadataLabels {
		if n == l {
			return true
		}
	}
	return false
}

// longerThanLabel reports whether s folds to more than n characters
// without its colons: it counts, up to n+1, the runes that folding keeps
// one for one (all but white space, zero-width spaces and byte order
// marks), colons aside.
func longerThanLabel(s string, n int) bool {
	count := 0
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == ':' || r == '：' {
			continue
		}
		if count++; count > n {
			return true
		}
	}
	return false
}

// setMetadata stores one printed label and value.
func (d *doc) setMetadata(label, value string, at Location) {
	label = strings.TrimRight(report.NormalizeLabel(label), ":")
	value = strings.TrimSpace(value)
	m := &d.rep.Metadata
	switch label {
	case report.LabelIndexNumber:
		m.IndexNumber = value
	case report.LabelPublisher:
		m.Publisher = value
	case report.LabelDocumentNumber:
		m.DocumentNumber = value
	case report.LabelTitle:
		m.Title = value
	case report.LabelReportingBody:
		m.ReportingBody = value
	case report.LabelYear:
		if y, err := strconv.Atoi(strings.TrimSuffix(value, "年")); err == nil {
			m.Year = y
		}
	case report.LabelPeriod:
		d.readPeriodAndBody(report.LabelPeriod + value)
	case report.LabelAggregate:
		m.Aggregate = value == report.LabelYes
	case report.LabelFormat:
		// The format is read from the tables.
	case report.LabelDocumentDate:
		m.DocumentDate = d.date(value, at)
	case report.LabelPublicationDate, "发布时间", "公开日期":
		m.PublicationDate = d.date(value, at)
	default:
		m.Other = append(m.Other, report.Field{Label: label, Value: value})
	}
}

var dateRe = regexp.MustCompile(`(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})`)

// date reads a printed date such as "2024-01-17", "2023-02-20 15:07" or
// "2024年1月17日"; a value it cannot read is reported and left out.
func (d *doc) date(s string, at Location) report.Date {
	if s == "" {
		return report.Date{}
	}
	m := dateRe.FindStringSubmatch(s)
	if m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		day, _ := strconv.Atoi(m[3])
		t := time.Date(y, time.Month(mo), day, 0, 0, 0, 0, time.UTC)
		if t.Year() == y && int(t.Month()) == mo && t.Day() == day {
			return report.Date{Year: y, Month: time.Month(mo), Day: day}
		}
	}
	d.diagnose(Diagnostic{Severity: validate.Warning, Code: CodeBadDate, At: at, Expected: "YYYY-MM-DD", Found: s})
	return report.Date{}
}

// metadataRow reads a table row of label and value cells ("索引号 | H001 |
// 成文日期 | 2024-01-17"), and reports whether it was one.
func (d *doc) metadataRow(row []cell) bool {
	if len(row) == 0 || !isMetadataLabel(row[0].text) {
		return false
	}
	for i := 0; i < len(row); i++ {
		label := row[i]
		if !isMetadataLabel(label.text) {
			continue
		}
		value := ""
		if i+1 < len(row) && !isMetadataLabel(row[i+1].text) {
			value = row[i+1].text
			i++
		}
		d.setMetadata(label.text, value, label.at)
	}
	return true
}

// metadataLine reads a "label: value" line ("标题: …", "发布日期：2020-01-31")
// or a "label  value" line (a label, two spaces or more, the value), and
// reports whether it was one.
func (d *doc) metadataLine(line string, at Location) bool {
	for _, colon := range []string{"：", ":"} {
		label, value, ok := strings.Cut(line, colon)
		if ok && isMetadataLabel(label) {
			d.setMetadata(label, value, at)
			return true
		}
	}
	if label, value, ok := cutAtSpaceRun(line); ok && isMetadataLabel(label) {
		d.setMetadata(label, value, at)
		return true
	}
	return false
}

var (
	// 统计期限自2021年1月1日起至2021年12月31日止; 为2025年1月1日至12月31日
	// (anchored: tried where beginsPeriod says, by findFrom)
	periodRe = regexp.MustCompile(`^(\d{4})年(\d{1,2})月(\d{1,2})日起?(?:至|到|—|－|-|~)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日`)
	// 由杭州市萧山区人民政府办公室编制; 本报告由淮安市人民政府办公室根据…编制
	bodyRe = regexp.MustCompile(`由([^，,。、《》()（）“”]{2,40}?)(?:根据|依据|按照|编制|负责)`)
	// 2022年度, 2019年 before 政府信息公开
	titleYearRe = regexp.MustCompile(`^(.*?)(\d{4})\s*年度?(.*?)政府信息公开`)
)

// beginsPeriod reports whether a match of periodRe may begin at s[i:]:
// four digits and 年.
func beginsPeriod(s string, i int) bool {
	return i+4 <= len(s) && isASCIIDigits(s[i:i+4]) && strings.HasPrefix(s[i+4:], "年")
}

// findFrom returns the submatches of the leftmost match of re in s, re
// being anchored with ^ and tried only at the offsets where begins says a
// match may begin: the same match as the unanchored regexp finds, without
// running it from every byte of a long text.
func findFrom(re *regexp.Regexp, s string, begins func(s string, i int) bool) []string {
	for i := 0; i < len(s); i++ {
		if begins(s, i) {
			if m := re.FindStringSubmatch(s[i:]); m != nil {
				return m
			}
		}
	}
	return nil
}

// removeSpaces returns s without its white space (strings.Fields joined),
// s itself when it has none.
func removeSpaces(s string) string {
	if strings.IndexFunc(s, unicode.IsSpace) < 0 {
		return s
	}
	return strings.Join(strings.Fields(s), "")
}

// readPeriodAndBody takes the statistical period and the reporting body
// from the preamble, when it states them.
func (d *doc) readPeriodAndBody(text string) {
	compact := removeSpaces(text)
	m := &d.rep.Metadata
	if p := findFrom(periodRe, compact, beginsPeriod); p != nil && m.PeriodStart.IsZero() {
		y1, _ := strconv.Atoi(p[1])
		y2 := y1
		if p[4] != "" {
			y2, _ = strconv.Atoi(p[4])
		}
		m.PeriodStart = d.date(p[1]+"-"+p[2]+"-"+p[3], Location{})
		m.PeriodEnd = d.date(strconv.Itoa(y2)+"-"+p[5]+"-"+p[6], Location{})
	}
	if b := bodyRe.FindStringSubmatch(compact); b != nil && m.ReportingBody == "" {
		m.ReportingBody = b[1]
	}
}

// readTitle takes the year, and the reporting body when no other text
// names it, from a title such as "平潭综合实验区2022年度政府信息公开工作年度报告"
// or "2019年上海市人民政府办公厅政府信息公开工作年度报告".
func (d *doc) readTitle(title string) {
	compact := removeSpaces(title)
	t := titleYearRe.FindStringSubmatch(compact)
	if t == nil {
		return
	}
	m := &d.rep.Metadata
	if m.Year == 0 {
		m.Year, _ = strconv.Atoi(t[2])
	}
	if m.ReportingBody == "" {
		if body := strings.TrimSpace(t[1]); body != "" {
			m.ReportingBody = body
		} else if body := strings.TrimSpace(t[3]); body != "" {
			m.ReportingBody = body
		}
	}
}

// isTitle reports whether a line is the report's title.
func isTitle(line string) bool {
	if !strings.HasSuffix(strings.TrimRightFunc(line, unicode.IsSpace), "告") {
		return false // both titles end in 告: a line of text is spared its compaction
	}
	compact := removeSpaces(line)
	return utf8.RuneCountInString(compact) <= 60 && strings.HasSuffix(compact, "政府信息公开工作年度报告") ||
		strings.HasSuffix(compact, "政府信息公开年度报告")
}
