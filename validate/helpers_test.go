package validate

import (
	"strings"
	"time"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/report"
)

// statedFacts2021 restates, in the words of real reports, the Xiaoshan
// figures its own text leaves out, so that every narrative rule has a
// statement to check.
const statedFacts2021 = "政府信息公开申请上年结转8件，结转下年度继续办理10件。予以公开64件，部分公开2件，不予公开2件，无法提供32件，不予处理1件，其他处理12件。本年制发规章0件。"

// xiaoshan returns the Xiaoshan 2023 report with statedFacts2021 added to
// section 五: every identity holds and the text agrees with the tables.
func xiaoshan() *report.Report {
	r := examples.Xiaoshan2023()
	r.Problems.Paragraphs = append(r.Problems.Paragraphs, statedFacts2021)
	r.Metadata.PublicationDate = report.Date{Year: 2024, Month: time.January, Day: 17}
	return r
}

// xiaoshanPrevious returns a report for 2022 that agrees with xiaoshan()
// across the years: its carried-forward row is 2023's carried-over row and
// its 现行有效件数 leads to 2023's.
func xiaoshanPrevious() *report.Report {
	r := examples.Xiaoshan2023()
	r.Metadata.Year = 2022
	r.Metadata.PeriodStart = report.Date{Year: 2022, Month: time.January, Day: 1}
	r.Metadata.PeriodEnd = report.Date{Year: 2022, Month: time.December, Day: 31}
	r.Table3.Rows[report.RowCarriedForward] = report.Row{8, 0, 0, 0, 0, 0, 8}
	r.Table3.Rows[report.RowCarriedOver] = report.Row{10, 0, 0, 0, 0, 0, 10}
	r.Table3.Rows[report.RowDisclosed] = report.Row{68, 0, 0, 0, 0, 0, 68}
	r.Table3.Rows[report.RowConcluded] = report.Row{117, 0, 0, 0, 0, 0, 117}
	r.Table2.Counts[report.NormativeDocuments][report.InForce] = 73 - 18 + 6
	r.Overview, r.Problems, r.OtherMatters = report.Section{}, report.Section{}, report.Section{}
	return r
}

// city2020 returns a consistent report in format 2019 on 2020 by a city
// government's office, with prose that states every fact a narrative rule
// checks.
func city2020() *report.Report {
	r := report.New(report.Format2019, 2020)
	r.Metadata.ReportingBody = "某某市人民政府办公室"
	r.Metadata.Scope, r.Metadata.Level = report.ScopeDepartment, report.LevelPrefecture
	r.Metadata.PeriodStart = report.Date{Year: 2020, Month: time.January, Day: 1}
	r.Metadata.PeriodEnd = report.Date{Year: 2020, Month: time.December, Day: 31}
	r.Metadata.PublicationDate = report.Date{Year: 2021, Month: time.January, Day: 29}
	t2 := &r.Table2.Counts
	t2[report.Regulations][report.NewlyMade] = 2
	t2[report.Regulations][report.NewlyDisclosed] = 2
	t2[report.Regulations][report.DisclosedTotal] = 10
	t2[report.NormativeDocuments][report.NewlyMade] = 5
	t2[report.NormativeDocuments][report.NewlyDisclosed] = 5
	t2[report.NormativeDocuments][report.DisclosedTotal] = 30
	for _, row := range changeRows {
		t2[row][report.ItemsLastYear] = 3
		t2[row][report.Change] = 0
		if row != report.AdministrativeFees {
			t2[row][report.Decisions] = 7
		}
	}
	t2[report.AdministrativeLicensing][report.Change] = -2
	t2[report.CentralisedProcurement][report.Projects] = 4
	r.Table2.ProcurementAmount, _ = report.ParseAmount("12.5")
	r.Table2.ProcurementUnit = report.UnitWan

	t3 := &r.Table3.Rows
	for _, row := range report.Table3Rows(report.Format2019) {
		t3[row] = report.Row{}
	}
	t3[report.RowReceived] = report.Row{10, 2}
	t3[report.RowDisclosed] = report.Row{5, 1}
	t3[report.RowPartiallyDisclosed] = report.Row{1}
	t3[report.RowWithheldStateSecret] = report.Row{1}
	t3[report.RowCannotProvideNotHeld] = report.Row{1, 1}
	t3[report.RowOtherHandling] = report.Row{1}
	t3[report.RowCarriedForward] = report.Row{1}
	r.Table4.Blocks[report.Reconsideration] = report.Block{1, 0, 0, 0}
	r.Table4.Blocks[report.SuedDirectly] = report.Block{0, 0, 0, 1}
	r.Table4.Blocks[report.SuedAfterReconsideration] = report.Block{}
	r.FillTotals()

	r.Overview.Paragraphs = []string{
		"2020年，共收到政府信息公开申请12件，办结11件，上年结转0件，结转下年度继续办理1件。",
		"予以公开6件，部分公开1件，不予公开1件，无法提供2件，不予处理0件，其他处理1件。行政复议1件，行政诉讼1件。",
		"主动公开规章2件。",
	}
	r.OtherMatters.Paragraphs = []string{"本年度收取信息处理费0元。"}
	r.Fees.Notices = 0
	r.Fees.Collected, _ = report.ParseAmount("0")
	return r
}

// city2019 returns the report of the same body on 2019 that agrees with
// city2020 across the years.
func city2019() *report.Report {
	r := city2020()
	r.Metadata.Year = 2019
	r.Metadata.PeriodStart.Year, r.Metadata.PeriodEnd.Year = 2019, 2019
	r.Metadata.PublicationDate.Year = 2020
	r.Table3.Rows[report.RowCarriedForward] = report.Row{}
	r.Table3.Rows[report.RowCarriedOver] = report.Row{1}
	r.Table3.Rows[report.RowReceived] = report.Row{7, 2}
	r.Table3.Rows[report.RowDisclosed] = report.Row{4, 1}
	r.FillTotals()
	t2 := &r.Table2.Counts
	t2[report.AdministrativeLicensing][report.ItemsLastYear] = 1
	t2[report.AdministrativeLicensing][report.Change] = 2
	r.Overview, r.OtherMatters = report.Section{}, report.Section{}
	return r
}

// replaceText replaces old with new in every paragraph of r's prose.
func replaceText(r *report.Report, old, new string) {
	replace := func(ps []string) {
		for i := range ps {
			ps[i] = strings.ReplaceAll(ps[i], old, new)
		}
	}
	replace(r.Preamble)
	for _, s := range []*report.Section{&r.Overview, &r.Problems, &r.OtherMatters} {
		replace(s.Paragraphs)
		for i := range s.Subsections {
			replace(s.Subsections[i].Paragraphs)
		}
	}
}
