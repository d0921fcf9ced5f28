package report

// Proceeding is a block of table 四: administrative reconsideration, or one
// of the two kinds of lawsuit under 行政诉讼.
type Proceeding uint8

// The blocks of table 四, in printed order.
const (
	Reconsideration          Proceeding = iota // 行政复议
	SuedDirectly                               // 行政诉讼 / 未经复议直接起诉
	SuedAfterReconsideration                   // 行政诉讼 / 复议后起诉
	// NumProceedings is the number of blocks of table 四.
	NumProceedings = 3
)

var proceedingInfo = [NumProceedings]labels{
	Reconsideration:          {key: "reconsideration", zh: "行政复议", en: "administrative reconsideration"},
	SuedDirectly:             {key: "sued_directly", zh: "未经复议直接起诉", en: "sued directly"},
	SuedAfterReconsideration: {key: "sued_after_reconsideration", zh: "复议后起诉", en: "sued after reconsideration"},
}

var proceedingIndex = newLabelIndex[Proceeding](proceedingInfo[:])

// Proceedings lists the blocks of table 四 in printed order.
func Proceedings() []Proceeding {
	return []Proceeding{Reconsideration, SuedDirectly, SuedAfterReconsideration}
}

// LookupProceeding finds the block a printed label names.
func LookupProceeding(label string) (Proceeding, bool) { return proceedingIndex.find(label) }

// Label returns the block's official label.
func (p Proceeding) Label() string { return infoAt(proceedingInfo[:], int(p)).zh }

// English returns the block's English label.
func (p Proceeding) English() string { return infoAt(proceedingInfo[:], int(p)).en }

// Key returns the block's name in paths and JSON.
func (p Proceeding) Key() string { return infoAt(proceedingInfo[:], int(p)).key }

// IsLitigation reports whether the block stands under 行政诉讼.
func (p Proceeding) IsLitigation() bool { return p == SuedDirectly || p == SuedAfterReconsideration }

// LabelPath returns the block's labels from the outermost, such as
// ["行政诉讼", "未经复议直接起诉"].
func (p Proceeding) LabelPath() []string {
	if p.IsLitigation() {
		return []string{LabelLitigation, p.Label()}
	}
	return []string{p.Label()}
}

// EnglishPath is LabelPath in English.
func (p Proceeding) EnglishPath() []string {
	if p.IsLitigation() {
		return []string{EnglishLitigation, p.English()}
	}
	return []string{p.English()}
}

// Result is a column of a block of table 四: how the cases ended, or the
// block's total.
type Result uint8

// The columns of each block of table 四, in printed order.
const (
	Upheld      Result = iota // 结果维持
	Corrected                 // 结果纠正
	OtherResult               // 其他结果
	Pending                   // 尚未审结
	ResultTotal               // 总计
	// NumResults is the number of columns of each block.
	NumResults = 5
)

var resultInfo = [NumResults]labels{
	Upheld:      {key: "upheld", zh: "结果维持", en: "upheld"},
	Corrected:   {key: "corrected", zh: "结果纠正", en: "corrected"},
	OtherResult: {key: "other_result", zh: "其他结果", en: "other result"},
	Pending:     {key: "pending", zh: "尚未审结", en: "pending"},
	ResultTotal: {key: "total", zh: "总计", en: "total"},
}

var resultIndex = newLabelIndex[Result](resultInfo[:])

// Results lists the columns of a block of table 四 in printed order.
func Results() []Result { return []Result{Upheld, Corrected, OtherResult, Pending, ResultTotal} }

// LookupResult finds the column a printed label names.
func LookupResult(label string) (Result, bool) { return resultIndex.find(label) }

// Label returns the column's official label.
func (r Result) Label() string { return infoAt(resultInfo[:], int(r)).zh }

// English returns the column's English label.
func (r Result) English() string { return infoAt(resultInfo[:], int(r)).en }

// Key returns the column's name in paths and JSON.
func (r Result) Key() string { return infoAt(resultInfo[:], int(r)).key }

// Block is one block of table 四: a count for each column, indexed by
// [Result].
type Block [NumResults]Count

// Table4 is table 四, 政府信息公开行政复议、行政诉讼情况: the
// reconsideration and litigation cases arising from the body's disclosure
// work, one block of five cells for each [Proceeding].
type Table4 struct {
	// Blocks holds a block for each Proceeding.
	Blocks [NumProceedings]Block
}

// Cell returns the count of one cell.
func (t *Table4) Cell(p Proceeding, r Result) Count {
	if int(p) >= NumProceedings || int(r) >= NumResults {
		return Blank
	}
	return t.Blocks[p][r]
}

// FillTotals sets each block's 总计 to the sum of its four results. A total
// whose parts are all blank is left blank.
func (t *Table4) FillTotals() {
	for p := range t.Blocks {
		t.Blocks[p][ResultTotal] = sumCounts(t.Blocks[p][:ResultTotal])
	}
}
