package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/lang"
)

// TestRun runs the example as "go run ./examples/compare" does, in both
// languages.
func TestRun(t *testing.T) {
	for _, c := range []struct {
		l    lang.Lang
		want []string
	}{
		{lang.Chinese, []string{
			"平潭综合实验区 2019 (format 2019 (trial)) → 2022 (format 2021)",
			`一、本年新收政府信息公开申请数量 / 总计: "23" → "74", 增加 51`,
			`三、本年度办理结果 / （六）其他处理 / 总计: "0" → "4", 增加 4 [Σ [table3.other_handling_no_correction.total table3.other_handling_fee_not_paid.total table3.other_handling_other.total]]`,
			`六、其他需要报告的事项 / 收取信息处理费（元）: "" → "0", 不可比 (空白)`,
			"公开率: 34.78% → 40.00% (增加)",
			"行政复议结果纠正率: — → 50.00% (不可比)",
			"181 cells compared; 19 only in 2019, 7 only in 2022",
		}},
		{lang.English, []string{
			"disclosure rate: 34.78% → 40.00% (up)",
			"share (5) not processed: 13.04% → 0.00% (down)",
		}},
	} {
		var out bytes.Buffer
		if _, err := run(&out, c.l); err != nil {
			t.Fatal(err)
		}
		for _, w := range c.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: output lacks %q:\n%s", c.l, w, out.String())
			}
		}
	}
}
