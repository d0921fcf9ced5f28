package render_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/render"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// section returns the Markdown section that starts with heading, up to the
// next section's heading.
func section(text, heading string) string {
	_, after, _ := strings.Cut(text, heading)
	return heading + after[:strings.Index(after, "\n\n## ")]
}

func ExampleMarkdown() {
	var b bytes.Buffer
	if err := render.Markdown(&b, examples.Xiaoshan2023(), lang.Chinese); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(section(b.String(), "## 四、"))
	// Output:
	// ## 四、政府信息公开行政复议、行政诉讼情况
	//
	// |                           | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
	// | ------------------------- | -------: | -------: | -------: | -------: | ---: |
	// | 行政复议                  |        4 |        0 |        0 |        0 |    4 |
	// | 行政诉讼·未经复议直接起诉 |        5 |        0 |        0 |        0 |    5 |
	// | 行政诉讼·复议后起诉       |        1 |        0 |        0 |        0 |    1 |
}

func ExampleText() {
	var b bytes.Buffer
	if err := render.Text(&b, examples.Xiaoshan2023(), lang.English); err != nil {
		fmt.Println(err)
		return
	}
	_, after, _ := strings.Cut(b.String(), "Article 20 item (8)\n")
	fmt.Print(after[:strings.Index(after, "\n\n")+1])
	// Output:
	// +---------------------+------------------------------------------+
	// | content             | amount collected this year (10,000 yuan) |
	// +=====================+==========================================+
	// | administrative fees |                                    0.008 |
	// +---------------------+------------------------------------------+
}

func ExampleHTML() {
	var b bytes.Buffer
	if err := render.HTML(&b, examples.Xiaoshan2023(), lang.Chinese); err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.Contains(line, "第二十条第（八）项") || strings.Contains(line, "administrative_fees") {
			fmt.Println(line)
		}
	}
	// Output:
	// <tr><th scope="colgroup" colspan="4">第二十条第（八）项</th></tr>
	// <tr><th scope="row">行政事业性收费</th><td class="num" colspan="3" data-path="table2.administrative_fees.amount">0.008</td></tr>
}

func ExampleDOCX() {
	var b bytes.Buffer
	if err := render.DOCX(&b, examples.Xiaoshan2023(), lang.Chinese); err != nil {
		fmt.Println(err)
		return
	}
	// The .docx is a zip of XML parts; save b.Bytes() as a file to open it
	// in Word, WPS or LibreOffice.
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range zr.File {
		fmt.Println(f.Name)
	}
	// Output:
	// [Content_Types].xml
	// _rels/.rels
	// docProps/core.xml
	// docProps/app.xml
	// word/document.xml
	// word/_rels/document.xml.rels
	// word/styles.xml
	// word/settings.xml
	// word/fontTable.xml
	// word/footer1.xml
	// word/footer2.xml
}

func ExampleHTMLPage() {
	// Write a printable page to standard output.
	if err := render.HTMLPage(os.Stdout, examples.Xiaoshan2023(), lang.English); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
}

func ExampleWithFindings() {
	r := examples.Xiaoshan2023()
	r.Table3.Rows[report.RowReceived][report.NaturalPerson]++ // a slip: 116 received, the total still 115
	res := validate.Validate(r, validate.Options{Language: lang.English})

	var b bytes.Buffer
	if err := render.Markdown(&b, r, lang.English, render.WithFindings(res)); err != nil {
		fmt.Println(err)
		return
	}
	_, appendix, _ := strings.Cut(b.String(), "\n## Appendix")
	fmt.Print("## Appendix" + appendix)
	// Output:
	// ## Appendix: validation results
	//
	// 2 error(s), 0 warning(s), 0 info(s).
	//
	// | Code         | Severity | Cell                                                          | Expected | Actual | Message                                                                                                                                                  |
	// | ------------ | -------- | ------------------------------------------------------------- | -------: | -----: | -------------------------------------------------------------------------------------------------------------------------------------------------------- |
	// | T3-BALANCE   | error    | outcomes (this year) / (7) concluded (total) / natural person |      124 |    123 | outcomes (this year) / (7) concluded (total) / natural person; 4. carried forward to next year / natural person should be 124 but is 123 (difference -1) |
	// | T3-ROW-TOTAL | error    | 1. requests received this year / total                        |      116 |    115 | 1. requests received this year / total should be 116 but is 115 (difference -1)                                                                          |
}

func ExampleWriteDOCXDocument() {
	doc := render.DOCXDocument{
		Title:   "某区2022—2023年政府信息公开工作年度报告对比",
		Lang:    lang.Chinese,
		Company: "某区人民政府办公室",
		Blocks: []render.DOCXBlock{
			render.DOCXField{Label: "上期报告", Value: "2022年"},
			render.DOCXHeading{Text: "一、收到和处理政府信息公开申请情况", Level: 1},
			render.DOCXTable{
				Header:  []string{"项目", "2022年", "2023年", "变化"},
				Numeric: []bool{false, true, true, true},
				Widths:  []int{3, 1, 1, 1},
				Rows: [][]render.DOCXCell{
					{{Text: "本年新收政府信息公开申请数量"}, {Text: "12"}, {Text: "15"}, {Text: "▲ +3"}},
					{{Text: "收费"}, {Text: "（空白）", Italic: true, Shaded: true}, {Text: "0"}, {Text: "不可比", Italic: true}},
				},
			},
			render.DOCXParagraph{Text: "“（空白）”为报告未填写的单元格，与0不同。"},
		},
	}
	var b bytes.Buffer
	if err := render.WriteDOCXDocument(&b, doc); err != nil {
		fmt.Println(err)
		return
	}
	// Save b.Bytes() as a .docx. Here: the text of word/document.xml.
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		fmt.Println(err)
		return
	}
	f, err := zr.Open("word/document.xml")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	xml, _ := io.ReadAll(f)
	for _, m := range regexp.MustCompile(`<w:t xml:space="preserve">([^<]*)</w:t>`).FindAllStringSubmatch(string(xml), -1) {
		fmt.Print(m[1], " | ")
	}
	fmt.Println()
	// Output:
	// 某区2022—2023年政府信息公开工作年度报告对比 | 上期报告：2022年 | 一、收到和处理政府信息公开申请情况 | 项目 | 2022年 | 2023年 | 变化 | 本年新收政府信息公开申请数量 | 12 | 15 | ▲ +3 | 收费 | （空白） | 0 | 不可比 | “（空白）”为报告未填写的单元格，与0不同。 |
}

// Text of a report written into Markdown of your own prints as it is.
func ExampleEscapeMarkdown() {
	fmt.Println("| " + render.EscapeMarkdown("杭州市*萧山区* [人民政府](http://x)|办公室") + " |")
	// Output:
	// | 杭州市\*萧山区\* \[人民政府\](http://x)\|办公室 |
}
