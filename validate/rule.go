package validate

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// Severity says how serious a finding, or a diagnostic of the reader of
// published reports (package parse), is. Severities order from the least
// serious to the most: Info < Warning < Error. The zero Severity is unset: a
// finding added without one takes its rule's severity.
type Severity uint8

// The severities, from the least serious to the most.
const (
	// Info is a remark, such as a rule that could not be assessed because a
	// cell it reads is blank.
	Info Severity = iota + 1
	// Warning is a soft or heuristic check that failed: the report is
	// probably wrong, or unusual enough to look at.
	Warning
	// Error is an identity that must hold and does not: the report is wrong.
	Error
)

// Severities lists the severities from the least serious to the most.
func Severities() []Severity { return []Severity{Info, Warning, Error} }

var severityText = [...]lang.Text{
	{Zh: "未定", En: "unset"},
	Info:    {Zh: "提示", En: "info"},
	Warning: {Zh: "警告", En: "warning"},
	Error:   {Zh: "错误", En: "error"},
}

// String returns the severity's name: "error", "warning", "info" or
// "unset". It is the form of the JSON and of the command line's flags.
func (s Severity) String() string { return s.Text().En }

// Text returns the severity in both languages: 错误 / error, 警告 / warning,
// 提示 / info.
func (s Severity) Text() lang.Text {
	if int(s) >= len(severityText) {
		return severityText[0]
	}
	return severityText[s]
}

// In returns the severity in language l: "错误" or "error", and so on.
func (s Severity) In(l lang.Lang) string { return s.Text().In(l) }

// ErrUnknownSeverity is returned (wrapped) by [ParseSeverity] for a name
// that is not a severity's.
var ErrUnknownSeverity = errors.New("unknown severity")

// ParseSeverity reads a severity's name as [Severity.String] writes it
// ("info", "warning", "error") or in Chinese (提示, 警告, 错误).
func ParseSeverity(name string) (Severity, error) {
	for _, v := range Severities() {
		if t := v.Text(); name == t.En || name == t.Zh {
			return v, nil
		}
	}
	return 0, fmt.Errorf("%w %q (want info, warning or error)", ErrUnknownSeverity, name)
}

// MarshalText encodes the severity as its String.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes "error", "warning" or "info".
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

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
	Description lang.Text
	// Needs says what the rule needs to be assessable: the metadata (scope,
	// level) and the cells it reads. Sum rules that leave it empty need
	// every cell of their formula.
	Needs lang.Text
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
// or [NewSumRule]. A rule must not keep the report, change it, or keep the
// Context after Check returns (contexts are reused).
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
// given, the language of the validation, and the list of findings to add
// to.
type Context struct {
	report      *report.Report
	previous    *report.Report
	blankAsZero bool
	language    lang.Lang
	rule        RuleInfo
	result      *Result

	// The figures of the prose, found once for the narrative rules.
	scanned    bool
	figureList []figure
	figureBuf  [32]figure

	// The reports with the blank cells their own figures fix filled in,
	// made once for the rules that need them.
	derivedCur, derivedPrev derivation
}

// Report returns the report being validated. It is never nil.
func (c *Context) Report() *report.Report { return c.report }

// Previous returns last year's report of the same body, or nil when none
// was given.
func (c *Context) Previous() *report.Report { return c.previous }

// Language returns the language the caller asked the messages in. A rule
// that gives its message in one language only should give it in this one;
// one that can give both sets both (see [Finding].Message).
func (c *Context) Language() lang.Lang { return c.language }

// Number returns the number a count holds. A blank or "/" cell gives false,
// unless [Options.BlankAsZero] is set, when it reads as 0.
func (c *Context) Number(v report.Count) (int64, bool) {
	if n, ok := v.Number(); ok {
		return n, true
	}
	return 0, c.blankAsZero
}

// Add records a finding. An empty Code is set to the running rule's code, an
// unset Severity to the rule's severity, and a message left empty in a
// language to the rule's description in that language.
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
	if f.msg.text.IsZero() {
		f.Message = f.Message.Or(c.rule.Description)
	}
	if cap(c.result.Findings) == 0 {
		// a report with one finding often has a few: room for them at once
		c.result.Findings = make([]Finding, 0, 8)
	}
	c.result.Findings = append(c.result.Findings, f)
}

// NotAssessable records an info finding that the running rule could not be
// assessed because the cells at paths are blank or "/".
func (c *Context) NotAssessable(paths ...report.Path) {
	f := Finding{Severity: Info, Paths: paths, NotAssessable: true}
	f.msg = localMessage{text: msgNotAssessable, args: []arg{textArg(c.rule.Description), cellsArg(paths)}}
	c.Add(f)
}

// MarshalJSON encodes the description as an object with the keys code,
// severity, formats (their keys, such as "2021"; all formats when absent),
// description ({"zh", "en"}), needs (what the rule needs to be assessable,
// {"zh", "en"}), cross_year, and for a sum rule scope and formula.
func (info RuleInfo) MarshalJSON() ([]byte, error) {
	type out struct {
		Code        string     `json:"code"`
		Severity    Severity   `json:"severity"`
		Formats     []string   `json:"formats,omitempty"`
		Description lang.Text  `json:"description"`
		Needs       lang.Text  `json:"needs"`
		CrossYear   bool       `json:"cross_year"`
		Scope       *lang.Text `json:"scope,omitempty"`
		Formula     string     `json:"formula,omitempty"`
	}
	o := out{Code: info.Code, Severity: info.Severity, Description: info.Description, Needs: info.Needs, CrossYear: info.CrossYear}
	for _, f := range info.Formats {
		o.Formats = append(o.Formats, f.String())
	}
	if info.Sum != nil {
		scope := info.Sum.Scope.Text()
		o.Scope, o.Formula = &scope, info.Sum.String()
	}
	return json.Marshal(o)
}
