package render_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/render"
)

// section returns the Markdown section that starts with heading, up to the
// next section's heading.
func section(text, heading string) string {
	_, after, _ := strings.Cut(text, heading)
	return heading + after[:strings.Index(after, "\n\n## ")]
}

func ExampleMarkdown() {
	var b bytes.Buffer
	if err := render.Markdown(&b, examples.Xiaoshan2023(), render.Chinese); err != nil {
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
	if err := render.Text(&b, examples.Xiaoshan2023(), render.English); err != nil {
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
	if err := render.HTML(&b, examples.Xiaoshan2023(), render.Chinese); err != nil {
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

func ExampleHTMLPage() {
	// Write a printable page to standard output.
	if err := render.HTMLPage(os.Stdout, examples.Xiaoshan2023(), render.English); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
}

func ExampleParseLang() {
	l, err := render.ParseLang("en")
	fmt.Println(l, l.Tag(), err)
	// Output:
	// en en <nil>
}
