package compare

import (
	"bytes"
	"testing"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// TestProcurementUnits: the 2019 采购总金额 prints its own unit. Amounts in
// 元 and 万元 are set on one scale (the later report's); an amount with no
// unit beside one with a unit is not comparable.
func TestProcurementUnits(t *testing.T) {
	mk := func(amount string, u report.Unit) *report.Report {
		r := report.New(report.Format2019, 2020)
		r.Table2.ProcurementAmount, _ = report.ParseAmount(amount)
		r.Table2.ProcurementUnit = u
		return r
	}
	p := report.Table2Path(report.CentralisedProcurement, report.ProcurementAmount)
	d, err := Diff(mk("100", report.UnitYuan), mk("0.02", report.UnitWan))
	if err != nil {
		t.Fatal(err)
	}
	// 100 元 = 0.01 万元; 0.02 − 0.01 = 0.01 万元, relative 0.01/0.01 = 1.
	checkLine(t, lineOf(t, d, p), wantLine{"100", "0.02", Up, ReasonNone, "0.01", "1"})
	d, _ = Diff(mk("0.02", report.UnitWan), mk("100", report.UnitYuan))
	// 0.02 万元 = 200 元; 100 − 200 = −100 元, relative −0.5.
	checkLine(t, lineOf(t, d, p), wantLine{"0.02", "100", Down, ReasonNone, "-100", "-0.5"})
	d, _ = Diff(mk("100", report.UnitNone), mk("100", report.UnitYuan))
	checkLine(t, lineOf(t, d, p), wantLine{"100", "100", NotComparable, ReasonUnit, "", ""})
}

// TestOddReports: empty reports, reports all "/", no reports at all: no
// panic, every form written, nothing computable where nothing is given.
func TestOddReports(t *testing.T) {
	blank := report.New(report.Format2021, 2022)
	slash := report.New(report.Format2019, 2020)
	for c, v := range slash.Cells {
		v.Count, v.Amount = report.NotApplicable, report.NotApplicableAmount
		_ = slash.Set(c.Path, v)
	}
	d, err := Diff(slash, blank)
	if err != nil {
		t.Fatal(err)
	}
	for _, ln := range d.Lines {
		if ln.Status != NotComparable || ln.Reason != ReasonBlank {
			t.Errorf("%s: %s/%s, want not comparable (blank)", ln.Cell.Path, ln.Status.Key(), ln.Reason.Key())
		}
	}
	d2, _ := Diff(slash, slash)
	for _, ln := range d2.Lines {
		if ln.Status != NotComparable || ln.Reason != ReasonNotApplicable {
			t.Errorf("%s: %s/%s, want not comparable (/)", ln.Cell.Path, ln.Status.Key(), ln.Reason.Key())
		}
	}
	for _, fc := range d.Figures {
		if fc.Prev.OK || fc.Cur.OK || fc.Status != NotComparable || len(fc.Cur.Missing) == 0 {
			t.Errorf("%s computable from nothing", fc.Figure.Key())
		}
	}
	empty, err := Over(nil)
	if err != nil {
		t.Fatal(err)
	}
	odd, err := Over([]*report.Report{blank, slash, blank})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range forms {
		for _, l := range lang.Langs() {
			var b bytes.Buffer
			if err := WriteDiff(&b, d, f.form, l); err != nil {
				t.Error(err)
			}
			if err := WriteTables(&b, []*Table{empty, odd}, f.form, l); err != nil {
				t.Error(err)
			}
			if err := WriteTables(&b, nil, f.form, l); err != nil {
				t.Error(err)
			}
		}
	}
	if err := WriteDiff(new(bytes.Buffer), d, Form(99), lang.Chinese); err == nil {
		t.Error("WriteDiff in form 99: no error")
	}
	if err := WriteDiff(new(bytes.Buffer), nil, HTML, lang.Chinese); err == nil {
		t.Error("WriteDiff(nil): no error")
	}
}
