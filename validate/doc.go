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
// Chinese (the default) or English. A blank or "/" cell makes a rule that
// reads it not assessable: that gives an info finding, never an arithmetic
// error. The [Result] is an error (see [Result.Err]) only when it holds a
// finding of severity [Error].
//
//	res := validate.Validate(r, validate.Options{})
//	for _, f := range res.Findings {
//		fmt.Println(f.Code, f.Severity, f.Paths, f.Message)
//	}
//	if err := res.Err(); err != nil {
//		return err
//	}
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
