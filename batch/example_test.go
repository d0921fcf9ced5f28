package batch_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/opengov-cn/xxgk/batch"
	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// sampleFolder writes a folder of three reports: the Xiaoshan report for
// 2022 and 2023, and a copy of 2023 by another body with an error in table
// 四. It returns the folder; the caller removes it.
func sampleFolder() string {
	dir, _ := os.MkdirTemp("", "batch-example-")
	write := func(name string, r *report.Report) {
		var b bytes.Buffer
		_ = report.WriteJSON(&b, r)
		_ = os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		_ = os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644)
	}
	last := examples.Xiaoshan2023()
	last.Metadata.Year = 2022
	last.Metadata.PeriodStart.Year, last.Metadata.PeriodEnd.Year = 2022, 2022
	write("xiaoshan/2022.json", last)
	write("xiaoshan/2023.json", examples.Xiaoshan2023())
	town := examples.Xiaoshan2023()
	town.Metadata.ReportingBody = "某某镇人民政府"
	town.Table4.Blocks[report.Reconsideration][report.Pending] = 1
	write("town/2023.json", town)
	return dir
}

// Validate a folder of reports on every core: each report with last
// year's report of the same body when the folder holds it.
func ExampleRun() {
	dir := sampleFolder()
	defer os.RemoveAll(dir)

	items := batch.Run(batch.Files(dir), batch.Options{Validate: validate.Options{Language: lang.English}})
	for _, it := range items {
		name, _ := filepath.Rel(dir, it.File)
		fmt.Printf("%s: %d error(s), %d warning(s)", filepath.ToSlash(name), it.Result.Count(validate.Error), it.Result.Count(validate.Warning))
		if it.Previous != "" {
			prev, _ := filepath.Rel(dir, it.Previous)
			fmt.Printf(", compared with %s", filepath.ToSlash(prev))
		}
		fmt.Println()
	}
	s := batch.Summarize(items)
	fmt.Printf("%d read, %d with errors, %d with warnings, %d unreadable\n", s.Read, s.WithErrors, s.WithWarnings, s.Unreadable)
	// Output:
	// town/2023.json: 1 error(s), 0 warning(s)
	// xiaoshan/2022.json: 0 error(s), 0 warning(s)
	// xiaoshan/2023.json: 0 error(s), 3 warning(s), compared with xiaoshan/2022.json
	// 3 read, 1 with errors, 1 with warnings, 0 unreadable
}

// List the report files of folders: sorted, each once.
func ExampleFiles() {
	dir := sampleFolder()
	defer os.RemoveAll(dir)
	_ = os.WriteFile(filepath.Join(dir, "town", "scan.png"), nil, 0o644) // not a report file

	for _, f := range batch.Files(dir, filepath.Join(dir, "town")) {
		name, _ := filepath.Rel(dir, f)
		fmt.Println(filepath.ToSlash(name))
	}
	fmt.Println(batch.Extensions())
	// Output:
	// town/2023.json
	// xiaoshan/2022.json
	// xiaoshan/2023.json
	// [.json .html .htm .txt .md .docx .doc .wps .pdf]
}

// Find the cross-year chains among reports.
func ExampleLink() {
	mk := func(body string, year int) *report.Report {
		r := report.New(report.Format2021, year)
		r.Metadata.ReportingBody = body
		return r
	}
	reports := []*report.Report{
		mk("某市（甲区）人民政府办公室", 2023),
		mk("某市(甲区)人民政府办公室", 2022), // the same body, printed with half-width brackets
		mk("某市乙区人民政府办公室", 2022),
		mk("某市（甲区）人民政府办公室", 2024),
	}
	fmt.Println(batch.Link(reports))
	// Output: [1 -1 -1 0]
}

// Count the outcomes of a batch.
func ExampleSummarize() {
	items := []batch.Item{
		{File: "a.json", Result: validate.Validate(examples.Xiaoshan2023(), validate.Options{})},
		{File: "b.json", Err: fmt.Errorf("b.json: not a report")},
	}
	fmt.Printf("%+v\n", batch.Summarize(items))
	// Output: {Read:1 WithErrors:0 WithWarnings:0 WithReadErrors:0 Unreadable:1}
}

// Write the findings as CSV for a spreadsheet.
func ExampleWriteCSV() {
	dir := sampleFolder()
	defer os.RemoveAll(dir)
	items := batch.Run(batch.Files(filepath.Join(dir, "town")), batch.Options{})
	items[0].File = "town/2023.json"

	if err := batch.WriteCSV(os.Stdout, items, batch.CSVOptions{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 文件,编制机关,年度,规则,严重程度,单元格,应为,实为,说明
	// town/2023.json,某某镇人民政府,2023,T4-TOTAL,错误,行政复议 / 总计,5,4,行政复议 / 总计 应为 5，实为 4，相差 -1
}

// The header of the CSV, in English.
func ExampleCSVHeader() {
	fmt.Println(strings.Join(batch.CSVHeader(lang.English), ","))
	// Output: File,Reporting body,Year,Code,Severity,Cell,Expected,Actual,Message
}
