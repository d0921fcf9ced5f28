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

// Table4Column is a column of a block of table 四: how the cases ended, or the
// block's total.
type Table4Column uint8

// The columns of each block of table 四, in printed order.
const (
	Upheld      Table4Column = iota // 结果维持
	Corrected                       // 结果纠正
	OtherResult                     // 其他结果
	Pending                         // 尚未审结
	Table4Total                     // 总计
	// NumTable4Columns is the number of columns of each block.
	NumTable4Columns = 5
)

var table4ColumnInfo = [NumTable4Columns]labels{
	Upheld:      {key: "upheld", zh: "结果维持", en: "upheld"},
	Corrected:   {key: "corrected", zh: "结果纠正", en: "corrected"},
	OtherResult: {key: "other_result", zh: "其他结果", en: "other result"},
	Pending:     {key: "pending", zh: "尚未审结", en: "pending"},
	Table4Total: {key: "total", zh: "总计", en: "total"},
}

var table4ColumnIndex = newLabelIndex[Table4Column](table4ColumnInfo[:])

// Table4Columns lists the columns of a block of table 四 in printed order.
func Table4Columns() []Table4Column {
	return []Table4Column{Upheld, Corrected, OtherResult, Pending, Table4Total}
}

// LookupTable4Column finds the column a printed label names.
func LookupTable4Column(label string) (Table4Column, bool) { return table4ColumnIndex.find(label) }

// Label returns the column's official label.
func (r Table4Column) Label() string { return infoAt(table4ColumnInfo[:], int(r)).zh }

// English returns the column's English label.
func (r Table4Column) English() string { return infoAt(table4ColumnInfo[:], int(r)).en }

// Key returns the column's name in paths and JSON.
func (r Table4Column) Key() string { return infoAt(table4ColumnInfo[:], int(r)).key }

// Block is one block of table 四: a count for each column, indexed by
// [Table4Column].
type Block [NumTable4Columns]Count

// Table4 is table 四, 政府信息公开行政复议、行政诉讼情况: the
// reconsideration and litigation cases arising from the body's disclosure
// work, one block of five cells for each [Proceeding].
type Table4 struct {
	// Blocks holds a block for each Proceeding.
	Blocks [NumProceedings]Block
}

// Cell returns the count of one cell.
func (t *Table4) Cell(p Proceeding, r Table4Column) Count {
	if int(p) >= NumProceedings || int(r) >= NumTable4Columns {
		return Blank
	}
	return t.Blocks[p][r]
}

// FillTotals sets each block's 总计 to the sum of its four results. A total
// whose parts are all blank is left blank. Table 四 is the same in both
// formats, so f changes nothing; it is there so that tables 三 and 四 fill
// alike.
func (t *Table4) FillTotals(f Format) {
	for p := range t.Blocks {
		t.Blocks[p][Table4Total] = sumCounts(t.Blocks[p][:Table4Total])
	}
}
