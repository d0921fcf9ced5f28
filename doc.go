// Package xxgk is a library for the 政府信息公开工作年度报告, the annual report
// on government information disclosure that every Chinese administrative
// body publishes under 《中华人民共和国政府信息公开条例》 (国务院令第711号), in
// the fixed format of 国办公开办函〔2021〕30号 or, for the reports on 2019 and
// 2020, the trial format of 国办公开办函〔2019〕60号.
//
// The report has six sections: 一、总体情况 (prose), 二 (proactive disclosure
// under Article 20, a table), 三 (requests received and handled, by applicant
// and outcome, a table), 四 (administrative reconsideration and litigation, a
// table), 五 (problems and improvements) and 六 (other matters, including the
// information processing fee).
//
// The library is split into packages by job:
//
//   - report holds the schema: a report.Report is one whole report, with
//     every cell of tables 二, 三 and 四 as a count that may be a number,
//     blank or "/", money as exact decimals, the narrative sections and the
//     metadata. Every official label lives there, character for character,
//     with an English label beside it. Cells are named by paths such as
//     "table3.withheld_state_secret.natural_person". Reports encode to and
//     decode from a stable JSON form.
//   - validate checks a report: every arithmetic identity (勾稽关系) of
//     its format as a rule with a stable code, last year's report against
//     this year's, and the figures the narrative states against the cells.
//     Findings name the cells, the expected and the actual figure.
//   - examples holds real reports as data, starting with the Xiaoshan
//     district 2023 report (examples.Xiaoshan2023).
//
// A short tour:
//
//	r := examples.Xiaoshan2023()
//	v, _ := r.Lookup("table3.received.total")  // 115
//	cell, _ := report.LookupCell(r.Format, "table3.withheld_state_secret.natural_person")
//	fmt.Println(cell.Label(r.Format))          // 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / 自然人
//	report.WriteJSON(os.Stdout, r)
//
// Packages for layouts (table), rendering (render) and reading published
// reports (parse) build on report too.
package xxgk
