package validate

import (
	"sync"

	"github.com/opengov-cn/xxgk/report"
)

// Format lists for rule declarations.
var (
	bothFormats = []report.Format{report.Format2019, report.Format2021}
	only2019    = []report.Format{report.Format2019}
	only2021    = []report.Format{report.Format2021}
)

// builtin returns the built-in rules, built once, in the order they run:
// each family of codes in turn, from the file of its name (rules_report.go
// for R-, rules_table3.go for T3-, …). They never change after.
var builtin = sync.OnceValue(func() []Rule {
	var rules []Rule
	for _, family := range []func() []Rule{
		reportRules,    // R-
		table3Rules,    // T3-
		table4Rules,    // T4-
		table2Rules,    // T2-
		feeRules,       // F-
		crossYearRules, // X-
		narrativeRules, // N-
	} {
		rules = append(rules, family()...)
	}
	return rules
})

// mustSum returns the sum rule info declares, and panics when the
// declaration is broken: the declarations are constants of this package,
// and the tests build every one of them.
func mustSum(info RuleInfo) Rule {
	r, err := NewSumRule(info)
	if err != nil {
		panic(err)
	}
	return r
}

// terms returns a term of weight 1 for each path.
func terms(paths ...report.Path) []Term {
	out := make([]Term, len(paths))
	for i, p := range paths {
		out[i] = Term{Cell: p}
	}
	return out
}
