package validate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/opengov-cn/xxgk/report"
	"github.com/shopspring/decimal"
)

// The narrative rules compare figures stated in the prose with the cells
// they restate. A statement is found without regular expressions, in two
// simple steps:
//
//  1. A figure is a run of ASCII digits (with "," between groups of three,
//     and for 元 a decimal point), then optional spaces, then its unit: 件
//     for requests and cases, 元 for the fee.
//  2. The figure states a fact when one of the fact's keywords stands just
//     before it, with at most a few characters between them and no
//     punctuation (，。；：、 and their half-width forms): "收到政府信息公开申请115件",
//     "办结113件", "行政复议4件", "信息处理费80元". A few facts are also
//     found with the keyword just after the figure: "72件申请…顺延到下年度".
//
// Only the first statement of each fact in the text counts. A fact the text
// does not state is not checked.

// phrase is one way the text states a fact.
type phrase struct {
	keys     []string // any of these words
	unit     string   // "件" or "元"
	gap      int      // most characters between the keyword and the figure
	after    bool     // the keyword follows the figure ("72件…结转下年度")
	notAfter []string // the keyword does not count right after one of these
}

// claim is one fact the prose may state and the table figure it restates.
type claim struct {
	phrases []phrase
	// figure returns the table's figure for the fact and true, or false
	// when a cell it reads is blank; cells returns every cell it reads.
	figure func(ctx *Context) (int64, bool)
	cells  func(f report.Format) []report.Path
	// amount marks the fee, compared as a decimal with fees.collected.
	amount bool
}

// narrativeRule checks the claims of one kind of fact.
type narrativeRule struct {
	info   RuleInfo
	claims []claim
}

func (r *narrativeRule) Info() RuleInfo { return r.info }

func (r *narrativeRule) Check(ctx *Context) {
	for i := range r.claims {
		r.checkClaim(ctx, &r.claims[i])
	}
}

func (r *narrativeRule) checkClaim(ctx *Context, c *claim) {
	s, ok := findStatement(ctx.report, c.phrases)
	if !ok {
		return
	}
	if c.amount {
		checkFeeStatement(ctx, s)
		return
	}
	stated, ok := s.count()
	if !ok {
		return
	}
	n, ok := c.figure(ctx)
	if !ok {
		ctx.NotAssessable(blankOf(ctx, c.cells(ctx.report.Format))...)
		return
	}
	if n == stated {
		return
	}
	f := Finding{Paths: c.cells(ctx.report.Format)}
	f.compared(stated, n)
	f.msg = localMessage{key: keyNarrative, args: []any{ctx.rule.Description, s.quote, f.Expected.String(), f.Paths, f.Actual.String()}}
	ctx.Add(f)
}

// checkFeeStatement compares the fee the text states, in 元, with
// fees.collected.
func checkFeeStatement(ctx *Context, s statement) {
	collected := ctx.report.Fees.Collected
	have, ok := collected.Decimal()
	if !ok {
		if !ctx.blankAsZero {
			ctx.NotAssessable(report.PathFeeCollected)
			return
		}
		have = decimal.Zero
	}
	stated, err := decimal.NewFromString(strings.ReplaceAll(s.figure, ",", ""))
	if err != nil || stated.Equal(have) {
		return
	}
	f := Finding{Paths: []report.Path{report.PathFeeCollected}}
	f.comparedDecimal(stated, have)
	f.msg = localMessage{key: keyNarrative, args: []any{ctx.rule.Description, s.quote, stated.String(), f.Paths, collected.String()}}
	ctx.Add(f)
}

// statement is a figure the text states.
type statement struct {
	figure string // the digits as printed
	quote  string // the keyword, the figure and its unit, with what is between
}

// count returns the statement's figure as a whole number.
func (s statement) count() (int64, bool) {
	var n int64
	digits := 0
	for i := 0; i < len(s.figure); i++ {
		c := s.figure[i]
		switch {
		case c >= '0' && c <= '9':
			if n > report.MaxCount {
				return 0, false
			}
			n = n*10 + int64(c-'0')
			digits++
		case c == ',':
		default:
			return 0, false
		}
	}
	return n, digits > 0
}

// findStatement returns the first statement in the report's prose that one
// of phrases matches.
func findStatement(r *report.Report, phrases []phrase) (statement, bool) {
	var found statement
	ok := false
	eachParagraph(r, func(p string) bool {
		found, ok = findInParagraph(p, phrases)
		return !ok
	})
	return found, ok
}

// findInParagraph returns the first figure of p, in reading order, that one
// of phrases matches.
func findInParagraph(p string, phrases []phrase) (statement, bool) {
	for i := 0; i < len(p); {
		start, end, unitEnd := nextFigure(p, i)
		if start < 0 {
			break
		}
		unit := p[end:unitEnd]
		for k := range phrases {
			ph := &phrases[k]
			if ph.unit != strings.TrimLeftFunc(unit, unicode.IsSpace) {
				continue
			}
			if ph.after {
				if kw := keywordAfter(p[unitEnd:], ph); kw >= 0 {
					return statement{figure: p[start:end], quote: p[start : unitEnd+kw]}, true
				}
			} else if kw := keywordBefore(p[:start], ph); kw >= 0 {
				return statement{figure: p[start:end], quote: p[kw:unitEnd]}, true
			}
		}
		i = unitEnd
	}
	return statement{}, false
}

// nextFigure finds the first figure in p at or after byte i that has a unit
// (件 or 元) after it: the byte offsets of the digits' start and end, and of
// the end of the unit (spaces before the unit included). start is -1 when
// there is none.
func nextFigure(p string, i int) (start, end, unitEnd int) {
	for i < len(p) {
		if !isDigit(p[i]) {
			i++
			continue
		}
		start = i
		for i < len(p) && (isDigit(p[i]) || isGroupComma(p, i) || isDecimalPoint(p, i)) {
			i++
		}
		end = i
		for i < len(p) && (p[i] == ' ' || p[i] == '\n' || p[i] == '\t') {
			i++
		}
		for _, unit := range [...]string{"件", "元"} {
			if strings.HasPrefix(p[i:], unit) {
				return start, end, i + len(unit)
			}
		}
	}
	return -1, -1, -1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isGroupComma reports whether p[i] is a "," between groups of three digits.
func isGroupComma(p string, i int) bool {
	if p[i] != ',' || i == 0 || !isDigit(p[i-1]) || i+3 >= len(p) {
		return false
	}
	if !isDigit(p[i+1]) || !isDigit(p[i+2]) || !isDigit(p[i+3]) {
		return false
	}
	return i+4 >= len(p) || !isDigit(p[i+4])
}

// isDecimalPoint reports whether p[i] is a "." between digits.
func isDecimalPoint(p string, i int) bool {
	return p[i] == '.' && i > 0 && isDigit(p[i-1]) && i+1 < len(p) && isDigit(p[i+1])
}

// isStop reports whether r is punctuation that ends a statement.
func isStop(r rune) bool {
	switch r {
	case '，', '。', '；', '：', '、', '！', '？', ',', ';', ':', '!', '?':
		return true
	}
	return false
}

// keywordBefore returns the byte offset in before of a keyword of ph that
// ends at most ph.gap characters (spaces not counted, punctuation not
// allowed) before its end, or -1.
func keywordBefore(before string, ph *phrase) int {
	gap := 0
	for i := len(before); i > 0; {
		for _, key := range ph.keys {
			if strings.HasSuffix(before[:i], key) && !followsAny(before[:i-len(key)], ph.notAfter) {
				return i - len(key)
			}
		}
		r, size := utf8.DecodeLastRuneInString(before[:i])
		if isStop(r) {
			return -1
		}
		if !unicode.IsSpace(r) {
			gap++
			if gap > ph.gap {
				return -1
			}
		}
		i -= size
	}
	return -1
}

// keywordAfter returns the byte offset in after of the end of a keyword of
// ph that starts at most ph.gap characters after its start, or -1.
func keywordAfter(after string, ph *phrase) int {
	gap := 0
	for i := 0; i < len(after); {
		for _, key := range ph.keys {
			if strings.HasPrefix(after[i:], key) {
				return i + len(key)
			}
		}
		r, size := utf8.DecodeRuneInString(after[i:])
		if isStop(r) {
			return -1
		}
		if !unicode.IsSpace(r) {
			gap++
			if gap > ph.gap {
				return -1
			}
		}
		i += size
	}
	return -1
}

// followsAny reports whether s ends with one of words.
func followsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// rowsFigure returns a claim's figure and cells for rows of table 三: the
// sum of the rows' figures (see rowFigure) and their 总计 cells. Rows the
// format does not print are left out.
func rowsClaim(rows ...report.Table3Row) claim {
	return claim{
		figure: func(ctx *Context) (int64, bool) {
			var sum int64
			for _, row := range rows {
				if !row.In(ctx.report.Format) {
					continue
				}
				n, ok := rowFigure(ctx, row)
				if !ok {
					return 0, false
				}
				sum += n
			}
			return sum, true
		},
		cells: func(f report.Format) []report.Path {
			var paths []report.Path
			for _, row := range rows {
				if row.In(f) {
					paths = append(paths, report.Table3Path(row, report.ApplicantTotal))
				}
			}
			return paths
		},
	}
}

// blocksClaim returns a claim's figure and cells for blocks of table 四: the
// sum of their 总计 cells (or of their results where 总计 is blank).
func blocksClaim(blocks ...report.Proceeding) claim {
	return claim{
		figure: func(ctx *Context) (int64, bool) {
			var sum int64
			for _, b := range blocks {
				cells := &ctx.report.Table4.Blocks[b]
				if n, ok := cells[report.ResultTotal].Number(); ok {
					sum += n
					continue
				}
				for _, c := range cells[:report.ResultTotal] {
					n, ok := ctx.Number(c)
					if !ok {
						return 0, false
					}
					sum += n
				}
			}
			return sum, true
		},
		cells: func(report.Format) []report.Path {
			paths := make([]report.Path, len(blocks))
			for i, b := range blocks {
				paths[i] = report.Table4Path(b, report.ResultTotal)
			}
			return paths
		},
	}
}

// table2Claim returns a claim's figure and cell for a cell of table 二 that
// differs by format.
func table2Claim(row report.Table2Row, col2019, col2021 report.Table2Column) claim {
	col := func(f report.Format) report.Table2Column {
		if f == report.Format2019 {
			return col2019
		}
		return col2021
	}
	return claim{
		figure: func(ctx *Context) (int64, bool) {
			return ctx.Number(ctx.report.Table2.Counts[row][col(ctx.report.Format)])
		},
		cells: func(f report.Format) []report.Path {
			return []report.Path{report.Table2Path(row, col(f))}
		},
	}
}

// with returns c with the phrases given.
func (c claim) with(phrases ...phrase) claim {
	c.phrases = phrases
	return c
}

// narrativeRules returns the narrative rules, in the order they run.
func narrativeRules() []Rule {
	warn := func(code string, zh, en string, claims ...claim) Rule {
		return &narrativeRule{info: RuleInfo{Code: code, Severity: Warning, Formats: bothFormats, Description: Text{zh, en}}, claims: claims}
	}
	outcome := func(rows []report.Table3Row, keys []string, notAfter ...string) claim {
		return rowsClaim(rows...).with(phrase{keys: keys, unit: "件", gap: 2, notAfter: notAfter})
	}
	group := func(o report.Outcome) []report.Table3Row {
		var rows []report.Table3Row
		for _, f := range report.Formats() {
			for _, r := range o.Rows(f) {
				if !containsRow(rows, r) {
					rows = append(rows, r)
				}
			}
		}
		return rows
	}
	both := []string{"予以公开及", "予以公开和", "予以公开、"}
	return []Rule{
		warn("N-RECEIVED",
			"正文所述收到（受理）申请件数等于表三一、本年新收的总计",
			"the requests the text says were received equal table 3's received (total)",
			rowsClaim(report.RowReceived).with(phrase{keys: []string{"收到", "受理", "新收"}, unit: "件", gap: 12})),
		warn("N-CONCLUDED",
			"正文所述办结（答复）申请件数等于表三（七）总计",
			"the requests the text says were concluded (answered) equal table 3's (7) concluded (total)",
			rowsClaim(report.RowConcluded).with(phrase{keys: []string{"办结", "答复", "办理完毕"}, unit: "件", gap: 10})),
		warn("N-CARRIED-OVER",
			"正文所述上年结转件数等于表三二、上年结转的总计",
			"the requests the text says were carried over from last year equal table 3's carried over (total)",
			rowsClaim(report.RowCarriedOver).with(phrase{keys: []string{"上年结转", "上年度结转", "上一年度结转", "上年度转结"}, unit: "件", gap: 6})),
		warn("N-CARRIED-FORWARD",
			"正文所述结转下年度件数等于表三四、结转下年度继续办理的总计",
			"the requests the text says were carried forward equal table 3's carried forward (total)",
			rowsClaim(report.RowCarriedForward).with(
				phrase{keys: carriedForwardKeys, unit: "件", gap: 6},
				phrase{keys: carriedForwardKeys, unit: "件", gap: 12, after: true})),
		warn("N-OUTCOME",
			"正文所述各类办理结果件数（予以公开、部分公开、不予公开、无法提供、不予处理、其他处理）等于表三相应各行总计之和",
			"the outcomes the text states (disclosed, partially disclosed, withheld, cannot provide, not processed, other handling) equal the sums of the table 3 rows",
			outcome([]report.Table3Row{report.RowDisclosed, report.RowPartiallyDisclosed}, []string{"予以公开及部分公开", "予以公开和部分公开", "予以公开、部分公开"}),
			outcome([]report.Table3Row{report.RowDisclosed}, []string{"予以公开"}),
			outcome([]report.Table3Row{report.RowPartiallyDisclosed}, []string{"部分公开"}, both...),
			outcome(group(report.Withheld), []string{"不予公开"}),
			outcome(group(report.CannotProvide), []string{"无法提供"}),
			outcome(group(report.NotProcessed), []string{"不予处理"}),
			outcome(group(report.OtherHandling), []string{"其他处理"}),
		),
		warn("N-RECONSIDERATION",
			"正文所述行政复议件数等于表四行政复议总计",
			"the reconsideration cases the text states equal table 4's reconsideration total",
			blocksClaim(report.Reconsideration).with(phrase{keys: []string{"行政复议"}, unit: "件", gap: 4})),
		warn("N-LITIGATION",
			"正文所述行政诉讼件数等于表四未经复议直接起诉与复议后起诉的总计之和",
			"the lawsuits the text states equal the totals of table 4's sued directly and sued after reconsideration",
			blocksClaim(report.SuedDirectly, report.SuedAfterReconsideration).with(phrase{keys: []string{"诉讼"}, unit: "件", gap: 4})),
		warn("N-REGULATIONS",
			"正文所述规章件数等于表二规章本年制发件数（2019 年格式：本年新公开数量）",
			"the regulations the text says were issued equal table 2's regulations issued (format 2019: newly disclosed)",
			table2Claim(report.Regulations, report.NewlyDisclosed, report.Issued).with(phrase{keys: []string{"规章"}, unit: "件", gap: 0, notAfter: []string{"现行有效"}})),
		warn("N-FEE",
			"正文所述信息处理费（元）等于第六部分收取信息处理费",
			"the information processing fee the text states (yuan) equals the fee collected of section 6",
			claim{amount: true, phrases: []phrase{{keys: []string{"信息处理费", "信息公开处理费"}, unit: "元", gap: 8}}}),
	}
}

// carriedForwardKeys are the words that say requests go on into next year.
var carriedForwardKeys = []string{"结转下年度", "结转到下年度", "结转至下年度", "转入下年度", "顺延到下年度", "顺延至下年度"}

func containsRow(rows []report.Table3Row, r report.Table3Row) bool {
	for _, x := range rows {
		if x == r {
			return true
		}
	}
	return false
}
