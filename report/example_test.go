package report_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/opengov-cn/xxgk/report"
)

// A generator builds a report from its own data: plain integers for the
// counts, then the totals filled in from the parts.
func Example_build() {
	r := report.New(report.Format2021, 2024)
	r.Metadata.ReportingBody = "某县人民政府办公室"
	for _, row := range report.Table3Rows(r.Format) {
		r.Table3.Rows[row] = report.Row{} // every count 0 rather than blank
	}
	r.Table3.Rows[report.RowReceived] = report.Row{10, 2, 0, 0, 0, 0}
	r.Table3.Rows[report.RowDisclosed] = report.Row{7, 2, 0, 0, 0, 0}
	r.Table3.Rows[report.RowCannotProvideNotHeld] = report.Row{3, 0, 0, 0, 0, 0}
	r.FillTotals()

	concluded := r.Table3.Rows[report.RowConcluded]
	fmt.Println("（七）总计:", concluded[report.NaturalPerson], concluded[report.CommercialEnterprise], concluded[report.ApplicantTotal])
	// Output: （七）总计: 10 2 12
}

// Every cell has a path; from it come the value and the official label.
func ExampleReport_Lookup() {
	r := report.New(report.Format2021, 2023)
	r.Table3.Rows[report.RowWithheldStateSecret][report.NaturalPerson] = 2

	path := report.Table3Path(report.RowWithheldStateSecret, report.NaturalPerson)
	v, err := r.Lookup(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	cell, _ := report.LookupCell(r.Format, path)
	fmt.Println(path)
	fmt.Println(cell.Label(r.Format), "=", v)
	// Output:
	// table3.withheld_state_secret.natural_person
	// 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / 自然人 = 2
}

// Table 二 holds its fee in 万元 as printed; section 六 states the
// 信息处理费 in 元. The conversion is exact.
func ExampleAmount_WanToYuan() {
	wan, err := report.ParseAmount("0.008")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(wan, "万元 =", wan.WanToYuan(), "元")
	yuan, _ := report.ParseAmount("80")
	fmt.Println(yuan, "元 =", yuan.YuanToWan(), "万元")
	// Output:
	// 0.008 万元 = 80 元
	// 80 元 = 0.008 万元
}

// A blank cell, a "/" cell and a zero are three different things, in Go and
// in JSON.
func ExampleCount() {
	r := report.New(report.Format2019, 2019)
	r.Table4.Blocks[report.Reconsideration] = report.Block{5, 0, report.NotApplicable, 2, 7}
	b, _ := json.Marshal(r)
	var doc struct {
		Table4 map[string]json.RawMessage `json:"table4"`
	}
	_ = json.Unmarshal(b, &doc)
	fmt.Println(string(doc.Table4["reconsideration"]))
	fmt.Println(string(doc.Table4["sued_directly"]))
	// Output:
	// {"upheld":5,"corrected":0,"other_result":"/","pending":2,"total":7}
	// {"upheld":null,"corrected":null,"other_result":null,"pending":null,"total":null}
}

// Labels read from real documents find their values despite half-width
// brackets and line breaks inside.
func ExampleLookupApplicant() {
	a, ok := report.LookupApplicant("商业 企业")
	fmt.Println(a.Key(), ok, a.Label())
	row, ok := report.LookupTable3Row("(二)部分公开(区分处理的,只计这一情形,不计其他情形)")
	fmt.Println(row.Key(), ok)
	// Output:
	// commercial_enterprise true 商业企业
	// partially_disclosed true
}

func ExampleBodyKey() {
	a := report.BodyKey("某市（第一区）人民政府 办公室")
	b := report.BodyKey("某市(第一区)人民政府办公室")
	fmt.Println(a == b, a)
	fmt.Println(report.BodyKey("区政府办") == report.BodyKey("杭州市萧山区人民政府办公室"))
	// Output:
	// true 某市(第一区)人民政府办公室
	// false
}

// InferScope tells a government's report from a department's, and the
// level of the body, from the title, the reporting body and the prose;
// package parse sets them so when it reads a published report.
func ExampleInferScope() {
	r := report.New(report.Format2021, 2022)
	r.Metadata.Title = "平潭综合实验区2022年度政府信息公开工作年度报告"
	r.Metadata.ReportingBody = "平潭综合实验区"
	r.Preamble = []string{"本报告汇总平潭综合实验区各有关单位政府信息公开工作情况编制而成。"}
	scope, level := report.InferScope(r)
	fmt.Println(scope.Key(), level.Key() == "")

	r = report.New(report.Format2021, 2023)
	r.Metadata.ReportingBody = "杭州市萧山区人民政府办公室"
	r.Metadata.Scope, r.Metadata.Level = report.InferScope(r)
	can, known := r.Metadata.CanMakeRegulations()
	fmt.Println(r.Metadata.Scope.Key(), r.Metadata.Level.Key(), can, known)
	// Output:
	// aggregate true
	// department county false true
}

// The JSON Schema of the report JSON, for programs not written in Go: a
// web form, a notebook, a validator in another language.
func ExampleJSONSchema() {
	var schema struct {
		Dialect    string         `json:"$schema"`
		Properties map[string]any `json:"properties"`
	}
	if err := json.Unmarshal(report.JSONSchema(), &schema); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(schema.Dialect)
	fmt.Println(len(schema.Properties), "top-level keys")
	// Output:
	// https://json-schema.org/draft/2020-12/schema
	// 10 top-level keys
}

// A decoding error names the path of the problem and its line and column.
func ExampleDecodeError() {
	doc := `{
  "format": "2021",
  "table3": {"received": {"total": -3}}
}`
	_, err := report.ReadJSON(strings.NewReader(doc))
	fmt.Println(err)
	var de *report.DecodeError
	if errors.As(err, &de) {
		fmt.Println(de.Path, de.Line, de.Column)
	}
	// Output:
	// report JSON: table3.received.total (line 3, column 36): negative count where none may be negative: -3
	// table3.received.total 3 36
}

// Start a report with every cell 0 when building it from data: it
// validates clean as soon as the figures agree, with no "not assessable"
// remarks for cells left blank.
func ExampleNewZero() {
	r := report.NewZero(report.Format2021, 2024)
	r.Metadata.ReportingBody = "某某县人民政府办公室"
	r.Table3.Rows[report.RowReceived] = report.Row{3, 0, 0, 0, 0, 0, 3}
	r.Table3.Rows[report.RowDisclosed] = report.Row{3, 0, 0, 0, 0, 0, 3}
	r.FillTotals()
	v, _ := r.Lookup("table3.concluded.total")
	fee, _ := r.Lookup("table2.administrative_fees.amount")
	fmt.Println(v.Count, fee.Amount, report.New(report.Format2021, 2024).Table3.Rows[report.RowReceived][report.NaturalPerson] == report.Blank)
	// Output: 3 0 true
}

// A 2021 report whose table 三 prints （六）其他处理 as one row, as the 2019
// format did: the row stands for the three rows in the sums.
func ExampleTable3_CombinedOtherHandling() {
	r := report.New(report.Format2021, 2023)
	r.Table3.Rows[report.RowOtherHandling] = report.Row{2, 0, 0, 0, 0, 0, 2}
	fmt.Println(r.Table3.CombinedOtherHandling(r.Format))
	rows := r.Table3.OutcomeRowsOf(r.Format)
	fmt.Println(rows[len(rows)-1].Label())
	v, _ := r.Lookup("table3.other_handling.total")
	fmt.Println(v)
	// Output:
	// true
	// （六）其他处理
	// 2
}
