package parse_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/parse"
)

// A report published as text with its tables as |-separated rows.
func ExampleParse() {
	text := `2023年某区人民政府办公室政府信息公开工作年度报告
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量 | 10 | 2 | 0 | 0 | 0 | 0 | 12
二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1
四、政府信息公开行政复议、行政诉讼情况
1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0
`
	res, err := parse.Parse([]byte(text), parse.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	r := res.Report
	received, _ := r.Lookup("table3.received.total")
	reconsideration, _ := r.Lookup("table4.reconsideration.total")
	fmt.Println(r.Metadata.Year, r.Format, received, reconsideration)
	// The rows this text does not print are named in diagnostics.
	fmt.Println(res.HasErrors())
	// Output:
	// 2023 2021 12 1
	// true
}

// Diagnostics name the place and say what was expected and found, in
// Chinese or English.
func ExampleDiagnostic_Message() {
	text := "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 10 | 2 | x | 0 | 0 | 0 | 12\n"
	res, _ := parse.Text([]byte(text), parse.Options{})
	for _, d := range res.Diagnostics {
		if d.Code == parse.CodeBadCell {
			fmt.Println(d.Message(lang.Chinese))
			fmt.Println(d.Message(lang.English))
		}
	}
	// Output:
	// 第2行第29列：单元格内容“x”不是非负整数，按空白处理
	// line 2, column 29: cell "x" is not count; read as blank
}

// Input that is not a report is refused, whatever its kind.
func ExampleErrNotReport() {
	_, err := parse.Parse([]byte("name,size\nreadme.txt,12\n"), parse.Options{})
	fmt.Println(errors.Is(err, parse.ErrNotReport))
	// Output:
	// true
}

// A report saved as a Word document: recognised by its content, whatever
// its file name, and read through the same steps as HTML.
func ExampleDOCX() {
	data, err := os.ReadFile("testdata/pingtan-2022.docx")
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := parse.Parse(data, parse.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	r := res.Report
	received, _ := r.Lookup("table3.received.total")
	fmt.Println(res.Kind, r.Metadata.Year, r.Format, received)
	// Output:
	// docx 2022 2021 74
}

// Files that are not readable documents are refused with an error that
// says what to do.
func ExampleParse_legacyWord() {
	doc := []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0}
	_, err := parse.Parse(doc, parse.Options{})
	fmt.Println(errors.Is(err, parse.ErrLegacyWord))
	fmt.Println(err)
	// Output:
	// true
	// parse: legacy Word (.doc) or WPS (.wps) document (an OLE2 compound file): convert it to .docx first, e.g. with LibreOffice: soffice --headless --convert-to docx FILE
}
