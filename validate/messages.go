package validate

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// The built-in messages, in Chinese and English: fmt formats, printed by
// appendFormat as fmt.Sprintf prints them. The arguments are described
// beside each; %[1]s is always the rule's description, which the texts
// leave out (the catalogue gives it).
var (
	// 2 cell, 3 expected, 4 actual, 5 difference
	msgSum = lang.Text{
		Zh: "%[2]s 应为 %[3]s，实为 %[4]s，相差 %[5]s",
		En: "%[2]s should be %[3]s but is %[4]s (difference %[5]s)",
	}
	// 2 the blank cells
	msgNotAssessable = lang.Text{
		Zh: "无法核对：%[2]s 为空白或“/”",
		En: "not assessable, blank or \"/\": %[2]s",
	}
	// 2 cell, 3 value
	msgRange = lang.Text{
		Zh: "%[2]s 为 %[3]s，超出允许范围",
		En: "%[2]s is %[3]s, out of range",
	}
	// 2 cell, 3 value, 4 reporting body, 5 level, 6 scope
	msgRegulations = lang.Text{
		Zh: "%[4]s（%[5]s，%[6]s）没有规章制定权，%[2]s 却为 %[3]s",
		En: "%[4]s (%[5]s, %[6]s) cannot make regulations, yet %[2]s is %[3]s",
	}
	// 2 quoted text, 3 stated figure, 4 cells, 5 table figure
	msgNarrative = lang.Text{
		Zh: "正文“%[2]s”所述 %[3]s 与表格 %[4]s 的 %[5]s 不符",
		En: "the text \"%[2]s\" states %[3]s, the table (%[4]s) gives %[5]s",
	}
	// 2 quoted text, 3 stated figure, 4 received, 5 carried over
	msgNarrativeWithCarried = lang.Text{
		Zh: "正文“%[2]s”所述 %[3]s 为本年新收 %[4]s 与上年结转 %[5]s 之和，与表格相符",
		En: "the text \"%[2]s\" states %[3]s, which is received this year (%[4]s) plus carried over (%[5]s): it agrees with the table",
	}
	// 2 quoted text, 3 stated figure, 4 cells, 5 table figure
	msgNarrativeOneBody = lang.Text{
		Zh: "正文“%[2]s”所述 %[3]s 是一个机关的数字，而本级政府报告的表格 %[4]s 汇总全部机关，为 %[5]s：口径不同，未作比较",
		En: "the text \"%[2]s\" states %[3]s for one office, while the table of this government's report (%[4]s) covers all its bodies (%[5]s): not compared",
	}
	// 2 amount in 元
	msgFeeRates = lang.Text{
		Zh: "信息处理费 %[2]s 元不是 10 元的整数倍，按国办函〔2020〕109号的标准无法得出",
		En: "an information processing fee of %[2]s yuan is not a multiple of 10 yuan, which the rates of 国办函〔2020〕109号 cannot produce",
	}
	// 2 fee in 元, 3 cell in 万元, 4 cell in 元
	msgFeeTable2 = lang.Text{
		Zh: "信息处理费 %[2]s 元，多于表二行政事业性收费 %[3]s 万元（%[4]s 元）",
		En: "the information processing fee of %[2]s yuan exceeds table 2's administrative fees of %[3]s (10,000 yuan), which is %[4]s yuan",
	}
	// 2 count
	msgUnpaidFee = lang.Text{
		Zh: "%[2]s 件申请因逾期未缴纳费用不再处理，但报告未提及信息处理费或收费通知",
		En: "%[2]s request(s) were dropped because the fee was not paid, but the report does not mention the information processing fee or a fee notice",
	}
	// 2 year, 3 expected format, 4 actual format
	msgFormat = lang.Text{
		Zh: "%[2]s 年度的报告应采用%[3]s，实为%[4]s",
		En: "a report on %[2]s must follow %[3]s, not %[4]s",
	}
	msgFormatUnknown = lang.Text{
		Zh: "报告格式未知",
		En: "the report's format is unknown",
	}
	msgCombined = lang.Text{
		Zh: "表三“（六）其他处理”印为一行（2019 年格式），未按 2021 年格式分列三项；该行计入各项合计",
		En: "table 3 prints (6) other handling as one row (format 2019), not as the three rows of format 2021; the row counts in every sum",
	}
	msgEmpty = lang.Text{
		Zh: "报告为空：未载明编制机关和年度，所有单元格均为空白",
		En: "the report is empty: no reporting body, no year, and every cell blank",
	}
	// 2 start, 3 end, 4 year
	msgPeriod = lang.Text{
		Zh: "统计期限 %[2]s 至 %[3]s 不是 %[4]s 年 1 月 1 日至 12 月 31 日",
		En: "the statistical period %[2]s to %[3]s is not 1 January to 31 December %[4]s",
	}
	// 2 publication date, 3 deadline, 4 scope
	msgDeadline = lang.Text{
		Zh: "发布日期 %[2]s 晚于法定期限 %[3]s（%[4]s）",
		En: "published on %[2]s, after the deadline of %[3]s (%[4]s)",
	}
	// 2 publication date
	msgScopeUnknown = lang.Text{
		Zh: "无法核对：发布日期 %[2]s 晚于部门报告期限、早于本级政府报告期限，而报告类型未知",
		En: "not assessable: published on %[2]s, after a department's deadline but before a government's, and the report's scope is unknown",
	}
	// 2 cell, 3 value, 4 reporting body
	msgLevelUnknown = lang.Text{
		Zh: "无法核对：%[2]s 为 %[3]s，而 %[4]s 的层级或报告类型未知，无从判断其有无规章制定权",
		En: "not assessable: %[2]s is %[3]s, but the level or scope of %[4]s is unknown, so whether it may make regulations is unknown",
	}
	// 2 previous year, 3 previous body, 4 year, 5 body
	msgPrevious = lang.Text{
		Zh: "上年报告为 %[3]s %[2]s 年度，本报告为 %[5]s %[4]s 年度",
		En: "last year's report is of %[3]s for %[2]s, this one of %[5]s for %[4]s",
	}
)

// localMessage is a built-in message not yet rendered: its text and
// arguments.
type localMessage struct {
	text lang.Text
	args []arg
	// derived names the blank cells the message's figures derived (see
	// derivation); the message says so.
	derived []report.Path
	// allDerived is true when every cell the message names was derived.
	allDerived bool
}

// arg is an argument of a built-in message, printed in the message's
// language: a text, a number, the label of a cell, a list of cells' labels,
// or a string printed as it is. Typed arguments, rather than []any, cost a
// finding no allocation for each.
type arg struct {
	kind  argKind
	str   string
	num   int64
	text  lang.Text
	paths []report.Path
}

// argKind says what an arg holds.
type argKind uint8

const (
	argString argKind = iota
	argNumber
	argText
	argCell  // the path in str
	argCells // paths, see appendLabelList
)

// strArg, numArg, textArg, cellArg and cellsArg make the arguments of a
// message.
func strArg(s string) arg           { return arg{kind: argString, str: s} }
func numArg(n int64) arg            { return arg{kind: argNumber, num: n} }
func textArg(t lang.Text) arg       { return arg{kind: argText, text: t} }
func cellArg(p report.Path) arg     { return arg{kind: argCell, str: string(p)} }
func cellsArg(ps []report.Path) arg { return arg{kind: argCells, paths: ps} }

// appendTo appends the argument in language l, naming cells as format
// prints them.
func (a *arg) appendTo(b []byte, l lang.Lang, format report.Format) []byte {
	switch a.kind {
	case argNumber:
		return strconv.AppendInt(b, a.num, 10)
	case argText:
		return append(b, a.text.In(l)...)
	case argCell:
		return appendCellLabel(b, report.Path(a.str), l, format)
	case argCells:
		return appendLabelList(b, a.paths, l, format)
	}
	return append(b, a.str...)
}

// msgAllDerived is added to a message whose cells were all derived.
var msgAllDerived = lang.Text{
	Zh: "（表中该总计为空白，由各项推算）",
	En: " (the table leaves that total blank: derived from its parts)",
}

// msgDerived is added to a message whose figures read derived cells: 2 the
// cells.
var msgDerived = lang.Text{
	Zh: "（%s 为空白，由表中各项推算）",
	En: " (%s blank, derived from the table's other cells)",
}

// appendTo appends the message in language l to b, naming cells as format
// prints them.
func (m *localMessage) appendTo(b []byte, l lang.Lang, format report.Format) []byte {
	b = appendFormat(b, m.text.In(l), m.args, l, format)
	switch {
	case m.allDerived:
		b = append(b, msgAllDerived.In(l)...)
	case len(m.derived) > 0:
		b = appendFormat(b, msgDerived.In(l), []arg{cellsArg(m.derived)}, l, format)
	}
	return b
}

// appendFormat appends fmt.Sprintf(t, args...) with each argument printed
// as a string in language l. The verbs of the built-in messages, %[n]s and
// %s, are replaced here; any other verb, a bad index or arguments left over
// (which fmt reports) go through fmt, which prints the same.
func appendFormat(b []byte, t string, args []arg, l lang.Lang, format report.Format) []byte {
	start, rest := len(b), t
	next, reordered := 0, false
	for {
		i := strings.IndexByte(rest, '%')
		if i < 0 {
			break
		}
		b, rest = append(b, rest[:i]...), rest[i:]
		n, size := verb(rest, next)
		if n < 0 || n >= len(args) {
			return appendFmt(b[:start], t, args, l, format)
		}
		reordered = reordered || size > 2
		b, rest, next = args[n].appendTo(b, l, format), rest[size:], n+1
	}
	b = append(b, rest...)
	if !reordered && next < len(args) {
		return appendFmt(b[:start], t, args, l, format)
	}
	return b
}

// verb returns the index of the argument of the verb s starts with, and
// the verb's length: %s takes the argument next, %[n]s the argument n-1
// (n of one digit). Any other verb gives -1.
func verb(s string, next int) (int, int) {
	switch {
	case len(s) >= 2 && s[1] == 's':
		return next, 2
	case len(s) >= 5 && s[1] == '[' && s[2] >= '1' && s[2] <= '9' && s[3] == ']' && s[4] == 's':
		return int(s[2] - '1'), 5
	}
	return -1, 0
}

// appendFmt appends fmt.Sprintf(t, args...), each argument printed as a
// string in language l.
func appendFmt(b []byte, t string, args []arg, l lang.Lang, format report.Format) []byte {
	vals := make([]any, len(args))
	for i := range args {
		vals[i] = string(args[i].appendTo(nil, l, format))
	}
	return fmt.Appendf(b, t, vals...)
}

// maxListed is the most cells a message names; the finding's Paths name
// them all.
const maxListed = 3

// appendLabelList appends the labels of the cells at paths as a list in
// language l, naming at most maxListed of them.
func appendLabelList(b []byte, paths []report.Path, l lang.Lang, format report.Format) []byte {
	sep := "、"
	if l == lang.English {
		sep = "; "
	}
	for i, p := range paths[:min(len(paths), maxListed)] {
		if i > 0 {
			b = append(b, sep...)
		}
		b = appendCellLabel(b, p, l, format)
	}
	if more := len(paths) - maxListed; more > 0 {
		if l == lang.English {
			b = append(b, " and "...)
			b = strconv.AppendInt(b, int64(more), 10)
			return append(b, " more"...)
		}
		b = append(b, " 等 "...)
		b = strconv.AppendInt(b, int64(len(paths)), 10)
		return append(b, " 个单元格"...)
	}
	return b
}

// previousPrefix marks the path of a cell of last year's report.
const previousPrefix = "previous."

// previousLabel marks the label of a cell of last year's report.
var previousLabel = lang.Text{Zh: "上年报告 ", En: "last year's "}

// CellLabel returns the full label of the cell at p in language l, as
// format prints it or, when format has no such cell, as the first format
// that has it does: the official Chinese labels, or the English ones. A
// cell of last year's report ("previous." before its path) is marked as
// such. It returns false for a path no format has.
func CellLabel(p report.Path, l lang.Lang, format report.Format) (string, bool) {
	if _, ok := labelOf(format, report.Path(strings.TrimPrefix(string(p), previousPrefix))); !ok {
		return "", false
	}
	return string(appendCellLabel(nil, p, l, format)), true
}

// appendCellLabel appends the label of the cell at p ([CellLabel]) to b,
// or p itself for a path no format has.
func appendCellLabel(b []byte, p report.Path, l lang.Lang, format report.Format) []byte {
	path, previous := strings.CutPrefix(string(p), previousPrefix)
	text, ok := labelOf(format, report.Path(path))
	if !ok {
		return append(b, p...)
	}
	if previous {
		b = append(b, previousLabel.In(l)...)
	}
	return append(b, text.In(l)...)
}

// labelOf returns the full labels of the cell at path as format f prints
// them or, when f has no such cell, as the first format that has does;
// false when none has.
func labelOf(f report.Format, path report.Path) (lang.Text, bool) {
	labels := cellLabels()
	if int(f) < len(labels) {
		if text, ok := labels[f][path]; ok {
			return text, true
		}
	}
	cell, ok := report.LookupCell(f, path)
	for _, g := range report.Formats() {
		if !ok {
			cell, ok = report.LookupCell(g, path)
			f = g
		}
	}
	if !ok {
		return lang.Text{}, false
	}
	if int(f) < len(labels) {
		if text, ok := labels[f][path]; ok {
			return text, true
		}
	}
	return lang.Text{Zh: cell.Label(f), En: cell.English()}, true
}

// cellLabels holds the full labels of the cells of each format, by format,
// made once: messages name cells by them, and a label is built of several.
var cellLabels = sync.OnceValue(func() []map[report.Path]lang.Text {
	var labels []map[report.Path]lang.Text
	for _, f := range report.Formats() {
		for int(f) >= len(labels) {
			labels = append(labels, nil)
		}
		labels[f] = map[report.Path]lang.Text{}
		for _, c := range report.CellsOf(f) {
			labels[f][c.Path] = lang.Text{Zh: c.Label(f), En: c.English()}
		}
	}
	return labels
})
