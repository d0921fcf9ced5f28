package validate

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/report"
)

var update = flag.Bool("update", false, "rewrite ../RULES.md from the catalogue")

// TestRulesFile checks that RULES.md lists the catalogue as it is. Run
// "go test ./validate -update" after changing a rule.
func TestRulesFile(t *testing.T) {
	var b bytes.Buffer
	writeRules(&b)
	const path = "../RULES.md"
	if *update {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, b.Bytes()) {
		t.Errorf("%s is out of date: run go test ./validate -update", path)
	}
}

// writeRules writes the catalogue as Markdown.
func writeRules(b *bytes.Buffer) {
	b.WriteString(`# Validation rules

This file lists the built-in rules of package ` + "`validate`" + `, as ` + "`validate.Catalogue()`" + ` and
` + "`xxgk rules`" + ` give them. It is generated: edit the rules, then run ` + "`go test ./validate -update`" + `.

A code names one rule and is never reused for another meaning. The prefix says what the rule reads:
` + "`R-`" + ` the report as a whole, ` + "`T2-` `T3-` `T4-`" + ` tables 二, 三 and 四, ` + "`F-`" + ` the 信息处理费 of section 六,
` + "`X-`" + ` last year's report (cross-year rules, run only when it is given), ` + "`N-`" + ` the figures the narrative states.
A rule that reads a blank or "/" cell reports that it is not assessable (an info finding) instead of
checking, unless blanks are read as 0 (` + "`Options.BlankAsZero`" + `, ` + "`xxgk validate --blank-as-zero`" + `).

Sum rules are printed as formulas over cell paths: ` + "`*`" + ` stands for each column, row or block of the scope,
` + "`previous.`" + ` marks a cell of last year's report, and ` + "`?`" + ` a cell counted only where the format has it.

The column "needs" says what a rule needs to be assessable: without it, the rule says so in an info
finding (one per rule and table, listing the blank cells) instead of checking.

| code | severity | formats | rule | needs |
|---|---|---|---|---|
`)
	for _, info := range Catalogue() {
		formats := "all"
		if info.Formats != nil {
			var keys []string
			for _, f := range info.Formats {
				keys = append(keys, f.Key())
			}
			formats = strings.Join(keys, ", ")
		}
		rule := info.Description.Zh + "<br>" + info.Description.En
		if info.Sum != nil {
			rule += fmt.Sprintf("<br>%s: `%s`", info.Sum.Scope.Text().En, info.Sum.String())
		}
		fmt.Fprintf(b, "| `%s` | %s | %s | %s | %s<br>%s |\n", info.Code, info.Severity, formats, rule, info.Needs.Zh, info.Needs.En)
	}
	fmt.Fprintf(b, "\nFormats: `2019` is %s, `2021` is %s.\n", report.Format2019.Label(), report.Format2021.Label())
}
