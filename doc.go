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
//     decode from a stable JSON form. It also tallies table 三 from a ledger
//     of requests, rolls reports up into an aggregate, and computes the
//     信息处理费 of 国办函〔2020〕109号.
//   - table declares the official layouts of tables 二, 三 and 四 of both
//     formats as data: every header cell with its spans, every data cell
//     bound to a path. Renderers print them; the reader reads through them.
//   - validate checks a report: every arithmetic identity (勾稽关系) of
//     its format as a rule with a stable code, last year's report against
//     this year's, and the figures the narrative states against the cells.
//     Findings name the cells, the expected and the actual figure.
//   - render prints a report as Markdown, HTML (a fragment or a printable
//     page), fixed-width text or a Word document (.docx), with the official
//     labels or English ones.
//   - parse reads report JSON and published reports — portal HTML in UTF-8
//     or GBK, text taken from pages and PDFs, Word documents — into a
//     report, with diagnostics that name every cell it could not read; its
//     package parse/pdf reads PDFs, and is the only package that starts a
//     PDF engine.
//   - batch validates many files at once on every core, linking the reports
//     of one body for consecutive years, and writes findings as CSV.
//   - compare sets a report against last year's, or many reports side by
//     side: every cell's change, "not comparable" where a side is blank or
//     "/", and derived figures such as the disclosure rate.
//   - lang is the one language vocabulary: lang.Lang (Chinese or English)
//     and lang.Text (a text in both), taken by every package that prints
//     for people.
//   - examples holds real reports as data, starting with the Xiaoshan
//     district 2023 report (examples.Xiaoshan2023), and runnable programs.
//
// A short tour:
//
//	r := examples.Xiaoshan2023()
//	v, _ := r.Lookup("table3.received.total")  // 115
//	cell, _ := report.LookupCell(r.Format, "table3.withheld_state_secret.natural_person")
//	fmt.Println(cell.Label(r.Format))          // 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / 自然人
//	res := validate.Validate(r, validate.Options{}) // res.Err() is nil: every identity holds
//	render.Markdown(os.Stdout, r, lang.Chinese)
//	page, _ := parse.Parse(html, parse.Options{})   // page.Report, page.Diagnostics
//
// The command xxgk (cmd/xxgk) does the same from the shell: validate,
// render, parse, export, compare, rules, schema, version.
package xxgk
