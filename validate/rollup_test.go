package validate

import (
	"time"

	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/report"
)

// TestRollUpOfValidPartsValidates rolls up two reports that validate — the
// Xiaoshan report and a township's report tallied from its ledger — and
// checks that the aggregate validates too: every identity is a sum, and a
// sum of reports that keep it keeps it.
func TestRollUpOfValidPartsValidates(t *testing.T) {
	xiaoshan := examples.Xiaoshan2023()
	town := report.New(report.Format2021, 2023)
	town.Metadata.ReportingBody = "某镇人民政府"
	town.Metadata.PeriodStart, town.Metadata.PeriodEnd = xiaoshan.Metadata.PeriodStart, xiaoshan.Metadata.PeriodEnd
	day := func(m time.Month, d int) report.Date { return report.Date{Year: 2023, Month: m, Day: d} }
	t3, err := report.TallyLedger(2023, report.Format2021, []report.Application{
		{Applicant: report.NaturalPerson, Received: day(2, 1), Concluded: day(2, 20), Outcome: report.RowDisclosed},
		{Applicant: report.CommercialEnterprise, Received: day(3, 1), Concluded: day(3, 25), Outcome: report.RowCannotProvideNotHeld},
		{Applicant: report.NaturalPerson, Received: day(12, 20)},
		{Applicant: report.NaturalPerson, Received: report.Date{Year: 2022, Month: 12, Day: 28}, Concluded: day(1, 10), Outcome: report.RowOtherHandlingOther},
	})
	if err != nil {
		t.Fatal(err)
	}
	town.Table3 = t3
	for _, c := range report.CellsOf(report.Format2021) {
		if c.Table == 2 || c.Table == 4 {
			v := report.Value{Kind: c.Kind, Count: 0, Amount: report.Amount{}}
			if err := town.Set(c.Path, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	town.Fees = report.Fees{Notices: 0, Collected: report.Amount{}}

	for _, part := range []*report.Report{xiaoshan, town} {
		if err := Validate(part, Options{}).Err(); err != nil {
			t.Fatalf("part %s does not validate: %v", part.Metadata.ReportingBody, err)
		}
	}
	total, err := report.RollUp([]*report.Report{xiaoshan, town})
	if err != nil {
		t.Fatal(err)
	}
	total.Metadata.ReportingBody = "杭州市萧山区"
	res := Validate(total, Options{})
	if err := res.Err(); err != nil {
		t.Errorf("the roll-up does not validate: %v", err)
	}
	if got := total.Table3.Rows[report.RowReceived][report.ApplicantTotal]; got != 115+3 {
		t.Errorf("rolled-up received total = %v, want 118", got)
	}
}
