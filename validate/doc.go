// Package validate checks a [report.Report] against the arithmetic identities
// (勾稽关系) of the official format and against the facts its narrative
// restates, and says exactly which cells disagree.
//
// Every check is a [Rule] with a stable code, such as "T3-BALANCE", that is
// never reused for another meaning. A rule is data: its [RuleInfo] holds the
// code, the severity, a description in Chinese and English, the formats it
// applies to and, for a sum rule, the total, the weighted items and the scope.
// The same declaration drives the check, the catalogue ([Catalogue]), the
// command "xxgk rules" and the file RULES.md.
//
// [Validate] runs every rule and collects every finding; it never stops at
// the first. A [Finding] names the rule, every cell path involved, the
// expected and the actual figure and their difference, with a message in
// Chinese and English. The [Result] is an error (see [Result.Err]) only
// when it holds a finding of severity [Error]. [ValidateInto] does the same
// into a Result the caller reuses, for many reports in turn: a clean report
// then costs no allocation.
//
// Findings are meant to be trusted by a supervising office: a warning is a
// probable mistake, not a guess.
//
//   - A blank or "/" cell makes a rule that reads it not assessable: an
//     info finding, never an arithmetic error, and one per rule and table,
//     listing every blank cell. [RuleInfo].Needs says what each rule needs
//     to be assessable (RULES.md lists it).
//
//   - The checks that need a total (the narrative, T3-BALANCE, X-CARRY;
//     see [Sum].Derive) read a blank 总计 whose parts are all numbers as
//     their sum, and a blank part of a total its other parts already make
//     as 0; the finding says the total was derived. A report that leaves
//     zeros blank is thus still checked where its printed totals allow.
//
//   - Rules that depend on what a report covers run only when it is known:
//     the deadline (1月31日 for a department's report, 3月31日 for a
//     government's, 条例第四十九条) and the power to make 规章 read
//     [report.Metadata] Scope and Level (see [report.InferScope], which
//     package parse applies); unknown, they say "not assessable" at info.
//
//   - A narrative figure of requests is compared with table 三 only in a
//     sentence that names government information disclosure requests
//     (政府信息公开申请, 依申请公开, or a count of 件申请), or under a
//     subsection titled 依申请公开, and never in a clause about 群众诉求,
//     网络问政, hotline calls or 信访. A stated figure of requests received
//     that equals 新收 + 上年结转 agrees with the table (an info finding says
//     so); in a government's report, a figure whose sentence is about one
//     office (…办公室代表…受理) is not compared (info).
//
//     res := validate.Validate(r, validate.Options{})
//     for _, f := range res.Findings {
//     fmt.Println(f.Code, f.Severity, f.Paths, f.Message)
//     }
//     if err := res.Err(); err != nil {
//     return err
//     }
//
// Options switch rules off by code, add rules of the caller's own (a type
// implementing [Rule], a function given to [NewRule], or a [Sum] given to
// [NewSumRule]), replace the built-in set, pass last year's report for the
// cross-year rules and choose the language of the messages.
//
// The rule codes are grouped by prefix:
//
//	R-   the report as a whole (format, statistical period)
//	T2-  table 二 (proactive disclosure)
//	T3-  table 三 (requests received and handled)
//	T4-  table 四 (reconsideration and litigation)
//	F-   the 信息处理费 of section 六 (information processing fee)
//	X-   cross-year: this year's report against last year's
//	N-   narrative: figures stated in the text against the cells they restate
package validate
