package parse

import (
	"fmt"

	"github.com/opengov-cn/xxgk/report"
)

// Severity says how much a diagnostic matters.
type Severity uint8

const (
	// Info notes something about the input that changed nothing, such as a
	// recognised deviation from the official wording.
	Info Severity = iota
	// Warning says something was read with a doubt, or something printed
	// was not kept (an extra row a province adds).
	Warning
	// Error says a cell or a part of the report could not be read: the
	// report holds a blank where the document may hold a value.
	Error
)

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	}
	return "error"
}

// MarshalText encodes the severity as its name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Location is a place in the input. For text, Line and Column (1-based, the
// column counted in characters). For HTML, Line too where known, and Table,
// Row and Cell (1-based, in the order of the page's tables, rows and
// cells). For PDF, Page (1-based), with Line (the line on the page) or
// Table, Row and Cell. 0 where it does not apply.
type Location struct {
	// Page is the page of a PDF.
	Page int `json:"page,omitempty"`
	// Line and Column place it in text (Column in characters); Line is
	// also given for HTML where known.
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
	// Table, Row and Cell place it among an HTML page's tables.
	Table int `json:"table,omitempty"`
	Row   int `json:"row,omitempty"`
	Cell  int `json:"cell,omitempty"`
}

// String returns the location as "line 12, column 3" or "table 2, row 5,
// cell 4 (line 80)", after "page 3, " for a PDF.
func (l Location) String() string {
	if l.Page > 0 {
		rest := Location{Line: l.Line, Column: l.Column, Table: l.Table, Row: l.Row, Cell: l.Cell}
		if rest == (Location{}) {
			return fmt.Sprintf("page %d", l.Page)
		}
		return fmt.Sprintf("page %d, %s", l.Page, rest)
	}
	switch {
	case l.Table > 0 && l.Line > 0:
		return fmt.Sprintf("table %d, row %d, cell %d (line %d)", l.Table, l.Row, l.Cell, l.Line)
	case l.Table > 0:
		return fmt.Sprintf("table %d, row %d, cell %d", l.Table, l.Row, l.Cell)
	case l.Column > 0:
		return fmt.Sprintf("line %d, column %d", l.Line, l.Column)
	case l.Line > 0:
		return fmt.Sprintf("line %d", l.Line)
	}
	return "document"
}

// Chinese returns the location in Chinese: "第12行第3列", "表2第5行第4格",
// after "第3页" for a PDF.
func (l Location) Chinese() string {
	if l.Page > 0 {
		rest := Location{Line: l.Line, Column: l.Column, Table: l.Table, Row: l.Row, Cell: l.Cell}
		if rest == (Location{}) {
			return fmt.Sprintf("第%d页", l.Page)
		}
		return fmt.Sprintf("第%d页", l.Page) + rest.Chinese()
	}
	switch {
	case l.Table > 0:
		return fmt.Sprintf("表%d第%d行第%d格", l.Table, l.Row, l.Cell)
	case l.Column > 0:
		return fmt.Sprintf("第%d行第%d列", l.Line, l.Column)
	case l.Line > 0:
		return fmt.Sprintf("第%d行", l.Line)
	}
	return "全文"
}

// Diagnostic codes. A code names one kind of problem and is never reused
// for another.
const (
	// CodeBadDate: a metadata date that could not be read.
	CodeBadDate = "bad-date"
	// CodeNoSection: a section heading was not found.
	CodeNoSection = "missing-section"
	// CodeHeadingVariant: a section heading differs from the official one.
	CodeHeadingVariant = "heading-variant"
	// CodeNoTable: a section's table was not found.
	CodeNoTable = "missing-table"
	// CodeMissingRow: a row of the official table was not found; its cells
	// are blank.
	CodeMissingRow = "missing-row"
	// CodeUnknownRow: a printed row matched no row of the official table
	// (an extra row a province adds, or a damaged label); its cells are not
	// kept.
	CodeUnknownRow = "unknown-row"
	// CodeCellCount: a row holds more or fewer cells than the official
	// table; its cells are blank.
	CodeCellCount = "cell-count"
	// CodePaddedRow: a row ends in empty cells that may be padding: if a
	// cell is missing, its values have moved left.
	CodePaddedRow = "padded-row"
	// CodeDuplicateRow: a row of the official table is printed again; the
	// second is not read.
	CodeDuplicateRow = "duplicate-row"
	// CodeBadCell: a cell holds something that is not a number; it is
	// blank.
	CodeBadCell = "bad-cell"
	// CodeAmbiguousSplit: the digits of a row run together and more than
	// one split fits the identities; its cells are blank.
	CodeAmbiguousSplit = "ambiguous-split"
	// CodeNoSplit: the digits of a row run together and no split fits the
	// identities; its cells are blank.
	CodeNoSplit = "no-split"
	// CodeSplitByIdentity: the digits of a row ran together and were split
	// with the help of the identities (the one split that fits).
	CodeSplitByIdentity = "split-by-identity"
	// CodeFormat: the tables follow one format, the report's year calls for
	// the other.
	CodeFormat = "format-mismatch"
	// CodeFormatByYear: the tables do not tell the format; the year's is
	// used.
	CodeFormatByYear = "format-by-year"
	// CodeHybridOtherHandling: a report on the 2021 format prints
	// （六）其他处理 as a single row, as the 2019 format did.
	CodeHybridOtherHandling = "hybrid-other-handling"
	// CodeUnit: a unit written inside a cell was read and removed.
	CodeUnit = "unit-in-cell"
)

// Diagnostic is one thing the reader could not read, or read with a doubt.
type Diagnostic struct {
	// Severity says how much it matters.
	Severity Severity `json:"severity"`
	// Code names the kind of problem.
	Code string `json:"code"`
	// At is where in the input.
	At Location `json:"at"`
	// Paths are the report cells concerned, if any.
	Paths []report.Path `json:"paths,omitempty"`
	// Expected and Found say what the reader looked for and what it found.
	Expected string `json:"expected,omitempty"`
	Found    string `json:"found,omitempty"`
}

// messages holds each code's message in Chinese and English; %[1]s is the
// location, %[2]s what was expected, %[3]s what was found.
var messages = map[string][2]string{
	CodeBadDate:             {"%[1]s：无法识别日期“%[3]s”，应为 %[2]s", "%[1]s: cannot read the date %[3]q (want %[2]s)"},
	CodeNoSection:           {"未找到“%[2]s”部分", "section %[2]s not found"},
	CodeHeadingVariant:      {"%[1]s：标题“%[3]s”与规定格式“%[2]s”不一致", "%[1]s: heading %[3]q differs from the official %[2]q"},
	CodeNoTable:             {"%[1]s：未找到“%[2]s”的表格，其单元格均为空白", "%[1]s: the table of %[2]s not found; its cells are blank"},
	CodeMissingRow:          {"%[1]s：未找到行“%[2]s”，其单元格为空白", "%[1]s: row %[2]q not found; its cells are blank"},
	CodeUnknownRow:          {"%[1]s：行“%[3]s”不是规定格式中的行，未读取", "%[1]s: row %[3]q is not a row of the official table; not read"},
	CodeDuplicateRow:        {"%[1]s：行“%[2]s”再次出现（%[3]s），未读取", "%[1]s: row %[2]q is printed again (%[3]q); not read"},
	CodeCellCount:           {"%[1]s：该行应有 %[2]s 个数值，实际印为“%[3]s”，按空白处理", "%[1]s: the row should hold %[2]s values but prints %[3]q; read as blank"},
	CodePaddedRow:           {"%[1]s：该行末尾的空白单元格可能只是补位；若缺少一格，数值已左移（%[3]s）", "%[1]s: the row ends in empty cells that may be padding; if a cell is missing, its values have moved left (%[3]q)"},
	CodeBadCell:             {"%[1]s：单元格内容“%[3]s”不是%[2]s，按空白处理", "%[1]s: cell %[3]q is not %[2]s; read as blank"},
	CodeAmbiguousSplit:      {"%[1]s：数字“%[3]s”连在一起，可有多种符合勾稽关系的拆分（如 %[2]s），按空白处理", "%[1]s: the digits %[3]q run together and can be split more than one way within the identities (such as %[2]s); read as blank"},
	CodeNoSplit:             {"%[1]s：数字“%[3]s”连在一起，没有符合勾稽关系的拆分，按空白处理", "%[1]s: the digits %[3]q run together and no split fits the identities; read as blank"},
	CodeSplitByIdentity:     {"%[1]s：数字“%[3]s”连在一起，按勾稽关系拆分为 %[2]s", "%[1]s: the digits %[3]q ran together; split by the identities as %[2]s"},
	CodeFormat:              {"%[1]s：表格为 %[3]s 年格式，而报告年度应采用 %[2]s 年格式", "%[1]s: the tables follow format %[3]s, but the report's year calls for format %[2]s"},
	CodeFormatByYear:        {"%[1]s：表格未能确定格式，按报告年度 %[3]s 采用 %[2]s 年格式", "%[1]s: the tables do not tell the format; format %[2]s of the report year %[3]s is used"},
	CodeHybridOtherHandling: {"%[1]s：“（六）其他处理”按2019年格式印为一行（%[3]s），2021年格式的三个子项无法区分，按空白处理", "%[1]s: （六）其他处理 is printed as one row, as in the 2019 format (%[3]q); the three rows of the 2021 format cannot be told apart and are read as blank"},
	CodeUnit:                {"%[1]s：单元格中写有单位“%[3]s”，已读取数值 %[2]s", "%[1]s: the cell holds a unit (%[3]q); read the value %[2]s"},
}

// kindsInChinese names the kinds of cell (report.CellKind) in Chinese.
var kindsInChinese = map[string]string{
	report.KindCount.String():       "非负整数",
	report.KindSignedCount.String(): "整数",
	report.KindAmount.String():      "金额",
}

// Message returns the diagnostic as a sentence in Chinese (lang "zh", the
// default) or English ("en").
func (d Diagnostic) Message(lang string) string {
	m, ok := messages[d.Code]
	if !ok {
		return fmt.Sprintf("%s: %s (expected %q, found %q)", d.At, d.Code, d.Expected, d.Found)
	}
	i := 0
	if lang == "en" {
		i = 1
	}
	at, expected := d.At.Chinese(), d.Expected
	if zh, ok := kindsInChinese[expected]; ok {
		expected = zh
	}
	if i == 1 {
		at, expected = d.At.String(), d.Expected
	}
	return fmt.Sprintf(m[i], at, expected, d.Found)
}

// String returns the English message with the severity and code.
func (d Diagnostic) String() string {
	return d.Severity.String() + " " + d.Code + ": " + d.Message("en")
}
