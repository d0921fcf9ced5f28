package validate

import "github.com/opengov-cn/xxgk/lang"

// table4Rules returns the T4- rules: table 四.
func table4Rules() []Rule {
	return []Rule{
		mustSum(RuleInfo{
			Code: "T4-TOTAL", Severity: Error, Formats: bothFormats,
			Description: lang.Text{
				Zh: "表四每一组：总计等于结果维持、结果纠正、其他结果、尚未审结之和",
				En: "table 4, every block: the total is the sum of upheld, corrected, other result and pending",
			},
			Sum: &Sum{Scope: ScopeBlocks,
				Total: terms("table4.*.total"),
				Items: terms("table4.*.upheld", "table4.*.corrected", "table4.*.other_result", "table4.*.pending"),
			},
		}),
		newRangeRule(RuleInfo{
			Code: "T4-RANGE", Severity: Error, Formats: bothFormats,
			Description: lang.Text{Zh: "表四每个单元格不小于 0，也不大于一万亿", En: "table 4: no cell is below 0 or above one trillion"},
			Needs:       lang.Text{Zh: "无：空白单元格不核对", En: "nothing: blank cells are skipped"},
		}, 4),
	}
}
