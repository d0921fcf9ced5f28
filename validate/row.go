package validate

import (
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// Row is a finding as one row of a table: the form in which the render
// appendix, the CSV of package batch and the command line print findings.
// Every field is text in the language the row was made in.
type Row struct {
	Code     string // the rule's code
	Severity string // the severity, as [Severity.In] gives it
	Cell     string // the full label of the first cell, or a place in the input
	Expected string // the figure expected, when figures were compared
	Actual   string // the figure found, when figures were compared
	Message  string // what is wrong
}

// The columns of a [Row], in order.
const (
	ColumnCode = iota
	ColumnSeverity
	ColumnCell
	ColumnExpected
	ColumnActual
	ColumnMessage
	// NumColumns is the number of columns of a Row.
	NumColumns
)

// rowHeader holds the title of each column in both languages.
var rowHeader = [NumColumns]lang.Text{
	ColumnCode:     {Zh: "规则", En: "Code"},
	ColumnSeverity: {Zh: "严重程度", En: "Severity"},
	ColumnCell:     {Zh: "单元格", En: "Cell"},
	ColumnExpected: {Zh: "应为", En: "Expected"},
	ColumnActual:   {Zh: "实为", En: "Actual"},
	ColumnMessage:  {Zh: "说明", En: "Message"},
}

// RowHeader returns the column titles of a [Row] in language l, in order.
func RowHeader(l lang.Lang) []string {
	out := make([]string, NumColumns)
	for i, t := range rowHeader {
		out[i] = t.In(l)
	}
	return out
}

// Fields returns the row's fields in the order of [RowHeader].
func (r Row) Fields() []string {
	return []string{r.Code, r.Severity, r.Cell, r.Expected, r.Actual, r.Message}
}

// Row returns the finding as a table row in language l, its cell labelled
// as format prints it.
func (f *Finding) Row(l lang.Lang, format report.Format) Row {
	row := Row{Code: f.Code, Severity: f.Severity.In(l), Cell: f.Label(l, format), Message: f.Message.In(l)}
	if f.Compared {
		row.Expected, row.Actual = f.Expected.String(), f.Actual.String()
	}
	return row
}
