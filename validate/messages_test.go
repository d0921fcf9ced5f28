package validate

import (
	"fmt"
	"math"
	"reflect"
	"testing"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/shopspring/decimal"
)

// TestAppendFormat checks appendFormat against fmt.Sprintf with the
// arguments printed as strings, on every built-in message and on templates
// with other verbs, bad indexes, missing and extra arguments.
func TestAppendFormat(t *testing.T) {
	templates := []string{"", "plain", "%s", "%s and %s", "%[2]s %s", "%[1]s%[1]s", "%[9]s", "%d", "100%%", "trailing %",
		"%[2]s", "%[0]s", "%[1]d", "%[12]s", "%v", "%s%", "%[", "%[1", "%[1]", msgDerived.Zh, msgDerived.En}
	for _, m := range []lang.Text{msgSum, msgNotAssessable, msgRange, msgRegulations, msgNarrative, msgNarrativeWithCarried,
		msgNarrativeOneBody, msgFeeRates, msgFeeTable2, msgUnpaidFee, msgFormat, msgFormatUnknown, msgCombined, msgEmpty,
		msgPeriod, msgDeadline, msgScopeUnknown, msgLevelUnknown, msgPrevious} {
		templates = append(templates, m.Zh, m.En)
	}
	paths := []report.Path{report.Table3Path(report.RowReceived, report.ApplicantTotal), "previous.table4.reconsideration.total", "no.such.cell",
		report.Table3Path(report.RowConcluded, report.ApplicantTotal)}
	all := []arg{textArg(lang.Text{Zh: "说明", En: "description"}), strArg("收到申请 115 件"), numArg(-12345),
		cellArg(paths[0]), cellsArg(paths), cellsArg(paths[:2]), cellArg(paths[1]), strArg("%s")}
	for _, tmpl := range templates {
		for n := range len(all) + 1 {
			args := all[:n]
			for _, l := range []lang.Lang{lang.Chinese, lang.English} {
				vals := make([]any, len(args))
				for i := range args {
					vals[i] = string(args[i].appendTo(nil, l, report.Format2021))
				}
				want := fmt.Sprintf(tmpl, vals...)
				if got := string(appendFormat([]byte("前"), tmpl, args, l, report.Format2021)); got != "前"+want {
					t.Errorf("appendFormat(%q, %d arguments) = %q, want %q", tmpl, n, got, "前"+want)
				}
			}
		}
	}
}

// TestArgLabels checks that the arguments name cells as CellLabel does,
// and an unknown path by itself.
func TestArgLabels(t *testing.T) {
	for _, p := range []report.Path{report.Table3Path(report.RowReceived, report.ApplicantTotal), "previous.table2.regulations.issued", "unknown"} {
		for _, l := range []lang.Lang{lang.Chinese, lang.English} {
			a := cellArg(p)
			want, ok := CellLabel(p, l, report.Format2021)
			if !ok {
				want = string(p)
			}
			if got := string(a.appendTo(nil, l, report.Format2021)); got != want {
				t.Errorf("%s in %v: %q, want %q", p, l, got, want)
			}
		}
	}
}

// TestDecimalOf checks that decimalOf gives the decimal NewFromInt does,
// shared or not, across the shared range and past both of its ends.
func TestDecimalOf(t *testing.T) {
	for n := int64(minShared - 300); n <= maxShared+300; n++ {
		got, want := decimalOf(n), decimal.NewFromInt(n)
		if !reflect.DeepEqual(got, want) || got.String() != want.String() || !got.Equal(want) {
			t.Fatalf("decimalOf(%d) = %v, want %v", n, got, want)
		}
	}
	for _, n := range []int64{math.MinInt64, math.MaxInt64, report.MaxCount, -report.MaxCount} {
		if got, want := decimalOf(n), decimal.NewFromInt(n); !reflect.DeepEqual(got, want) {
			t.Errorf("decimalOf(%d) = %v, want %v", n, got, want)
		}
	}
	// the shared decimals stay as they were made when findings use them
	a := decimalOf(5)
	_ = a.Add(decimal.NewFromInt(1)).Neg().RoundBank(0).RoundCeil(-1).RoundFloor(-1)
	if !decimalOf(5).Equal(decimal.NewFromInt(5)) {
		t.Errorf("decimalOf(5) changed to %v", decimalOf(5))
	}
}
