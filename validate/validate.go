package validate

import (
	"slices"
	"strings"
	"sync"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// Options adjust a validation. The zero Options runs every built-in rule
// with messages in Chinese.
type Options struct {
	// Previous is last year's report of the same body, for the cross-year
	// rules; without it they are skipped.
	Previous *report.Report
	// Language is the language of the messages when they are printed as one
	// string (Finding.String, the JSON of a Result); the zero Lang is
	// Chinese. Every finding carries its message in both languages.
	Language lang.Lang
	// Disable lists the codes of rules not to run.
	Disable []string
	// Rules replaces the built-in rules when not nil: a rule set built from
	// scratch.
	Rules []Rule
	// Extra adds rules to the set, after the built-in ones (or Rules).
	Extra []Rule
	// BlankAsZero reads blank and "/" cells as 0 instead of making the
	// rules that read them not assessable: a lenient mode for reports that
	// leave zeros blank.
	BlankAsZero bool
}

// Validate checks r with the built-in rules, or the rules opts names, and
// returns every finding. It never fails and never panics: a nil or empty
// report gives findings like any other.
func Validate(r *report.Report, opts Options) *Result {
	if r == nil {
		r = &report.Report{}
	}
	res := &Result{Language: opts.Language, Format: r.Format}
	ctx := contexts.Get().(*Context)
	*ctx = Context{report: r, previous: opts.Previous, blankAsZero: opts.BlankAsZero, language: opts.Language, result: res}
	rules := opts.Rules
	if rules == nil {
		rules = builtin()
	}
	for _, set := range [2][]Rule{rules, opts.Extra} {
		for _, rule := range set {
			if rule == nil {
				continue
			}
			info := rule.Info()
			if !info.AppliesTo(r.Format) || slices.Contains(opts.Disable, info.Code) {
				continue
			}
			if info.CrossYear && opts.Previous == nil {
				continue
			}
			ctx.rule = info
			rule.Check(ctx)
		}
	}
	*ctx = Context{}
	contexts.Put(ctx)
	res.Findings = groupNotAssessable(res.Findings)
	for i := range res.Findings {
		f := &res.Findings[i]
		if !f.msg.text.IsZero() {
			f.Message = lang.Text{Zh: f.msg.render(lang.Chinese, r.Format), En: f.msg.render(lang.English, r.Format)}
			f.msg = localMessage{}
		}
		f.language = res.Language
	}
	return res
}

// contexts holds the contexts of validations done, for the next ones: a
// context is large (the figures of the prose are found into a buffer of
// its own), so a validation reuses one rather than allocating it.
var contexts = sync.Pool{New: func() any { return new(Context) }}

// Builtin returns the built-in rules, in the order they run. The slice is
// new on each call; the rules in it are shared and never change.
func Builtin() []Rule { return slices.Clone(builtin()) }

// Catalogue describes the built-in rules, in the order they run.
func Catalogue() []RuleInfo { return Describe(builtin()) }

// Describe returns the description of each rule.
func Describe(rules []Rule) []RuleInfo {
	out := make([]RuleInfo, 0, len(rules))
	for _, r := range rules {
		if r != nil {
			out = append(out, r.Info())
		}
	}
	return out
}

// groupNotAssessable merges the built-in "not assessable" findings of one
// rule on one table into one, at the place of the first, naming every
// blank cell once: a report with blank cells gives a few lines, not forty.
func groupNotAssessable(findings []Finding) []Finding {
	type key struct{ code, table string }
	var first map[key]int // made at the first not-assessable finding
	out := findings[:0]
	for _, f := range findings {
		if !f.NotAssessable || f.msg.text != msgNotAssessable || len(f.Paths) == 0 {
			out = append(out, f)
			continue
		}
		if first == nil {
			first = map[key]int{}
		}
		k := key{f.Code, tableOf(f.Paths[0])}
		i, ok := first[k]
		if !ok {
			first[k] = len(out)
			f.Paths = slices.Clone(f.Paths)
			f.msg.args = slices.Clone(f.msg.args)
			out = append(out, f)
			continue
		}
		g := &out[i]
		for _, p := range f.Paths {
			if !slices.Contains(g.Paths, p) {
				g.Paths = append(g.Paths, p)
			}
		}
		g.msg.args[len(g.msg.args)-1] = g.Paths
	}
	return out
}

// tableOf returns the table part of a path: "table3" of
// "table3.received.total", "previous.table3" of a cell of last year's.
func tableOf(p report.Path) string {
	s := string(p)
	prefix := ""
	if rest, ok := strings.CutPrefix(s, previousPrefix); ok {
		prefix, s = previousPrefix, rest
	}
	if i := strings.IndexByte(s, '.'); i >= 0 {
		s = s[:i]
	}
	return prefix + s
}
