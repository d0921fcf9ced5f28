// Package parse reads published 政府信息公开工作年度报告 — HTML pages as
// portals serve them, Word documents, and text taken from pages and PDFs —
// into a report.Report, deterministically and with diagnostics that say what
// could not be read and where.
//
// # What it reads
//
// HTML: the report inside the portal's navigation, scripts and metadata;
// tables with rowspan and colspan; markup pasted from Word (<p><span><font>
// inside cells, &nbsp;, numbers split across tags, labels split across
// lines); in UTF-8 (with or without a byte-order mark) or GBK, GB2312 and
// GB18030, found from the byte-order mark, the page's declared charset, or
// the bytes themselves.
//
// Word documents (.docx, as Word, WPS and LibreOffice write them), told by
// their content whatever their file name: paragraphs however their runs
// are split, tables with merged cells (w:gridSpan, w:vMerge), tables nested
// in tables, headings numbered automatically (their numbers computed from
// numbering.xml), tracked changes as if accepted, fields, content controls
// and text boxes; see [DOCX]. Legacy .doc and .wps files are refused with
// the command that converts them ([ErrLegacyWord]), and PDFs are never
// read as text ([ErrNoPDFReader]).
//
// Text: rows as |- or tab-separated lines (spans not expanded, blank cells
// empty); space-aligned columns as pdftotext -layout gives them (labels
// printed vertically, page numbers inside tables); Markdown tables, whole or
// in fragments; and text where a table's cells run together with no
// separator, split with the identities of the table (总计 = the sum of its
// parts; in table 三 also the columns' identities), an ambiguous split being
// reported rather than guessed.
//
// # How
//
// A document becomes a list of blocks: paragraphs and tables. Section
// headings are found in order, in the wordings real reports use; sections
// 一, 五 and 六 become paragraphs and subsections; the metadata block and the
// preamble give the reporting body, year, statistical period, dates and
// 索引号; section 六 gives the 信息处理费 facts; the title, the reporting
// body and the prose give the report's scope and its body's level
// (report.InferScope). Tables are read through the
// layouts of package table — the declarations the renderers print — so that
// no label is written twice: each printed row is placed by its label
// (tolerating half-width punctuation, spaces and line breaks inside labels,
// truncated and annotated labels, 规范性文件 for 行政规范性文件) or, when it
// has none, by its place. Blank, "/", "—" and "-" cells stay blank or not
// applicable, never 0; full-width digits and units written in a cell
// (251000元) are read. The format is told from table 二, else from the year.
//
// What real copies do to tables is read as a person reads it:
//
//   - A table is found by what it holds, not only by the heading before it:
//     tables printed at the end under renumbered headings, or under none,
//     are found by the labels only they print.
//   - Labels and values apart (PDF-to-Markdown extractions): label pieces on
//     lines of their own name the row of values after them; unlabelled rows
//     of values are placed by order when they fit between their labelled
//     neighbours (an Info diagnostic says so), else they are blank and
//     named.
//   - A table in pieces: table 四 as three small tables under sub-headings,
//     table 三 across pages with repeated, stray or OCR headers (数据1 …).
//   - A label with a character dropped, added or changed, between its known
//     neighbours, is that row (an Info diagnostic quotes it).
//   - Numbers run together, with signs and decimal points ("35-15" is 35
//     and −15 where the column may be negative): every reading is checked
//     against what the columns allow and the table's identities; more than
//     one reading is blank and named, unless the report's own text states
//     the figures of those very cells. Last year's report never settles a
//     split.
//   - （六）其他处理 printed as one row in a 2021 table 三 (deviation D18)
//     is read into the combined row report.RowOtherHandling, which stands
//     for the three rows; validation reports the deviation.
//
// Places are lines and columns (or an HTML table's row and cell), with the
// text near them ([Location].Near) where a line alone does not help.
//
// Input that is not a report at all — a binary file, an image, a JSON value
// that is not a report object, a README, a CSV — is refused with
// [ErrNotReport].
//
// # The promise
//
// Every cell is either read as printed or named in a [Diagnostic] of
// Warning or Error severity: a cell that could not be placed, a row that
// matched no label, an ambiguous split. Input is bounded by
// Options.MaxBytes, and so is what a .docx holds uncompressed; no input
// makes the reader panic or run long.
package parse
