package render

import (
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/table"
)

// The labels the renderers print around the report's own text: the names of
// the metadata fields. The official labels of the tables and sections come
// from package report, through package table.
var (
	labelMetadataItem    = table.Text{Zh: "项目", En: "Item"}
	labelMetadataValue   = table.Text{Zh: "内容", En: "Value"}
	labelReportingBody   = table.Text{Zh: report.LabelReportingBody, En: report.EnglishReportingBody}
	labelPublisher       = table.Text{Zh: report.LabelPublisher, En: report.EnglishPublisher}
	labelYear            = table.Text{Zh: report.LabelYear, En: report.EnglishYear}
	labelPeriod          = table.Text{Zh: report.LabelPeriod, En: report.EnglishPeriod}
	labelPeriodTo        = table.Text{Zh: report.LabelPeriodTo, En: report.EnglishPeriodTo}
	labelDocumentDate    = table.Text{Zh: report.LabelDocumentDate, En: report.EnglishDocumentDate}
	labelPublicationDate = table.Text{Zh: report.LabelPublicationDate, En: report.EnglishPublicationDate}
	labelIndexNumber     = table.Text{Zh: report.LabelIndexNumber, En: report.EnglishIndexNumber}
	labelDocumentNumber  = table.Text{Zh: report.LabelDocumentNumber, En: report.EnglishDocumentNumber}
	labelAggregate       = table.Text{Zh: report.LabelAggregate, En: report.EnglishAggregate}
	labelYes             = table.Text{Zh: report.LabelYes, En: report.EnglishYes}
	labelFormat          = table.Text{Zh: report.LabelFormat, En: report.EnglishFormat}
)

// The labels of the appendix of validation results (see [WithFindings]).
// The summary is a format for the counts of errors, warnings and infos.
var (
	labelAppendix   = table.Text{Zh: "附录：校验结果", En: "Appendix: validation results"}
	labelSummary    = table.Text{Zh: "错误 %d 项，警告 %d 项，提示 %d 项。", En: "%d error(s), %d warning(s), %d info(s)."}
	labelNoFindings = table.Text{Zh: "未发现问题。", En: "No findings."}
	labelCode       = table.Text{Zh: "规则", En: "Code"}
	labelSeverity   = table.Text{Zh: "严重程度", En: "Severity"}
	labelCell       = table.Text{Zh: "单元格", En: "Cell"}
	labelExpected   = table.Text{Zh: "应为", En: "Expected"}
	labelActual     = table.Text{Zh: "实为", En: "Actual"}
	labelMessage    = table.Text{Zh: "说明", En: "Message"}
)
