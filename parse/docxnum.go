package parse

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// numbering computes the numbers Word prints before automatically numbered
// paragraphs ("一、", "（一）", "1."), which are not in the text: from the
// definitions of numbering.xml (w:abstractNum levels, w:num instances with
// their overrides) and the numbering that paragraph styles carry
// (styles.xml), counting the paragraphs as they are read.
//
// Counting follows Word: instances (w:num) of one w:abstractNum share their
// counters, a w:startOverride restarts a level at the instance's first
// paragraph, and a level restarts after a paragraph of a higher level
// unless its w:lvlRestart says otherwise.
type numbering struct {
	abstract     map[string]*numAbstract
	nums         map[string]*numInstance
	styles       map[string]*numStyle
	defaultStyle string
	counters     map[string]*[numLevels]numCounter // by abstractNumId
	started      map[string]bool                   // w:num instances used so far
}

// numLevels is the number of levels of a list (w:ilvl 0 to 8).
const numLevels = 9

// maxNumDefs bounds the definitions kept from numbering.xml and styles.xml.
const maxNumDefs = 10000

type numCounter struct {
	value int
	set   bool // false until the level is used, and after a restart
}

type numLevel struct {
	start   int
	format  string // w:numFmt
	text    string // w:lvlText, "%1、"
	restart int    // w:lvlRestart; -1 when absent
	suffix  string // w:suff: tab (the default), space or nothing
	legal   bool   // w:isLgl: the numbers of all levels in decimal
	style   string // w:pStyle: the paragraph style that takes this level
}

type numAbstract struct {
	levels   [numLevels]*numLevel
	linkedTo string // w:numStyleLink: the numbering is the style's
}

type numInstance struct {
	abstract      string
	levels        [numLevels]*numLevel // w:lvlOverride/w:lvl
	startOverride [numLevels]int       // -1 when none
}

type numStyle struct {
	basedOn     string
	numID, ilvl string
	hasNumID    bool
	hasIlvl     bool
}

func newNumbering() *numbering {
	return &numbering{
		abstract: map[string]*numAbstract{},
		nums:     map[string]*numInstance{},
		styles:   map[string]*numStyle{},
		counters: map[string]*[numLevels]numCounter{},
		started:  map[string]bool{},
	}
}

// The XML of numbering.xml and styles.xml, as far as numbers go.
type (
	xmlVal struct {
		Val string `xml:"val,attr"`
	}
	xmlLevel struct {
		Ilvl    string  `xml:"ilvl,attr"`
		Start   *xmlVal `xml:"start"`
		NumFmt  *xmlVal `xml:"numFmt"`
		LvlText *xmlVal `xml:"lvlText"`
		Restart *xmlVal `xml:"lvlRestart"`
		Suff    *xmlVal `xml:"suff"`
		IsLgl   *xmlVal `xml:"isLgl"`
		PStyle  *xmlVal `xml:"pStyle"`
		// Word 2010 and later put new formats in mc:AlternateContent,
		// with a format older readers know as the fallback.
		Alt *struct {
			Fallback struct {
				NumFmt *xmlVal `xml:"numFmt"`
			} `xml:"Fallback"`
		} `xml:"AlternateContent"`
	}
	xmlAbstractNum struct {
		ID           string     `xml:"abstractNumId,attr"`
		Levels       []xmlLevel `xml:"lvl"`
		NumStyleLink *xmlVal    `xml:"numStyleLink"`
	}
	xmlNum struct {
		ID         string `xml:"numId,attr"`
		AbstractID xmlVal `xml:"abstractNumId"`
		Overrides  []struct {
			Ilvl          string    `xml:"ilvl,attr"`
			StartOverride *xmlVal   `xml:"startOverride"`
			Level         *xmlLevel `xml:"lvl"`
		} `xml:"lvlOverride"`
	}
	xmlNumPr struct {
		Ilvl  *xmlVal `xml:"ilvl"`
		NumID *xmlVal `xml:"numId"`
	}
	xmlStyle struct {
		Type    string  `xml:"type,attr"`
		ID      string  `xml:"styleId,attr"`
		Default string  `xml:"default,attr"`
		BasedOn *xmlVal `xml:"basedOn"`
		PPr     struct {
			NumPr *xmlNumPr `xml:"numPr"`
		} `xml:"pPr"`
	}
)

// level index reads a w:ilvl value.
func levelIndex(s string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	return n, err == nil && n >= 0 && n < numLevels
}

func (x *xmlLevel) level() *numLevel {
	l := &numLevel{start: 1, format: "decimal", restart: -1}
	if x.Start != nil {
		if n, err := strconv.Atoi(x.Start.Val); err == nil {
			l.start = max(0, min(n, 32767))
		}
	}
	switch {
	case x.NumFmt != nil:
		l.format = x.NumFmt.Val
	case x.Alt != nil && x.Alt.Fallback.NumFmt != nil:
		l.format = x.Alt.Fallback.NumFmt.Val
	}
	if x.LvlText != nil {
		l.text = x.LvlText.Val
	}
	if x.Restart != nil {
		if n, err := strconv.Atoi(x.Restart.Val); err == nil && n >= 0 {
			l.restart = n
		}
	}
	if x.Suff != nil {
		l.suffix = x.Suff.Val
	}
	if x.IsLgl != nil {
		l.legal = x.IsLgl.Val == "" || x.IsLgl.Val == "1" || x.IsLgl.Val == "true" || x.IsLgl.Val == "on"
	}
	if x.PStyle != nil {
		l.style = x.PStyle.Val
	}
	return l
}

// readNumbering reads numbering.xml.
func (n *numbering) readNumbering(dec *xml.Decoder) error {
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok || !isW(se.Name) || len(n.abstract)+len(n.nums) > maxNumDefs {
			continue
		}
		switch se.Name.Local {
		case "abstractNum":
			var x xmlAbstractNum
			if err := dec.DecodeElement(&x, &se); err != nil {
				return err
			}
			a := &numAbstract{}
			for i := range x.Levels {
				if k, ok := levelIndex(x.Levels[i].Ilvl); ok {
					a.levels[k] = x.Levels[i].level()
				}
			}
			if x.NumStyleLink != nil {
				a.linkedTo = x.NumStyleLink.Val
			}
			if _, dup := n.abstract[x.ID]; !dup {
				n.abstract[x.ID] = a
			}
		case "num":
			var x xmlNum
			if err := dec.DecodeElement(&x, &se); err != nil {
				return err
			}
			in := &numInstance{abstract: x.AbstractID.Val}
			for i := range in.startOverride {
				in.startOverride[i] = -1
			}
			for _, o := range x.Overrides {
				k, ok := levelIndex(o.Ilvl)
				if !ok {
					continue
				}
				if o.StartOverride != nil {
					if v, err := strconv.Atoi(o.StartOverride.Val); err == nil {
						in.startOverride[k] = max(0, min(v, 32767))
					}
				}
				if o.Level != nil {
					in.levels[k] = o.Level.level()
				}
			}
			if _, dup := n.nums[x.ID]; !dup {
				n.nums[x.ID] = in
			}
		}
	}
}

// readStyles reads the numbering of the paragraph styles of styles.xml.
func (n *numbering) readStyles(dec *xml.Decoder) error {
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok || !isW(se.Name) || se.Name.Local != "style" || len(n.styles) > maxNumDefs {
			continue
		}
		var x xmlStyle
		if err := dec.DecodeElement(&x, &se); err != nil {
			return err
		}
		if x.Type != "" && x.Type != "paragraph" {
			continue
		}
		s := &numStyle{}
		if x.BasedOn != nil {
			s.basedOn = x.BasedOn.Val
		}
		if np := x.PPr.NumPr; np != nil {
			if np.NumID != nil {
				s.numID, s.hasNumID = np.NumID.Val, true
			}
			if np.Ilvl != nil {
				s.ilvl, s.hasIlvl = np.Ilvl.Val, true
			}
		}
		if x.Default == "1" || x.Default == "true" {
			n.defaultStyle = x.ID
		}
		if _, dup := n.styles[x.ID]; !dup {
			n.styles[x.ID] = s
		}
	}
}

// maxStyleChain bounds the styles followed through w:basedOn.
const maxStyleChain = 16

// label counts a paragraph with the given style and numbering properties
// (those of the paragraph itself; the style's fill in what they lack), and
// returns its number as printed ("" for none, bullets included) and what
// separates it from the text.
func (n *numbering) label(style, numID string, hasNumID bool, ilvl string, hasIlvl bool) (string, string) {
	if style == "" {
		style = n.defaultStyle
	}
	numID, hasNumID, ilvl, hasIlvl = n.inheritNumPr(style, numID, hasNumID, ilvl, hasIlvl)
	if !hasNumID || strings.TrimSpace(numID) == "0" {
		return "", ""
	}
	l, ok := n.list(numID)
	if !ok {
		return "", ""
	}
	k := 0
	if hasIlvl {
		if k, ok = levelIndex(ilvl); !ok {
			return "", ""
		}
	} else {
		k = l.levelOfStyle(style)
	}
	def := l.level(k)
	if def == nil {
		return "", ""
	}
	c := n.count(l, k)
	if def.format == "bullet" {
		return "", ""
	}
	label := l.print(def, c)
	suffix := " "
	if def.suffix == "nothing" || strings.TrimSpace(label) == "" || endsInPunctuation(label) {
		suffix = ""
	}
	return label, suffix
}

// inheritNumPr fills in the numbering properties a paragraph lacks from its
// style and the styles that style is based on.
func (n *numbering) inheritNumPr(style, numID string, hasNumID bool, ilvl string, hasIlvl bool) (string, bool, string, bool) {
	for s, i := style, 0; s != "" && i < maxStyleChain && (!hasNumID || !hasIlvl); i++ {
		st, ok := n.styles[s]
		if !ok {
			break
		}
		if !hasNumID && st.hasNumID {
			numID, hasNumID = st.numID, true
		}
		if !hasIlvl && st.hasIlvl && hasNumID {
			ilvl, hasIlvl = st.ilvl, true
		}
		s = st.basedOn
	}
	return numID, hasNumID, ilvl, hasIlvl
}

// numList is a w:num instance together with the w:abstractNum it counts in.
type numList struct {
	numID string
	inst  *numInstance
	absID string
	abs   *numAbstract
}

// list finds the instance numID and its definition, following a
// w:numStyleLink to the numbering of the style it names.
func (n *numbering) list(numID string) (numList, bool) {
	inst, ok := n.nums[numID]
	if !ok {
		return numList{}, false
	}
	absID := inst.abstract
	abs, ok := n.abstract[absID]
	if !ok {
		return numList{}, false
	}
	if abs.linkedTo != "" { // the definition is that of a numbering style
		if st, ok := n.styles[abs.linkedTo]; ok && st.hasNumID {
			if in2, ok := n.nums[st.numID]; ok {
				if a2, ok := n.abstract[in2.abstract]; ok {
					absID, abs = in2.abstract, a2
				}
			}
		}
	}
	return numList{numID: numID, inst: inst, absID: absID, abs: abs}, true
}

// level is the definition of level i: the instance's override, else the
// abstract definition's (nil when neither defines it).
func (l numList) level(i int) *numLevel {
	if l.inst.levels[i] != nil {
		return l.inst.levels[i]
	}
	return l.abs.levels[i]
}

// levelOfStyle is the level whose w:pStyle is style, 0 when none is.
func (l numList) levelOfStyle(style string) int {
	for i, lv := range l.abs.levels {
		if lv != nil && lv.style != "" && lv.style == style {
			return i
		}
	}
	return 0
}

// startOf is the number level i starts at.
func (l numList) startOf(i int) int {
	if v := l.inst.startOverride[i]; v >= 0 {
		return v
	}
	if lv := l.level(i); lv != nil {
		return lv.start
	}
	return 1
}

// count advances level k of the list's counters, restarting the levels
// below it, and returns the counters.
func (n *numbering) count(l numList, k int) *[numLevels]numCounter {
	c := n.counters[l.absID]
	if c == nil {
		c = new([numLevels]numCounter)
		n.counters[l.absID] = c
	}
	if !n.started[l.numID] {
		n.started[l.numID] = true
		for i, v := range l.inst.startOverride {
			if v >= 0 {
				c[i].set = false
			}
		}
	}
	if c[k].set {
		c[k].value++
	} else {
		c[k] = numCounter{value: l.startOf(k), set: true}
	}
	for i := k + 1; i < numLevels; i++ {
		restart := i // by default a level restarts after any higher level
		if lv := l.level(i); lv != nil && lv.restart >= 0 {
			restart = lv.restart
		}
		if k < restart {
			c[i].set = false
		}
	}
	return c
}

// print writes the w:lvlText of def with each %N replaced by the current
// number of level N in its format.
func (l numList) print(def *numLevel, c *[numLevels]numCounter) string {
	var b strings.Builder
	text := def.text
	for i := 0; i < len(text); i++ {
		if text[i] == '%' && i+1 < len(text) && text[i+1] >= '1' && text[i+1] <= '9' {
			j := int(text[i+1] - '1')
			v := l.startOf(j)
			if c[j].set {
				v = c[j].value
			}
			format := "decimal"
			if lv := l.level(j); lv != nil && !def.legal {
				format = lv.format
			}
			b.WriteString(formatNumber(v, format))
			i++
			continue
		}
		b.WriteByte(text[i])
	}
	return b.String()
}

// endsInPunctuation reports whether a number ends in a mark that separates
// it from the text on its own ("一、", "（一）", "1.").
func endsInPunctuation(s string) bool {
	for _, p := range []string{"、", "．", ".", "）", ")", "：", ":", "，", ",", "]", "】", "〕"} {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

var (
	chineseDigits     = []rune("〇一二三四五六七八九")
	chineseLegal      = []rune("零壹贰叁肆伍陆柒捌玖")
	chineseLegalTrad  = []rune("零壹貳參肆伍陸柒捌玖")
	heavenlyStems     = []rune("甲乙丙丁戊己庚辛壬癸")
	earthlyBranches   = []rune("子丑寅卯辰巳午未申酉戌亥")
	chineseUnits      = []rune("十百千")
	chineseLegalUnits = []rune("拾佰仟")
)

// formatNumber writes n in a w:numFmt. Formats not known here, and
// numbers a format cannot write (甲 to 癸 stop at 10), are written in
// decimal.
func formatNumber(n int, format string) string {
	switch format {
	case "none", "bullet":
		return ""
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "decimalFullWidth", "decimalFullWidth2":
		return mapDigits(n, func(d rune) rune { return d + '０' - '0' })
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "ideographEnclosedCircle":
		if n >= 1 && n <= 10 {
			return string(rune('㊀' + n - 1))
		}
	case "decimalEnclosedParen":
		if n >= 1 && n <= 20 {
			return string(rune('⑴' + n - 1))
		}
	case "decimalEnclosedFullstop":
		if n >= 1 && n <= 20 {
			return string(rune('⒈' + n - 1))
		}
	case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand":
		if n >= 1 && n < 10000 {
			return chineseCount(n, chineseDigits, chineseUnits, true)
		}
	case "chineseLegalSimplified":
		if n >= 1 && n < 10000 {
			return chineseCount(n, chineseLegal, chineseLegalUnits, false)
		}
	case "ideographLegalTraditional":
		if n >= 1 && n < 10000 {
			return chineseCount(n, chineseLegalTrad, chineseLegalUnits, false)
		}
	case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
		return mapDigits(n, func(d rune) rune { return chineseDigits[d-'0'] })
	case "ideographTraditional":
		if n >= 1 && n <= len(heavenlyStems) {
			return string(heavenlyStems[n-1])
		}
	case "ideographZodiac":
		if n >= 1 && n <= len(earthlyBranches) {
			return string(earthlyBranches[n-1])
		}
	case "lowerLetter", "upperLetter":
		if n >= 1 && n <= 26*30 {
			// a … z, aa … zz, aaa …: the letter repeated.
			l := rune('a' + (n-1)%26)
			if format == "upperLetter" {
				l = rune('A' + (n-1)%26)
			}
			return strings.Repeat(string(l), (n-1)/26+1)
		}
	case "lowerRoman", "upperRoman":
		if n >= 1 && n < 4000 {
			r := roman(n)
			if format == "lowerRoman" {
				r = strings.ToLower(r)
			}
			return r
		}
	}
	return strconv.Itoa(n)
}

// mapDigits writes n in decimal with each digit replaced by digit(d).
func mapDigits(n int, digit func(d rune) rune) string {
	var b strings.Builder
	for _, d := range strconv.Itoa(n) {
		if d >= '0' && d <= '9' {
			d = digit(d)
		}
		b.WriteRune(d)
	}
	return b.String()
}

// chineseCount writes 1 ≤ n < 10000 with Chinese numerals and units:
// 十一, 二十, 一百零五. With short, 10 to 19 drop the leading 一 (十一, not
// 一十一), as everyday counting does.
func chineseCount(n int, digits, units []rune, short bool) string {
	var b strings.Builder
	pos := []int{1000, 100, 10}
	zero := false
	for i, p := range pos {
		d := n / p % 10
		if d == 0 {
			if b.Len() > 0 {
				zero = true
			}
			continue
		}
		if zero {
			b.WriteRune('零')
			zero = false
		}
		if !(short && p == 10 && d == 1 && b.Len() == 0) {
			b.WriteRune(digits[d])
		}
		b.WriteRune(units[2-i])
	}
	if d := n % 10; d != 0 {
		if zero {
			b.WriteRune('零')
		}
		b.WriteRune(digits[d])
	}
	return b.String()
}

func roman(n int) string {
	values := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	symbols := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range values {
		for n >= v {
			b.WriteString(symbols[i])
			n -= v
		}
	}
	return b.String()
}
