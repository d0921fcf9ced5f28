package pdf_test

import (
	"fmt"
	"os"

	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/parse/pdf"
	"github.com/opengov-cn/xxgk/report"
)

// Read a published PDF with the engine the process shares.
func ExampleRead() {
	data, err := os.ReadFile("testdata/huaian-city-2024.pdf")
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := pdf.Read(data, parse.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	received, _ := res.Report.Lookup(report.Path("table3.received.total"))
	fmt.Println(res.Report.Metadata.Year, res.Report.Metadata.Title)
	fmt.Println("新收申请", received)
	// Output:
	// 2024 淮安市人民政府2024年政府信息公开工作年度报告
	// 新收申请 3119
}

// Let parse.Parse read PDFs as well as HTML and text.
func ExampleRead_parse() {
	data, _ := os.ReadFile("testdata/huaian-city-2024.pdf")
	res, err := parse.Parse(data, parse.Options{PDF: pdf.Read})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Kind, res.Report.Metadata.Year)
	// Output: pdf 2024
}

// A Reader for a batch: one engine instance for each worker, the compiled
// engine kept on disk for the next run.
func ExampleNewReader() {
	r, err := pdf.NewReader(pdf.Config{CacheDir: pdf.DefaultCacheDir(), Workers: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer r.Close()
	_, err = r.Read([]byte("%PDF-1.4\n%%EOF\n"), parse.Options{})
	fmt.Println(err)
	// Output: pdf: truncated or damaged PDF: 3: incorrect format
}
