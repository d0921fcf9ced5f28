package report

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The official labels, typed out from the format documents (format-spec
// sections 1.5 and 2.2–2.4), character for character: full-width brackets and
// colons, ASCII "1." item numbers, ASCII "/" in 本年增/减.

var wantSections2021 = []string{
	"一、总体情况",
	"二、主动公开政府信息情况",
	"三、收到和处理政府信息公开申请情况",
	"四、政府信息公开行政复议、行政诉讼情况",
	"五、存在的主要问题及改进情况",
	"六、其他需要报告的事项",
}

var wantTable2_2021 = [][]string{
	{"第二十条第（一）项", "规章", "行政规范性文件", "本年制发件数", "本年废止件数", "现行有效件数"},
	{"第二十条第（五）项", "行政许可", "本年处理决定数量"},
	{"第二十条第（六）项", "行政处罚", "行政强制", "本年处理决定数量"},
	{"第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）"},
}

var wantTable2_2019 = [][]string{
	{"第二十条第（一）项", "规章", "规范性文件", "本年新制作数量", "本年新公开数量", "对外公开总数量"},
	{"第二十条第（五）项", "行政许可", "其他对外管理服务事项", "上一年项目数量", "本年增/减", "处理决定数量"},
	{"第二十条第（六）项", "行政处罚", "行政强制", "上一年项目数量", "本年增/减", "处理决定数量"},
	{"第二十条第（八）项", "行政事业性收费", "上一年项目数量", "本年增/减"},
	{"第二十条第（九）项", "政府集中采购", "采购项目数量", "采购总金额"},
}

var wantApplicants = []string{"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"}

var wantTable3Rows2021 = []string{
	"一、本年新收政府信息公开申请数量",
	"二、上年结转政府信息公开申请数量",
	"三、本年度办理结果 / （一）予以公开",
	"三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形）",
	"三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密",
	"三、本年度办理结果 / （三）不予公开 / 2.其他法律行政法规禁止公开",
	"三、本年度办理结果 / （三）不予公开 / 3.危及“三安全一稳定”",
	"三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益",
	"三、本年度办理结果 / （三）不予公开 / 5.属于三类内部事务信息",
	"三、本年度办理结果 / （三）不予公开 / 6.属于四类过程性信息",
	"三、本年度办理结果 / （三）不予公开 / 7.属于行政执法案卷",
	"三、本年度办理结果 / （三）不予公开 / 8.属于行政查询事项",
	"三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息",
	"三、本年度办理结果 / （四）无法提供 / 2.没有现成信息需要另行制作",
	"三、本年度办理结果 / （四）无法提供 / 3.补正后申请内容仍不明确",
	"三、本年度办理结果 / （五）不予处理 / 1.信访举报投诉类申请",
	"三、本年度办理结果 / （五）不予处理 / 2.重复申请",
	"三、本年度办理结果 / （五）不予处理 / 3.要求提供公开出版物",
	"三、本年度办理结果 / （五）不予处理 / 4.无正当理由大量反复申请",
	"三、本年度办理结果 / （五）不予处理 / 5.要求行政机关确认或重新出具已获取信息",
	"三、本年度办理结果 / （六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
	"三、本年度办理结果 / （六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
	"三、本年度办理结果 / （六）其他处理 / 3.其他",
	"三、本年度办理结果 / （七）总计",
	"四、结转下年度继续办理",
}

// wantTable3Rows2019 is the 2021 list with the three reasons of （六）其他处理
// replaced by the single row.
var wantTable3Rows2019 = append(append(append([]string{}, wantTable3Rows2021[:20]...),
	"三、本年度办理结果 / （六）其他处理"), wantTable3Rows2021[23:]...)

var wantTable4 = []string{
	"行政复议 / 结果维持", "行政复议 / 结果纠正", "行政复议 / 其他结果", "行政复议 / 尚未审结", "行政复议 / 总计",
	"行政诉讼 / 未经复议直接起诉 / 结果维持", "行政诉讼 / 未经复议直接起诉 / 结果纠正", "行政诉讼 / 未经复议直接起诉 / 其他结果",
	"行政诉讼 / 未经复议直接起诉 / 尚未审结", "行政诉讼 / 未经复议直接起诉 / 总计",
	"行政诉讼 / 复议后起诉 / 结果维持", "行政诉讼 / 复议后起诉 / 结果纠正", "行政诉讼 / 复议后起诉 / 其他结果",
	"行政诉讼 / 复议后起诉 / 尚未审结", "行政诉讼 / 复议后起诉 / 总计",
}

func TestOfficialLabels(t *testing.T) {
	for _, f := range Formats() {
		t.Run(f.Key(), func(t *testing.T) {
			var sections []string
			for _, s := range Sections() {
				sections = append(sections, s.Label(f))
			}
			want := append([]string{}, wantSections2021...)
			want2 := wantTable2_2021
			want3 := wantTable3Rows2021
			if f == Format2019 {
				want[4] = "五、政府信息公开工作存在的主要问题及改进情况"
				want2 = wantTable2_2019
				want3 = wantTable3Rows2019
			}
			if d := cmp.Diff(want, sections); d != "" {
				t.Errorf("section headings (-want +got):\n%s", d)
			}

			var t2 [][]string
			for _, b := range Table2Blocks(f) {
				line := []string{b.Item.Label()}
				for _, r := range b.Rows {
					line = append(line, r.Label(f))
				}
				for _, c := range b.Columns {
					line = append(line, c.Label(f))
				}
				t2 = append(t2, line)
			}
			if d := cmp.Diff(want2, t2); d != "" {
				t.Errorf("table 二 (-want +got):\n%s", d)
			}

			var t3 []string
			for _, r := range Table3Rows(f) {
				t3 = append(t3, strings.Join(r.LabelPath(), " / "))
			}
			if d := cmp.Diff(want3, t3); d != "" {
				t.Errorf("table 三 rows (-want +got):\n%s", d)
			}
			var cols []string
			for _, a := range Applicants() {
				cols = append(cols, a.Label())
			}
			if d := cmp.Diff(wantApplicants, cols); d != "" {
				t.Errorf("table 三 columns (-want +got):\n%s", d)
			}

			var t4 []string
			for _, p := range Proceedings() {
				for _, r := range Table4Columns() {
					t4 = append(t4, strings.Join(append(p.LabelPath(), r.Label()), " / "))
				}
			}
			if d := cmp.Diff(wantTable4, t4); d != "" {
				t.Errorf("table 四 (-want +got):\n%s", d)
			}
		})
	}
	headers := map[string]string{
		LabelContent:      "信息内容",
		LabelApplicant:    "申请人情况",
		LabelLegalPersons: "法人或其他组织",
		LabelBalanceNote:  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
		LabelOutcomes:     "三、本年度办理结果",
		LabelLitigation:   "行政诉讼",
	}
	for got, want := range headers {
		if got != want {
			t.Errorf("header label %q, want %q", got, want)
		}
	}
}

// TestLabelsUseFullWidthPunctuation guards against half-width brackets and
// colons creeping into the official labels.
func TestLabelsUseFullWidthPunctuation(t *testing.T) {
	for _, f := range Formats() {
		for _, c := range CellsOf(f) {
			if c.Table == 6 {
				continue
			}
			for _, l := range c.LabelPath(f) {
				if strings.ContainsAny(l, "():,;") {
					t.Errorf("%s: label %q has half-width punctuation", c.Path, l)
				}
			}
		}
	}
}

func TestLookupLabelsAsPrinted(t *testing.T) {
	tests := []struct {
		label string
		got   func(string) (int, bool)
		want  int
	}{
		{"商业 企业", applicant, int(CommercialEnterprise)},
		{"科研\n机构", applicant, int(ResearchInstitution)},
		{" 社会公益组织 ", applicant, int(PublicInterestOrganisation)},
		{"其他", applicant, int(OtherOrganisation)},
		{"natural person", applicant, int(NaturalPerson)},
		{"(一)予以公开", row3, int(RowDisclosed)},
		{"(二)部分公开(区分处理的,只计这一情形,不计其他情形)", row3, int(RowPartiallyDisclosed)},
		{"1.属于国家秘密", row3, int(RowWithheldStateSecret)},
		{"1、属于国家秘密", row3, int(RowWithheldStateSecret)},
		{"属于国家秘密", row3, int(RowWithheldStateSecret)},
		{"３.危及\"三安全一稳定\"", row3, int(RowWithheldSecurityOrStability)},
		{"3.其他", row3, int(RowOtherHandlingOther)},
		{"(六)其他处理", row3, int(RowOtherHandling)},
		{"(七)总计", row3, int(RowConcluded)},
		{"四、结转下年度继续办理", row3, int(RowCarriedForward)},
		{"本年收费金额(单位:万元)", col2, int(FeeAmount)},
		{"处理决定数量", col2, int(Decisions)},
		{"规范性文件", row2, int(NormativeDocuments)},
		{"行政规范性文件", row2, int(NormativeDocuments)},
		{"第二十条第(五)项", item, int(Item5)},
		{"未经复议 直接起诉", proceeding, int(SuedDirectly)},
		{"尚未审结", result, int(Pending)},
		{"五、存在的主要问题及改进情况", section, int(SectionProblems)},
		{"五、政府信息公开工作存在的主要问题及改进情况", section, int(SectionProblems)},
	}
	for _, tt := range tests {
		got, ok := tt.got(tt.label)
		if !ok || got != tt.want {
			t.Errorf("lookup %q = %d, %v; want %d", tt.label, got, ok, tt.want)
		}
	}
	for _, bad := range []string{"", "自然", "不存在的行", "(八)总计"} {
		if _, ok := LookupTable3Row(bad); ok {
			t.Errorf("LookupTable3Row(%q) found a row", bad)
		}
	}
}

func applicant(s string) (int, bool) { v, ok := LookupApplicant(s); return int(v), ok }
func row3(s string) (int, bool)      { v, ok := LookupTable3Row(s); return int(v), ok }
func row2(s string) (int, bool)      { v, ok := LookupTable2Row(s); return int(v), ok }
func col2(s string) (int, bool)      { v, ok := LookupTable2Column(s); return int(v), ok }
func item(s string) (int, bool)      { v, ok := LookupArticle20Item(s); return int(v), ok }
func proceeding(s string) (int, bool) {
	v, ok := LookupProceeding(s)
	return int(v), ok
}
func result(s string) (int, bool)  { v, ok := LookupTable4Column(s); return int(v), ok }
func section(s string) (int, bool) { v, ok := LookupSection(s); return int(v), ok }

func TestEnglishLabels(t *testing.T) {
	for _, f := range Formats() {
		seen := map[string]Path{}
		for _, c := range CellsOf(f) {
			en := c.English()
			if en == "" || strings.ContainsFunc(en, func(r rune) bool { return r > 0x2e80 }) {
				t.Errorf("%s: English label %q", c.Path, en)
			}
			if other, dup := seen[en]; dup {
				t.Errorf("%s and %s share the English label %q", c.Path, other, en)
			}
			seen[en] = c.Path
		}
	}
}

func TestNarrowRune(t *testing.T) {
	for in, want := range map[rune]rune{'１': '1', '（': '(', '　': ' ', '中': '中', 'a': 'a', '、': '、'} {
		if got := NarrowRune(in); got != want {
			t.Errorf("NarrowRune(%q) = %q, want %q", in, got, want)
		}
	}
}
