package batch

import (
	"bufio"
	"encoding/csv"
	"io"
	"strconv"

	"github.com/opengov-cn/xxgk/internal/sheet"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
	"golang.org/x/text/language"
)

// CSVOptions adjust [WriteCSV].
type CSVOptions struct {
	// BOM begins the output with a UTF-8 byte order mark, so that Excel
	// reads the Chinese correctly.
	BOM bool
	// Language is the language of the header and of the severities: English
	// for an English tag, Chinese for any other, the zero tag included. The
	// labels and messages are in the language of each item's validation.
	Language language.Tag
}

// CSVHeader returns the header row of [WriteCSV] in the language lang
// best matches (English or Chinese).
func CSVHeader(lang language.Tag) []string {
	if validate.MatchLanguage(lang) == language.English {
		return []string{"file", "reporting body", "year", "code", "severity", "cell", "expected", "actual", "message"}
	}
	return []string{"文件", "编制机关", "年度", "规则", "严重程度", "单元格", "应为", "实为", "说明"}
}

// DiagnosticPrefix begins the code of a CSV row that [WriteCSV] writes for a
// diagnostic of the reader, as in "PARSE-ambiguous-split", so that it is not
// taken for the code of a validation rule.
const DiagnosticPrefix = "PARSE-"

// WriteCSV writes the findings of items as CSV, one row for each finding
// with the columns of [CSVHeader]: the file, the reporting body, the year,
// the rule's code, the severity, the full official label of the finding's
// first cell, the expected and actual figures (when compared) and the
// message. Each diagnostic of the reader of severity warning or error
// gives a row too, in the same columns: its code after [DiagnosticPrefix],
// the label of its first cell or else its place in the input, what the
// reader expected and what it found. A file that could not be read gives
// one row of severity error with no code, the error as its message. Items
// come in the order given; for each, its diagnostics come first in the
// order of the reader, then its findings in the order of their result.
// Text fields that a spreadsheet would take for a formula (beginning with
// =, +, - or @) are guarded by a leading apostrophe.
func WriteCSV(w io.Writer, items []Item, opts CSVOptions) error {
	bw := bufio.NewWriter(w)
	if opts.BOM {
		bw.WriteString(sheet.BOM)
	}
	cw := csv.NewWriter(bw)
	if err := cw.Write(CSVHeader(opts.Language)); err != nil {
		return err
	}
	severity := validate.Severity.Chinese
	if validate.MatchLanguage(opts.Language) == language.English {
		severity = validate.Severity.String
	}
	row := make([]string, 0, 9)
	for i := range items {
		it := &items[i]
		if it.Err != nil {
			row = append(row[:0], sheet.Text(it.File), "", "", "", severity(validate.Error), "", "", "", sheet.Text(it.Err.Error()))
			if err := cw.Write(row); err != nil {
				return err
			}
			continue
		}
		if it.Result == nil {
			continue
		}
		body, year := "", ""
		if it.Report != nil {
			body = it.Report.Metadata.ReportingBody
			if it.Report.Metadata.Year != 0 {
				year = strconv.Itoa(it.Report.Metadata.Year)
			}
		}
		res := it.Result
		english := validate.MatchLanguage(res.Language) == language.English
		for _, d := range it.Diagnostics {
			sev := validate.Warning
			switch d.Severity {
			case parse.Info:
				continue
			case parse.Error:
				sev = validate.Error
			}
			row = append(row[:0], sheet.Text(it.File), sheet.Text(body), year, DiagnosticPrefix+d.Code, severity(sev),
				sheet.Text(diagnosticLabel(d, english, res.Format)), sheet.Text(d.Expected), sheet.Text(d.Found),
				sheet.Text(d.Message(messageLang(english))))
			if err := cw.Write(row); err != nil {
				return err
			}
		}
		for j := range res.Findings {
			f := &res.Findings[j]
			expected, actual := "", ""
			if f.Compared {
				expected, actual = f.Expected.String(), f.Actual.String()
			}
			row = append(row[:0], sheet.Text(it.File), sheet.Text(body), year, f.Code, severity(f.Severity),
				sheet.Text(f.Label(res.Language, res.Format)), expected, actual, sheet.Text(f.Message))
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// diagnosticLabel returns the full label of the first cell of d in the
// format given, in English or Chinese, or else the place of d in the input.
func diagnosticLabel(d parse.Diagnostic, english bool, format report.Format) string {
	if len(d.Paths) > 0 {
		if cell, ok := report.LookupCell(format, d.Paths[0]); ok {
			if english {
				return cell.English()
			}
			return cell.Label(format)
		}
	}
	if english {
		return d.At.String()
	}
	return d.At.Chinese()
}

// messageLang returns the language argument of [parse.Diagnostic.Message].
func messageLang(english bool) string {
	if english {
		return "en"
	}
	return "zh"
}
