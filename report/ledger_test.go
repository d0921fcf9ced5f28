package report_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/report"
)

func day(y int, m time.Month, d int) report.Date { return report.Date{Year: y, Month: m, Day: d} }

// TestTallyLedgerXiaoshan builds a ledger that matches the Xiaoshan 2023
// report and checks that the tally reproduces its table 三 exactly.
func TestTallyLedgerXiaoshan(t *testing.T) {
	var ledger []report.Application
	open := func(received report.Date) {
		ledger = append(ledger, report.Application{Applicant: report.NaturalPerson, Received: received})
	}
	closed := func(received, concluded report.Date, outcome report.Table3Row) {
		ledger = append(ledger, report.Application{Applicant: report.NaturalPerson, Received: received, Concluded: concluded, Outcome: outcome})
	}
	// Outcomes of 2023 as the report prints them: 113 in all.
	outcomes := []struct {
		row report.Table3Row
		n   int
	}{
		{report.RowDisclosed, 64},
		{report.RowPartiallyDisclosed, 2},
		{report.RowWithheldInternalAffairs, 1},
		{report.RowWithheldProcessInformation, 1},
		{report.RowCannotProvideNotHeld, 29},
		{report.RowCannotProvideMustBeCreated, 3},
		{report.RowNotProcessedPetition, 1},
		{report.RowOtherHandlingNoCorrection, 12},
	}
	var outcomeOf []report.Table3Row
	for _, o := range outcomes {
		for range o.n {
			outcomeOf = append(outcomeOf, o.row)
		}
	}
	next := 0
	// Requests of earlier years, concluded before 2023: not counted.
	closed(day(2021, time.March, 3), day(2021, time.April, 1), report.RowDisclosed)
	closed(day(2022, time.June, 1), day(2022, time.December, 31), report.RowDisclosed)
	// 8 received in December 2022, open at the end of 2022, concluded in 2023.
	for i := range 8 {
		closed(day(2022, time.December, 20+i), day(2023, time.January, 1+i), outcomeOf[next])
		next++
	}
	// 115 received in 2023: 105 concluded in 2023, 10 still open at its end
	// (6 with no conclusion yet, 4 concluded in 2024).
	for i := range 105 {
		received := day(2023, time.Month(1+i%11), 1+i%28)
		closed(received, day(2023, received.Month+1, received.Day), outcomeOf[next])
		next++
	}
	for i := range 6 {
		open(day(2023, time.December, 10+i))
	}
	for i := range 4 {
		closed(day(2023, time.December, 20+i), day(2024, time.January, 5), report.RowOtherHandlingOther)
	}
	// A request received in 2024: not counted.
	open(day(2024, time.January, 2))
	if next != len(outcomeOf) {
		t.Fatalf("ledger uses %d outcomes, want %d", next, len(outcomeOf))
	}
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(ledger), func(i, j int) { ledger[i], ledger[j] = ledger[j], ledger[i] })

	got, err := report.TallyLedger(2023, report.Format2021, ledger)
	if err != nil {
		t.Fatal(err)
	}
	want := examples.Xiaoshan2023().Table3
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("tally differs from the Xiaoshan table 三 (-want +got):\n%s", d)
	}
}

// TestTallyLedgerCarryOver covers the requests that cross a year's end.
func TestTallyLedgerCarryOver(t *testing.T) {
	org := report.CommercialEnterprise
	tests := []struct {
		name  string
		entry report.Application
		want  map[report.Table3Row]report.Count // the applicant's cells that are 1
	}{
		{"received last year, concluded this year",
			report.Application{Applicant: org, Received: day(2022, time.December, 15), Concluded: day(2023, time.January, 10), Outcome: report.RowDisclosed},
			map[report.Table3Row]report.Count{report.RowCarriedOver: 1, report.RowDisclosed: 1, report.RowConcluded: 1}},
		{"received last year, concluded on 1 January",
			report.Application{Applicant: org, Received: day(2022, time.December, 31), Concluded: day(2023, time.January, 1), Outcome: report.RowNotProcessedRepeated},
			map[report.Table3Row]report.Count{report.RowCarriedOver: 1, report.RowNotProcessedRepeated: 1, report.RowConcluded: 1}},
		{"received two years ago, still open",
			report.Application{Applicant: org, Received: day(2021, time.May, 1)},
			map[report.Table3Row]report.Count{report.RowCarriedOver: 1, report.RowCarriedForward: 1}},
		{"received last year, concluded next year",
			report.Application{Applicant: org, Received: day(2022, time.November, 1), Concluded: day(2024, time.February, 1), Outcome: report.RowDisclosed},
			map[report.Table3Row]report.Count{report.RowCarriedOver: 1, report.RowCarriedForward: 1}},
		{"received this year, open at 31 December",
			report.Application{Applicant: org, Received: day(2023, time.December, 28)},
			map[report.Table3Row]report.Count{report.RowReceived: 1, report.RowCarriedForward: 1}},
		{"received this year, concluded next year",
			report.Application{Applicant: org, Received: day(2023, time.December, 31), Concluded: day(2024, time.January, 1), Outcome: report.RowOtherHandling},
			map[report.Table3Row]report.Count{report.RowReceived: 1, report.RowCarriedForward: 1}},
		{"received and concluded on 31 December",
			report.Application{Applicant: org, Received: day(2023, time.December, 31), Concluded: day(2023, time.December, 31), Outcome: report.RowPartiallyDisclosed},
			map[report.Table3Row]report.Count{report.RowReceived: 1, report.RowPartiallyDisclosed: 1, report.RowConcluded: 1}},
		{"concluded last year", report.Application{Applicant: org, Received: day(2022, time.January, 1), Concluded: day(2022, time.December, 31), Outcome: report.RowDisclosed}, nil},
		{"received next year", report.Application{Applicant: org, Received: day(2024, time.January, 1)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := report.TallyLedger(2023, report.Format2021, []report.Application{tt.entry})
			if err != nil {
				t.Fatal(err)
			}
			for _, row := range report.Table3Rows(report.Format2021) {
				want := tt.want[row]
				for _, a := range report.Applicants() {
					w := report.Count(0)
					if a == org || a == report.ApplicantTotal {
						w = want
					}
					if got.Rows[row][a] != w {
						t.Errorf("%s: got %v, want %v", report.Table3Path(row, a), got.Rows[row][a], w)
					}
				}
			}
		})
	}
}

// TestTallyLedgerEveryOutcome counts one request under each outcome row of
// both formats, for each applicant category.
func TestTallyLedgerEveryOutcome(t *testing.T) {
	for _, f := range report.Formats() {
		for _, row := range report.OutcomeRows(f) {
			for _, a := range report.ApplicantCategories() {
				entry := report.Application{Applicant: a, Received: day(2020, time.March, 1), Concluded: day(2020, time.March, 20), Outcome: row}
				got, err := report.TallyLedger(2020, f, []report.Application{entry})
				if err != nil {
					t.Fatalf("format %s, %s, %s: %v", f, row.Key(), a.Key(), err)
				}
				for _, r := range report.Table3Rows(f) {
					for _, col := range report.Applicants() {
						want := report.Count(0)
						if (col == a || col == report.ApplicantTotal) && (r == row || r == report.RowConcluded || r == report.RowReceived) {
							want = 1
						}
						if got.Rows[r][col] != want {
							t.Errorf("format %s, outcome %s: %s = %v, want %v", f, row.Key(), report.Table3Path(r, col), got.Rows[r][col], want)
						}
					}
				}
				for r := range report.Table3Row(report.NumTable3Rows) {
					if !r.In(f) && got.Rows[r] != report.BlankRow {
						t.Errorf("format %s: row %s of the other format is %v, want blank", f, r.Key(), got.Rows[r])
					}
				}
			}
		}
	}
}

// TestTallyLedgerIdentity checks the identity of table 三 on a random ledger:
// in every column, received plus carried over equals concluded plus carried
// forward.
func TestTallyLedgerIdentity(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for _, f := range report.Formats() {
		outcomes := report.OutcomeRows(f)
		var ledger []report.Application
		for range 2000 {
			received := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(3*365))
			e := report.Application{
				Applicant: report.ApplicantCategories()[rng.IntN(6)],
				Received:  report.Date{Year: received.Year(), Month: received.Month(), Day: received.Day()},
			}
			if rng.IntN(4) > 0 {
				c := received.AddDate(0, 0, rng.IntN(60))
				e.Concluded = report.Date{Year: c.Year(), Month: c.Month(), Day: c.Day()}
				e.Outcome = outcomes[rng.IntN(len(outcomes))]
			}
			ledger = append(ledger, e)
		}
		got, err := report.TallyLedger(2022, f, ledger)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range report.Applicants() {
			in := got.Rows[report.RowReceived][a] + got.Rows[report.RowCarriedOver][a]
			out := got.Rows[report.RowConcluded][a] + got.Rows[report.RowCarriedForward][a]
			if in != out || in == 0 {
				t.Errorf("format %s, %s: received + carried over = %d, concluded + carried forward = %d", f, a.Key(), in, out)
			}
		}
	}
}

func TestTallyLedgerErrors(t *testing.T) {
	good := report.Application{Applicant: report.NaturalPerson, Received: day(2023, time.March, 1), Concluded: day(2023, time.March, 5), Outcome: report.RowDisclosed}
	tests := []struct {
		name   string
		f      report.Format
		change func(*report.Application)
		field  string
		err    error
		text   string
	}{
		{"total as applicant", report.Format2021, func(e *report.Application) { e.Applicant = report.ApplicantTotal }, "Applicant", report.ErrNotApplicantCategory, "总计"},
		{"applicant out of range", report.Format2021, func(e *report.Application) { e.Applicant = 99 }, "Applicant", report.ErrNotApplicantCategory, "applicant 99"},
		{"no received date", report.Format2021, func(e *report.Application) { e.Received = report.Date{} }, "Received", report.ErrMissingDate, ""},
		{"received 30 February", report.Format2021, func(e *report.Application) { e.Received = day(2023, time.February, 30) }, "Received", report.ErrBadDate, "2023-2-30"},
		{"concluded in month 13", report.Format2021, func(e *report.Application) { e.Concluded = day(2023, 13, 1) }, "Concluded", report.ErrBadDate, ""},
		{"concluded before received", report.Format2021, func(e *report.Application) { e.Concluded = day(2023, time.February, 28) }, "Concluded", report.ErrConcludedBeforeReceived, "2023-02-28, received 2023-03-01"},
		{"concluded without outcome", report.Format2021, func(e *report.Application) { e.Outcome = 0 }, "Outcome", report.ErrMissingOutcome, ""},
		{"outcome is the total", report.Format2021, func(e *report.Application) { e.Outcome = report.RowConcluded }, "Outcome", report.ErrNotOutcomeRow, "（七）总计"},
		{"outcome is carried forward", report.Format2021, func(e *report.Application) { e.Outcome = report.RowCarriedForward }, "Outcome", report.ErrNotOutcomeRow, "结转下年度"},
		{"2019 row in a 2021 tally", report.Format2021, func(e *report.Application) { e.Outcome = report.RowOtherHandling }, "Outcome", report.ErrNotOutcomeRow, "format 2021"},
		{"2021 row in a 2019 tally", report.Format2019, func(e *report.Application) { e.Outcome = report.RowOtherHandlingFeeNotPaid }, "Outcome", report.ErrNotOutcomeRow, "（六）其他处理2.申请人逾期未按收费通知要求缴纳费用"},
		{"outcome out of range", report.Format2021, func(e *report.Application) { e.Outcome = 200 }, "Outcome", report.ErrNotOutcomeRow, "row 200"},
		{"bad outcome concluded next year", report.Format2021, func(e *report.Application) {
			e.Concluded, e.Outcome = day(2024, time.January, 3), report.RowCarriedOver
		}, "Outcome", report.ErrNotOutcomeRow, ""},
		{"outcome while open", report.Format2021, func(e *report.Application) { e.Concluded = report.Date{} }, "Outcome", report.ErrOutcomeWhileOpen, "（一）予以公开"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := good
			tt.change(&bad)
			bad.ID = "2023-045"
			ledger := []report.Application{good, good, bad, good}
			_, err := report.TallyLedger(2023, tt.f, ledger)
			var le *report.LedgerError
			if !errors.As(err, &le) {
				t.Fatalf("got %v, want a *LedgerError", err)
			}
			if le.Index != 2 || le.ID != "2023-045" || le.Field != tt.field || !errors.Is(err, tt.err) {
				t.Errorf("got entry %d (%q) field %s error %v; want entry 2 (\"2023-045\") field %s wrapping %v", le.Index, le.ID, le.Field, err, tt.field, tt.err)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, `ledger entry 2 ("2023-045"): `+tt.field+": ") || !strings.Contains(msg, tt.text) {
				t.Errorf("message %q: want it to name the entry, the field and %q", msg, tt.text)
			}
		})
	}
}

// TestTallyLedgerEveryError checks that every bad entry is reported, in
// ledger order, and that the concluded-in-a-later-year case is not an error.
func TestTallyLedgerEveryError(t *testing.T) {
	ledger := []report.Application{
		{Applicant: report.ApplicantTotal, Received: day(2023, time.January, 1)},
		{Applicant: report.NaturalPerson, Received: day(2023, time.December, 1), Concluded: day(2024, time.January, 8), Outcome: report.RowDisclosed},
		{Applicant: report.NaturalPerson, Concluded: day(2023, time.May, 1), Outcome: report.RowConcluded},
	}
	_, err := report.TallyLedger(2023, report.Format2021, ledger)
	var joined interface{ Unwrap() []error }
	if !errors.As(err, &joined) {
		t.Fatalf("got %v, want joined errors", err)
	}
	var got []string
	for _, e := range joined.Unwrap() {
		var le *report.LedgerError
		if !errors.As(e, &le) {
			t.Fatalf("%v is not a *LedgerError", e)
		}
		got = append(got, string(rune('0'+le.Index))+" "+le.Field)
	}
	want := []string{"0 Applicant", "2 Received", "2 Outcome"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("errors (-want +got):\n%s", d)
	}
}

func TestTallyLedgerBadFormat(t *testing.T) {
	if _, err := report.TallyLedger(2023, report.FormatUnknown, nil); !errors.Is(err, report.ErrBadFormat) {
		t.Errorf("got %v, want ErrBadFormat", err)
	}
}

func TestTallyLedgerEmpty(t *testing.T) {
	got, err := report.TallyLedger(2023, report.Format2021, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range report.Table3Rows(report.Format2021) {
		if got.Rows[row] != (report.Row{}) {
			t.Errorf("%s = %v, want zeros", row.Key(), got.Rows[row])
		}
	}
}

// A ledger of four requests gives table 三 of 2023: one carried over from
// 2022, three received in 2023, three concluded and one carried forward.
func ExampleTallyLedger() {
	d := func(y int, m time.Month, day int) report.Date { return report.Date{Year: y, Month: m, Day: day} }
	ledger := []report.Application{
		{ID: "2022-031", Applicant: report.NaturalPerson, Received: d(2022, time.December, 20),
			Concluded: d(2023, time.January, 9), Outcome: report.RowDisclosed},
		{ID: "2023-001", Applicant: report.NaturalPerson, Received: d(2023, time.March, 2),
			Concluded: d(2023, time.March, 30), Outcome: report.RowCannotProvideNotHeld},
		{ID: "2023-002", Applicant: report.CommercialEnterprise, Received: d(2023, time.June, 5),
			Concluded: d(2023, time.June, 21), Outcome: report.RowPartiallyDisclosed},
		{ID: "2023-003", Applicant: report.NaturalPerson, Received: d(2023, time.December, 27)}, // still open
	}
	t3, err := report.TallyLedger(2023, report.Format2021, ledger)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, row := range []report.Table3Row{report.RowReceived, report.RowCarriedOver, report.RowConcluded, report.RowCarriedForward} {
		fmt.Printf("%s: 自然人 %v, 商业企业 %v, 总计 %v\n", row.Label(), t3.Rows[row][report.NaturalPerson],
			t3.Rows[row][report.CommercialEnterprise], t3.Rows[row][report.ApplicantTotal])
	}

	ledger[3].Outcome = report.RowConcluded // a mistake: the total is no outcome
	_, err = report.TallyLedger(2023, report.Format2021, ledger)
	fmt.Println(err)
	// Output:
	// 一、本年新收政府信息公开申请数量: 自然人 2, 商业企业 1, 总计 3
	// 二、上年结转政府信息公开申请数量: 自然人 1, 商业企业 0, 总计 1
	// （七）总计: 自然人 2, 商业企业 1, 总计 3
	// 四、结转下年度继续办理: 自然人 1, 商业企业 0, 总计 1
	// ledger entry 3 ("2023-003"): Outcome: （七）总计: outcome given but no conclusion date
}

// FuzzTallyLedger checks that no entry makes the tally panic, and that a
// tally that succeeds keeps the identity of table 三.
func FuzzTallyLedger(f *testing.F) {
	f.Add(2023, uint8(2), uint8(0), 2022, uint8(12), uint8(31), 2023, uint8(1), uint8(1), uint8(2))
	f.Add(2020, uint8(1), uint8(6), 2020, uint8(2), uint8(30), 0, uint8(0), uint8(0), uint8(23))
	f.Fuzz(func(t *testing.T, year int, format, applicant uint8, ry int, rm, rd uint8, cy int, cm, cd, outcome uint8) {
		e := report.Application{
			Applicant: report.Applicant(applicant),
			Received:  report.Date{Year: ry, Month: time.Month(rm), Day: int(rd)},
			Concluded: report.Date{Year: cy, Month: time.Month(cm), Day: int(cd)},
			Outcome:   report.Table3Row(outcome),
		}
		f := report.Format(format)
		t3, err := report.TallyLedger(year, f, []report.Application{e, e})
		if err != nil {
			return
		}
		for _, a := range report.Applicants() {
			in := t3.Rows[report.RowReceived][a] + t3.Rows[report.RowCarriedOver][a]
			out := t3.Rows[report.RowConcluded][a] + t3.Rows[report.RowCarriedForward][a]
			if in != out {
				t.Errorf("%+v in %d: %s: in %d, out %d", e, year, a.Key(), in, out)
			}
		}
	})
}
