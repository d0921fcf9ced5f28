package parse

import (
	"fmt"
	"strconv"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// Location is a place in the input. For text, Line and Column (1-based, the
// column counted in characters). For HTML, Line too where known, and Table,
// Row and Cell (1-based, in the order of the page's tables, rows and
// cells). For a Word document, Paragraph, or Table, Row and Cell. For PDF,
// Page (1-based), with Line (the line on the page) or Table, Row and Cell.
// 0 where it does not apply.
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
	// Paragraph places it among the paragraphs of a Word document's body
	// (1-based, counting empty paragraphs and those of text boxes, not
	// those of tables).
	Paragraph int `json:"paragraph,omitempty"`
	// Near quotes a short stretch of the input around the place, where
	// line and column alone do not help a person find it (a report printed
	// on one line).
	Near string `json:"near,omitempty"`
}

// String returns the location in English, as In(lang.English) does.
func (l Location) String() string { return l.In(lang.English) }

// In returns the location in language l: "line 12, column 3", "table 2,
// row 5, cell 4 (line 80)" or "paragraph 7" in English, "第12行第3列",
// "表2第5行第4格" or "第7段" in Chinese; on a page of a PDF, after "page
// 3, " or "第3页"; followed by the text near it when known: `line 12,
// column 345 (near "…申请数量640020470二、上年…")`,
// "第12行第345列（“…申请数量640020470二、上年…”附近）".
func (l Location) In(language lang.Lang) string {
	if l.Near == "" {
		return l.place(language)
	}
	if language == lang.Chinese {
		return l.place(language) + "（“" + l.Near + "”附近）"
	}
	return l.place(language) + " (near " + strconv.Quote(l.Near) + ")"
}

// place returns the location without the text near it.
func (l Location) place(language lang.Lang) string {
	if l.Page > 0 {
		page := lang.Text{Zh: fmt.Sprintf("第%d页", l.Page), En: fmt.Sprintf("page %d", l.Page)}.In(language)
		rest := l
		rest.Page, rest.Near = 0, ""
		if rest == (Location{}) {
			return page
		}
		if language == lang.Chinese {
			return page + rest.chinese()
		}
		return page + ", " + rest.place(language)
	}
	if language == lang.Chinese {
		return l.chinese()
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
	case l.Paragraph > 0:
		return fmt.Sprintf("paragraph %d", l.Paragraph)
	}
	return "document"
}

// chinese returns the location in Chinese.
func (l Location) chinese() string {
	switch {
	case l.Table > 0:
		return fmt.Sprintf("表%d第%d行第%d格", l.Table, l.Row, l.Cell)
	case l.Column > 0:
		return fmt.Sprintf("第%d行第%d列", l.Line, l.Column)
	case l.Line > 0:
		return fmt.Sprintf("第%d行", l.Line)
	case l.Paragraph > 0:
		return fmt.Sprintf("第%d段", l.Paragraph)
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
	// CodeSplitByNarrative: the digits of a row ran together, more than one
	// split fitted, and the figures the report's text states for the row's
	// cells left one.
	CodeSplitByNarrative = "split-by-narrative"
	// CodeFormat: the tables follow one format, the report's year calls for
	// the other.
	CodeFormat = "format-mismatch"
	// CodeFormatByYear: the tables do not tell the format; the year's is
	// used.
	CodeFormatByYear = "format-by-year"
	// CodeHybridOtherHandling: a report on the 2021 format prints
	// （六）其他处理 as a single row, as the 2019 format did (deviation D18);
	// it is read as that row (report.RowOtherHandling), and validation
	// reports the deviation.
	CodeHybridOtherHandling = "hybrid-other-handling"
	// CodeUnit: a unit written inside a cell was read and removed.
	CodeUnit = "unit-in-cell"
	// CodeFusedCell: a cell held several numbers run together; they were
	// read as the row's cells, the one reading that fits the row.
	CodeFusedCell = "fused-cell"
	// CodeTableByContent: a table was found by the rows it holds, not
	// under its section's heading.
	CodeTableByContent = "table-by-content"
	// CodeLabelVariant: a row's label differs by a few characters from the
	// label of the row expected there, between its known neighbours; it is
	// read as that row.
	CodeLabelVariant = "label-variant"
	// CodePlacedByOrder: a row of values printed without its label was
	// placed in the next row of the table by order.
	CodePlacedByOrder = "placed-by-order"
	// CodeOrderMismatch: rows of values printed without their labels do not
	// fit the rows between their labelled neighbours; their cells are
	// blank.
	CodeOrderMismatch = "order-mismatch"
)

// Diagnostic is one thing the reader could not read, or read with a doubt.
type Diagnostic struct {
	// Severity says how much it matters.
	Severity validate.Severity `json:"severity"`
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
var messages = map[string]lang.Text{
	CodeBadDate:             {Zh: "%[1]s：无法识别日期“%[3]s”，应为 %[2]s", En: "%[1]s: cannot read the date %[3]q (want %[2]s)"},
	CodeNoSection:           {Zh: "未找到“%[2]s”部分", En: "section %[2]s not found"},
	CodeHeadingVariant:      {Zh: "%[1]s：标题“%[3]s”与规定格式“%[2]s”不一致", En: "%[1]s: heading %[3]q differs from the official %[2]q"},
	CodeNoTable:             {Zh: "%[1]s：未找到“%[2]s”的表格，其单元格均为空白", En: "%[1]s: the table of %[2]s not found; its cells are blank"},
	CodeMissingRow:          {Zh: "%[1]s：未找到行“%[2]s”，其单元格为空白", En: "%[1]s: row %[2]q not found; its cells are blank"},
	CodeUnknownRow:          {Zh: "%[1]s：行“%[3]s”不是规定格式中的行，未读取", En: "%[1]s: row %[3]q is not a row of the official table; not read"},
	CodeDuplicateRow:        {Zh: "%[1]s：行“%[2]s”再次出现（%[3]s），未读取", En: "%[1]s: row %[2]q is printed again (%[3]q); not read"},
	CodeCellCount:           {Zh: "%[1]s：该行应有 %[2]s 个数值，实际印为“%[3]s”，按空白处理", En: "%[1]s: the row should hold %[2]s values but prints %[3]q; read as blank"},
	CodePaddedRow:           {Zh: "%[1]s：该行末尾的空白单元格可能只是补位；若缺少一格，数值已左移（%[3]s）", En: "%[1]s: the row ends in empty cells that may be padding; if a cell is missing, its values have moved left (%[3]q)"},
	CodeBadCell:             {Zh: "%[1]s：单元格内容“%[3]s”不是%[2]s，按空白处理", En: "%[1]s: cell %[3]q is not %[2]s; read as blank"},
	CodeAmbiguousSplit:      {Zh: "%[1]s：数字“%[3]s”连在一起，可有多种符合勾稽关系的拆分（如 %[2]s），按空白处理", En: "%[1]s: the digits %[3]q run together and can be split more than one way within the identities (such as %[2]s); read as blank"},
	CodeNoSplit:             {Zh: "%[1]s：数字“%[3]s”连在一起，没有符合勾稽关系的拆分，按空白处理", En: "%[1]s: the digits %[3]q run together and no split fits the identities; read as blank"},
	CodeSplitByIdentity:     {Zh: "%[1]s：数字“%[3]s”连在一起，按勾稽关系拆分为 %[2]s", En: "%[1]s: the digits %[3]q ran together; split by the identities as %[2]s"},
	CodeSplitByNarrative:    {Zh: "%[1]s：数字“%[3]s”连在一起，按正文所述该单元格的数字拆分为 %[2]s", En: "%[1]s: the digits %[3]q ran together; split as %[2]s by the figures the text states for those cells"},
	CodeFormat:              {Zh: "%[1]s：表格为 %[3]s 年格式，而报告年度应采用 %[2]s 年格式", En: "%[1]s: the tables follow format %[3]s, but the report's year calls for format %[2]s"},
	CodeFormatByYear:        {Zh: "%[1]s：表格未能确定格式，按报告年度 %[3]s 采用 %[2]s 年格式", En: "%[1]s: the tables do not tell the format; format %[2]s of the report year %[3]s is used"},
	CodeHybridOtherHandling: {Zh: "%[1]s：“（六）其他处理”按2019年格式印为一行（%[3]s），按一行读取，代替2021年格式的三个子项", En: "%[1]s: （六）其他处理 is printed as one row, as in the 2019 format (%[3]q); read as that row, in place of the three rows of the 2021 format"},
	CodeFusedCell:           {Zh: "%[1]s：单元格“%[3]s”中数字连在一起，按该行各列读作 %[2]s", En: "%[1]s: the cell %[3]q holds numbers run together; read as the row's cells %[2]s"},
	CodeTableByContent:      {Zh: "%[1]s：“%[2]s”的表格不在该部分标题下，按其所含的行找到", En: "%[1]s: the table of %[2]s is not under its section's heading; found by the rows it holds"},
	CodeLabelVariant:        {Zh: "%[1]s：行名“%[3]s”与规定格式的“%[2]s”略有不同，按其位置读作该行", En: "%[1]s: the label %[3]q differs slightly from the official %[2]q; read as that row by its place"},
	CodePlacedByOrder:       {Zh: "%[1]s：数值行（%[3]s）未印行名，按顺序读作“%[2]s”", En: "%[1]s: a row of values printed without its label (%[3]q) is read as %[2]q by its order"},
	CodeOrderMismatch:       {Zh: "%[1]s：未印行名的数值行（自“%[3]s”起）与“%[2]s”之前的行数不符，无法对应，按空白处理", En: "%[1]s: rows of values printed without labels (from %[3]q) do not fit the rows before %[2]q; read as blank"},
	CodeUnit:                {Zh: "%[1]s：单元格中写有单位“%[3]s”，已读取数值 %[2]s", En: "%[1]s: the cell holds a unit (%[3]q); read the value %[2]s"},
}

// kindText names the kinds of cell (report.CellKind) in both languages.
var kindText = map[string]lang.Text{
	report.KindCount.String():       {Zh: "非负整数", En: report.KindCount.String()},
	report.KindSignedCount.String(): {Zh: "整数", En: report.KindSignedCount.String()},
	report.KindAmount.String():      {Zh: "金额", En: report.KindAmount.String()},
}

// Message returns the diagnostic as a sentence in language l.
func (d Diagnostic) Message(l lang.Lang) string {
	m, ok := messages[d.Code]
	if !ok {
		return fmt.Sprintf("%s: %s (expected %q, found %q)", d.At.In(l), d.Code, d.Expected, d.Found)
	}
	expected := d.Expected
	if t, ok := kindText[expected]; ok {
		expected = t.In(l)
	}
	return fmt.Sprintf(m.In(l), d.At.In(l), expected, d.Found)
}

// String returns the English message with the severity and code.
func (d Diagnostic) String() string {
	return d.Severity.String() + " " + d.Code + ": " + d.Message(lang.English)
}

// RowCodePrefix begins the code of a diagnostic's [Diagnostic.Row], as in
// "PARSE-ambiguous-split", so that it is not taken for the code of a
// validation rule.
const RowCodePrefix = "PARSE-"

// Row returns the diagnostic as a row of the findings table of package
// validate, in language l: its code after [RowCodePrefix], its severity,
// the full label of its first cell as format prints it or else its place in
// the input, what the reader expected and what it found, and its message.
func (d Diagnostic) Row(l lang.Lang, format report.Format) validate.Row {
	row := validate.Row{Code: RowCodePrefix + d.Code, Severity: d.Severity.In(l),
		Cell: d.At.In(l), Expected: d.Expected, Actual: d.Found, Message: d.Message(l)}
	if len(d.Paths) > 0 {
		if label, ok := validate.CellLabel(d.Paths[0], l, format); ok {
			row.Cell = label
		}
	}
	return row
}
