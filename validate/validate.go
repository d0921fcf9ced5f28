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
	return ValidateInto(nil, r, opts)
}

// ValidateInto is [Validate] writing into dst, which it empties first, and
// returns dst; with a nil dst it returns a new Result, as Validate does. A
// caller that validates many reports in turn reuses one Result, and a clean
// report checked by the built-in rules (Options.Rules nil) then costs no
// allocation at all. What dst held is overwritten: copy the findings to
// keep before reusing it, and note that an error from [Result.Err] is dst
// itself, so it too changes with the next validation into dst.
func ValidateInto(dst *Result, r *report.Report, opts Options) *Result {
	if r == nil {
		r = &report.Report{}
	}
	if dst == nil {
		dst = new(Result)
	}
	clear(dst.Findings[:cap(dst.Findings)]) // keeps no old finding's cells alive
	*dst = Result{Findings: dst.Findings[:0], Language: opts.Language, Format: r.Format}
	ctx := contexts.Get().(*Context) // zero: cleared before it was put back
	ctx.report, ctx.previous, ctx.result = r, opts.Previous, dst
	ctx.blankAsZero, ctx.language = opts.BlankAsZero, opts.Language
	if opts.Rules == nil {
		rules := builtinRules()
		for i := range rules {
			ctx.run(&rules[i], &opts)
		}
	} else {
		ctx.runEach(opts.Rules, &opts)
	}
	ctx.runEach(opts.Extra, &opts)
	*ctx = Context{} // keeps no report alive in the pool
	contexts.Put(ctx)
	dst.Findings = groupNotAssessable(dst.Findings)
	var scratch [512]byte
	buf := scratch[:0]
	for i := range dst.Findings {
		f := &dst.Findings[i]
		if !f.msg.text.IsZero() {
			// both languages in one string: one allocation
			buf = f.msg.appendTo(buf[:0], lang.Chinese, r.Format)
			zh := len(buf)
			buf = f.msg.appendTo(buf, lang.English, r.Format)
			both := string(buf)
			f.Message = lang.Text{Zh: both[:zh], En: both[zh:]}
			f.msg = localMessage{}
		}
		f.language = dst.Language
	}
	return dst
}

// describedRule is a rule with its description, asked of it once.
type describedRule struct {
	rule Rule
	info RuleInfo
}

// builtinRules returns the built-in rules with their descriptions, made
// once.
var builtinRules = sync.OnceValue(func() []describedRule {
	var out []describedRule
	for _, rule := range builtin() {
		out = append(out, describedRule{rule, rule.Info()})
	}
	return out
})

// runEach runs those of rules that apply (nil rules are skipped).
func (c *Context) runEach(rules []Rule, opts *Options) {
	for _, rule := range rules {
		if rule != nil {
			d := describedRule{rule, rule.Info()}
			c.run(&d, opts)
		}
	}
}

// run runs the rule d unless it does not apply to the report's format, is
// disabled, or compares years and no previous report is given.
func (c *Context) run(d *describedRule, opts *Options) {
	info := &d.info
	if !info.AppliesTo(c.report.Format) || slices.Contains(opts.Disable, info.Code) {
		return
	}
	if info.CrossYear && opts.Previous == nil {
		return
	}
	c.rule = *info
	d.rule.Check(c)
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
		g.msg.args[len(g.msg.args)-1] = cellsArg(g.Paths)
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
