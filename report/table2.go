package report

// Article20Item is an item of 条例第二十条 that table 二 reports on.
type Article20Item uint8

// The items of 第二十条 in table 二. Format2021 reports items (1), (5), (6)
// and (8); Format2019 also (9).
const (
	Item1 Article20Item = iota // 第二十条第（一）项: regulations and normative documents
	Item5                      // 第二十条第（五）项: licensing and other external services
	Item6                      // 第二十条第（六）项: penalties and compulsion
	Item8                      // 第二十条第（八）项: administrative fees
	Item9                      // 第二十条第（九）项: centralised procurement (2019 only)
	// NumArticle20Items is the number of items table 二 can report.
	NumArticle20Items = 5
)

var article20Info = [NumArticle20Items]labels{
	Item1: {key: "item1", zh: "第二十条第（一）项", en: "Article 20 item (1)"},
	Item5: {key: "item5", zh: "第二十条第（五）项", en: "Article 20 item (5)"},
	Item6: {key: "item6", zh: "第二十条第（六）项", en: "Article 20 item (6)"},
	Item8: {key: "item8", zh: "第二十条第（八）项", en: "Article 20 item (8)"},
	Item9: {key: "item9", zh: "第二十条第（九）项", en: "Article 20 item (9)"},
}

var article20Index = newLabelIndex[Article20Item](article20Info[:])

// LookupArticle20Item finds the item a printed band label names.
func LookupArticle20Item(label string) (Article20Item, bool) { return article20Index.find(label) }

// Label returns the item's official band label, such as "第二十条第（一）项".
func (i Article20Item) Label() string { return infoAt(article20Info[:], int(i)).zh }

// English returns the item's English label.
func (i Article20Item) English() string { return infoAt(article20Info[:], int(i)).en }

// Key returns the item's short name.
func (i Article20Item) Key() string { return infoAt(article20Info[:], int(i)).key }

// Table2Row is a row of table 二: a kind of information (信息内容).
type Table2Row uint8

// The rows of table 二 of both formats, in printed order.
const (
	Regulations              Table2Row = iota // 规章
	NormativeDocuments                        // 行政规范性文件 (2019: 规范性文件)
	AdministrativeLicensing                   // 行政许可
	OtherExternalServices                     // 其他对外管理服务事项 (2019 only)
	AdministrativePenalties                   // 行政处罚
	AdministrativeCompulsion                  // 行政强制
	AdministrativeFees                        // 行政事业性收费
	CentralisedProcurement                    // 政府集中采购 (2019 only)
	// NumTable2Rows is the number of rows of both formats together.
	NumTable2Rows = 8
)

var table2RowInfo = [NumTable2Rows]labels{
	Regulations:              {key: "regulations", zh: "规章", en: "regulations"},
	NormativeDocuments:       {key: "normative_documents", zh: "行政规范性文件", zh2019: "规范性文件", en: "normative documents"},
	AdministrativeLicensing:  {key: "administrative_licensing", zh: "行政许可", en: "administrative licensing"},
	OtherExternalServices:    {key: "other_external_services", zh: "其他对外管理服务事项", en: "other external management services"},
	AdministrativePenalties:  {key: "administrative_penalties", zh: "行政处罚", en: "administrative penalties"},
	AdministrativeCompulsion: {key: "administrative_compulsion", zh: "行政强制", en: "administrative compulsion"},
	AdministrativeFees:       {key: "administrative_fees", zh: "行政事业性收费", en: "administrative fees"},
	CentralisedProcurement:   {key: "centralised_procurement", zh: "政府集中采购", en: "centralised procurement"},
}

var table2RowIndex = newLabelIndex[Table2Row](table2RowInfo[:])

// LookupTable2Row finds the row a printed label names, in either format's
// wording.
func LookupTable2Row(label string) (Table2Row, bool) { return table2RowIndex.find(label) }

// Label returns the row's official label in format f.
func (r Table2Row) Label(f Format) string { return infoAt(table2RowInfo[:], int(r)).label(f) }

// English returns the row's English label.
func (r Table2Row) English() string { return infoAt(table2RowInfo[:], int(r)).en }

// Key returns the row's name in paths and JSON.
func (r Table2Row) Key() string { return infoAt(table2RowInfo[:], int(r)).key }

// Table2Column is a value column of table 二.
type Table2Column uint8

// The value columns of table 二 of both formats. The count columns come
// first; the two amount columns come last, past the end of [Table2].Counts,
// so that writing a count into an amount cell by a constant index
// (Counts[AdministrativeFees][FeeAmount]) does not compile.
const (
	Issued         Table2Column = iota // 本年制发件数 (2021)
	Repealed                           // 本年废止件数 (2021)
	InForce                            // 现行有效件数 (2021)
	Decisions                          // 本年处理决定数量 (2019: 处理决定数量)
	NewlyMade                          // 本年新制作数量 (2019)
	NewlyDisclosed                     // 本年新公开数量 (2019)
	DisclosedTotal                     // 对外公开总数量 (2019)
	ItemsLastYear                      // 上一年项目数量 (2019)
	Change                             // 本年增/减 (2019), a signed count
	Projects                           // 采购项目数量 (2019)
	// NumTable2CountColumns is the number of count columns: those of
	// [Table2].Counts.
	NumTable2CountColumns = 10

	FeeAmount         Table2Column = NumTable2CountColumns     // 本年收费金额（单位：万元） (2021), an [Amount]
	ProcurementAmount Table2Column = NumTable2CountColumns + 1 // 采购总金额 (2019), an [Amount] with the printed [Unit]
	// NumTable2Columns is the number of value columns of both formats.
	NumTable2Columns = 12
)

var table2ColumnInfo = [NumTable2Columns]labels{
	Issued:            {key: "issued", zh: "本年制发件数", en: "issued this year"},
	Repealed:          {key: "repealed", zh: "本年废止件数", en: "repealed this year"},
	InForce:           {key: "in_force", zh: "现行有效件数", en: "in force"},
	Decisions:         {key: "decisions", zh: "本年处理决定数量", zh2019: "处理决定数量", en: "decisions this year"},
	FeeAmount:         {key: "amount", zh: "本年收费金额（单位：万元）", en: "amount collected this year (10,000 yuan)"},
	NewlyMade:         {key: "newly_made", zh: "本年新制作数量", en: "newly made this year"},
	NewlyDisclosed:    {key: "newly_disclosed", zh: "本年新公开数量", en: "newly disclosed this year"},
	DisclosedTotal:    {key: "disclosed_total", zh: "对外公开总数量", en: "disclosed in total"},
	ItemsLastYear:     {key: "items_last_year", zh: "上一年项目数量", en: "items last year"},
	Change:            {key: "change", zh: "本年增/减", en: "change this year"},
	Projects:          {key: "projects", zh: "采购项目数量", en: "procurement projects"},
	ProcurementAmount: {key: "total_amount", zh: "采购总金额", en: "total procurement amount"},
}

var table2ColumnIndex = newLabelIndex[Table2Column](table2ColumnInfo[:])

// LookupTable2Column finds the column a printed header names.
func LookupTable2Column(label string) (Table2Column, bool) { return table2ColumnIndex.find(label) }

// Label returns the column's official header in format f.
func (c Table2Column) Label(f Format) string { return infoAt(table2ColumnInfo[:], int(c)).label(f) }

// English returns the column's English header.
func (c Table2Column) English() string { return infoAt(table2ColumnInfo[:], int(c)).en }

// Key returns the column's name in paths and JSON.
func (c Table2Column) Key() string { return infoAt(table2ColumnInfo[:], int(c)).key }

// IsAmount reports whether the column holds money rather than a count.
func (c Table2Column) IsAmount() bool { return c == FeeAmount || c == ProcurementAmount }

// IsSigned reports whether the column's count may be negative (本年增/减).
func (c Table2Column) IsSigned() bool { return c == Change }

// Table2Block is one band of table 二: an item of 第二十条, its rows and its
// value columns.
type Table2Block struct {
	Item    Article20Item  // the band, such as 第二十条第（一）项
	Rows    []Table2Row    // the rows, in printed order
	Columns []Table2Column // the value columns, in printed order
}

// Table2Blocks returns the layout of table 二 in format f, band by band in
// printed order, or nil for an unknown format.
func Table2Blocks(f Format) []Table2Block {
	switch f {
	case Format2021:
		return []Table2Block{
			{Item1, []Table2Row{Regulations, NormativeDocuments}, []Table2Column{Issued, Repealed, InForce}},
			{Item5, []Table2Row{AdministrativeLicensing}, []Table2Column{Decisions}},
			{Item6, []Table2Row{AdministrativePenalties, AdministrativeCompulsion}, []Table2Column{Decisions}},
			{Item8, []Table2Row{AdministrativeFees}, []Table2Column{FeeAmount}},
		}
	case Format2019:
		changes := []Table2Column{ItemsLastYear, Change, Decisions}
		return []Table2Block{
			{Item1, []Table2Row{Regulations, NormativeDocuments}, []Table2Column{NewlyMade, NewlyDisclosed, DisclosedTotal}},
			{Item5, []Table2Row{AdministrativeLicensing, OtherExternalServices}, changes},
			{Item6, []Table2Row{AdministrativePenalties, AdministrativeCompulsion}, changes},
			{Item8, []Table2Row{AdministrativeFees}, []Table2Column{ItemsLastYear, Change}},
			{Item9, []Table2Row{CentralisedProcurement}, []Table2Column{Projects, ProcurementAmount}},
		}
	}
	return nil
}

// Table2 is table 二, 主动公开政府信息情况: proactive disclosure under
// 第二十条. It holds the cells of both formats; a report uses those its
// format prints (see [Table2Blocks]).
type Table2 struct {
	// Counts holds every count cell, indexed by row and count column. The
	// amount columns have no place here (see FeeAmount and
	// ProcurementAmount): a constant index of one does not compile.
	Counts [NumTable2Rows][NumTable2CountColumns]Count
	// FeeAmount is 行政事业性收费 本年收费金额 (Format2021), in 万元 as
	// printed. It is not the 信息处理费 of section 六: see Report.Fees.
	FeeAmount Amount
	// ProcurementAmount is 政府集中采购 采购总金额 (Format2019), as printed.
	ProcurementAmount Amount
	// ProcurementUnit is the unit printed with ProcurementAmount, if any.
	ProcurementUnit Unit
}

// Cell returns the count of one cell. Amount cells, and a row or column out
// of range, read as Blank: use FeeAmount and ProcurementAmount for the
// amounts.
func (t *Table2) Cell(r Table2Row, c Table2Column) Count {
	if c.IsAmount() || int(r) >= NumTable2Rows || int(c) >= NumTable2Columns {
		return Blank
	}
	return t.Counts[r][c]
}
