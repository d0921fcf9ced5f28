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
