package validate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/shopspring/decimal"
)

// Finding is one problem a rule found, or one rule that could not be
// assessed.
type Finding struct {
	// Code is the code of the rule that made the finding.
	Code string
	// Severity is how serious the finding is.
	Severity Severity
	// Paths names every cell involved: for a sum rule the cells of the
	// total, then those of the items; for a not-assessable finding the blank
	// or "/" cells. Cells of last year's report are prefixed "previous.".
	Paths []report.Path
	// NotAssessable is true when the rule could not be checked because a
	// cell it reads is blank or "/".
	NotAssessable bool
	// Compared is true when Expected, Actual and Difference hold figures.
	Compared bool
	// Expected is the figure the rule expects: for a sum rule the sum of
	// the items, for a range rule the nearest allowed figure.
	Expected decimal.Decimal
	// Actual is the figure the report gives.
	Actual decimal.Decimal
	// Difference is Actual minus Expected.
	Difference decimal.Decimal
	// Message says what is wrong, in both languages. A rule sets it in
	// both, or in the language of [Context.Language] only; a language left
	// empty takes the rule's description in that language.
	Message lang.Text

	// msg is a built-in message before [Validate] renders it into Message.
	msg localMessage
	// language is the language of the validation that made the finding:
	// that of String and of the JSON's message.
	language lang.Lang
}

// String returns the finding as one line: code, severity and message, in
// the language of the validation that made it.
func (f Finding) String() string {
	return f.Code + " " + f.Severity.String() + ": " + f.Message.In(f.language)
}

// Label returns the full label of the finding's first cell as format f
// prints it, in language l, or "" when the finding names no cell.
func (f *Finding) Label(l lang.Lang, format report.Format) string {
	if len(f.Paths) == 0 {
		return ""
	}
	return string(appendCellLabel(nil, f.Paths[0], l, format))
}

// compared sets the figures of f from counts.
func (f *Finding) compared(expected, actual int64) {
	f.Compared = true
	f.Expected = decimalOf(expected)
	f.Actual = decimalOf(actual)
	f.Difference = decimalOf(actual - expected)
}

// The decimals of the whole numbers from minShared to maxShared, the
// figures of most findings, are made once and shared by the findings (a
// decimal.Decimal is immutable) rather than allocated for each.
const minShared, maxShared = -128, 1023

var sharedDecimals = sync.OnceValue(func() []decimal.Decimal {
	out := make([]decimal.Decimal, 0, maxShared-minShared+1)
	for n := int64(minShared); n <= maxShared; n++ {
		out = append(out, decimal.NewFromInt(n))
	}
	return out
})

// decimalOf returns decimal.NewFromInt(n), shared for a small n.
func decimalOf(n int64) decimal.Decimal {
	if n < minShared || n > maxShared {
		return decimal.NewFromInt(n)
	}
	return sharedDecimals()[n-minShared]
}

// comparedDecimal sets the figures of f from decimals.
func (f *Finding) comparedDecimal(expected, actual decimal.Decimal) {
	f.Compared = true
	f.Expected, f.Actual, f.Difference = expected, actual, actual.Sub(expected)
}

// MarshalJSON encodes the finding as an object with the keys code,
// severity, paths, not_assessable (when true), expected, actual and
// difference (when compared; exact decimal strings) and message (in the
// language of the validation that made the finding).
func (f Finding) MarshalJSON() ([]byte, error) {
	type figures struct {
		Code          string        `json:"code"`
		Severity      Severity      `json:"severity"`
		Paths         []report.Path `json:"paths"`
		NotAssessable bool          `json:"not_assessable,omitempty"`
		Expected      *string       `json:"expected,omitempty"`
		Actual        *string       `json:"actual,omitempty"`
		Difference    *string       `json:"difference,omitempty"`
		Message       string        `json:"message"`
	}
	out := figures{Code: f.Code, Severity: f.Severity, Paths: f.Paths, NotAssessable: f.NotAssessable, Message: f.Message.In(f.language)}
	if out.Paths == nil {
		out.Paths = []report.Path{}
	}
	if f.Compared {
		e, a, d := f.Expected.String(), f.Actual.String(), f.Difference.String()
		out.Expected, out.Actual, out.Difference = &e, &a, &d
	}
	return json.Marshal(out)
}

// Result is the outcome of a validation: every finding, in a stable order
// (the order of the rules, then the order of the cells).
//
// A Result is an error: use [Result.Err] to get it as one only when it holds
// a finding of severity [Error], and errors.As to get it back.
type Result struct {
	// Findings lists every finding.
	Findings []Finding
	// Language is the language the validation was asked for: that of
	// Error and of the JSON's messages.
	Language lang.Lang
	// Format is the format of the report validated, for the labels of its
	// cells.
	Format report.Format
}

// Count returns the number of findings of severity s.
func (r *Result) Count(s Severity) int {
	n := 0
	for i := range r.Findings {
		if r.Findings[i].Severity == s {
			n++
		}
	}
	return n
}

// HasErrors reports whether the result holds a finding of severity [Error].
func (r *Result) HasErrors() bool {
	for i := range r.Findings {
		if r.Findings[i].Severity == Error {
			return true
		}
	}
	return false
}

// Err returns the result as an error when it holds a finding of severity
// [Error], and nil otherwise.
func (r *Result) Err() error {
	if r == nil || !r.HasErrors() {
		return nil
	}
	return r
}

// Error lists the error-severity findings: their number, then each code
// and message.
func (r *Result) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "validate: %d error(s)", r.Count(Error))
	for i := range r.Findings {
		if f := &r.Findings[i]; f.Severity == Error {
			fmt.Fprintf(&b, "; %s: %s", f.Code, f.Message.In(r.Language))
		}
	}
	return b.String()
}

// MarshalJSON encodes the result as an object: the language, the number of
// findings of each severity and the findings.
func (r *Result) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	findings := r.Findings
	if findings == nil {
		findings = []Finding{}
	}
	list, err := json.Marshal(findings)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(&b, `{"language":%q,"format":%q,"errors":%d,"warnings":%d,"infos":%d,"findings":`,
		r.Language.Tag(), r.Format.String(), r.Count(Error), r.Count(Warning), r.Count(Info))
	b.Write(list)
	b.WriteByte('}')
	return b.Bytes(), nil
}
