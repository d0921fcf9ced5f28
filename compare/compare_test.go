package compare

import (
	"errors"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/report"
	"github.com/shopspring/decimal"
)

// readReport reads a published report of parse/testdata with package parse.
func readReport(t testing.TB, name string) *report.Report {
	t.Helper()
	data, err := os.ReadFile("../parse/testdata/" + name) // the real reports, kept once
	if err != nil {
		t.Fatal(err)
	}
	res, err := parse.Parse(data, parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Report
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// lineOf finds the line of a path.
func lineOf(t *testing.T, d *Comparison, p report.Path) Line {
	t.Helper()
	for _, ln := range d.Lines {
		if ln.Cell.Path == p {
			return ln
		}
	}
	t.Fatalf("no line for %s", p)
	return Line{}
}

// wantLine is a line worked out by hand: the two values as printed, the
// status, the reason, the change and the relative change ("" for none).
type wantLine struct {
	prev, cur string
	status    Status
	reason    Reason
	change    string
	relative  string
}

func checkLine(t *testing.T, ln Line, w wantLine) {
	t.Helper()
	if ln.Prev.String() != w.prev || ln.Cur.String() != w.cur {
		t.Errorf("%s: values %q → %q, want %q → %q", ln.Cell.Path, ln.Prev, ln.Cur, w.prev, w.cur)
	}
	if ln.Status != w.status || ln.Reason != w.reason {
		t.Errorf("%s: status %s/%s, want %s/%s", ln.Cell.Path, ln.Status.Key(), ln.Reason.Key(), w.status.Key(), w.reason.Key())
	}
	if w.status != NotComparable && !ln.Change.Equal(dec(w.change)) {
		t.Errorf("%s: change %s, want %s", ln.Cell.Path, ln.Change, w.change)
	}
	if w.status == NotComparable && !ln.Change.IsZero() {
		t.Errorf("%s: change %s on a line not comparable", ln.Cell.Path, ln.Change)
	}
	switch {
	case w.relative == "" && ln.HasRelative:
		t.Errorf("%s: relative change %s, want none", ln.Cell.Path, ln.Relative)
	case w.relative != "" && (!ln.HasRelative || !ln.Relative.Equal(dec(w.relative))):
		t.Errorf("%s: relative change %s (%v), want %s", ln.Cell.Path, ln.Relative, ln.HasRelative, w.relative)
	}
}

// wantFigure is a figure worked out by hand: its value ("" when not
// computable), and the cells it lacks.
type wantFigure struct {
	value    string
	missing  []report.Path
	zeroBase bool
}

func checkFigure(t *testing.T, side string, v FigureValue, w wantFigure) {
	t.Helper()
	if w.value == "" {
		if v.OK || v.ZeroBase != w.zeroBase || !slices.Equal(v.Missing, w.missing) {
			t.Errorf("%s %s: ok %v %s, zero base %v, missing %v; want not computable, zero base %v, missing %v",
				side, v.Figure.Key(), v.OK, v.Value, v.ZeroBase, v.Missing, w.zeroBase, w.missing)
		}
		return
	}
	if !v.OK || !v.Value.Equal(dec(w.value)) {
		t.Errorf("%s %s = %s (ok %v, missing %v), want %s", side, v.Figure.Key(), v.Value, v.OK, v.Missing, w.value)
	}
}

// xiaoshanChanged is the Xiaoshan 2023 report with the changes
// TestXiaoshanKnownChanges works out by hand.
func xiaoshanChanged() *report.Report {
	r := examples.Xiaoshan2023()
	r.Metadata.Year = 2024
	t3, t4 := &r.Table3, &r.Table4
	t3.Rows[report.RowReceived][report.NaturalPerson] = 125
	t3.Rows[report.RowReceived][report.ApplicantTotal] = 125
	t3.Rows[report.RowDisclosed][report.NaturalPerson] = 70
	t3.Rows[report.RowDisclosed][report.ApplicantTotal] = 70
	t3.Rows[report.RowConcluded][report.NaturalPerson] = 119
	t3.Rows[report.RowConcluded][report.ApplicantTotal] = 119
	t3.Rows[report.RowPartiallyDisclosed][report.CommercialEnterprise] = report.Blank
	t4.Blocks[report.SuedDirectly][report.OtherResult] = report.NotApplicable
	t4.Blocks[report.Reconsideration][report.Corrected] = 2
	t4.Blocks[report.Reconsideration][report.Table4Total] = 6
	t4.Blocks[report.SuedAfterReconsideration][report.Pending] = report.Blank
	r.Table2.FeeAmount, _ = report.ParseAmount("0.0125")
	r.Table2.Counts[report.Regulations][report.Issued] = 2
	r.Table2.Counts[report.NormativeDocuments][report.InForce] = 70
	r.Fees.Collected, _ = report.ParseAmount("65.50")
	r.Fees.Notices = report.Blank
	return r
}

// TestXiaoshanKnownChanges compares the Xiaoshan report with a copy whose
// changes are known: every changed cell, every cell not comparable and
// every derived figure against values worked out by hand; every other cell
// the same.
func TestXiaoshanKnownChanges(t *testing.T) {
	d, err := Diff(examples.Xiaoshan2023(), xiaoshanChanged())
	if err != nil {
		t.Fatal(err)
	}
	changed := map[report.Path]wantLine{
		"table3.received.natural_person":                   {"115", "125", Up, ReasonNone, "10", "0.0870"}, // 10/115 = 0.08696
		"table3.received.total":                            {"115", "125", Up, ReasonNone, "10", "0.0870"}, //
		"table3.disclosed.natural_person":                  {"64", "70", Up, ReasonNone, "6", "0.0938"},    // 6/64 = 0.09375, half away from zero
		"table3.disclosed.total":                           {"64", "70", Up, ReasonNone, "6", "0.0938"},    //
		"table3.concluded.natural_person":                  {"113", "119", Up, ReasonNone, "6", "0.0531"},  // 6/113 = 0.05310
		"table3.concluded.total":                           {"113", "119", Up, ReasonNone, "6", "0.0531"},  //
		"table3.partially_disclosed.commercial_enterprise": {"0", "", NotComparable, ReasonBlank, "", ""},
		"table4.sued_directly.other_result":                {"0", "/", NotComparable, ReasonNotApplicable, "", ""},
		"table4.reconsideration.corrected":                 {"0", "2", Up, ReasonNone, "2", ""}, // from 0: no relative change
		"table4.reconsideration.total":                     {"4", "6", Up, ReasonNone, "2", "0.5000"},
		"table4.sued_after_reconsideration.pending":        {"0", "", NotComparable, ReasonBlank, "", ""},
		"table2.administrative_fees.amount":                {"0.008", "0.0125", Up, ReasonNone, "0.0045", "0.5625"},
		"table2.regulations.issued":                        {"0", "2", Up, ReasonNone, "2", ""},
		"table2.normative_documents.in_force":              {"73", "70", Down, ReasonNone, "-3", "-0.0411"},       // -3/73 = -0.04110
		"fees.collected":                                   {"80", "65.50", Down, ReasonNone, "-14.5", "-0.1813"}, // -14.5/80 = -0.18125
		"fees.notices":                                     {"1", "", NotComparable, ReasonBlank, "", ""},
	}
	if len(d.Lines) != len(report.CellsOf(report.Format2021)) {
		t.Errorf("%d lines, want one per cell of format 2021 (%d)", len(d.Lines), len(report.CellsOf(report.Format2021)))
	}
	if len(d.OnlyPrev)+len(d.OnlyCur) != 0 {
		t.Errorf("cells without counterpart between two reports of one format: %v %v", d.OnlyPrev, d.OnlyCur)
	}
	seen := 0
	for _, ln := range d.Lines {
		w, ok := changed[ln.Cell.Path]
		if !ok {
			if ln.Status != Same || !ln.Change.IsZero() || ln.Prev.String() != ln.Cur.String() {
				t.Errorf("%s: %s %q → %q, want unchanged", ln.Cell.Path, ln.Status.Key(), ln.Prev, ln.Cur)
			}
			continue
		}
		seen++
		checkLine(t, ln, w)
	}
	if seen != len(changed) {
		t.Errorf("found %d of the %d changed cells", seen, len(changed))
	}

	// Before: concluded 113; disclosed 64, partially 2, withheld 1+1,
	// cannot provide 29+3, not processed 1, other handling 12; received 115,
	// all from natural persons; reconsideration 4 upheld, litigation 5+1.
	// After: concluded 119, disclosed 70, received 125, reconsideration 2
	// corrected of 6, 复议后起诉 尚未审结 blank.
	pending := report.Table4Path(report.SuedAfterReconsideration, report.Pending)
	want := map[Figure][2]wantFigure{
		DisclosureRate:                  {{value: "0.5841"}, {value: "0.6050"}}, // 66/113, 72/119
		ShareDisclosed:                  {{value: "0.5664"}, {value: "0.5882"}}, // 64/113, 70/119
		SharePartiallyDisclosed:         {{value: "0.0177"}, {value: "0.0168"}}, // 2/113, 2/119
		ShareWithheld:                   {{value: "0.0177"}, {value: "0.0168"}}, // 2/113, 2/119
		ShareCannotProvide:              {{value: "0.2832"}, {value: "0.2689"}}, // 32/113, 32/119
		ShareNotProcessed:               {{value: "0.0088"}, {value: "0.0084"}}, // 1/113, 1/119
		ShareOtherHandling:              {{value: "0.1062"}, {value: "0.1008"}}, // 12/113, 12/119
		ReconsiderationCorrectionRate:   {{value: "0"}, {value: "0.3333"}},      // 0/(4-0), 2/(6-0)
		LitigationCorrectionRate:        {{value: "0"}, {missing: []report.Path{pending}}},
		ShareNaturalPerson:              {{value: "1"}, {value: "1"}},
		ShareCommercialEnterprise:       {{value: "0"}, {value: "0"}},
		ShareResearchInstitution:        {{value: "0"}, {value: "0"}},
		SharePublicInterestOrganisation: {{value: "0"}, {value: "0"}},
		ShareLegalServiceInstitution:    {{value: "0"}, {value: "0"}},
		ShareOtherOrganisation:          {{value: "0"}, {value: "0"}},
	}
	wantChange := map[Figure]string{
		DisclosureRate: "0.0209", ShareDisclosed: "0.0218", SharePartiallyDisclosed: "-0.0009", ShareWithheld: "-0.0009",
		ShareCannotProvide: "-0.0143", ShareNotProcessed: "-0.0004", ShareOtherHandling: "-0.0054",
		ReconsiderationCorrectionRate: "0.3333",
	}
	if len(d.Figures) != NumFigures {
		t.Fatalf("%d figures, want %d", len(d.Figures), NumFigures)
	}
	for _, fc := range d.Figures {
		w := want[fc.Figure]
		checkFigure(t, "before", fc.Prev, w[0])
		checkFigure(t, "after", fc.Cur, w[1])
		switch ch, ok := wantChange[fc.Figure]; {
		case fc.Figure == LitigationCorrectionRate:
			if fc.Status != NotComparable || fc.Reason != ReasonNotComputable {
				t.Errorf("%s: %s, want not comparable", fc.Figure.Key(), fc.Status.Key())
			}
		case ok:
			if !fc.Change.Equal(dec(ch)) {
				t.Errorf("%s: change %s, want %s", fc.Figure.Key(), fc.Change, ch)
			}
		default:
			if fc.Status != Same {
				t.Errorf("%s: %s %s, want same", fc.Figure.Key(), fc.Status.Key(), fc.Change)
			}
		}
	}
	// Xiaoshan's concluded reconsideration cases: 4 − 0 = 4, none corrected.
	if v := d.Figures[ReconsiderationCorrectionRate].Prev; v.Numerator != 0 || v.Base != 4 {
		t.Errorf("reconsideration correction rate of %d ÷ %d, want 0 ÷ 4", v.Numerator, v.Base)
	}
}

// TestPingtan2019To2022 compares the 2019-format report of Pingtan with its
// 2022 report in the 2021 format: the cells the formats share, （六）其他处理
// against the sum of the three 2021 rows, and the cells without
// counterpart on either side.
func TestPingtan2019To2022(t *testing.T) {
	prev, cur := readReport(t, "pingtan-2019.html"), readReport(t, "pingtan-2022.html")
	if prev.Format != report.Format2019 || cur.Format != report.Format2021 {
		t.Fatalf("formats %s and %s, want 2019 and 2021", prev.Format, cur.Format)
	}
	d, err := Diff(prev, cur)
	if err != nil {
		t.Fatal(err)
	}
	// Table 二: the three 处理决定数量 are the only cells both formats have.
	var t2 []report.Path
	for _, ln := range d.Lines {
		if ln.Cell.Table == 2 {
			t2 = append(t2, ln.Cell.Path)
		}
	}
	wantT2 := []report.Path{"table2.administrative_licensing.decisions", "table2.administrative_penalties.decisions", "table2.administrative_compulsion.decisions"}
	if !slices.Equal(t2, wantT2) {
		t.Errorf("table 二 lines %v, want %v", t2, wantT2)
	}
	checkLine(t, lineOf(t, d, wantT2[0]), wantLine{"181", "10690", Up, ReasonNone, "10509", "58.0608"})       // 10509/181 = 58.06077
	checkLine(t, lineOf(t, d, wantT2[1]), wantLine{"430", "2113", Up, ReasonNone, "1683", "3.9140"})          // 1683/430 = 3.91395
	checkLine(t, lineOf(t, d, wantT2[2]), wantLine{"25", "0", Down, ReasonNone, "-25", "-1"})                 //
	checkLine(t, lineOf(t, d, "table3.received.total"), wantLine{"23", "74", Up, ReasonNone, "51", "2.2174"}) // 51/23 = 2.21739
	checkLine(t, lineOf(t, d, "table3.disclosed.total"), wantLine{"7", "21", Up, ReasonNone, "14", "2"})
	checkLine(t, lineOf(t, d, "table3.cannot_provide_still_unclear.total"), wantLine{"5", "0", Down, ReasonNone, "-5", "-1"})
	checkLine(t, lineOf(t, d, "table3.concluded.total"), wantLine{"23", "75", Up, ReasonNone, "52", "2.2609"}) // 52/23 = 2.26087
	checkLine(t, lineOf(t, d, "table4.reconsideration.total"), wantLine{"0", "2", Up, ReasonNone, "2", ""})
	// The fees: 2019 printed neither; 2022 printed 0 元 collected and no
	// number of notices.
	checkLine(t, lineOf(t, d, "fees.notices"), wantLine{"", "", NotComparable, ReasonBlank, "", ""})
	checkLine(t, lineOf(t, d, "fees.collected"), wantLine{"", "0", NotComparable, ReasonBlank, "", ""})

	// （六）其他处理: 2019's row against 2022's three rows summed: 2 (no
	// correction, natural person) + 2 (other, commercial enterprise).
	for _, c := range []struct {
		a   report.Applicant
		cur string
	}{{report.NaturalPerson, "2"}, {report.CommercialEnterprise, "2"}, {report.ResearchInstitution, "0"}, {report.ApplicantTotal, "4"}} {
		ln := lineOf(t, d, report.Table3Path(report.RowOtherHandling, c.a))
		st, ch := Up, c.cur
		if c.cur == "0" {
			st = Same
		}
		checkLine(t, ln, wantLine{"0", c.cur, st, ReasonNone, ch, ""})
		want := []report.Path{
			report.Table3Path(report.RowOtherHandlingNoCorrection, c.a),
			report.Table3Path(report.RowOtherHandlingFeeNotPaid, c.a),
			report.Table3Path(report.RowOtherHandlingOther, c.a),
		}
		if ln.PrevParts != nil || !slices.Equal(ln.CurParts, want) {
			t.Errorf("%s: parts %v / %v, want none / %v", ln.Cell.Path, ln.PrevParts, ln.CurParts, want)
		}
		if ln.Format != report.Format2019 {
			t.Errorf("%s: labelled in format %s, want 2019", ln.Cell.Path, ln.Format)
		}
	}
	// Every cell of table 三 but the three 2021 rows is compared: 23 rows
	// of 7 cells.
	n3 := 0
	for _, ln := range d.Lines {
		if ln.Cell.Table == 3 {
			n3++
		}
	}
	if n3 != 23*7 {
		t.Errorf("%d table 三 lines, want %d", n3, 23*7)
	}

	paths := func(us []Unmatched) []report.Path {
		var ps []report.Path
		for _, u := range us {
			ps = append(ps, u.Cell.Path)
		}
		return ps
	}
	wantPrev := []report.Path{
		"table2.regulations.newly_made", "table2.regulations.newly_disclosed", "table2.regulations.disclosed_total",
		"table2.normative_documents.newly_made", "table2.normative_documents.newly_disclosed", "table2.normative_documents.disclosed_total",
		"table2.administrative_licensing.items_last_year", "table2.administrative_licensing.change",
		"table2.other_external_services.items_last_year", "table2.other_external_services.change", "table2.other_external_services.decisions",
		"table2.administrative_penalties.items_last_year", "table2.administrative_penalties.change",
		"table2.administrative_compulsion.items_last_year", "table2.administrative_compulsion.change",
		"table2.administrative_fees.items_last_year", "table2.administrative_fees.change",
		"table2.centralised_procurement.projects", "table2.centralised_procurement.total_amount",
	}
	wantCur := []report.Path{
		"table2.regulations.issued", "table2.regulations.repealed", "table2.regulations.in_force",
		"table2.normative_documents.issued", "table2.normative_documents.repealed", "table2.normative_documents.in_force",
		"table2.administrative_fees.amount",
	}
	if got := paths(d.OnlyPrev); !slices.Equal(got, wantPrev) {
		t.Errorf("only in 2019:\n got %v\nwant %v", got, wantPrev)
	}
	if got := paths(d.OnlyCur); !slices.Equal(got, wantCur) {
		t.Errorf("only in 2022:\n got %v\nwant %v", got, wantCur)
	}
	if v := d.OnlyPrev[len(d.OnlyPrev)-1].Value; v.String() != "75394432.52" || v.Unit != report.UnitYuan {
		t.Errorf("采购总金额 %s %v, want 75394432.52 元", v, v.Unit)
	}
	if v := d.OnlyCur[len(d.OnlyCur)-1].Value.String(); v != "9116.36" {
		t.Errorf("本年收费金额 %s, want 9116.36", v)
	}

	// 2019: concluded 23 = 7 disclosed + 1 partially + 7 + 5 cannot provide
	// + 3 not processed; received 23, all natural persons; no appeals.
	// 2022: concluded 75 = 21 + 9 + 4 withheld + 37 cannot provide + 4 other
	// handling; received 74 = 71 natural persons + 3 enterprises;
	// reconsideration 1 corrected of 2; litigation 0 corrected of 1.
	want := map[Figure][2]wantFigure{
		DisclosureRate:                  {{value: "0.3478"}, {value: "0.4"}},    // 8/23, 30/75
		ShareDisclosed:                  {{value: "0.3043"}, {value: "0.28"}},   // 7/23, 21/75
		SharePartiallyDisclosed:         {{value: "0.0435"}, {value: "0.12"}},   // 1/23, 9/75
		ShareWithheld:                   {{value: "0"}, {value: "0.0533"}},      // 0/23, 4/75
		ShareCannotProvide:              {{value: "0.5217"}, {value: "0.4933"}}, // 12/23, 37/75
		ShareNotProcessed:               {{value: "0.1304"}, {value: "0"}},      // 3/23, 0/75
		ShareOtherHandling:              {{value: "0"}, {value: "0.0533"}},      // 0/23, 4/75
		ReconsiderationCorrectionRate:   {{zeroBase: true}, {value: "0.5"}},     // 0/0, 1/2
		LitigationCorrectionRate:        {{zeroBase: true}, {value: "0"}},       // 0/0, 0/1
		ShareNaturalPerson:              {{value: "1"}, {value: "0.9595"}},      // 23/23, 71/74
		ShareCommercialEnterprise:       {{value: "0"}, {value: "0.0405"}},      // 0/23, 3/74
		ShareResearchInstitution:        {{value: "0"}, {value: "0"}},
		SharePublicInterestOrganisation: {{value: "0"}, {value: "0"}},
		ShareLegalServiceInstitution:    {{value: "0"}, {value: "0"}},
		ShareOtherOrganisation:          {{value: "0"}, {value: "0"}},
	}
	for _, fc := range d.Figures {
		checkFigure(t, "2019", fc.Prev, want[fc.Figure][0])
		checkFigure(t, "2022", fc.Cur, want[fc.Figure][1])
	}
	if fc := d.Figures[DisclosureRate]; fc.Status != Up || !fc.Change.Equal(dec("0.0522")) {
		t.Errorf("disclosure rate change %s %s, want up 0.0522", fc.Status.Key(), fc.Change)
	}
	if fc := d.Figures[ReconsiderationCorrectionRate]; fc.Status != NotComparable || fc.Reason != ReasonNotComputable {
		t.Errorf("reconsideration correction rate %s, want not comparable (2019 had no case)", fc.Status.Key())
	}

	// The other way round, the mapping holds too: the sum is on the
	// earlier side.
	back, err := Diff(cur, prev)
	if err != nil {
		t.Fatal(err)
	}
	ln := lineOf(t, back, report.Table3Path(report.RowOtherHandling, report.ApplicantTotal))
	checkLine(t, ln, wantLine{"4", "0", Down, ReasonNone, "-4", "-1"})
	if len(ln.PrevParts) != 3 || ln.CurParts != nil {
		t.Errorf("reverse: parts %v / %v", ln.PrevParts, ln.CurParts)
	}
	if len(back.OnlyPrev) != len(wantCur) || len(back.OnlyCur) != len(wantPrev) {
		t.Errorf("reverse: %d and %d cells without counterpart, want %d and %d", len(back.OnlyPrev), len(back.OnlyCur), len(wantCur), len(wantPrev))
	}
}

// TestPingtan2021To2022 compares two reports of the 2021 format. In the
// 2021 text the digits of table 二's 行政规范性文件 run together ("693665")
// and split more than one way, so the reader leaves the three cells blank:
// not comparable, never a change from 0.
func TestPingtan2021To2022(t *testing.T) {
	d, err := Diff(readReport(t, "pingtan-2021.txt"), readReport(t, "pingtan-2022.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []report.Path{"table2.normative_documents.issued", "table2.normative_documents.repealed", "table2.normative_documents.in_force"} {
		ln := lineOf(t, d, p)
		if ln.Status != NotComparable || ln.Reason != ReasonBlank || ln.Prev.String() != "" {
			t.Errorf("%s: %s/%s from %q, want not comparable (blank)", p, ln.Status.Key(), ln.Reason.Key(), ln.Prev)
		}
	}
	checkLine(t, lineOf(t, d, "table2.administrative_licensing.decisions"), wantLine{"2293", "10690", Up, ReasonNone, "8397", "3.6620"}) // 8397/2293 = 3.66201
	checkLine(t, lineOf(t, d, "table2.administrative_penalties.decisions"), wantLine{"1282", "2113", Up, ReasonNone, "831", "0.6482"})   // 831/1282 = 0.64821
	checkLine(t, lineOf(t, d, "table2.administrative_compulsion.decisions"), wantLine{"42", "0", Down, ReasonNone, "-42", "-1"})
	// 9116.36 − 24252.311082 = −15135.951082; ÷ 24252.311082 = −0.62410.
	checkLine(t, lineOf(t, d, "table2.administrative_fees.amount"), wantLine{"24252.311082", "9116.36", Down, ReasonNone, "-15135.951082", "-0.6241"})
	checkLine(t, lineOf(t, d, "table3.received.total"), wantLine{"70", "74", Up, ReasonNone, "4", "0.0571"}) // 4/70 = 0.05714
	checkLine(t, lineOf(t, d, "table3.other_handling_other.total"), wantLine{"1", "2", Up, ReasonNone, "1", "1"})
	if len(d.OnlyPrev)+len(d.OnlyCur) != 0 {
		t.Errorf("cells without counterpart in one format: %d, %d", len(d.OnlyPrev), len(d.OnlyCur))
	}
	// 2021: (30 + 5) / 69 = 0.50725; 2022: 30/75 = 0.4.
	fc := d.Figures[DisclosureRate]
	checkFigure(t, "2021", fc.Prev, wantFigure{value: "0.5072"})
	if fc.Status != Down || !fc.Change.Equal(dec("-0.1072")) {
		t.Errorf("disclosure rate change %s %s, want down -0.1072", fc.Status.Key(), fc.Change)
	}
	// 2021 reconsideration: 0 corrected of 3; 2022: 1 of 2.
	if fc := d.Figures[ReconsiderationCorrectionRate]; !fc.Change.Equal(dec("0.5")) {
		t.Errorf("reconsideration correction rate change %s, want 0.5", fc.Change)
	}
}

// TestOverPingtan sets the three Pingtan reports side by side: a table that
// mixes the formats.
func TestOverPingtan(t *testing.T) {
	reports := []*report.Report{readReport(t, "pingtan-2022.html"), readReport(t, "pingtan-2019.html"), readReport(t, "pingtan-2021.txt")}
	groups := Group(reports)
	if len(groups) != 1 || len(groups[0]) != 3 {
		t.Fatalf("groups %d, want one of three", len(groups))
	}
	for i, y := range []int{2019, 2021, 2022} {
		if groups[0][i].Metadata.Year != y {
			t.Errorf("group member %d is of %d, want %d", i, groups[0][i].Metadata.Year, y)
		}
	}
	tb, err := Over(groups[0])
	if err != nil {
		t.Fatal(err)
	}
	row := func(p report.Path) TableRow {
		for _, r := range tb.Rows {
			if r.Cell.Path == p {
				return r
			}
		}
		t.Fatalf("no row %s", p)
		return TableRow{}
	}
	texts := func(r TableRow) []string {
		var s []string
		for _, e := range r.Entries {
			if e.Absent {
				s = append(s, "absent")
				continue
			}
			s = append(s, e.Value.String())
		}
		return s
	}
	for _, c := range []struct {
		path report.Path
		want []string
	}{
		{"table3.received.total", []string{"23", "70", "74"}},
		{"table2.administrative_licensing.decisions", []string{"181", "2293", "10690"}},
		{"table2.normative_documents.issued", []string{"absent", "", "88"}},
		{"table2.centralised_procurement.total_amount", []string{"75394432.52", "absent", "absent"}},
		{"table3.other_handling.total", []string{"0", "1", "4"}}, // 2021 and 2022: the sum of three rows
		{"table3.other_handling_other.total", []string{"absent", "1", "2"}},
		{"fees.collected", []string{"", "0", "0"}},
	} {
		if got := texts(row(c.path)); !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.path, got, c.want)
		}
	}
	if r := row("table3.other_handling.total"); r.Entries[0].Parts != nil || len(r.Entries[2].Parts) != 3 {
		t.Errorf("（六）其他处理: parts %v / %v", r.Entries[0].Parts, r.Entries[2].Parts)
	}
	// Every cell of both formats has one row: 2019's and 2021's cells, less
	// those they share.
	shared := 0
	for _, c := range report.CellsOf(report.Format2019) {
		if c.In(report.Format2021) {
			shared++
		}
	}
	if want := len(report.CellsOf(report.Format2019)) + len(report.CellsOf(report.Format2021)) - shared; len(tb.Rows) != want {
		t.Errorf("%d rows, want %d", len(tb.Rows), want)
	}
	dr := tb.Figures[DisclosureRate].Values
	for i, w := range []string{"0.3478", "0.5072", "0.4"} {
		checkFigure(t, tb.Columns[i].Body, dr[i], wantFigure{value: w})
	}
}

// TestGroup groups reports by body key, aggregate or not, and by year.
func TestGroup(t *testing.T) {
	mk := func(body string, year int, aggregate bool) *report.Report {
		r := report.New(report.Format2021, year)
		r.Metadata.ReportingBody, r.Metadata.Aggregate = body, aggregate
		return r
	}
	a23, a22 := mk("平潭综合实验区", 2023, false), mk("平潭综合 实验区", 2022, false)
	agg := mk("平潭综合实验区", 2023, true)
	b := mk("杭州市萧山区人民政府办公室", 2023, false)
	none1, none2 := mk("", 2023, false), mk(" ", 2022, false)
	g := Group([]*report.Report{a23, b, nil, agg, a22, none1, none2})
	want := [][]*report.Report{{a22, a23}, {b}, {agg}, {none1}, {none2}}
	if len(g) != len(want) {
		t.Fatalf("%d groups, want %d", len(g), len(want))
	}
	for i := range want {
		if !slices.Equal(g[i], want[i]) {
			t.Errorf("group %d differs", i)
		}
	}
}

// TestErrors: a nil report or one of no known format is refused, with an
// error that says which.
func TestErrors(t *testing.T) {
	r := examples.Xiaoshan2023()
	if _, err := Diff(nil, r); !errors.Is(err, ErrNoReport) {
		t.Errorf("Diff(nil, r) = %v, want ErrNoReport", err)
	}
	bad := examples.Xiaoshan2023()
	bad.Format = report.FormatUnknown
	if _, err := Diff(r, bad); !errors.Is(err, ErrFormat) {
		t.Errorf("Diff(r, unknown format) = %v, want ErrFormat", err)
	}
	if _, err := Over([]*report.Report{r, nil}); !errors.Is(err, ErrNoReport) {
		t.Errorf("Over with nil = %v, want ErrNoReport", err)
	}
	for _, f := range []Form{Markdown, HTML, CSV, JSON, DOCX} {
		if err := WriteTables(io.Discard, []*Table{nil}, f, lang.Chinese); !errors.Is(err, ErrNoReport) {
			t.Errorf("WriteTables of a nil table in form %d = %v, want ErrNoReport", f, err)
		}
	}
	if _, err := ParseForm("pdf"); !errors.Is(err, ErrForm) || !strings.Contains(err.Error(), "docx") {
		t.Errorf("ParseForm(pdf) = %v, want ErrForm naming the forms", err)
	}
	for name, want := range map[string]Form{"md": Markdown, "Markdown": Markdown, "html": HTML, "csv": CSV, "json": JSON, "docx": DOCX, "DOCX": DOCX} {
		if f, err := ParseForm(name); f != want || err != nil {
			t.Errorf("ParseForm(%s) = %d, %v, want %d", name, f, err, want)
		}
	}
	if err := WriteDiff(io.Discard, &Comparison{}, Form(99), lang.Chinese); !errors.Is(err, ErrForm) {
		t.Errorf("WriteDiff in form 99 = %v, want ErrForm", err)
	}
	for _, v := range Compute(nil) {
		if v.OK {
			t.Errorf("Compute(nil): %s computable", v.Figure.Key())
		}
	}
}

// TestMarkdownInjection checks that a reporting body's name in Markdown
// prints as text: no link, image, HTML, emphasis or table cell of its own.
func TestMarkdownInjection(t *testing.T) {
	prev, cur := examples.Xiaoshan2023(), examples.Xiaoshan2023()
	prev.Metadata.Year = 2022
	name := "![x](http://e/x.png) [a](http://e) <b>b</b> *c* | d & # e"
	prev.Metadata.ReportingBody, cur.Metadata.ReportingBody = name, name
	d, err := Diff(prev, cur)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := WriteDiff(&b, d, Markdown, lang.English); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, `\!\[x\](http://e/x.png) \[a\](http://e) \<b\>b\</b\> \*c\* \| d \& \# e`) {
		t.Errorf("the name is not escaped as Markdown text:\n%s", out)
	}
}
