package validate

import (
	"strconv"
	"strings"
	"sync"

	"github.com/opengov-cn/xxgk/report"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// The keys of the built-in messages. Each is rendered from a private
// catalog, never from the global one of package message.
const (
	keySum           = "sum"
	keyNotAssessable = "not assessable"
	keyRange         = "range"
	keyRegulations   = "regulations"
	keyNarrative     = "narrative"
	keyFeeRates      = "fee rates"
	keyFeeTable2     = "fee table 2"
	keyUnpaidFee     = "unpaid fee"
	keyFormat        = "format"
	keyFormatUnknown = "format unknown"
	keyPeriod        = "period"
	keyPrevious      = "previous"
	keyDeadline      = "deadline"
)

// messageTexts holds each message in Chinese and English. The arguments are
// described beside each key; %[1]s is always the rule's description, which
// the texts leave out (the catalogue gives it).
var messageTexts = map[string]Text{
	// 2 cell, 3 expected, 4 actual, 5 difference
	keySum: {
		Zh: "%[2]s 应为 %[3]s，实为 %[4]s，相差 %[5]s",
		En: "%[2]s should be %[3]s but is %[4]s (difference %[5]s)",
	},
	// 2 the blank cells
	keyNotAssessable: {
		Zh: "无法核对：%[2]s 为空白或“/”",
		En: "not assessable, blank or \"/\": %[2]s",
	},
	// 2 cell, 3 value
	keyRange: {
		Zh: "%[2]s 为 %[3]s，超出允许范围",
		En: "%[2]s is %[3]s, out of range",
	},
	// 2 cell, 3 value, 4 reporting body
	keyRegulations: {
		Zh: "%[4]s 没有规章制定权，%[2]s 却为 %[3]s",
		En: "%[4]s cannot make regulations, yet %[2]s is %[3]s",
	},
	// 2 quoted text, 3 stated figure, 4 cells, 5 table figure
	keyNarrative: {
		Zh: "正文“%[2]s”所述 %[3]s 与表格 %[4]s 的 %[5]s 不符",
		En: "the text \"%[2]s\" states %[3]s, the table (%[4]s) gives %[5]s",
	},
	// 2 amount in 元
	keyFeeRates: {
		Zh: "信息处理费 %[2]s 元不是 10 元的整数倍，按国办函〔2020〕109号的标准无法得出",
		En: "an information processing fee of %[2]s yuan is not a multiple of 10 yuan, which the rates of 国办函〔2020〕109号 cannot produce",
	},
	// 2 fee in 元, 3 cell in 万元, 4 cell in 元
	keyFeeTable2: {
		Zh: "信息处理费 %[2]s 元，多于表二行政事业性收费 %[3]s 万元（%[4]s 元）",
		En: "the information processing fee of %[2]s yuan exceeds table 2's administrative fees of %[3]s (10,000 yuan), which is %[4]s yuan",
	},
	// 2 count
	keyUnpaidFee: {
		Zh: "%[2]s 件申请因逾期未缴纳费用不再处理，但报告未提及信息处理费或收费通知",
		En: "%[2]s request(s) were dropped because the fee was not paid, but the report does not mention the information processing fee or a fee notice",
	},
	// 2 year, 3 expected format, 4 actual format
	keyFormat: {
		Zh: "%[2]s 年度的报告应采用%[3]s，实为%[4]s",
		En: "a report on %[2]s must follow %[3]s, not %[4]s",
	},
	keyFormatUnknown: {
		Zh: "报告格式未知",
		En: "the report's format is unknown",
	},
	// 2 start, 3 end, 4 year
	keyPeriod: {
		Zh: "统计期限 %[2]s 至 %[3]s 不是 %[4]s 年 1 月 1 日至 12 月 31 日",
		En: "the statistical period %[2]s to %[3]s is not 1 January to 31 December %[4]s",
	},
	// 2 publication date, 3 deadline
	keyDeadline: {
		Zh: "发布日期 %[2]s 晚于法定期限 %[3]s",
		En: "published on %[2]s, after the deadline of %[3]s",
	},
	// 2 previous year, 3 previous body, 4 year, 5 body
	keyPrevious: {
		Zh: "上年报告为 %[3]s %[2]s 年度，本报告为 %[5]s %[4]s 年度",
		En: "last year's report is of %[3]s for %[2]s, this one of %[5]s for %[4]s",
	},
}

// printers renders the built-in messages, one printer for each language,
// from a catalog private to this package.
var printers = sync.OnceValue(func() [2]*message.Printer {
	b := catalog.NewBuilder(catalog.Fallback(language.SimplifiedChinese))
	for key, t := range messageTexts {
		// The keys and texts are constants: SetString cannot fail on them.
		_ = b.SetString(language.SimplifiedChinese, key, t.Zh)
		_ = b.SetString(language.English, key, t.En)
	}
	return [2]*message.Printer{
		message.NewPrinter(language.SimplifiedChinese, message.Catalog(b)),
		message.NewPrinter(language.English, message.Catalog(b)),
	}
})

// MatchLanguage returns the language of the messages [Validate] writes for
// lang: [language.English] for an English tag, [language.SimplifiedChinese]
// for any other, the zero tag included.
func MatchLanguage(lang language.Tag) language.Tag {
	if report.IsEnglish(lang) {
		return language.English
	}
	return language.SimplifiedChinese
}

// localMessage is a built-in message not yet rendered: a key and its arguments.
// An argument of type Text, report.Path or []report.Path is rendered in the
// message's language; any other is printed as it is.
type localMessage struct {
	key  string
	args []any
}

// render returns the message in lang, naming cells as format prints them.
func (m localMessage) render(lang language.Tag, format report.Format) string {
	args := make([]any, len(m.args))
	for i, a := range m.args {
		switch a := a.(type) {
		case Text:
			args[i] = a.In(lang)
		case report.Path:
			args[i] = cellLabel(a, lang, format)
		case []report.Path:
			args[i] = labelList(a, lang, format)
		default:
			args[i] = a
		}
	}
	p := printers()[0]
	if report.IsEnglish(lang) {
		p = printers()[1]
	}
	return p.Sprintf(m.key, args...)
}

// maxListed is the most cells a message names; the finding's Paths name
// them all.
const maxListed = 3

// labelList returns the labels of the cells at paths as a list in lang,
// naming at most maxListed of them.
func labelList(paths []report.Path, lang language.Tag, format report.Format) string {
	sep := "、"
	if report.IsEnglish(lang) {
		sep = "; "
	}
	labels := make([]string, 0, maxListed)
	for _, p := range paths[:min(len(paths), maxListed)] {
		labels = append(labels, cellLabel(p, lang, format))
	}
	list := strings.Join(labels, sep)
	if more := len(paths) - maxListed; more > 0 {
		if report.IsEnglish(lang) {
			return list + " and " + strconv.Itoa(more) + " more"
		}
		return list + " 等 " + strconv.Itoa(len(paths)) + " 个单元格"
	}
	return list
}

// previousPrefix marks the path of a cell of last year's report.
const previousPrefix = "previous."

// cellLabel returns the full label of the cell at p in lang: the official
// Chinese labels, or the English ones. A cell of last year's report is
// marked as such. An unknown path is returned as it is.
func cellLabel(p report.Path, lang language.Tag, format report.Format) string {
	path, previous := strings.CutPrefix(string(p), previousPrefix)
	cell, ok := report.LookupCell(format, report.Path(path))
	for _, f := range report.Formats() {
		if !ok {
			cell, ok = report.LookupCell(f, report.Path(path))
			format = f
		}
	}
	if !ok {
		return string(p)
	}
	label := cell.Label(format)
	if report.IsEnglish(lang) {
		label = cell.English()
	}
	if previous {
		if report.IsEnglish(lang) {
			return "last year's " + label
		}
		return "上年报告 " + label
	}
	return label
}
