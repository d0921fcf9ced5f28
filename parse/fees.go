package parse

import (
	"regexp"
	"strings"

	"github.com/opengov-cn/xxgk/report"
)

var (
	// 缴纳信息处理费80元; 收取政府信息公开信息处理费 3940 元
	feeCollectedRe = regexp.MustCompile(`信息(?:公开)?处理费(\d+(?:\.\d+)?)元`)
	// 共发送1份缴纳信息公开处理费通知; 发出收费通知2份 (anchored: tried
	// where beginsNotices says, by findFrom)
	feeNoticesRe = regexp.MustCompile(`^(?:(\d+)份[^。；]{0,20}?(?:收费|缴费|缴纳)[^。；]{0,12}?通知|收费通知(?:书)?(\d+)份)`)
	// 未收取信息处理费; 无收取信息处理费情况 (anchored: tried where
	// beginsNoFee says, by findFrom)
	feeNoneRe = regexp.MustCompile(`^(?:未|无|没有|不)收取[^。；]{0,12}?处理费`)
)

// beginsNotices reports whether a match of feeNoticesRe may begin at
// s[i:]: a number (where its digits begin: a match from inside a number
// would match from its first digit too) or 收费通知.
func beginsNotices(s string, i int) bool {
	return isDigit(rune(s[i])) && (i == 0 || !isDigit(rune(s[i-1]))) || strings.HasPrefix(s[i:], "收费通知")
}

// beginsNoFee reports whether a match of feeNoneRe may begin at s[i:].
func beginsNoFee(s string, i int) bool {
	for _, w := range []string{"未", "无", "没有", "不"} {
		if strings.HasPrefix(s[i:], w) {
			return true
		}
	}
	return false
}

// readFees takes the 信息处理费 facts from section 六: the amount collected
// (or that none was) and the number of fee notices sent.
func (d *doc) readFees() {
	from, to, ok := d.sectionBlocks(report.SectionOtherMatters)
	if !ok {
		return
	}
	var text strings.Builder
	for _, b := range d.blocks[from:to] {
		text.WriteString(b.text)
	}
	t := removeSpaces(text.String())
	if m := feeCollectedRe.FindStringSubmatch(t); m != nil {
		if a, err := report.ParseAmount(m[1]); err == nil {
			d.rep.Fees.Collected = a
		}
	} else if findFrom(feeNoneRe, t, beginsNoFee) != nil {
		d.rep.Fees.Collected = report.Amount{}
	}
	if m := findFrom(feeNoticesRe, t, beginsNotices); m != nil {
		n := m[1]
		if n == "" {
			n = m[2]
		}
		if c, ok := parseCount(n); ok {
			d.rep.Fees.Notices = report.Count(c)
		}
	}
}
