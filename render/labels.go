package render

import "github.com/opengov-cn/xxgk/table"

// The labels the renderers print around the report's own text: the names of
// the metadata fields. The official labels of the tables and sections come
// from package report, through package table.
var (
	labelMetadataItem    = table.Text{Zh: "项目", En: "Item"}
	labelMetadataValue   = table.Text{Zh: "内容", En: "Value"}
	labelReportingBody   = table.Text{Zh: "编制机关", En: "Reporting body"}
	labelPublisher       = table.Text{Zh: "发布机构", En: "Publisher"}
	labelYear            = table.Text{Zh: "报告年度", En: "Year"}
	labelPeriod          = table.Text{Zh: "统计期限", En: "Statistical period"}
	labelPeriodTo        = table.Text{Zh: "至", En: " to "}
	labelDocumentDate    = table.Text{Zh: "成文日期", En: "Document date"}
	labelPublicationDate = table.Text{Zh: "发布日期", En: "Publication date"}
	labelIndexNumber     = table.Text{Zh: "索引号", En: "Index number"}
	labelDocumentNumber  = table.Text{Zh: "文号", En: "Document number"}
	labelAggregate       = table.Text{Zh: "本级政府汇总报告", En: "Aggregate report"}
	labelYes             = table.Text{Zh: "是", En: "yes"}
	labelFormat          = table.Text{Zh: "报告格式", En: "Format"}
)
