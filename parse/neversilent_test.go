package parse

import (
	"regexp"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// generalDamage is damage done to any test file, as real copies show it.
// html says whether the file is a page.
var generalDamage = []struct {
	name   string
	damage func(s string, html bool) string
}{
	{"none", func(s string, _ bool) string { return s }},
	{"character dropped in a label", func(s string, _ bool) string {
		return strings.NewReplacer("其他法律行政法规禁止公开", "其他法律行政法规止公开", "属于三类内部事务信息", "属于三类内部事信息").Replace(s)
	}},
	{"character changed in a label", func(s string, _ bool) string {
		return strings.Replace(s, "本机关不掌握相关政府信息", "本机关不掌振相关政府信息", 1)
	}},
	{"character added in a label", func(s string, _ bool) string {
		return strings.Replace(s, "要求提供公开出版物", "要求提供公开出出版物", 1)
	}},
	{"label broken across lines", func(s string, html bool) string {
		br := "\n"
		if html {
			br = "<br/>"
		}
		return strings.NewReplacer("没有现成信息需要另行制作", "没有现成信息需"+br+"要另行制作", "信访举报投诉类申请", "信访举报"+br+"投诉类申请").Replace(s)
	}},
	{"table split across pages", func(s string, html bool) string {
		re := regexp.MustCompile(`(?m)^.*[（(]四[)）]无法提供`)
		if html {
			re = regexp.MustCompile(`<tr[^>]*>(\s|<[^>]*>)*[（(]四[)）]无法提供`)
			loc := re.FindStringIndex(s)
			if loc == nil {
				return s
			}
			return s[:loc[0]] + "</table><p>— 5 —</p><table>" + s[loc[0]:]
		}
		loc := re.FindStringIndex(s)
		if loc == nil {
			return s
		}
		return s[:loc[0]] + "— 5 —\n自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计\n" + s[loc[0]:]
	}},
	{"table 四 split under sub-headings", func(s string, html bool) string {
		if html {
			return s
		}
		// The row of 15 cells of table 四 printed as three tables, each
		// under its sub-heading with its own header row.
		re := regexp.MustCompile(`(?m)^\|? ?((?:[ \d/—-]*\|){5})((?:[ \d/—-]*\|){5})((?:[ \d/—-]*\|){4}[ \d/—-]*)\|? *$`)
		loc := re.FindStringSubmatchIndex(s)
		if loc == nil || !strings.Contains(s[:loc[0]], "复议") {
			return s
		}
		const header = "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n"
		piece := func(i int) string { return strings.TrimSuffix(strings.TrimSpace(s[loc[2*i]:loc[2*i+1]]), "|") + "\n" }
		return s[:loc[0]] + "行政复议\n" + header + piece(1) + "行政诉讼（未经复议直接起诉）\n" + header + piece(2) +
			"行政诉讼（复议后起诉）\n" + header + piece(3) + s[loc[1]:]
	}},
	{"fused signed number", func(s string, _ bool) string {
		// A row of table 三 whose cells lost their separators.
		return regexp.MustCompile(`(2\.重复申请)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|`).ReplaceAllString(s, "$1 | $2-$3 |")
	}},
}

// TestNeverWrongInSilence reads every test file and every damaged copy and
// checks tables 三 and 四 cell by cell against the figures read by hand:
// every cell is read right, or is blank and named in a warning or an
// error. It prints the number of cells read right.
func TestNeverWrongInSilence(t *testing.T) {
	right, named, total, copies := 0, 0, 0, 0
	cleanRight, cleanTotal := 0, 0
	for _, tt := range readmeFigures {
		want := readHandRead(t, tt.file)
		src := string(readTestdata(t, tt.file))
		html := strings.HasSuffix(tt.file, ".html")
		for _, d := range generalDamage {
			damaged := d.damage(src, html)
			if d.name != "none" && damaged == src {
				continue
			}
			copies++
			res, err := Parse([]byte(damaged), Options{})
			if err != nil {
				t.Errorf("%s, %s: %v", tt.file, d.name, err)
				continue
			}
			names := map[report.Path]bool{}
			for _, diag := range res.Diagnostics {
				if diag.Severity >= validate.Warning {
					for _, p := range diag.Paths {
						names[p] = true
					}
				}
			}
			for p, w := range want.cells {
				total++
				if d.name == "none" {
					cleanTotal++
				}
				v, err := res.Report.Lookup(p)
				got := v.String()
				if got == "" {
					got = "_"
				}
				switch {
				case err == nil && got == w:
					right++
					if d.name == "none" {
						cleanRight++
					}
				case err == nil && got == "_" && names[p]:
					named++
				default:
					t.Errorf("%s, %s: %s = %s, hand-read %s, named %v", tt.file, d.name, p, got, w, names[p])
				}
			}
		}
	}
	t.Logf("cells of tables 三 and 四 over the %d test files: %d of %d read right", len(readmeFigures), cleanRight, cleanTotal)
	t.Logf("cells of tables 三 and 四 over %d test files and damaged copies: %d read right, %d blank and named, %d wrong in silence, of %d",
		copies, right, named, total-right-named, total)
}
