package validate

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/opengov-cn/xxgk/report"
)

// Severity says how serious a finding is. The zero Severity is unset: a
// finding added without one takes its rule's severity.
type Severity uint8

// The severities, most serious first.
const (
	// Error is an identity that must hold and does not: the report is wrong.
	Error Severity = iota + 1
	// Warning is a soft or heuristic check that failed: the report is
	// probably wrong, or unusual enough to look at.
	Warning
	// Info is a remark, such as a rule that could not be assessed because a
	// cell it reads is blank.
	Info
)

// String returns "error", "warning", "info" or "unset".
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	case Info:
		return "info"
	}
	return "unset"
}

// Chinese returns the severity in Chinese: "错误", "警告" or "提示".
func (s Severity) Chinese() string {
	switch s {
	case Error:
		return "错误"
	case Warning:
		return "警告"
	case Info:
		return "提示"
	}
	return "未定"
}

// MarshalText encodes the severity as its String.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes "error", "warning" or "info".
func (s *Severity) UnmarshalText(b []byte) error {
	for _, v := range []Severity{Error, Warning, Info} {
		if v.String() == string(b) {
			*s = v
			return nil
		}
	}
	return fmt.Errorf("unknown severity %q", b)
}

// Text is a description or message in Chinese and English. It is
// report.Text.
type Text = report.Text

// RuleInfo describes a rule: everything about it but the check itself.
type RuleInfo struct {
	// Code names the rule, such as "T3-BALANCE". A code is never reused for
	// another meaning.
	Code string
	// Severity is the severity of the rule's findings when the rule fails;
	// unset means [Error]. Findings that say the rule could not be assessed
	// are [Info].
	Severity Severity
	// Formats lists the formats of report the rule applies to; nil means
	// every format, including an unknown one.
	Formats []report.Format
	// Description says what the rule checks.
	Description Text
	// CrossYear is true for a rule that compares the report with last
	// year's; it is skipped when no previous report is given.
	CrossYear bool
	// Sum holds the identity of a sum rule; nil for other rules.
	Sum *Sum
}

// AppliesTo reports whether the rule applies to reports of format f.
func (info *RuleInfo) AppliesTo(f report.Format) bool {
	return info.Formats == nil || slices.Contains(info.Formats, f)
}

// Rule is one check. Implement it for a rule of your own, or use [NewRule]
// or [NewSumRule]. A rule must not keep the report or change it.
type Rule interface {
	// Info describes the rule.
	Info() RuleInfo
	// Check checks ctx.Report() and adds a finding to ctx for each problem.
	Check(ctx *Context)
}

// NewRule returns a rule described by info whose check is the function
// check.
func NewRule(info RuleInfo, check func(ctx *Context)) Rule {
	return &funcRule{info: info, check: check}
}

type funcRule struct {
	info  RuleInfo
	check func(ctx *Context)
}

func (r *funcRule) Info() RuleInfo { return r.info }

func (r *funcRule) Check(ctx *Context) {
	if r.check != nil {
		r.check(ctx)
	}
}

// Context is what a rule's check sees: the report, last year's report if
// given, and the list of findings to add to.
type Context struct {
	report      *report.Report
	previous    *report.Report
	blankAsZero bool
	rule        RuleInfo
	result      *Result

	// The figures of the prose, found once for the narrative rules.
	scanned    bool
	figureList []figure
	figureBuf  [32]figure
}

// Report returns the report being validated. It is never nil.
func (c *Context) Report() *report.Report { return c.report }

// Previous returns last year's report of the same body, or nil when none
// was given.
func (c *Context) Previous() *report.Report { return c.previous }

// Number returns the number a count holds. A blank or "/" cell gives false,
// unless [Options.BlankAsZero] is set, when it reads as 0.
func (c *Context) Number(v report.Count) (int64, bool) {
	if n, ok := v.Number(); ok {
		return n, true
	}
	return 0, c.blankAsZero
}

// Add records a finding. An empty Code is set to the running rule's code, and
// an unset Severity to the rule's severity.
func (c *Context) Add(f Finding) {
	if c.result == nil {
		return // a Context not made by Validate records nothing
	}
	if f.Code == "" {
		f.Code = c.rule.Code
	}
	if f.Severity == 0 {
		f.Severity = c.rule.Severity
	}
	if f.Severity == 0 {
		f.Severity = Error
	}
	c.result.Findings = append(c.result.Findings, f)
}

// NotAssessable records an info finding that the running rule could not be
// assessed because the cells at paths are blank or "/".
func (c *Context) NotAssessable(paths ...report.Path) {
	f := Finding{Severity: Info, Paths: paths, NotAssessable: true}
	f.msg = localMessage{key: keyNotAssessable, args: []any{c.rule.Description, paths}}
	c.Add(f)
}

// MarshalJSON encodes the description as an object with the keys code,
// severity, formats (their keys, such as "2021"; all formats when absent),
// description ({"zh", "en"}), cross_year, and for a sum rule scope and
// formula.
func (info RuleInfo) MarshalJSON() ([]byte, error) {
	type out struct {
		Code        string   `json:"code"`
		Severity    Severity `json:"severity"`
		Formats     []string `json:"formats,omitempty"`
		Description Text     `json:"description"`
		CrossYear   bool     `json:"cross_year"`
		Scope       *Text    `json:"scope,omitempty"`
		Formula     string   `json:"formula,omitempty"`
	}
	o := out{Code: info.Code, Severity: info.Severity, Description: info.Description, CrossYear: info.CrossYear}
	for _, f := range info.Formats {
		o.Formats = append(o.Formats, f.String())
	}
	if info.Sum != nil {
		scope := info.Sum.Scope.Text()
		o.Scope, o.Formula = &scope, info.Sum.String()
	}
	return json.Marshal(o)
}
