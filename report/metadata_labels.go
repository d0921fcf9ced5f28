package report

// The names of the metadata fields as renderers print them and readers find
// them: the labels of a portal's metadata block (索引号, 发布机构, 成文日期)
// and of the lines a rendered report prints above its text. They are not
// labels of the official tables.
const (
	LabelReportingBody   = "编制机关"
	LabelPublisher       = "发布机构"
	LabelYear            = "报告年度"
	LabelPeriod          = "统计期限"
	LabelPeriodTo        = "至"
	LabelDocumentDate    = "成文日期"
	LabelPublicationDate = "发布日期"
	LabelIndexNumber     = "索引号"
	LabelDocumentNumber  = "文号"
	LabelTitle           = "标题"
	LabelAggregate       = "本级政府汇总报告"
	LabelYes             = "是"
	LabelFormat          = "报告格式"
)

// English names of the metadata fields above.
const (
	EnglishReportingBody   = "Reporting body"
	EnglishPublisher       = "Publisher"
	EnglishYear            = "Year"
	EnglishPeriod          = "Statistical period"
	EnglishPeriodTo        = " to "
	EnglishDocumentDate    = "Document date"
	EnglishPublicationDate = "Publication date"
	EnglishIndexNumber     = "Index number"
	EnglishDocumentNumber  = "Document number"
	EnglishTitle           = "Title"
	EnglishAggregate       = "Aggregate report"
	EnglishYes             = "yes"
	EnglishFormat          = "Format"
)
