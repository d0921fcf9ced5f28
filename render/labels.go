package render

import (
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// The labels the renderers print around the report's own text: the names of
// the metadata fields. The official labels of the tables and sections come
// from package report, through package table.
var (
	labelMetadataItem    = lang.Text{Zh: "项目", En: "Item"}
	labelMetadataValue   = lang.Text{Zh: "内容", En: "Value"}
	labelReportingBody   = lang.Text{Zh: report.LabelReportingBody, En: report.EnglishReportingBody}
	labelPublisher       = lang.Text{Zh: report.LabelPublisher, En: report.EnglishPublisher}
	labelYear            = lang.Text{Zh: report.LabelYear, En: report.EnglishYear}
	labelPeriod          = lang.Text{Zh: report.LabelPeriod, En: report.EnglishPeriod}
	labelPeriodTo        = lang.Text{Zh: report.LabelPeriodTo, En: report.EnglishPeriodTo}
	labelDocumentDate    = lang.Text{Zh: report.LabelDocumentDate, En: report.EnglishDocumentDate}
	labelPublicationDate = lang.Text{Zh: report.LabelPublicationDate, En: report.EnglishPublicationDate}
	labelIndexNumber     = lang.Text{Zh: report.LabelIndexNumber, En: report.EnglishIndexNumber}
	labelDocumentNumber  = lang.Text{Zh: report.LabelDocumentNumber, En: report.EnglishDocumentNumber}
	labelAggregate       = lang.Text{Zh: report.LabelAggregate, En: report.EnglishAggregate}
	labelYes             = lang.Text{Zh: report.LabelYes, En: report.EnglishYes}
	labelFormat          = lang.Text{Zh: report.LabelFormat, En: report.EnglishFormat}
)

// The labels of the appendix of validation results (see [WithFindings]).
// The summary is a format for the counts of errors, warnings and infos.
var (
	labelAppendix   = lang.Text{Zh: "附录：校验结果", En: "Appendix: validation results"}
	labelSummary    = lang.Text{Zh: "错误 %d 项，警告 %d 项，提示 %d 项。", En: "%d error(s), %d warning(s), %d info(s)."}
	labelNoFindings = lang.Text{Zh: "未发现问题。", En: "No findings."}
)
