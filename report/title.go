package report

// The name of the document itself, which a renderer prints in a title built
// from the metadata when the report has no printed title of its own.
const (
	// LabelAnnualReport is the document's name, as 条例第五十条 gives it.
	LabelAnnualReport = "政府信息公开工作年度报告"
	// EnglishAnnualReport is its English name.
	EnglishAnnualReport = "annual report on government information disclosure"
)
