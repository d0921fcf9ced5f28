// Package compare sets reports side by side: a body's report against last
// year's ([Diff]), and many reports at once, one column each ([Over]) — the
// bodies of one year, or one body over the years ([Group] sorts reports into
// such sets by [report.BodyKey], as the batch chains do).
//
// # Cells
//
// Every cell of tables 二, 三 and 四 and the 信息处理费 facts (report.Fees) is
// compared by its [report.Path]. A blank cell and a cell printed "/" are kept
// apart from 0: a change from or to either is [NotComparable] (with its
// [Reason]), never a change from 0. Changes are exact decimals: counts as
// integers, amounts at their printed scale; the relative change is a decimal
// rounded to [RelativePlaces] places, never a float.
//
// # Across the two formats
//
// A report in [report.Format2019] and one in [report.Format2021] share the
// cells whose path exists in both formats (the package report declares them
// once for both): the table 三 rows of both, the three 第二十条 decision
// counts of table 二 (行政许可, 行政处罚 and 行政强制 处理决定数量), table 四 and
// the fees. One mapping is made beyond that: the 2019 row （六）其他处理 is set
// against the sum of the three 2021 rows under （六）其他处理 (see
// [Line.PrevParts] and [Line.CurParts]). Every other cell of either side is
// listed as having no counterpart ([Comparison.OnlyPrev], [Comparison.OnlyCur]), never
// forced onto one.
//
// # Derived figures
//
// [Compute] works out the figures readers look for, each defined once (see
// [Figure] and its constants): the disclosure rate, the share of each
// outcome, the correction rates of 行政复议 and 行政诉讼 and the share of
// requests from each applicant category. A figure whose parts are blank or
// "/", or whose base is 0, is not computable, and says which cells it lacked.
//
// # Output
//
// [WriteDiff] and [WriteTables] write a comparison as Markdown, a standalone
// HTML page (the look of render.HTMLPage, changes marked up and down, blank
// cells unlike zeros, and a small inline SVG chart of the main figures over
// the years), CSV, JSON or a Word document (.docx) in the house style of
// render.DOCX, in either language ([lang.Lang]). Every label comes from
// package report.
package compare
