// Package examples holds real reports as Go values and as JSON, for
// documentation, tests and the command line's demonstrations.
//
// The first is the 2023 report of the office of the Xiaoshan district
// government of Hangzhou (杭州市萧山区人民政府办公室), the report this project
// grew from: [Xiaoshan2023] builds it, and [Xiaoshan2023JSON] is the same
// report in the JSON form of package report.
package examples

import (
	_ "embed"
	"time"

	"github.com/opengov-cn/xxgk/report"
)

// Xiaoshan2023JSON is the Xiaoshan 2023 report in the JSON form of package
// report. It decodes to a report equal to [Xiaoshan2023].
//
//go:embed xiaoshan-2023.json
var Xiaoshan2023JSON []byte

// Xiaoshan2023 returns the 2023 annual report of 杭州市萧山区人民政府办公室, as
// published on its portal (index number H001/2024-76014): every table cell,
// the metadata, the 信息处理费 facts of section 六 and every paragraph, text
// kept as published (the portal printed half-width punctuation in the
// prose). Each call returns a new report that the caller may change.
func Xiaoshan2023() *report.Report {
	r := report.New(report.Format2021, 2023)
	r.Metadata = report.Metadata{
		ReportingBody: "杭州市萧山区人民政府办公室",
		Publisher:     "区政府办",
		Year:          2023,
		PeriodStart:   report.Date{Year: 2023, Month: time.January, Day: 1},
		PeriodEnd:     report.Date{Year: 2023, Month: time.December, Day: 31},
		DocumentDate:  report.Date{Year: 2024, Month: time.January, Day: 17},
		IndexNumber:   "H001/2024-76014",
		Other: []report.Field{
			{Label: "主题分类", Value: "综合政务/政务公开"},
			{Label: "公开方式", Value: "主动公开"},
		},
	}
	r.Preamble = []string{
		"根据《中华人民共和国政府信息公开条例》(国务院令第711号)规定,由杭州市萧山区人民政府办公室编制本报告。本报告中使用数据统计期限为2023年1月1日至2023年12月31日。本年度报告电子版可从杭州市萧山区政府门户网站(http://www.xiaoshan.gov.cn/)下载。",
	}
	r.Overview = report.Section{
		Paragraphs: []string{
			"2023年,区政府办公室坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平总书记关于政务公开工作的重要指示批示精神,紧紧围绕中央国务院、省、市政务公开工作部署和要求,对照政务公开重点工作任务分工,狠抓载体、制度和能力建设,扎实推进政务公开各项工作有序开展。",
		},
		Subsections: []report.Subsection{
			{Title: "(一)主动公开", Paragraphs: []string{
				"2023年,区政府办公室依托杭州市萧山区政府门户网站,主动公开各类政府信息605条,其中行政规范性文件18件,区政府全体会议、常务会议16次。聚焦三个“一号工程”“十项重大工程”等重点决策部署,新增设置“公共企事业单位信息公开”“稳岗就业”“民生实时”3大专题专栏,常态化更新“助企纾困”“村(居)务公开”“营商环境”“共同富裕”等专栏信息,细化公开教育教学栏目信息257条,新增水利领域基层政务公开标准目录。丰富政策文件解读形式,累计发布政策解读48条,其中文字解读18条、图片解读17条、动漫视频等其他形式解读13条,有效助力政策落地实施。",
			}},
			{Title: "(二)依申请公开", Paragraphs: []string{
				"联合区法院、区司法局、区政府法律顾问等单位群体,建立政府信息公开案件“府院联动”机制,及时沟通联系申请人,提供有效指引和释疑,依申请件的主动撤件率有效提升。全年,区政府办公室累计收到政府信息公开申请115件,办结113件,其中申请人撤回申请47件,因政府信息公开引起行政复议4件,纠正0件;行政诉讼6件,纠正0件。",
			}},
			{Title: "(三)政府信息管理", Paragraphs: []string{
				"以制度规范政府信息管理,要求各责任主体严格执行“三审三校”制度,强化信息审核发布、安全管理和保密审查等内容。强化政务新媒体内容的动态监测、专项检查,对发现的问题及时督促整改。",
			}},
			{Title: "(四)政府信息公开平台建设", Paragraphs: []string{
				"进一步规范线上平台建设,优化区政府门户网站政务公开栏目内容,多次开展涉及个人隐私信息、无效链接、错敏字等排查整改,提高信息发布质量和网络意识形态。进一步规范政务新媒体的开设、注销、备案等流程,全年共注销政务新媒体账号7个,截至年底运营有效的政务新媒体账号共45个。",
			}},
			{Title: "(五)监督保障", Paragraphs: []string{
				"将政务公开工作纳入全区综合考核,牵头制定政务公开考评细则,按季度检查全区各政府部门、乡镇(街道)政务公开工作情况,及时通报存在问题,扎实开展整改。举办全区政务公开工作培训,开展政务公开专项业务指导,推动重点难点工作加快落实。通过政府门户网站,收集网友对政务公开工作的意见建议,适时开展社会评议活动,提升信息公开群众满意度。2023年未发生政务公开责任追究事件。",
			}},
		},
	}

	t2 := &r.Table2
	t2.Counts[report.Regulations][report.Issued] = 0
	t2.Counts[report.Regulations][report.Repealed] = 0
	t2.Counts[report.Regulations][report.InForce] = 0
	t2.Counts[report.NormativeDocuments][report.Issued] = 18
	t2.Counts[report.NormativeDocuments][report.Repealed] = 6
	t2.Counts[report.NormativeDocuments][report.InForce] = 73
	t2.Counts[report.AdministrativeLicensing][report.Decisions] = 0
	t2.Counts[report.AdministrativePenalties][report.Decisions] = 0
	t2.Counts[report.AdministrativeCompulsion][report.Decisions] = 0
	t2.FeeAmount, _ = report.ParseAmount("0.008")

	t3 := &r.Table3.Rows
	// Only natural persons applied: every organisation column is 0.
	for _, row := range report.Table3Rows(report.Format2021) {
		t3[row] = report.Row{}
	}
	t3[report.RowReceived] = report.Row{115, 0, 0, 0, 0, 0, 115}
	t3[report.RowCarriedOver] = report.Row{8, 0, 0, 0, 0, 0, 8}
	t3[report.RowDisclosed] = report.Row{64, 0, 0, 0, 0, 0, 64}
	t3[report.RowPartiallyDisclosed] = report.Row{2, 0, 0, 0, 0, 0, 2}
	t3[report.RowWithheldInternalAffairs] = report.Row{1, 0, 0, 0, 0, 0, 1}
	t3[report.RowWithheldProcessInformation] = report.Row{1, 0, 0, 0, 0, 0, 1}
	t3[report.RowCannotProvideNotHeld] = report.Row{29, 0, 0, 0, 0, 0, 29}
	t3[report.RowCannotProvideMustBeCreated] = report.Row{3, 0, 0, 0, 0, 0, 3}
	t3[report.RowNotProcessedPetition] = report.Row{1, 0, 0, 0, 0, 0, 1}
	t3[report.RowOtherHandlingNoCorrection] = report.Row{12, 0, 0, 0, 0, 0, 12}
	t3[report.RowConcluded] = report.Row{113, 0, 0, 0, 0, 0, 113}
	t3[report.RowCarriedForward] = report.Row{10, 0, 0, 0, 0, 0, 10}

	r.Table4.Blocks[report.Reconsideration] = report.Block{4, 0, 0, 0, 4}
	r.Table4.Blocks[report.SuedDirectly] = report.Block{5, 0, 0, 0, 5}
	r.Table4.Blocks[report.SuedAfterReconsideration] = report.Block{1, 0, 0, 0, 1}

	r.Problems = report.Section{Paragraphs: []string{
		"2023年,区政府办公室信息公开工作取得了新成效,但还存在一些不足:政策解读形式不够新颖,有待进一步提质增效;政务新媒体监管力度不够,政务新媒体的服务功能有待进一步提升;政务公开日常指导和培训仍需加强;工作创新做法不足,本地区政务公开亮点经验交流稿件较少。",
		"2024年,区政府办公室将认真改进,主要做好以下工作:一是持续推动政策解读工作,丰富宣传形式,实现政策解读质量和水平明显提升。二是加强政务新媒体信息发布与安全监管,巩固政务新媒体规范化建设成果,强化政务新媒体功能建设,打造更为完善的“1+N”政务新媒体矩阵。三是强化政务公开日常指导和监督检查,开展线上线下业务培训,严格跟进考核工作。四是鼓励各相关单位总结优秀经验做法,积极上报亮点交流稿件。",
	}}
	r.OtherMatters = report.Section{Paragraphs: []string{
		"本年度,按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》(国办函〔2020〕109号)及相关规定,共发送1份缴纳信息公开处理费通知,该申请人缴纳信息处理费80元。其他没有需要报告的事项。",
	}}
	r.Fees = report.Fees{Notices: 1}
	r.Fees.Collected, _ = report.ParseAmount("80")
	return r
}
