package validate

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/opengov-cn/xxgk/lang"
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
	// requests: the figure counts disclosure requests only in a sentence
	// that names them (see figure.aboutRequests).
	requests bool
	// notOther: the figure does not count when its clause names something
	// else counted in 件 (群众诉求, 网络问政, …).
	notOther bool
	// keyed holds the keywords of every phrase of the rule set, and mask
	// the bits of this phrase's keys in it (see indexKeys); nil for a
	// phrase not indexed, whose keys are always searched.
	keyed *wordSet
	mask  uint64
}

// wordSet is a set of words found in a text in one pass: the keywords of
// all phrases of the narrative rules, built once with the rules, so that
// the words before a figure are read once for all of them (see
// figure.keysBefore) rather than searched for each keyword of each phrase;
// the words that name requests and other matters (see matters). Its words
// are valid UTF-8, as the rules declare them: none starts inside a
// character.
type wordSet struct {
	keys []string
	// first[hash3(k)] has bit i set for keys[i] = k; short has the bits of
	// the keys of fewer than 3 bytes.
	first [1024]uint64
	short uint64
}

// hash3 hashes the first 3 bytes of a word.
func hash3(c0, c1, c2 byte) int {
	return int((uint(c0)*(31*31) + uint(c1)*31 + uint(c2)) % 1024)
}

// bit returns the bit of key in the set, adding it, or 0 when the set is
// full.
func (kw *wordSet) bit(key string) uint64 {
	for i, k := range kw.keys {
		if k == key {
			return 1 << i
		}
	}
	if len(kw.keys) == 64 || key == "" {
		return 0
	}
	b := uint64(1) << len(kw.keys)
	kw.keys = append(kw.keys, key)
	if len(key) < 3 {
		kw.short |= b
	} else {
		kw.first[hash3(key[0], key[1], key[2])] |= b
	}
	return b
}

// in returns the bits of the keys that occur in s: one pass over s, each
// place where a key may start looked up by its first bytes.
func (kw *wordSet) in(s string) uint64 { return kw.inUntil(s, 0) }

// inUntil is in, but ends the pass once a key of enough is found: the bits
// then hold that key and those found before it.
func (kw *wordSet) inUntil(s string, enough uint64) uint64 {
	var found uint64
	for m := kw.short; m != 0; m &= m - 1 {
		if i := bits.TrailingZeros64(m); strings.Contains(s, kw.keys[i]) {
			found |= 1 << i
		}
	}
	for j := 0; j+2 < len(s) && found&enough == 0; {
		c2, c1, c0 := s[j+2], s[j+1], s[j]
		for m := kw.first[hash3(c0, c1, c2)] &^ found; m != 0; m &= m - 1 {
			i := bits.TrailingZeros64(m)
			if strings.HasPrefix(s[j:], kw.keys[i]) {
				found |= 1 << i
			}
		}
		// No word starts inside a character: the continuation bytes of
		// a character of 3 bytes or more are skipped.
		if c0 >= 0xE0 && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			j += 3
		} else {
			j++
		}
	}
	return found
}

// indexKeys puts the keys of the phrases of rules into one set of
// keywords, and marks each phrase with its keys' bits. A phrase with a key
// the set has no room for is left unindexed.
func indexKeys(rules []Rule) {
	kw := new(wordSet)
	for _, rule := range rules {
		n, ok := rule.(*narrativeRule)
		if !ok {
			continue
		}
		for i := range n.claims {
			for k := range n.claims[i].phrases {
				ph := &n.claims[i].phrases[k]
				var mask uint64
				for _, key := range ph.keys {
					b := kw.bit(key)
					if b == 0 {
						mask = 0
						break
					}
					mask |= b
				}
				if mask != 0 {
					ph.keyed, ph.mask = kw, mask
				}
			}
		}
	}
}

// claim is one fact the prose may state and the table figure it restates.
type claim struct {
	phrases []phrase
	// figure returns the table's figure for the fact and true, or false
	// when a cell it reads is blank; cells returns the cells it reads.
	figure func(ctx *Context) (int64, bool)
	cells  func(ctx *Context) []report.Path
	// amount marks the fee, compared as a decimal with fees.collected.
	amount bool
	// carried, when not nil, is the claim of 上年结转: a stated figure
	// equal to the table's plus its figure is accepted.
	carried *claim
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
	s, ok := findStatement(ctx, c.phrases)
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
		ctx.NotAssessable(blankOf(ctx, c.cells(ctx))...)
		return
	}
	if n == stated {
		return
	}
	if carried := c.carried; carried != nil {
		if m, ok := carried.figure(ctx); ok && m > 0 && n+m == stated {
			f := Finding{Severity: Info, Paths: append(c.cells(ctx), carried.cells(ctx)...)}
			f.msg = localMessage{text: msgNarrativeWithCarried, args: []arg{textArg(ctx.rule.Description), strArg(s.quote), numArg(stated),
				numArg(n), numArg(m)}, derived: ctx.derived(false).derivedOf(f.Paths)}
			ctx.Add(f)
			return
		}
	}
	f := Finding{Paths: c.cells(ctx)}
	if ctx.report.Metadata.ReportScope() == report.ScopeAggregate && containsAny(s.subject(), oneBodyWords) {
		// "区政府办代表区政府受理…17件": one office's figure, the table the
		// whole government's
		f.Severity = Info
		f.msg = localMessage{text: msgNarrativeOneBody, args: []arg{textArg(ctx.rule.Description), strArg(s.quote), numArg(stated), cellsArg(f.Paths), numArg(n)}}
		ctx.Add(f)
		return
	}
	f.compared(stated, n)
	f.msg = localMessage{text: msgNarrative, args: []arg{textArg(ctx.rule.Description), strArg(s.quote), numArg(stated), cellsArg(f.Paths), numArg(n)},
		derived: ctx.derived(false).derivedOf(f.Paths)}
	f.msg.allDerived = len(f.msg.derived) == len(f.Paths)
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
	if a, ok := parseFixed(s.figure); ok {
		if b, ok := fixedOf(have); ok {
			if c, ok := a.cmp(b); ok && c == 0 {
				return
			}
		}
	}
	stated, err := decimal.NewFromString(strings.ReplaceAll(s.figure, ",", ""))
	if err != nil || stated.Equal(have) {
		return
	}
	f := Finding{Paths: []report.Path{report.PathFeeCollected}}
	f.comparedDecimal(stated, have)
	f.msg = localMessage{text: msgNarrative, args: []arg{textArg(ctx.rule.Description), strArg(s.quote), strArg(stated.String()), cellsArg(f.Paths), strArg(collected.String())}}
	ctx.Add(f)
}

// statement is a figure the text states.
type statement struct {
	figure string // the digits as printed
	quote  string // the keyword, the figure and its unit, with what is between
	// fg is the figure, and keyword the offset in fg.p of a keyword before
	// it (0 for a keyword after it).
	fg      *figure
	keyword int
}

// subject returns the words of the statement's sentence before its
// keyword: who did what the figure counts.
func (s statement) subject() string {
	if s.fg == nil {
		return ""
	}
	start, _, _ := s.fg.sentence()
	return s.fg.p[min(start, s.keyword):s.keyword]
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

// figure is a figure with a unit in a paragraph of the prose: p[start:end]
// is the figure, p[end:unitEnd] the spaces and the unit, and p[window:start]
// the words before it up to the nearest punctuation (at most maxWindow
// characters), where a keyword may stand.
type figure struct {
	p                           string
	window, start, end, unitEnd int32
	yuan                        bool // the unit is 元, not 件
	// bounds caches sentence (sentence start, clause start, sentence end):
	// the starts once started, the end once ended. requests caches
	// aboutRequests (0 unknown, 1 no, 2 yes).
	bounds         [3]int32
	started, ended bool
	requests       uint8
	// requestsTitle is true for a figure in a subsection whose title names
	// disclosure requests (（二）依申请公开).
	requestsTitle bool
	// keys caches keysBefore for the set of keywords keyed.
	keys  uint64
	keyed *wordSet
}

// keysBefore returns the bits of the keywords of kw that occur in the
// figure's window, read once per figure.
func (fg *figure) keysBefore(kw *wordSet) uint64 {
	if fg.keyed != kw {
		fg.keyed, fg.keys = kw, kw.in(fg.p[fg.window:fg.start])
	}
	return fg.keys
}

// maxWindow is the most characters before a figure that a keyword and the
// gap after it may take.
const maxWindow = 20

// figures returns the figures with a unit in the report's prose, in reading
// order, found once per validation.
func (c *Context) figures() []figure {
	if !c.scanned {
		c.scanned = true
		c.figureList = c.figureBuf[:0]
		eachTitledParagraph(c.report, func(p, title string) bool {
			from := len(c.figureList)
			c.figureList = scanFigures(p, c.figureList)
			if from < len(c.figureList) && namesRequests(title) {
				for i := from; i < len(c.figureList); i++ {
					c.figureList[i].requestsTitle = true
				}
			}
			return true
		})
	}
	return c.figureList
}

// scanFigures appends the figures of p that have a unit (件 or 元) to out,
// in order: each unit with a run of digits (with "," or "." between two
// digits) before it, after optional spaces. The units are found first (see
// indexUnit): Chinese text has few of them.
func scanFigures(p string, out []figure) []figure {
	jian, yuan := indexUnit(p, 0, "件"), indexUnit(p, 0, "元")
	for jian >= 0 || yuan >= 0 {
		u, isYuan := jian, false
		if jian < 0 || (yuan >= 0 && yuan < jian) {
			u, isYuan = yuan, true
			yuan = indexUnit(p, u+len("元"), "元")
		} else {
			jian = indexUnit(p, u+len("件"), "件")
		}
		end := u
		for end > 0 && (p[end-1] == ' ' || p[end-1] == '\n' || p[end-1] == '\t') {
			end--
		}
		start := end
		for start > 0 {
			c := p[start-1]
			if isDigit(c) || ((c == ',' || c == '.') && start >= 2 && start < end && isDigit(p[start-2]) && isDigit(p[start])) {
				start--
				continue
			}
			break
		}
		if start == end {
			continue
		}
		out = append(out, figure{p: p, window: int32(windowStart(p, start)), start: int32(start), end: int32(end),
			unitEnd: int32(u + len("件")), yuan: isYuan}) // 件 and 元 take 3 bytes each
	}
	return out
}

// indexUnit returns the index of unit (件 or 元: 3 bytes) in p at or after
// i, or -1. It looks for the unit's last byte with strings.IndexByte, which
// reads many bytes at a time: the last byte of 件 or 元 is rare in Chinese
// text, unlike the first.
func indexUnit(p string, i int, unit string) int {
	for i+3 <= len(p) {
		k := strings.IndexByte(p[i+2:], unit[2])
		if k < 0 {
			return -1
		}
		if i += k; p[i] == unit[0] && p[i+1] == unit[1] {
			return i
		}
		i++
	}
	return -1
}

// windowStart returns the start of the window of a figure that starts at
// start in p: the words before it up to the nearest punctuation, at most
// maxWindow characters. Only the characters that may be punctuation (see
// stopEnds) or are not of the two common forms are decoded.
func windowStart(p string, start int) int {
	window := start
	for runes := 0; window > 0 && runes < maxWindow; runes++ {
		c := p[window-1]
		switch {
		case stopEnds[c] || c >= utf8.RuneSelf && (window < 3 || !valid3(p[window-3], p[window-2], c)):
			r, size := lastRune(p[:window])
			if isStop(r) {
				return window
			}
			window -= size
		case c < utf8.RuneSelf:
			window--
		default:
			window -= 3
		}
	}
	return window
}

// valid3 reports whether a, b, c encode a rune in 3 bytes, as utf8 decodes
// them: not an overlong form, not a surrogate.
func valid3(a, b, c byte) bool {
	return a&0xF0 == 0xE0 && b&0xC0 == 0x80 && c&0xC0 == 0x80 && (a != 0xE0 || b >= 0xA0) && (a != 0xED || b < 0xA0)
}

// findStatement returns the first statement in the report's prose, in
// reading order, that one of phrases matches.
func findStatement(ctx *Context, phrases []phrase) (statement, bool) {
	kw, keys := keysOf(phrases)
	figures := ctx.figures()
	for i := range figures {
		fg := &figures[i]
		if kw != nil && fg.keyed == kw && fg.keys&keys == 0 {
			continue // keysBefore found no key of any phrase before the figure
		}
		for k := range phrases {
			ph := &phrases[k]
			if (ph.unit == "元") != fg.yuan {
				continue
			}
			var s statement
			if ph.after {
				kw := keywordAfter(fg.p[fg.unitEnd:], ph)
				if kw < 0 {
					continue
				}
				s = statement{figure: fg.p[fg.start:fg.end], quote: fg.p[fg.start : int(fg.unitEnd)+kw]}
			} else {
				if ph.keyed != nil && fg.keysBefore(ph.keyed)&ph.mask == 0 {
					continue // no key of the phrase before the figure
				}
				kw := keywordBefore(fg, ph)
				if kw < 0 {
					continue
				}
				s = statement{figure: fg.p[fg.start:fg.end], quote: fg.p[kw:fg.unitEnd], fg: fg, keyword: kw}
			}
			if ph.requests && !fg.aboutRequests() {
				continue
			}
			if ph.notOther && fg.clauseNamesOther() {
				continue
			}
			return s, true
		}
	}
	return statement{}, false
}

// keysOf returns the set of keywords of phrases and the bits of their
// keys in it, when they are all indexed in one set and stand before their
// figures; else nil.
func keysOf(phrases []phrase) (*wordSet, uint64) {
	var kw *wordSet
	var keys uint64
	for k := range phrases {
		ph := &phrases[k]
		if ph.after || ph.keyed == nil || (kw != nil && ph.keyed != kw) {
			return nil, 0
		}
		kw, keys = ph.keyed, keys|ph.mask
	}
	return kw, keys
}

// oneBodyWords, before a figure in the sentence, make one office its
// subject (区政府办代表区政府受理…, 本机关共收到…) rather than the government
// as a whole.
var oneBodyWords = []string{"代表", "办公室", "政府办", "办公厅", "本机关", "本部门", "本单位"}

// requestWords name government information disclosure requests: in so
// many words, or as a count of requests (收到70件申请).
var requestWords = []string{"政府信息公开申请", "依申请公开", "信息公开申请", "公开申请", "件申请"}

// otherMatterWords name things counted in 件 that are not disclosure
// requests: complaints and appeals of the public (群众诉求), online
// inquiries (网络问政), hotline calls, letters and visits (信访), messages.
var otherMatterWords = []string{"群众诉求", "诉求", "网络问政", "问政", "热线", "来电", "信访", "来信", "来访", "留言", "投诉", "咨询", "建议提案", "提案", "议案"}

// namesRequests reports whether s names disclosure requests.
func namesRequests(s string) bool { return containsAny(s, requestWords) }

// aboutRequests reports whether the figure counts disclosure requests: its
// sentence names them (or it stands under a title that does, such as
// （二）依申请公开, in a sentence that names nothing else), and its own
// clause names nothing else counted in 件 (群众诉求, 网络问政, hotline calls,
// 信访).
func (fg *figure) aboutRequests() bool {
	if fg.requests == 0 {
		fg.requests = 1
		if fg.findAboutRequests() {
			fg.requests = 2
		}
	}
	return fg.requests == 2
}

func (fg *figure) findAboutRequests() bool {
	if fg.clauseNamesOther() {
		return false
	}
	// The words of the sentence before the figure, then after it: no word
	// of matters holds a digit, so none stands across the figure.
	start, _ := fg.sentenceStart()
	m := matters()
	found := m.words.inUntil(fg.p[start:fg.start], m.requests)
	if found&m.requests == 0 {
		found |= m.words.inUntil(fg.p[fg.end:fg.sentenceEnd()], m.requests)
	}
	if found&m.requests != 0 {
		return true
	}
	// no request word: the whole sentence was read
	return fg.requestsTitle && found&m.other == 0
}

// clauseNamesOther reports whether the figure's clause names something
// else counted in 件 than disclosure requests (otherMatterWords).
func (fg *figure) clauseNamesOther() bool {
	_, clause := fg.sentenceStart()
	m := matters()
	return m.words.inUntil(fg.p[clause:fg.start], m.other)&m.other != 0
}

// matterWords holds requestWords and otherMatterWords in one set, with
// the bits of each.
type matterWords struct {
	words           wordSet
	requests, other uint64
}

// matters returns requestWords and otherMatterWords as one set, built
// once.
var matters = sync.OnceValue(func() *matterWords {
	m := new(matterWords)
	for _, w := range requestWords {
		m.requests |= m.words.bit(w)
	}
	for _, w := range otherMatterWords {
		m.other |= m.words.bit(w)
	}
	return m
})

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// lastRune is utf8.DecodeLastRuneInString, with the cases of Chinese text
// (ASCII and a valid 3-byte rune) decoded inline.
func lastRune(s string) (rune, int) {
	n := len(s)
	if n == 0 {
		return utf8.RuneError, 0
	}
	if c := s[n-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	if n >= 3 && valid3(s[n-3], s[n-2], s[n-1]) {
		return rune(s[n-3]&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F), 3
	}
	return utf8.DecodeLastRuneInString(s)
}

// maxSentence is the most bytes a sentence may take on either side of a
// figure (some 200 Chinese characters): a longer one is cut there.
const maxSentence = 600

// sentence returns the bounds of the figure's sentence in p: from after
// the last 。！？ or line break before the figure (or the paragraph's
// start) to the first one after its unit (or the paragraph's end), at most
// maxSentence bytes on either side; and clause, the start of the figure's
// clause (after the last punctuation before it).
func (fg *figure) sentence() (start, clause, end int) {
	start, clause = fg.sentenceStart()
	return start, clause, fg.sentenceEnd()
}

// sentenceStart returns the start of the figure's sentence and of its
// clause (see sentence), found once.
func (fg *figure) sentenceStart() (start, clause int) {
	if fg.started {
		return int(fg.bounds[0]), int(fg.bounds[1])
	}
	p := fg.p
	lo := max(0, int(fg.start)-maxSentence)
	// One pass back from the figure: the first stop met starts its
	// clause, the first end of a sentence starts its sentence. Only the
	// bytes that end a stop are decoded: a valid rune ends at every
	// position where one decodes, so this is the rune-by-rune walk.
	start, clause = lo, -1
	for i := int(fg.start); i > lo; i-- {
		if !stopEnds[p[i-1]] {
			continue
		}
		r, _ := lastRune(p[lo:i])
		if isSentenceEnd(r) {
			start = i
			break
		}
		if clause < 0 && isStop(r) {
			clause = i
		}
	}
	if clause < start {
		clause = start
	}
	fg.bounds[0], fg.bounds[1], fg.started = int32(start), int32(clause), true
	return start, clause
}

// sentenceEnd returns the end of the figure's sentence (see sentence),
// found once.
func (fg *figure) sentenceEnd() int {
	if fg.ended {
		return int(fg.bounds[2])
	}
	rest := fg.p[fg.unitEnd:]
	if len(rest) > maxSentence {
		rest = rest[:maxSentence]
	}
	end := int(fg.unitEnd) + len(rest)
	if k := indexSentenceEnd(rest); k >= 0 {
		end = int(fg.unitEnd) + k
	}
	fg.bounds[2], fg.ended = int32(end), true
	return end
}

// isSentenceEnd reports whether r ends a sentence: 。！？ or a line break.
func isSentenceEnd(r rune) bool { return r == '。' || r == '！' || r == '？' || r == '\n' }

// indexSentenceEnd returns the index of the first end of a sentence in s,
// or -1: strings.IndexFunc(s, isSentenceEnd), decoding only at the bytes
// that end a stop (the lead byte of a valid rune is never inside another,
// so the rune found is the one IndexFunc meets).
func indexSentenceEnd(s string) int {
	for k := 0; k < len(s); k++ {
		c := s[k]
		if !stopEnds[c] {
			continue
		}
		if c < utf8.RuneSelf {
			if isSentenceEnd(rune(c)) {
				return k
			}
			continue
		}
		if k >= 2 {
			if r, size := utf8.DecodeRuneInString(s[k-2:]); size == 3 && isSentenceEnd(r) {
				return k - 2
			}
		}
	}
	return -1
}

// stopRunes are the runes isStop or isSentenceEnd accepts.
const stopRunes = "，。；：、！？,;:!?\n"

// stopEnds marks the last byte of the encoding of each of stopRunes.
var stopEnds = func() (t [256]bool) {
	for _, r := range stopRunes {
		b := utf8.AppendRune(nil, r)
		t[b[len(b)-1]] = true
	}
	return t
}()

// isStop reports whether r is punctuation that ends a statement.
func isStop(r rune) bool {
	switch r {
	case '，', '。', '；', '：', '、', '！', '？', ',', ';', ':', '!', '?':
		return true
	}
	return false
}

// keywordBefore returns the byte offset in fg.p of a keyword of ph that
// stands in the figure's window with at most ph.gap characters (spaces not
// counted) between it and the figure, or -1.
func keywordBefore(fg *figure, ph *phrase) int {
	window := fg.p[fg.window:fg.start]
	base := int(fg.window)
	if ph.keyed != nil && fg.keysBefore(ph.keyed)&ph.mask == 0 {
		return -1
	}
	for _, key := range ph.keys {
		k := strings.Index(window, key)
		if k < 0 {
			continue
		}
		for {
			// the nearest occurrence to the figure counts
			next := strings.Index(window[k+len(key):], key)
			if next < 0 {
				break
			}
			k += len(key) + next
		}
		gap := 0
		for _, r := range window[k+len(key):] {
			if !unicode.IsSpace(r) {
				gap++
			}
		}
		if gap <= ph.gap && !followsAny(fg.p[:base+k], ph.notAfter) {
			return base + k
		}
	}
	return -1
}

// keywordAfter returns the byte offset in after of the end of a keyword of
// ph that starts at most ph.gap characters after its start, or -1.
func keywordAfter(after string, ph *phrase) int {
	gap := 0
	for i := 0; i < len(after); {
		// a phrase's key may start at i only if its first bytes hash there
		if kw := ph.keyed; kw == nil || i+2 >= len(after) || (kw.first[hash3(after[i], after[i+1], after[i+2])]|kw.short)&ph.mask != 0 {
			for _, key := range ph.keys {
				if strings.HasPrefix(after[i:], key) {
					return i + len(key)
				}
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

// rowsClaim returns a claim's figure and cells for rows of table 三: the
// sum of the rows' 总计 cells, derived from their parts where blank (see
// derivation). Rows the format does not print are left out.
func rowsClaim(rows ...report.Table3Row) claim {
	return totals[report.Table3Row]{
		keys:   rows,
		prints: printsRow,
		total: func(d *report.Report, row report.Table3Row) report.Count {
			return d.Table3.Rows[row][report.ApplicantTotal]
		},
		blank: rowFigure, // blanks read as 0
		path:  func(row report.Table3Row) report.Path { return report.Table3Path(row, report.ApplicantTotal) },
		parts: report.Table3RowPaths,
	}.claim()
}

// printsRow reports whether table 三 of r prints row: a row of its format,
// or the combined row of （六）其他处理 in place of the three rows of the 2021
// format (report.Table3.CombinedOtherHandling).
func printsRow(r *report.Report, row report.Table3Row) bool {
	if g, ok := row.Outcome(); ok && g == report.OtherHandling && r.Table3.CombinedOtherHandling(r.Format) {
		return row == report.RowOtherHandling
	}
	return row.In(r.Format)
}

// blocksClaim returns a claim's figure and cells for blocks of table 四: the
// sum of their 总计 cells, derived from their results where blank.
func blocksClaim(blocks ...report.Proceeding) claim {
	return totals[report.Proceeding]{
		keys: blocks,
		total: func(d *report.Report, b report.Proceeding) report.Count {
			return d.Table4.Blocks[b][report.Table4Total]
		},
		blank: func(ctx *Context, b report.Proceeding) (int64, bool) {
			cells := &ctx.derived(false).report.Table4.Blocks[b]
			return sumOf(ctx, cells[:report.Table4Total])
		},
		path: func(b report.Proceeding) report.Path { return report.Table4Path(b, report.Table4Total) },
		parts: func(b report.Proceeding) []report.Path {
			var paths []report.Path
			for _, res := range report.Table4Columns() {
				paths = append(paths, report.Table4Path(b, res))
			}
			return paths
		},
	}.claim()
}

// totals describes what a claim sums: parts of a table (rows, blocks), each
// with a 总计 cell and the cells it is the sum of.
type totals[K any] struct {
	keys   []K
	prints func(r *report.Report, k K) bool         // whether the report prints k; nil for always
	total  func(d *report.Report, k K) report.Count // k's 总计 cell in report d
	blank  func(ctx *Context, k K) (int64, bool)    // k's figure where its 总计 is blank
	path   func(k K) report.Path                    // k's 总计 cell
	parts  func(k K) []report.Path                  // the cells k's 总计 sums
}

// claim returns the claim's figure, the sum of the parts' 总计 cells
// (in the derived report, each figured by blank where it is blank), and its
// cells: each part's 总计 where it holds a number, else the cells it sums.
func (t totals[K]) claim() claim {
	printed := func(ctx *Context, k K) bool { return t.prints == nil || t.prints(ctx.report, k) }
	return claim{
		figure: func(ctx *Context) (int64, bool) {
			var sum int64
			d := ctx.derived(false).report
			for _, k := range t.keys {
				if !printed(ctx, k) {
					continue
				}
				n, ok := t.total(d, k).Number()
				if !ok {
					n, ok = t.blank(ctx, k)
				}
				if !ok {
					return 0, false
				}
				sum += n
			}
			return sum, true
		},
		cells: func(ctx *Context) []report.Path {
			var paths []report.Path
			d := ctx.derived(false).report
			for _, k := range t.keys {
				switch {
				case !printed(ctx, k):
				case t.total(d, k).IsNumber():
					paths = append(paths, t.path(k))
				default:
					paths = append(paths, t.parts(k)...)
				}
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
		cells: func(ctx *Context) []report.Path {
			return []report.Path{report.Table2Path(row, col(ctx.report.Format))}
		},
	}
}

// withCarriedOver returns c accepting a stated figure that equals its own
// plus 上年结转 (said at info severity): "收到申请75件" may count the 74
// received and the 1 carried over.
func (c claim) withCarriedOver() claim {
	carried := rowsClaim(report.RowCarriedOver)
	c.carried = &carried
	return c
}

// with returns c with the phrases given.
func (c claim) with(phrases ...phrase) claim {
	c.phrases = phrases
	return c
}

// narrativeRules returns the narrative rules, in the order they run.
func narrativeRules() []Rule {
	warn := func(code string, zh, en string, claims ...claim) Rule {
		return &narrativeRule{info: RuleInfo{Code: code, Severity: Warning, Formats: bothFormats, Description: lang.Text{Zh: zh, En: en}, Needs: narrativeNeeds}, claims: claims}
	}
	outcome := func(rows []report.Table3Row, keys []string, notAfter ...string) claim {
		return rowsClaim(rows...).with(phrase{keys: keys, unit: "件", gap: 2, notAfter: notAfter, notOther: true})
	}
	group := func(o report.Outcome) []report.Table3Row {
		var rows []report.Table3Row
		for _, f := range report.Formats() {
			for _, r := range o.Rows(f) {
				if !slices.Contains(rows, r) {
					rows = append(rows, r)
				}
			}
		}
		return rows
	}
	both := []string{"予以公开及", "予以公开和", "予以公开、"}
	rules := []Rule{
		warn("N-RECEIVED",
			"正文所述收到（受理）申请件数等于表三一、本年新收的总计",
			"the requests the text says were received equal table 3's received (total)",
			rowsClaim(report.RowReceived).with(phrase{keys: []string{"收到", "受理", "新收"}, unit: "件", gap: 12, requests: true}).withCarriedOver()),
		warn("N-CONCLUDED",
			"正文所述办结（答复）申请件数等于表三（七）总计",
			"the requests the text says were concluded (answered) equal table 3's (7) concluded (total)",
			rowsClaim(report.RowConcluded).with(phrase{keys: []string{"办结", "答复", "办理完毕"}, unit: "件", gap: 10, requests: true})),
		warn("N-CARRIED-OVER",
			"正文所述上年结转件数等于表三二、上年结转的总计",
			"the requests the text says were carried over from last year equal table 3's carried over (total)",
			rowsClaim(report.RowCarriedOver).with(phrase{keys: []string{"上年结转", "上年度结转", "上一年度结转", "上年度转结"}, unit: "件", gap: 6, requests: true})),
		warn("N-CARRIED-FORWARD",
			"正文所述结转下年度件数等于表三四、结转下年度继续办理的总计",
			"the requests the text says were carried forward equal table 3's carried forward (total)",
			rowsClaim(report.RowCarriedForward).with(
				phrase{keys: carriedForwardKeys, unit: "件", gap: 6, requests: true},
				phrase{keys: carriedForwardKeys, unit: "件", gap: 12, after: true, requests: true})),
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
	indexKeys(rules)
	return rules
}

// narrativeNeeds is what every narrative rule needs to be assessable.
var narrativeNeeds = lang.Text{
	Zh: "正文载明该数字（关于申请的数字须在指明政府信息公开申请或依申请公开的句子中）；表中相应单元格为数字，空白总计由全为数字的各项推算",
	En: "the text states the figure (a figure of requests in a sentence that names government information disclosure requests); the table's cells are numbers, a blank total derived from its parts when they all are",
}

// carriedForwardKeys are the words that say requests go on into next year.
var carriedForwardKeys = []string{"结转下年度", "结转到下年度", "结转至下年度", "转入下年度", "顺延到下年度", "顺延至下年度"}
