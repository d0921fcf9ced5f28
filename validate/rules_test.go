package validate

import (
	"slices"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/report"
)

// breakers says, for each built-in rule, how to make a clean report (and
// its previous year) fail it. The function gets this year's and last
// year's report, in the format named.
var breakers = map[string]func(r, prev *report.Report){
	"R-FORMAT": func(r, _ *report.Report) {
		if r.Format == report.Format2021 {
			r.Metadata.Year = 2020
		} else {
			r.Metadata.Year = 2021
		}
	},
	"R-PERIOD": func(r, _ *report.Report) { r.Metadata.PeriodStart.Month = 2 },
	"R-DEADLINE": func(r, _ *report.Report) {
		r.Metadata.Scope = report.ScopeDepartment
		r.Metadata.PublicationDate.Month = 2
	},
	"R-EMPTY": func(r, _ *report.Report) { *r = *report.New(r.Format, 0) },
	"T3-BALANCE": func(r, _ *report.Report) {
		r.Table3.Rows[report.RowCarriedForward][report.NaturalPerson]++
		r.Table3.Rows[report.RowCarriedForward][report.ApplicantTotal]++
	},
	"T3-ROW-TOTAL": func(r, _ *report.Report) { r.Table3.Rows[report.RowDisclosed][report.NaturalPerson]++ },
	"T3-CONCLUDED": func(r, _ *report.Report) {
		r.Table3.Rows[report.RowWithheldStateSecret][report.NaturalPerson]++
		r.Table3.Rows[report.RowWithheldStateSecret][report.ApplicantTotal]++
	},
	"T3-COMBINED": func(r, _ *report.Report) { combineOtherHandling(r) },
	"T3-RANGE": func(r, _ *report.Report) {
		r.Table3.Rows[report.RowWithheldStateSecret][report.ResearchInstitution] = -1
	},
	"T4-TOTAL": func(r, _ *report.Report) { r.Table4.Blocks[report.Reconsideration][report.Upheld]++ },
	"T4-RANGE": func(r, _ *report.Report) { r.Table4.Blocks[report.SuedDirectly][report.Corrected] = -2 },
	"T2-RANGE": func(r, _ *report.Report) { r.Table2.Counts[report.AdministrativeLicensing][report.Decisions] = -1 },
	"T2-REGULATIONS": func(r, _ *report.Report) {
		r.Metadata.ReportingBody = "某某县人民政府"
		r.Metadata.Scope, r.Metadata.Level = report.ScopeAggregate, report.LevelCounty
		r.Table2.Counts[report.Regulations][report.Issued] = 1
		r.Table2.Counts[report.Regulations][report.InForce] = 11
	},
	"T2-DISCLOSED": func(r, _ *report.Report) { r.Table2.Counts[report.NormativeDocuments][report.NewlyDisclosed] = 31 },
	"T2-CHANGE":    func(r, _ *report.Report) { r.Table2.Counts[report.AdministrativePenalties][report.Change] = -4 },
	"F-RANGE":      func(r, _ *report.Report) { r.Fees.Notices = -1 },
	"F-RATES":      func(r, _ *report.Report) { r.Fees.Collected, _ = report.ParseAmount("85") },
	"F-TABLE2":     func(r, _ *report.Report) { r.Fees.Collected, _ = report.ParseAmount("90") },
	"F-UNPAID": func(r, _ *report.Report) {
		r.Table3.Rows[report.RowOtherHandlingFeeNotPaid] = report.Row{1, 0, 0, 0, 0, 0, 1}
		r.Table3.Rows[report.RowDisclosed] = report.Row{63, 0, 0, 0, 0, 0, 63}
		r.Fees = report.Fees{Notices: report.Blank, Collected: report.BlankAmount}
		r.OtherMatters.Paragraphs = nil
	},
	"X-PREVIOUS": func(_, prev *report.Report) { prev.Metadata.Year-- },
	"X-CARRY":    func(_, prev *report.Report) { prev.Table3.Rows[report.RowCarriedForward][report.NaturalPerson]++ },
	"X-IN-FORCE": func(_, prev *report.Report) { prev.Table2.Counts[report.NormativeDocuments][report.InForce]++ },
	"X-ITEMS":    func(_, prev *report.Report) { prev.Table2.Counts[report.AdministrativePenalties][report.Change] = 1 },
	"N-RECEIVED": func(r, _ *report.Report) {
		replaceText(r, "申请115件", "申请116件")
		replaceText(r, "申请12件", "申请13件")
	},
	"N-CONCLUDED": func(r, _ *report.Report) {
		replaceText(r, "办结113件", "办结112件")
		replaceText(r, "办结11件", "办结10件")
	},
	"N-CARRIED-OVER": func(r, _ *report.Report) {
		replaceText(r, "上年结转8件", "上年结转9件")
		replaceText(r, "上年结转0件", "上年结转1件")
	},
	"N-CARRIED-FORWARD": func(r, _ *report.Report) {
		replaceText(r, "继续办理10件", "继续办理11件")
		replaceText(r, "继续办理1件", "继续办理2件")
	},
	"N-OUTCOME": func(r, _ *report.Report) { replaceText(r, "无法提供", "无法提供1") },
	"N-RECONSIDERATION": func(r, _ *report.Report) {
		replaceText(r, "行政复议4件", "行政复议5件")
		replaceText(r, "行政复议1件", "行政复议2件")
	},
	"N-LITIGATION": func(r, _ *report.Report) {
		replaceText(r, "行政诉讼6件", "行政诉讼7件")
		replaceText(r, "行政诉讼1件", "行政诉讼0件")
	},
	"N-REGULATIONS": func(r, _ *report.Report) {
		replaceText(r, "规章0件", "规章1件")
		replaceText(r, "规章2件", "规章3件")
	},
	"N-FEE": func(r, _ *report.Report) {
		replaceText(r, "处理费80元", "处理费70元")
		replaceText(r, "处理费0元", "处理费10元")
	},
}

// cleanPair returns a clean report of format f and last year's report.
func cleanPair(f report.Format) (r, prev *report.Report) {
	if f == report.Format2019 {
		return city2020(), city2019()
	}
	return xiaoshan(), xiaoshanPrevious()
}

// TestEveryRuleHoldsAndFails checks each built-in rule, in each format it
// applies to, on a report where it holds and on one where it fails.
func TestEveryRuleHoldsAndFails(t *testing.T) {
	for _, info := range Catalogue() {
		breaker, ok := breakers[info.Code]
		if !ok {
			t.Errorf("%s: no test case breaks it", info.Code)
			continue
		}
		formats := info.Formats
		if formats == nil {
			formats = report.Formats()
		}
		for _, f := range formats {
			r, prev := cleanPair(f)
			opts := Options{Previous: prev}
			if got := codes(Validate(r, opts)); slices.Contains(got, info.Code) {
				t.Errorf("%s, format %s: clean report fails it: %v", info.Code, f, Validate(r, opts).Findings)
			}
			breaker(r, prev)
			res := Validate(r, opts)
			found := false
			for _, fd := range res.Findings {
				if fd.Code == info.Code && fd.Severity == info.Severity && !fd.NotAssessable {
					found = true
					if fd.Message.Zh == "" || fd.Message.En == "" {
						t.Errorf("%s, format %s: finding without a message", info.Code, f)
					}
				}
			}
			if !found {
				t.Errorf("%s, format %s: broken report passes it; findings: %v", info.Code, f, codes(res))
			}
		}
	}
	for code := range breakers {
		if !slices.ContainsFunc(Catalogue(), func(i RuleInfo) bool { return i.Code == code }) {
			t.Errorf("test case for %s, which is no built-in rule", code)
		}
	}
}

// codes lists the codes of a result's findings.
func codes(res *Result) []string {
	var out []string
	for _, f := range res.Findings {
		out = append(out, f.Code)
	}
	return out
}

// TestCleanReportsHaveNoFindings checks the clean test reports and the
// Xiaoshan example itself.
func TestCleanReportsHaveNoFindings(t *testing.T) {
	for _, f := range report.Formats() {
		r, prev := cleanPair(f)
		for _, res := range []*Result{Validate(r, Options{}), Validate(r, Options{Previous: prev}), Validate(prev, Options{})} {
			if len(res.Findings) != 0 {
				t.Errorf("format %s: %v", f, res.Findings)
			}
		}
	}
}

// TestCatalogue checks that every rule is fully described and that codes
// are unique.
func TestCatalogue(t *testing.T) {
	seen := map[string]bool{}
	for _, info := range Catalogue() {
		if seen[info.Code] {
			t.Errorf("code %s used twice", info.Code)
		}
		seen[info.Code] = true
		if info.Description.Zh == "" || info.Description.En == "" {
			t.Errorf("%s: description missing", info.Code)
		}
		if info.Needs.Zh == "" || info.Needs.En == "" {
			t.Errorf("%s: needs missing", info.Code)
		}
		if info.Severity < Info || info.Severity > Error {
			t.Errorf("%s: severity %v", info.Code, info.Severity)
		}
	}
}

// combineOtherHandling prints （六）其他处理 of a 2021 report as one row, the
// sum of its three rows, as reports deviating from the format do (D18).
func combineOtherHandling(r *report.Report) {
	t := &r.Table3
	t.Rows[report.RowOtherHandling] = report.Row{}
	for _, row := range report.OtherHandling.Rows(report.Format2021) {
		for a := range report.NumApplicants {
			t.Rows[report.RowOtherHandling][a] += t.Rows[row][a]
		}
		t.Rows[row] = report.BlankRow
	}
}

// TestCombinedOtherHandling validates a 2021 report whose table 三 prints
// （六）其他处理 as one row: the row stands for the three in every sum, and
// the deviation is one warning of its own.
func TestCombinedOtherHandling(t *testing.T) {
	r, prev := cleanPair(report.Format2021)
	combineOtherHandling(r)
	res := Validate(r, Options{Previous: prev})
	var got []string
	for _, f := range res.Findings {
		if f.Severity >= Warning {
			got = append(got, f.Code)
		}
	}
	if !slices.Equal(got, []string{"T3-COMBINED"}) {
		t.Errorf("findings %v, want only T3-COMBINED: %v", got, res.Findings)
	}
	// No rule looks for the three rows the one row stands for.
	for _, f := range res.Findings {
		for _, p := range f.Paths {
			if strings.HasPrefix(string(p), "table3.other_handling_") {
				t.Errorf("%s names %s", f.Code, p)
			}
		}
	}
	r.Table3.Rows[report.RowOtherHandling][report.NaturalPerson]++
	r.Table3.Rows[report.RowOtherHandling][report.ApplicantTotal]++
	if got := codes(Validate(r, Options{Previous: prev})); !slices.Contains(got, "T3-CONCLUDED") {
		t.Errorf("a combined row that breaks (七)总计 gives %v", got)
	}
}
