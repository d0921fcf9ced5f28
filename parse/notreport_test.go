package parse

import (
	"bytes"
	"errors"
	"testing"

	"github.com/opengov-cn/xxgk/validate"
)

// TestNotReport refuses inputs that are not reports, whatever their kind.
func TestNotReport(t *testing.T) {
	inputs := map[string][]byte{
		"binary":    bytes.Repeat([]byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0xff, 0x80}, 200),
		"image":     append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 0xff, 0x13, 0x80, 0xfe}, 300)...),
		"[]":        []byte("[]"),
		"README":    []byte("# xxgk\n\n读取、校验和生成政府信息公开工作年度报告。\n\n## 安装\n\n    go install github.com/opengov-cn/xxgk/cmd/xxgk@latest\n"),
		"CSV":       []byte("file,code,severity,message\nxiaoshan-2023.txt,T3-BALANCE,error,总计不符\n"),
		"HTML":      []byte("<html><body><p>页面不存在</p></body></html>"),
		"numbers":   []byte("1 | 2 | 3\n4 | 5 | 6\n"),
		"gibberish": []byte("\x01\x02\x03\x04\x05\x06\x07\x08 abc"),
	}
	for name, in := range inputs {
		res, err := Parse(in, Options{})
		if !errors.Is(err, ErrNotReport) || res != nil {
			t.Errorf("%s: error %v, result %v; want ErrNotReport", name, err, res != nil)
		}
	}
}

// TestEmptyReport reads a report with its headings and nothing else: it is
// a report, and validation warns that it is empty.
func TestEmptyReport(t *testing.T) {
	in := "一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n"
	res, err := Parse([]byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range validate.Validate(res.Report, validate.Options{}).Findings {
		if f.Code == "R-EMPTY" && f.Severity == validate.Warning {
			found = true
		}
	}
	if !found {
		t.Error("no R-EMPTY warning for an empty report")
	}
}
