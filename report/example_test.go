package report_test

import (
	"encoding/json"
	"fmt"

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
