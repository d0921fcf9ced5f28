package parse

import (
	"regexp"
	"strings"

	"github.com/opengov-cn/xxgk/report"
)

var (
	// 缴纳信息处理费80元; 收取政府信息公开信息处理费 3940 元
	feeCollectedRe = regexp.MustCompile(`信息(?:公开)?处理费(\d+(?:\.\d+)?)元`)
	// 共发送1份缴纳信息公开处理费通知; 发出收费通知2份
	feeNoticesRe = regexp.MustCompile(`(\d+)份[^。；]{0,20}?(?:收费|缴费|缴纳)[^。；]{0,12}?通知|收费通知(?:书)?(\d+)份`)
	// 未收取信息处理费; 无收取信息处理费情况
	feeNoneRe = regexp.MustCompile(`(?:未|无|没有|不)收取[^。；]{0,12}?处理费`)
)

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
	t := strings.Join(strings.Fields(text.String()), "")
	if m := feeCollectedRe.FindStringSubmatch(t); m != nil {
		if a, err := report.ParseAmount(m[1]); err == nil {
			d.rep.Fees.Collected = a
		}
	} else if feeNoneRe.MatchString(t) {
		d.rep.Fees.Collected = report.Amount{}
	}
	if m := feeNoticesRe.FindStringSubmatch(t); m != nil {
		n := m[1]
		if n == "" {
			n = m[2]
		}
		if c, ok := parseCount(n); ok {
			d.rep.Fees.Notices = report.Count(c)
		}
	}
}
