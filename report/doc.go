// Package report is the schema of the 政府信息公开工作年度报告: one [Report]
// holds a whole annual report on government information disclosure, in the
// format of 国办公开办函〔2021〕30号 ([Format2021], reports on 2021 onward) or
// the trial format of 国办公开办函〔2019〕60号 ([Format2019], reports on 2019
// and 2020).
//
// # What a report holds
//
// The metadata (reporting body, year, statistical period, dates, 索引号,
// whether it is an aggregate 本级政府 report, its [Scope] and the [Level] of
// its body, which [InferScope] tells from its title, body and prose); the
// narrative sections 一、总体情况
// (with its subsections), 五 and 六 as paragraphs; tables 二 ([Table2]), 三
// ([Table3]) and 四 ([Table4]); and the 信息处理费 facts of section 六 ([Fees]).
// [BodyKey] gives the form in which two names of a reporting body are
// compared, so that spacing and full-width forms do not make another body.
//
// # Cells
//
// Every table cell is a [Count] — a number, [Blank] (not reported) or
// [NotApplicable] ("/") — or, for money, an [Amount]: an exact decimal that
// keeps its printed scale, never a float. A builder writes plain integers:
//
//	r.Table3.Rows[report.RowReceived] = report.Row{115, 0, 0, 0, 0, 0, 115}
//
// Each cell has a [Path] such as "table3.withheld_state_secret.natural_person".
// [Report.Lookup] reads a cell by path, [LookupCell] describes it (its full
// official label, its English label, its kind), and [Report.Cells] visits
// every cell of the report's format in printed order.
//
// # Labels
//
// Each enumerated thing — [Article20Item], [Table2Row], [Table2Column],
// [Applicant], [Outcome], [Table3Row], [Proceeding], [Table4Column], [SectionID] —
// is a Go type whose values give their official label, character for
// character as the format prints it (full-width brackets, ASCII "1." item
// numbers), and an English label in the project's glossary words. The
// Lookup functions ([LookupApplicant], [LookupTable3Row], …) find a value
// from a label as printed in a real document: half-width brackets, spaces
// and line breaks inside ("商业 企业"), with or without the item number.
//
// # Totals
//
// A published 总计 is a fact of its own: a report keeps what was printed,
// and package validate compares it with the sum of its parts.
// [Report.FillTotals] fills every total from the parts for a builder.
//
// # From data
//
// [TallyLedger] builds table 三 from a ledger of requests ([Application]),
// carry-overs included. [RollUp] sums the reports of several bodies into an
// aggregate report. [PerRequestFee], [PerRequestFeeAfter] and [PerPageFee]
// compute the 信息处理费 of 国办函〔2020〕109号 with its breakdown by band.
//
// # JSON
//
// [Report.MarshalJSON] and [Report.UnmarshalJSON] (and [WriteJSON],
// [ReadJSON]) use a stable form: snake_case keys in printed order, a
// "format" field, counts as integers, null for blank and "/" for not
// applicable, amounts as strings. Bad input gives a [*DecodeError] naming
// the path of the problem and its line and column, never a panic.
// [JSONSchema] describes the same form as a JSON Schema (draft 2020-12),
// for programs not written in Go.
package report
