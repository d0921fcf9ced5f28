package report

import "github.com/shopspring/decimal"

// Report is one 政府信息公开工作年度报告: the annual report on government
// information disclosure of one body for one year, as the official format
// defines it.
//
// Tables hold the cells of both formats; Format says which cells the report
// prints (see [Table2Blocks] and [Table3Rows]). Every cell can also be reached
// by its [Path] (see [Report.Lookup] and [Report.Cells]).
type Report struct {
	// Format is the version of the official format the report follows.
	Format Format
	// Metadata describes the report and the body that made it.
	Metadata Metadata
	// Preamble holds the paragraphs printed before 一、总体情况, such as the
	// statement of the legal basis and the statistical period.
	Preamble []string
	// Overview is 一、总体情况, usually with the subsections （一）主动公开
	// to （五）监督保障.
	Overview Section
	// Table2 is 二、主动公开政府信息情况.
	Table2 Table2
	// Table3 is 三、收到和处理政府信息公开申请情况.
	Table3 Table3
	// Table4 is 四、政府信息公开行政复议、行政诉讼情况.
	Table4 Table4
	// Problems is 五、存在的主要问题及改进情况.
	Problems Section
	// OtherMatters is 六、其他需要报告的事项.
	OtherMatters Section
	// Fees holds the 信息处理费 facts that section 六 reports.
	Fees Fees
}

// Metadata describes a report and the body that made it. Text fields hold
// what was printed; an empty string means not given.
type Metadata struct {
	// Title is the report's title as printed, if any.
	Title string `json:"title"`
	// ReportingBody is the body that made the report (编制机关).
	ReportingBody string `json:"reporting_body"`
	// Publisher is the publisher named on the portal page (发布机构), often
	// a short form of the reporting body.
	Publisher string `json:"publisher"`
	// Year is the year the report covers.
	Year int `json:"year"`
	// PeriodStart and PeriodEnd are the statistical period (统计期限).
	PeriodStart Date `json:"period_start"`
	PeriodEnd   Date `json:"period_end"`
	// DocumentDate is the date the document was written (成文日期).
	DocumentDate Date `json:"document_date"`
	// PublicationDate is the date it was published (发布日期).
	PublicationDate Date `json:"publication_date"`
	// IndexNumber is the portal catalogue number (索引号).
	IndexNumber string `json:"index_number"`
	// DocumentNumber is the document number (文号), if any.
	DocumentNumber string `json:"document_number"`
	// Aggregate is true for a 本级政府 report that sums the reports of the
	// bodies under a government.
	Aggregate bool `json:"aggregate"`
	// Scope says whether the report is a department's or a government's
	// (see [Scope]); ScopeUnknown when not told. Aggregate set reads as
	// ScopeAggregate (see [Metadata.ReportScope]). The reader of published
	// reports sets it with [InferScope]; a caller may set it.
	Scope Scope `json:"scope,omitempty"`
	// Level is the administrative level of the reporting body (see
	// [Level]); LevelUnknown when not told.
	Level Level `json:"level,omitempty"`
	// Other keeps the remaining metadata printed with the report (such as
	// 主题分类), label and value as printed, in printed order.
	Other []Field `json:"other,omitempty"`
}

// Field is one metadata entry kept as printed.
type Field struct {
	Label string `json:"label"` // the label as printed, such as 主题分类
	Value string `json:"value"` // the value as printed
}

// Fees holds the 信息处理费 (information processing fee, charged under
// 国办函〔2020〕109号) that section 六 reports. The fee is in 元, unlike the
// 万元 of table 二. A report that says nothing leaves both blank.
type Fees struct {
	// Notices is the number of fee notices (收费通知) sent.
	Notices Count
	// Collected is the amount of 信息处理费 collected, in 元.
	Collected Amount
}

// New returns an empty report of format f for the given year: every cell
// blank, to be filled by the caller.
func New(f Format, year int) *Report {
	r := &Report{Format: f}
	r.Metadata.Year = year
	for _, c := range allCells {
		c.set(r, Value{Count: Blank, Amount: BlankAmount})
	}
	return r
}

// NewZero returns a report of format f for the given year with every cell
// of the format 0 and every amount 0: the start a builder usually wants
// when it counts from data, since a blank cell means "not reported" and
// makes the rules that read it not assessable. Set "/" or blank where the
// data says so.
func NewZero(f Format, year int) *Report {
	r := New(f, year)
	zero := AmountOf(decimal.Zero)
	for _, c := range CellsOf(f) {
		c.set(r, Value{Kind: c.Kind, Count: 0, Amount: zero})
	}
	return r
}

// FillTotals sets every total of tables 三 and 四 from its parts: each row's
// 总计, the （七）总计 row and each block's 总计. Published totals are facts
// of their own; call this only when building a report from parts.
func (r *Report) FillTotals() {
	r.Table3.FillTotals(r.Format)
	r.Table4.FillTotals(r.Format)
}
