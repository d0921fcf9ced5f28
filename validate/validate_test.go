package validate

import (
	"bufio"
	"encoding/json"
	"errors"
	"math/bits"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// TestXiaoshanNarrative checks that the figures the Xiaoshan text states
// are found and agree with the tables: 115 received, 113 concluded, 4
// reconsiderations, 6 lawsuits, 80 元 against 0.008 万元.
func TestXiaoshanNarrative(t *testing.T) {
	r := examples.Xiaoshan2023()
	ctx := &Context{report: r}
	want := map[string]string{
		"N-RECEIVED": "115", "N-CONCLUDED": "113", "N-RECONSIDERATION": "4", "N-LITIGATION": "6", "N-FEE": "80",
	}
	for _, rule := range builtin() {
		n, ok := rule.(*narrativeRule)
		if !ok || want[n.info.Code] == "" {
			continue
		}
		s, found := findStatement(ctx, n.claims[0].phrases)
		if !found || s.figure != want[n.info.Code] {
			t.Errorf("%s: found %v %q, want %q", n.info.Code, found, s.figure, want[n.info.Code])
		}
		delete(want, n.info.Code)
	}
	if len(want) != 0 {
		t.Errorf("rules not found: %v", want)
	}
	if res := Validate(r, Options{}); len(res.Findings) != 0 {
		t.Errorf("Xiaoshan 2023: %v", res.Findings)
	}
	// 80 元 is exactly 0.008 万元; 81 元 would not be.
	r.Fees.Collected, _ = report.ParseAmount("81")
	if got := codes(Validate(r, Options{})); !slices.Contains(got, "F-TABLE2") || !slices.Contains(got, "N-FEE") {
		t.Errorf("81 元 against 0.008 万元 and a text of 80 元: %v", got)
	}
}

// TestEveryCellPlusOne changes each cell of tables 三 and 四 of the Xiaoshan
// report by +1, one at a time: an error finding must name that cell.
func TestEveryCellPlusOne(t *testing.T) {
	for _, cell := range report.CellsOf(report.Format2021) {
		if cell.Table != 3 && cell.Table != 4 {
			continue
		}
		r := examples.Xiaoshan2023()
		v, err := r.Lookup(cell.Path)
		if err != nil {
			t.Fatal(err)
		}
		v.Count++
		if err := r.Set(cell.Path, v); err != nil {
			t.Fatal(err)
		}
		caught := false
		for _, f := range Validate(r, Options{}).Findings {
			if f.Severity == Error && slices.Contains(f.Paths, cell.Path) {
				caught = true
			}
		}
		if !caught {
			t.Errorf("%s + 1 not caught", cell.Path)
		}
	}
}

// TestBlankCells checks that blank and "/" cells make rules not assessable
// and invent no arithmetic error.
func TestBlankCells(t *testing.T) {
	r := examples.Xiaoshan2023()
	r.Table3.Rows[report.RowDisclosed][report.ApplicantTotal] = report.Blank
	r.Table3.Rows[report.RowReceived][report.NaturalPerson] = report.NotApplicable
	r.Table4.Blocks[report.SuedDirectly][report.Upheld] = report.Blank
	r.Table2.FeeAmount = report.BlankAmount
	res := Validate(r, Options{})
	if res.HasErrors() {
		t.Errorf("errors from blank cells: %v", res.Findings)
	}
	blanks := map[report.Path]bool{}
	for _, f := range res.Findings {
		if f.Severity != Info || !f.NotAssessable || f.Compared {
			t.Errorf("finding %s %s on a report whose only problem is blank cells", f.Code, f.Severity)
		}
		for _, p := range f.Paths {
			blanks[p] = true
		}
	}
	for _, p := range []report.Path{"table3.disclosed.total", "table3.received.natural_person", "table4.sued_directly.upheld", "table2.administrative_fees.amount"} {
		if !blanks[p] {
			t.Errorf("no not-assessable finding names %s", p)
		}
	}
	// A narrative figure whose cells are blank is not assessable either.
	r2 := examples.Xiaoshan2023()
	r2.Table4.Blocks[report.Reconsideration] = report.Block{report.Blank, 0, 0, 0, report.Blank}
	var got []string
	for _, f := range Validate(r2, Options{}).Findings {
		got = append(got, f.Code+" "+f.Severity.String())
	}
	if want := []string{"T4-TOTAL info", "N-RECONSIDERATION info"}; !slices.Equal(got, want) {
		t.Errorf("blank table 四 block: %v, want %v", got, want)
	}
	// In the lenient mode, blanks read as 0: the 总计 of 予以公开 is then wrong.
	res = Validate(r, Options{BlankAsZero: true})
	if !res.HasErrors() {
		t.Error("BlankAsZero: no error")
	}
	for _, f := range res.Findings {
		if f.NotAssessable {
			t.Errorf("BlankAsZero: %s not assessable", f.Code)
		}
	}
}

// shanghai2019 returns the 2019 report of the Shanghai government's office
// (testdata/shanghai-office-2019.txt): the tables typed in from the text,
// blank cells kept blank, and the paragraphs of section 一 read from the
// file. Its table balances, but its text contradicts it.
func shanghai2019(t *testing.T) *report.Report {
	t.Helper()
	file, err := os.Open("testdata/shanghai-office-2019.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	r := report.New(report.Format2019, 2019)
	r.Metadata.ReportingBody = "上海市人民政府办公厅"
	r.Metadata.Scope, r.Metadata.Level = report.ScopeDepartment, report.LevelProvince
	in := false
	for sc := bufio.NewScanner(file); sc.Scan(); {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "一、总体情况":
			in = true
		case line == "二、主动公开政府信息情况":
			in = false
		case in && line != "" && !strings.HasPrefix(line, "（"):
			r.Overview.Paragraphs = append(r.Overview.Paragraphs, line)
		}
	}
	const B = report.Blank
	t3 := &r.Table3.Rows
	t3[report.RowReceived] = report.Row{821, 35, B, B, 2, 1, 859}
	t3[report.RowCarriedOver] = report.Row{18, B, B, B, B, B, 18}
	t3[report.RowDisclosed] = report.Row{258, 12, B, B, 1, 1, B}
	t3[report.RowPartiallyDisclosed] = report.Row{3, B, B, B, B, B, B}
	t3[report.RowWithheldStateSecret] = report.Row{14, B, B, B, B, B, B}
	t3[report.RowWithheldInternalAffairs] = report.Row{5, B, B, B, B, B, B}
	t3[report.RowWithheldProcessInformation] = report.Row{3, 1, B, B, B, B, B}
	t3[report.RowWithheldAdministrativeQuery] = report.Row{10, 2, B, B, B, B, B}
	t3[report.RowCannotProvideNotHeld] = report.Row{252, 12, B, B, 1, B, B}
	t3[report.RowCannotProvideMustBeCreated] = report.Row{44, 3, B, B, B, B, B}
	t3[report.RowCannotProvideStillUnclear] = report.Row{25, B, B, B, B, B, B}
	t3[report.RowNotProcessedPetition] = report.Row{148, 1, B, B, B, B, B}
	t3[report.RowNotProcessedRepeated] = report.Row{5, 4, B, B, B, B, B}
	t3[report.RowConcluded] = report.Row{767, 35, B, B, 2, 1, 805}
	t3[report.RowCarriedForward] = report.Row{72, B, B, B, B, B, 72}
	r.Table4.Blocks[report.Reconsideration] = report.Block{5, B, B, 2, 7}
	r.Table4.Blocks[report.SuedDirectly] = report.Block{8, B, B, 1, 9}
	t2 := &r.Table2.Counts
	t2[report.Regulations] = [report.NumTable2CountColumns]report.Count{report.NewlyMade: 13, report.NewlyDisclosed: 13, report.DisclosedTotal: 524}
	t2[report.NormativeDocuments] = [report.NumTable2CountColumns]report.Count{report.NewlyMade: 60, report.NewlyDisclosed: 60, report.DisclosedTotal: 368}
	for _, row := range changeRows {
		t2[row][report.ItemsLastYear], t2[row][report.Change] = 0, 0
		if row != report.AdministrativeFees {
			t2[row][report.Decisions] = 0
		}
	}
	t2[report.CentralisedProcurement][report.Projects] = 6
	r.Table2.ProcurementAmount, _ = report.ParseAmount("251000")
	r.Table2.ProcurementUnit = report.UnitYuan
	return r
}

// TestShanghai2019 checks a real report whose text contradicts its table.
func TestShanghai2019(t *testing.T) {
	r := shanghai2019(t)
	if len(r.Overview.Paragraphs) < 5 {
		t.Fatalf("read %d paragraphs of section 一", len(r.Overview.Paragraphs))
	}
	// Strictly, the blank cells make many rules not assessable (a few
	// grouped info findings); nothing is an error. The blank 总计 cells of
	// the outcome rows are derived from their parts (the blanks among them
	// fixed at 0 by the printed totals), and the text's 258 and 265
	// contradict the table's 275 and 337.
	res := Validate(r, Options{})
	if res.HasErrors() || res.Count(Info) == 0 || res.Count(Info) > 6 {
		t.Errorf("strict: %d errors, %d warnings, %d infos", res.Count(Error), res.Count(Warning), res.Count(Info))
	}
	var narrative []string
	for _, f := range res.Findings {
		if f.Severity != Warning {
			continue
		}
		if f.Code != "N-OUTCOME" || !strings.Contains(f.Message.Zh, "推算") || !strings.Contains(f.Message.En, "derived") {
			t.Errorf("strict: unexpected %s %s", f.Code, f.Message)
		}
		narrative = append(narrative, f.Expected.String()+" "+f.Actual.String())
	}
	if diff := cmp.Diff([]string{"258 275", "265 337"}, narrative); diff != "" {
		t.Errorf("strict: N-OUTCOME (-want +got):\n%s", diff)
	}
	// Reading blanks as 0, the table balances (no T3-BALANCE), the blank
	// 总计 cells of the outcome rows read as 0 and so are wrong, and the
	// text contradicts the table as before.
	res = Validate(r, Options{BlankAsZero: true})
	narrative = nil
	for _, f := range res.Findings {
		switch {
		case f.Code == "N-OUTCOME":
			narrative = append(narrative, f.Expected.String()+" "+f.Actual.String())
			if !slices.Contains(f.Paths, "table3.disclosed.total") && !slices.Contains(f.Paths, "table3.cannot_provide_not_held.total") {
				t.Errorf("N-OUTCOME paths %v", f.Paths)
			}
		case f.Code == "T3-ROW-TOTAL" || f.Code == "T3-CONCLUDED":
			if !strings.HasSuffix(string(f.Paths[0]), ".total") || (!f.Actual.IsZero() && !f.Expected.IsZero()) {
				t.Errorf("BlankAsZero: %s %v", f.Code, f.Paths[0])
			}
		default:
			t.Errorf("BlankAsZero: unexpected %s %s", f.Code, f.Message)
		}
	}
	if diff := cmp.Diff([]string{"258 275", "265 337"}, narrative); diff != "" {
		t.Errorf("BlankAsZero: N-OUTCOME (-want +got):\n%s", diff)
	}
}

// TestResultError checks that a result is an error only with an
// error-severity finding, and that errors.As finds it.
func TestResultError(t *testing.T) {
	r := xiaoshan()
	if err := Validate(r, Options{}).Err(); err != nil {
		t.Fatalf("clean report: %v", err)
	}
	r.Fees.Collected, _ = report.ParseAmount("85") // two warnings only
	if err := Validate(r, Options{}).Err(); err != nil {
		t.Fatalf("warnings only: %v", err)
	}
	r.Table4.Blocks[report.Reconsideration][report.Pending] = 1
	err := Validate(r, Options{}).Err()
	var res *Result
	if !errors.As(err, &res) || res.Count(Error) != 1 {
		t.Fatalf("errors.As(%v)", err)
	}
	if !strings.Contains(err.Error(), "T4-TOTAL") {
		t.Errorf("Error() = %q", err.Error())
	}
	var nilResult *Result
	if nilResult.Err() != nil {
		t.Error("nil result is an error")
	}
}

// TestJSON checks the JSON form of a result.
func TestJSON(t *testing.T) {
	r := xiaoshan()
	r.Table4.Blocks[report.Reconsideration][report.Pending] = 1
	b, err := json.Marshal(Validate(r, Options{Language: lang.English}))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Language string `json:"language"`
		Errors   int    `json:"errors"`
		Findings []struct {
			Code       string   `json:"code"`
			Severity   string   `json:"severity"`
			Paths      []string `json:"paths"`
			Expected   string   `json:"expected"`
			Actual     string   `json:"actual"`
			Difference string   `json:"difference"`
			Message    string   `json:"message"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.Language != "en" || got.Errors != 1 || len(got.Findings) != 1 {
		t.Fatalf("%s", b)
	}
	f := got.Findings[0]
	if f.Code != "T4-TOTAL" || f.Severity != "error" || f.Paths[0] != "table4.reconsideration.total" ||
		f.Expected != "5" || f.Actual != "4" || f.Difference != "-1" ||
		f.Message != "administrative reconsideration / total should be 5 but is 4 (difference -1)" {
		t.Errorf("%+v", f)
	}
	b, _ = json.Marshal(Validate(xiaoshan(), Options{}))
	if want := `{"language":"zh-Hans","format":"2021","errors":0,"warnings":0,"infos":0,"findings":[]}`; string(b) != want {
		t.Errorf("clean: %s", b)
	}
}

// TestOddReports checks that no input makes Validate panic and that a
// report of no known format says so.
func TestOddReports(t *testing.T) {
	for name, r := range map[string]*report.Report{
		"nil": nil, "zero": {}, "unknown format": {Format: 9},
		"new 2021": report.New(report.Format2021, 2021), "new 2019": report.New(report.Format2019, 2019),
		"huge": func() *report.Report {
			r := examples.Xiaoshan2023()
			r.Table3.Rows[report.RowReceived][report.NaturalPerson] = 1 << 62
			r.Table4.Blocks[report.Reconsideration][report.Upheld] = report.Count(-1 << 62)
			return r
		}(),
	} {
		res := Validate(r, Options{Previous: &report.Report{Format: 7}})
		valid := r != nil && r.Format.Valid()
		if got := slices.Contains(codes(res), "R-FORMAT"); got == valid {
			t.Errorf("%s: R-FORMAT finding %v", name, got)
		}
		_, _ = json.Marshal(res)
	}
}

// TestOptions checks switching rules off, extra rules, a rule set from
// scratch and the message language.
func TestOptions(t *testing.T) {
	r := xiaoshan()
	r.Table4.Blocks[report.Reconsideration][report.Pending] = 1
	if got := codes(Validate(r, Options{Disable: []string{"T4-TOTAL"}})); len(got) != 0 {
		t.Errorf("T4-TOTAL off: %v", got)
	}
	always := NewRule(RuleInfo{Code: "MY-RULE", Severity: Warning, Description: lang.Text{Zh: "总有", En: "always"}}, func(ctx *Context) {
		ctx.Add(Finding{Message: lang.Text{Zh: "你好", En: "hello"}})
	})
	res := Validate(r, Options{Extra: []Rule{always, nil}})
	if got := codes(res); !slices.Equal(got, []string{"T4-TOTAL", "MY-RULE"}) {
		t.Errorf("extra rule: %v", got)
	}
	if f := res.Findings[1]; f.Severity != Warning || f.Message.Zh != "你好" || f.Message.En != "hello" || f.String() != "MY-RULE warning: 你好" {
		t.Errorf("extra rule finding: %+v", f)
	}
	if got := codes(Validate(r, Options{Rules: []Rule{always}})); !slices.Equal(got, []string{"MY-RULE"}) {
		t.Errorf("from scratch: %v", got)
	}
	if got := codes(Validate(r, Options{Rules: []Rule{}})); len(got) != 0 {
		t.Errorf("empty rule set: %v", got)
	}
	zh := Validate(r, Options{}).Findings[0]
	en := Validate(r, Options{Language: lang.English}).Findings[0]
	if !strings.Contains(zh.Message.Zh, "行政复议 / 总计 应为 5") || !strings.HasPrefix(en.Message.En, "administrative reconsideration / total") {
		t.Errorf("messages: %q, %q", zh.Message, en.Message)
	}
	if zh.Message != en.Message || zh.String() == en.String() {
		t.Errorf("both languages: %q, %q; %q, %q", zh.Message, en.Message, zh.String(), en.String())
	}
	if got := zh.Label(lang.Chinese, report.Format2021); got != "行政复议 / 总计" {
		t.Errorf("Label = %q", got)
	}
}

// TestRuleLanguage checks that a rule sees the language asked for, and
// that a message left empty in a language falls back to the rule's
// description in that language.
func TestRuleLanguage(t *testing.T) {
	var seen []lang.Lang
	rule := NewRule(RuleInfo{Code: "MY-LANG", Description: lang.Text{Zh: "自定规则", En: "own rule"}}, func(ctx *Context) {
		seen = append(seen, ctx.Language())
		if ctx.Language() == lang.English {
			ctx.Add(Finding{Message: lang.Text{En: "in English only"}})
		} else {
			ctx.Add(Finding{Message: lang.Text{Zh: "只有中文"}})
		}
		ctx.Add(Finding{})
	})
	zh := Validate(xiaoshan(), Options{Rules: []Rule{rule}})
	en := Validate(xiaoshan(), Options{Rules: []Rule{rule}, Language: lang.English})
	if !slices.Equal(seen, []lang.Lang{lang.Chinese, lang.English}) {
		t.Errorf("languages seen: %v", seen)
	}
	for _, c := range []struct {
		f    Finding
		want lang.Text
	}{
		{zh.Findings[0], lang.Text{Zh: "只有中文", En: "own rule"}},
		{zh.Findings[1], lang.Text{Zh: "自定规则", En: "own rule"}},
		{en.Findings[0], lang.Text{Zh: "自定规则", En: "in English only"}},
		{en.Findings[1], lang.Text{Zh: "自定规则", En: "own rule"}},
	} {
		if c.f.Message != c.want {
			t.Errorf("message %+v, want %+v", c.f.Message, c.want)
		}
	}
	if got := en.Findings[0].String(); got != "MY-LANG error: in English only" {
		t.Errorf("String = %q", got)
	}
}

// TestCarryAcrossFormats checks X-CARRY from a 2020 report (format 2019) to
// a 2021 report (format 2021).
func TestCarryAcrossFormats(t *testing.T) {
	prev := city2020() // carries forward {1, 0, …, 1}
	r := xiaoshan()
	r.Metadata.Year = 2021
	r.Metadata.PeriodStart.Year, r.Metadata.PeriodEnd.Year = 2021, 2021
	r.Metadata.PublicationDate.Year = 2022
	r.Metadata.ReportingBody = prev.Metadata.ReportingBody
	opts := Options{Previous: prev, Disable: []string{"N-CARRIED-OVER"}}
	res := Validate(r, opts)
	var carry []Finding
	for _, f := range res.Findings {
		if f.Code == "X-CARRY" {
			carry = append(carry, f)
		}
	}
	// 2021 carries over 8 (natural person) and 8 (total): last year gave 1 and 1.
	if len(carry) != 2 || carry[0].Paths[1] != "previous.table3.carried_forward.natural_person" || carry[0].Expected.String() != "1" {
		t.Fatalf("X-CARRY: %v", carry)
	}
	r.Table3.Rows[report.RowCarriedOver] = report.Row{1, 0, 0, 0, 0, 0, 1}
	r.Table3.Rows[report.RowReceived] = report.Row{122, 0, 0, 0, 0, 0, 122}
	if got := codes(Validate(r, opts)); slices.Contains(got, "X-CARRY") || len(got) != 1 || got[0] != "N-RECEIVED" {
		t.Errorf("agreeing carry: %v", got)
	}
}

// TestNewSumRule checks the declarations a sum rule refuses.
func TestNewSumRule(t *testing.T) {
	for name, s := range map[string]*Sum{
		"nil":       nil,
		"no total":  {Items: terms("table3.received.total")},
		"amount":    {Total: terms("table2.administrative_fees.amount"), Items: terms("table2.regulations.issued")},
		"fee facts": {Total: terms("fees.notices"), Items: terms("table2.regulations.issued")},
		"no cell":   {Scope: ScopeColumns, Total: terms("table3.nonsense.*"), Items: terms("table3.received.*")},
		"heavy":     {Total: terms("table3.disclosed.total"), Items: []Term{{Cell: "table3.concluded.total", Weight: MaxWeight + 1}}},
		"heavy neg": {Total: terms("table3.disclosed.total"), Items: []Term{{Cell: "table3.concluded.total", Weight: -1 << 62}}},
	} {
		if _, err := NewSumRule(RuleInfo{Code: "X", Sum: s}); !errors.Is(err, ErrBadSum) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	rule, err := NewSumRule(RuleInfo{Code: "MY-SUM", Severity: Error, Sum: &Sum{
		Total: terms("table3.disclosed.total"), Items: []Term{{Cell: "table3.concluded.total"}, {Cell: "table3.cannot_provide_not_held.total", Weight: -1}}}})
	if err != nil {
		t.Fatal(err)
	}
	res := Validate(xiaoshan(), Options{Rules: []Rule{rule}})
	if len(res.Findings) != 1 || res.Findings[0].Expected.String() != "84" || res.Findings[0].Actual.String() != "64" {
		t.Errorf("MY-SUM: %v", res.Findings)
	}
}

// TestConcurrent validates reports from several goroutines at once (run
// with -race): the built-in rules and the message texts are shared.
func TestConcurrent(t *testing.T) {
	done := make(chan []string)
	for i := range 8 {
		go func() {
			r := xiaoshan()
			r.Table4.Blocks[report.Reconsideration][report.Pending] = report.Count(i + 1)
			l := lang.English
			if i%2 == 0 {
				l = lang.Chinese
			}
			done <- codes(Validate(r, Options{Language: l, Previous: xiaoshanPrevious()}))
		}()
	}
	for range 8 {
		if got := <-done; !slices.Equal(got, []string{"T4-TOTAL"}) {
			t.Errorf("got %v", got)
		}
	}
}

// TestPreviousSameBody: X-PREVIOUS compares the names of the bodies by
// report.BodyKey, as batch chains do: spacing and full-width forms do not
// make another body.
func TestPreviousSameBody(t *testing.T) {
	r, prev := xiaoshan(), xiaoshanPrevious()
	for name, want := range map[string]bool{
		"杭州市萧山区人民政府办公室":     false,
		" 杭州市萧山区人民政府　办公室\n": false,
		"杭州市萧山区人民政府":        true,
	} {
		prev.Metadata.ReportingBody = name
		if got := slices.Contains(codes(Validate(r, Options{Previous: prev})), "X-PREVIOUS"); got != want {
			t.Errorf("last year by %q: X-PREVIOUS %v, want %v", name, got, want)
		}
	}
}

// TestDeadlineByScope checks R-DEADLINE against the scope: 1月31日 for a
// department's report, 3月31日 for a government's, and not assessable in
// between when the scope is unknown.
func TestDeadlineByScope(t *testing.T) {
	for _, tt := range []struct {
		scope report.Scope
		month int
		want  string // "" for no finding
	}{
		{report.ScopeDepartment, 1, ""},
		{report.ScopeDepartment, 2, "warning"},
		{report.ScopeAggregate, 3, ""},
		{report.ScopeAggregate, 4, "warning"},
		{report.ScopeUnknown, 1, ""},
		{report.ScopeUnknown, 3, "info"},
		{report.ScopeUnknown, 4, "warning"},
	} {
		r := xiaoshan()
		r.Metadata.Scope = tt.scope
		r.Metadata.PublicationDate = report.Date{Year: 2024, Month: time.Month(tt.month), Day: 20}
		var got []string
		for _, f := range Validate(r, Options{}).Findings {
			got = append(got, f.Code+" "+f.Severity.String())
		}
		var want []string
		if tt.want != "" {
			want = []string{"R-DEADLINE " + tt.want}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%v published in month %d: %v, want %v", tt.scope, tt.month, got, want)
		}
	}
}

// TestDerivedCarry checks that X-CARRY reads a blank 总计 of last year's
// carried-forward row as the sum of its parts, and says so.
func TestDerivedCarry(t *testing.T) {
	r, prev := xiaoshan(), xiaoshanPrevious()
	prev.Table3.Rows[report.RowCarriedForward][report.ApplicantTotal] = report.Blank
	if res := Validate(r, Options{Previous: prev}); len(res.Findings) != 0 {
		t.Errorf("derived total that agrees: %v", res.Findings)
	}
	prev.Table3.Rows[report.RowCarriedForward][report.NaturalPerson]++
	var carry []Finding
	for _, f := range Validate(r, Options{Previous: prev}).Findings {
		if f.Code == "X-CARRY" {
			carry = append(carry, f)
		}
	}
	if len(carry) != 2 || !strings.Contains(carry[1].Message.Zh, "推算") || !strings.Contains(carry[1].Message.En, "derived") {
		t.Errorf("X-CARRY with a derived total: %v", carry)
	}
}

// TestNotAssessableGrouped checks that a report with many blank cells gives
// one not-assessable finding per rule and table.
func TestNotAssessableGrouped(t *testing.T) {
	r := examples.Xiaoshan2023()
	for _, row := range report.Table3Rows(r.Format) {
		r.Table3.Rows[row][report.ResearchInstitution] = report.Blank
		r.Table3.Rows[row][report.ApplicantTotal] = report.Blank
	}
	seen := map[string]bool{}
	n := 0
	for _, f := range Validate(r, Options{}).Findings {
		if !f.NotAssessable {
			continue
		}
		n++
		key := f.Code + " " + strings.SplitN(string(f.Paths[0]), ".", 2)[0]
		if seen[key] {
			t.Errorf("two not-assessable findings for %s", key)
		}
		seen[key] = true
	}
	if n == 0 || n > 8 {
		t.Errorf("%d not-assessable findings", n)
	}
}

// TestNewZero: a report started with report.NewZero is assessable in
// every cell, so the table rules give no "not assessable" finding.
func TestNewZero(t *testing.T) {
	for _, f := range report.Formats() {
		res := Validate(report.NewZero(f, 2021), Options{})
		for _, fd := range res.Findings {
			if fd.NotAssessable && strings.HasPrefix(fd.Code, "T") {
				t.Errorf("format %s: %v", f, fd)
			}
		}
		if blank := Validate(report.New(f, 2021), Options{}); blank.Count(Info) == 0 {
			t.Errorf("format %s: a blank report gives no not-assessable finding", f)
		}
	}
}

// TestStopRunes checks that stopRunes lists every rune isStop or
// isSentenceEnd accepts, and that every 3-byte end of a sentence is found
// by indexSentenceEnd as strings.IndexFunc finds it.
func TestStopRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if (isStop(r) || isSentenceEnd(r)) != strings.ContainsRune(stopRunes, r) {
			t.Errorf("%q: isStop %v, isSentenceEnd %v, in stopRunes %v", r, isStop(r), isSentenceEnd(r), strings.ContainsRune(stopRunes, r))
		}
		if isSentenceEnd(r) && r >= utf8.RuneSelf && utf8.RuneLen(r) != 3 {
			t.Errorf("%q: an end of a sentence of %d bytes", r, utf8.RuneLen(r))
		}
	}
	for _, s := range []string{"", "abc", "办结。", "\xe3\x80。", "a\n。", "？！", "\xe3。\xe3\x80", "一二三四\xff\x82。", "\x80\x80\x82"} {
		if got, want := indexSentenceEnd(s), strings.IndexFunc(s, isSentenceEnd); got != want {
			t.Errorf("indexSentenceEnd(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestSentenceBounds checks figure.sentence against the plain rune-by-rune
// walk it stands for, on strings of stops, Chinese, digits and broken
// UTF-8.
func TestSentenceBounds(t *testing.T) {
	pieces := []string{"，", "。", "；", "、", "？", "\n", ",", "收到", "件", "12", " ", "\xe3", "\x80", "\x82", "\xef\xbc", "\xff", "申请"}
	seed := uint32(1)
	next := func(n int) int { seed = seed*1664525 + 1013904223; return int(seed>>8) % n }
	for range 5000 {
		var b strings.Builder
		for range next(400) {
			b.WriteString(pieces[next(len(pieces))])
		}
		for _, fg := range scanFigures(b.String(), nil) {
			start, clause, end := fg.sentence()
			ws, wc, we := sentenceByRunes(&fg)
			if start != ws || clause != wc || end != we {
				t.Fatalf("%q, figure at %d: sentence %d %d %d, want %d %d %d", fg.p, fg.start, start, clause, end, ws, wc, we)
			}
		}
	}
}

// sentenceByRunes is figure.sentence decoding every rune.
func sentenceByRunes(fg *figure) (start, clause, end int) {
	p := fg.p
	lo := max(0, int(fg.start)-maxSentence)
	start, clause = lo, -1
	for i := int(fg.start); i > lo; {
		r, size := utf8.DecodeLastRuneInString(p[lo:i])
		if isSentenceEnd(r) {
			start = i
			break
		}
		if clause < 0 && isStop(r) {
			clause = i
		}
		i -= size
	}
	if clause < start {
		clause = start
	}
	rest := p[fg.unitEnd:]
	if len(rest) > maxSentence {
		rest = rest[:maxSentence]
	}
	end = int(fg.unitEnd) + len(rest)
	if k := strings.IndexFunc(rest, isSentenceEnd); k >= 0 {
		end = int(fg.unitEnd) + k
	}
	return start, clause, end
}

// TestLastRune checks lastRune against utf8.DecodeLastRuneInString on
// every ending of 1 to 3 bytes that matters and on Chinese text.
func TestLastRune(t *testing.T) {
	check := func(s string) {
		r, n := lastRune(s)
		wr, wn := utf8.DecodeLastRuneInString(s)
		if r != wr || n != wn {
			t.Fatalf("lastRune(%q) = %q %d, want %q %d", s, r, n, wr, wn)
		}
	}
	for _, s := range []string{"", "a", "收到", "\xe0\x80\x80", "\xed\xa0\x80", "\xef\xbf\xbd", "\xf0\x9f\x98\x80", "x\x80\x80"} {
		check(s)
	}
	for b0 := 0xC0; b0 < 0x100; b0++ {
		for b1 := 0x70; b1 < 0xC8; b1++ {
			for b2 := 0x70; b2 < 0xC8; b2++ {
				check(string([]byte{byte(b0), byte(b1), byte(b2)}))
				check(string([]byte{0x80, byte(b0), byte(b1), byte(b2)}))
			}
		}
	}
}

// TestWordSets checks that every phrase of the built-in narrative rules
// and every word of requestWords and otherMatterWords has its bit, and that
// a set finds each word where strings.Contains does.
func TestWordSets(t *testing.T) {
	var sets []*wordSet
	for _, rule := range builtin() {
		n, ok := rule.(*narrativeRule)
		if !ok {
			continue
		}
		for _, c := range n.claims {
			for _, ph := range c.phrases {
				if ph.keyed == nil || bits.OnesCount64(ph.mask) != len(ph.keys) {
					t.Errorf("%s: phrase %q not indexed", n.info.Code, ph.keys)
				}
				if !slices.Contains(sets, ph.keyed) {
					sets = append(sets, ph.keyed)
				}
			}
		}
	}
	m := matters()
	if bits.OnesCount64(m.requests) != len(requestWords) || bits.OnesCount64(m.other) != len(otherMatterWords) || m.requests&m.other != 0 {
		t.Errorf("matters: %b requests, %b other", m.requests, m.other)
	}
	sets = append(sets, &m.words)
	pieces := []string{"收到", "政府信息", "公开申请", "件", "12", "，", "受理", "诉求", "行政", "复议", "\xe6", "\x94", "予以公开", "部分", "上年", "结转", "信访", "a"}
	seed := uint32(7)
	next := func(n int) int { seed = seed*1664525 + 1013904223; return int(seed>>8) % n }
	for range 5000 {
		var b strings.Builder
		for range next(12) {
			b.WriteString(pieces[next(len(pieces))])
		}
		s := b.String()
		for _, set := range sets {
			found := set.in(s)
			for i, w := range set.keys {
				if (found&(1<<i) != 0) != strings.Contains(s, w) {
					t.Fatalf("%q in %q: %v", w, s, found&(1<<i) != 0)
				}
			}
		}
	}
}

// TestScanFigures checks scanFigures against the search from each unit
// back to its digits that it replaces, on strings of digits, separators,
// spaces, units, Chinese and broken UTF-8.
func TestScanFigures(t *testing.T) {
	pieces := []string{"1", "23", ",", ".", " ", "\n", "件", "元", "收到", "，", "。", "\xe4\xbb", "\xb6", "\xe5\x85", "a", "7,000.5", "、"}
	seed := uint32(3)
	next := func(n int) int { seed = seed*1664525 + 1013904223; return int(seed>>8) % n }
	figures := 0
	for range 20000 {
		var b strings.Builder
		for range next(30) {
			b.WriteString(pieces[next(len(pieces))])
		}
		p := b.String()
		got, want := scanFigures(p, nil), scanFiguresByUnits(p)
		if !slices.Equal(got, want) {
			t.Fatalf("%q:\n got %+v\nwant %+v", p, got, want)
		}
		figures += len(got)
	}
	if figures < 5000 {
		t.Errorf("%d figures in all: too few to compare", figures)
	}
}

// scanFiguresByUnits finds the figures of p from each unit back.
func scanFiguresByUnits(p string) []figure {
	var out []figure
	nextJian, nextYuan := -2, -2 // not yet searched
	indexFrom := func(i int, unit string) int {
		if k := strings.Index(p[i:], unit); k >= 0 {
			return i + k
		}
		return -1
	}
	for i := 0; i < len(p); {
		if nextJian != -1 && nextJian < i {
			nextJian = indexFrom(i, "件")
		}
		if nextYuan != -1 && nextYuan < i {
			nextYuan = indexFrom(i, "元")
		}
		u, unit := nextJian, "件"
		if u < 0 || (nextYuan >= 0 && nextYuan < u) {
			u, unit = nextYuan, "元"
		}
		if u < 0 {
			break
		}
		i = u + len(unit)
		end := u
		for end > 0 && (p[end-1] == ' ' || p[end-1] == '\n' || p[end-1] == '\t') {
			end--
		}
		start := end
		for start > 0 {
			c := p[start-1]
			if isDigit(c) || ((c == ',' || c == '.') && start >= 2 && start < end && isDigit(p[start-2]) && isDigit(p[start])) {
				start--
				continue
			}
			break
		}
		if start == end {
			continue
		}
		window, runes := start, 0
		for window > 0 && runes < maxWindow {
			r, size := utf8.DecodeLastRuneInString(p[:window])
			if isStop(r) {
				break
			}
			window -= size
			runes++
		}
		out = append(out, figure{p: p, window: int32(window), start: int32(start), end: int32(end), unitEnd: int32(i), yuan: unit == "元"})
	}
	return out
}

// TestIndexUnit checks indexUnit against strings.Index with a unit, or a
// byte of one, at every place and every byte value around it.
func TestIndexUnit(t *testing.T) {
	for _, unit := range []string{"件", "元"} {
		for c := range 256 {
			for at := range 40 {
				b := []byte(strings.Repeat("收", 14))
				copy(b[at:], unit)
				b[max(at-1, 0)] = byte(c)
				for from := range at + 2 {
					want := strings.Index(string(b[from:]), unit)
					if want >= 0 {
						want += from
					}
					if got := indexUnit(string(b), from, unit); got != want {
						t.Fatalf("indexUnit(%q, %d, %q) = %d, want %d", b, from, unit, got, want)
					}
				}
			}
		}
	}
}

// TestMatterWordsOutsideFigures checks what findAboutRequests relies on to
// read a sentence's words before and after its figure apart: no word of
// matters holds a byte of a figure (a digit, "," or ".").
func TestMatterWordsOutsideFigures(t *testing.T) {
	for _, w := range matters().words.keys {
		if strings.ContainsAny(w, "0123456789,.") {
			t.Errorf("%q holds a byte of a figure", w)
		}
	}
}

// TestValidateIntoReuses checks that validating into a used Result gives
// what Validate gives, and that a clean report then allocates nothing.
func TestValidateIntoReuses(t *testing.T) {
	clean := examples.Xiaoshan2023()
	wrong := examples.Xiaoshan2023()
	wrong.Table3.Rows[report.RowReceived][report.NaturalPerson]++ // sums and the balance disagree
	var res Result
	for _, r := range []*report.Report{wrong, clean, wrong} {
		want, err := json.Marshal(Validate(r, Options{}))
		if err != nil {
			t.Fatal(err)
		}
		got, err := json.Marshal(ValidateInto(&res, r, Options{}))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Fatalf("ValidateInto gives\n%s\nValidate gives\n%s", got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { ValidateInto(&res, clean, Options{}) }); n != 0 {
		t.Errorf("validating a clean report into a used Result: %v allocations, want 0", n)
	}
}

// TestParseSeverity checks the names a severity is read by, in both
// languages, and the error for any other.
func TestParseSeverity(t *testing.T) {
	for name, want := range map[string]Severity{"info": Info, "warning": Warning, "error": Error, "提示": Info, "警告": Warning, "错误": Error} {
		if got, err := ParseSeverity(name); err != nil || got != want {
			t.Errorf("ParseSeverity(%q) = %v, %v; want %v", name, got, err, want)
		}
	}
	for _, name := range []string{"", "Error", "fatal", "错"} {
		if _, err := ParseSeverity(name); !errors.Is(err, ErrUnknownSeverity) || !strings.Contains(err.Error(), strconv.Quote(name)) {
			t.Errorf("ParseSeverity(%q): err = %v, want one wrapping ErrUnknownSeverity and quoting the name", name, err)
		}
	}
}
