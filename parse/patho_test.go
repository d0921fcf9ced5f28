package parse

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// TestLargeInputsStayLinear parses about a megabyte of each shape that could
// make a reader slow (repeated headings, long runs of digits, many rows,
// wide tables with huge spans, deep nesting, thousands of wrapped lines) and
// checks that each takes well under the time a quadratic step would.
func TestLargeInputsStayLinear(t *testing.T) {
	inputs := map[string]string{
		"repeated headings": strings.Repeat("一、总体情况二、主动公开政府信息情况", 20000),
		"run of digits":     "三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量" + strings.Repeat("0", 500000),
		"many rows":         strings.Repeat("一、本年新收政府信息公开申请数量 | 1 | 2 | 3\n", 20000),
		"spaced rows":       "三、收到和处理政府信息公开申请情况\n" + strings.Repeat("一、本年新收政府信息公开申请数量      1      2      3\n", 20000),
		"wide spans":        "<table>" + strings.Repeat("<tr>"+strings.Repeat("<td rowspan=100 colspan=100>1</td>", 100)+"</tr>", 300) + "</table>",
		"deep nesting":      strings.Repeat("<table><tr><td>", 50000),
		"wrapped lines":     "一、总体情况\n" + strings.Repeat("这是一行没有句号的很长的文字用来测试折行的合并处理速度是否线性\n", 20000),
	}
	for name, in := range inputs {
		start := time.Now()
		if _, err := Parse([]byte(in), Options{}); err != nil && !errors.Is(err, ErrNotReport) {
			t.Errorf("%s: %v", name, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: %d bytes took %v", name, len(in), d)
		}
	}
}
