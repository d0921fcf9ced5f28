package validate

import (
	"errors"
	"fmt"
	"strings"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// Scope says over which cells a sum rule runs. In every scope but
// ScopeCells, the "*" in a term's cell path stands for each key of the
// scope in turn, and the identity must hold for each.
type Scope uint8

// The scopes of a sum rule.
const (
	// ScopeCells: the terms name single cells; the identity holds once.
	ScopeCells Scope = iota
	// ScopeColumns: "*" is each column (applicant) of table 三, 总计
	// included: "table3.received.*".
	ScopeColumns
	// ScopeRows: "*" is each row of table 三 that the format prints:
	// "table3.*.total".
	ScopeRows
	// ScopeBlocks: "*" is each block (proceeding) of table 四:
	// "table4.*.total".
	ScopeBlocks
	// ScopeTable2Rows: "*" is each row of table 二: "table2.*.in_force".
	ScopeTable2Rows
)

var scopeText = [...]lang.Text{
	ScopeCells:      {Zh: "单个单元格", En: "single cells"},
	ScopeColumns:    {Zh: "表三每一列", En: "every column of table 3"},
	ScopeRows:       {Zh: "表三每一行", En: "every row of table 3"},
	ScopeBlocks:     {Zh: "表四每一组", En: "every block of table 4"},
	ScopeTable2Rows: {Zh: "表二每一行", En: "every row of table 2"},
}

// Text describes the scope in Chinese and English.
func (s Scope) Text() lang.Text {
	if int(s) >= len(scopeText) {
		return lang.Text{Zh: "未知范围", En: "unknown scope"}
	}
	return scopeText[s]
}

// keys returns the keys "*" stands for in the scope.
func (s Scope) keys() []string {
	var keys []string
	switch s {
	case ScopeCells:
		keys = []string{""}
	case ScopeColumns:
		for _, a := range report.Applicants() {
			keys = append(keys, a.Key())
		}
	case ScopeRows:
		for r := range report.Table3Row(report.NumTable3Rows) {
			keys = append(keys, r.Key())
		}
	case ScopeBlocks:
		for _, p := range report.Proceedings() {
			keys = append(keys, p.Key())
		}
	case ScopeTable2Rows:
		for r := range report.Table2Row(report.NumTable2Rows) {
			keys = append(keys, r.Key())
		}
	}
	return keys
}

// Term is one weighted cell of a sum.
type Term struct {
	// Cell is the cell's path; a "*" in it stands for each key of the
	// sum's scope.
	Cell report.Path
	// Weight multiplies the cell; 0 is read as 1.
	Weight int64
	// Previous takes the cell from last year's report.
	Previous bool
	// Optional drops the term where the report's format has no such cell
	// (such as the rows of （六）其他处理, which differ between formats).
	// Without it, an instance of the scope whose cell does not exist is
	// skipped as a whole.
	Optional bool
}

// weight returns the term's weight, 0 read as 1.
func (t Term) weight() int64 {
	if t.Weight == 0 {
		return 1
	}
	return t.Weight
}

// Sum is the identity of a sum rule: in every instance of Scope, the
// weighted sum of the Total cells equals the weighted sum of the Items
// cells. A finding gives the sum of the items as expected and the sum of
// the total as actual.
type Sum struct {
	Scope Scope  // where the identity holds: each column, each row, a block
	Total []Term // the cells that hold the total, weighted
	Items []Term // the cells that add up to it, weighted
	// Derive reads a blank cell of tables 三 and 四 that the report's own
	// figures fix as fixed: a blank 总计 whose parts are all numbers as
	// their sum, a blank part of a total its other parts already make as
	// 0. A finding names the cells so derived.
	Derive bool
}

// String writes the identity as a formula over cell paths, such as
// "table4.*.total = table4.*.upheld + table4.*.corrected + …".
func (s *Sum) String() string {
	var b strings.Builder
	side := func(terms []Term) {
		for i, t := range terms {
			w := t.weight()
			switch {
			case i == 0 && w == 1:
			case i == 0 && w == -1:
				b.WriteString("−")
			case w == 1:
				b.WriteString(" + ")
			case w == -1:
				b.WriteString(" − ")
			case w < 0:
				fmt.Fprintf(&b, " − %d×", -w)
			default:
				fmt.Fprintf(&b, " + %d×", w)
			}
			if t.Previous {
				b.WriteString(previousPrefix)
			}
			b.WriteString(string(t.Cell))
			if t.Optional {
				b.WriteString("?")
			}
		}
	}
	side(s.Total)
	b.WriteString(" = ")
	side(s.Items)
	return b.String()
}

// ErrBadSum is returned (wrapped) by [NewSumRule] for a sum that names no
// cell or a cell that holds money, or weighs a term by more than MaxWeight.
var ErrBadSum = errors.New("bad sum rule")

// MaxWeight is the largest magnitude of a term's weight: with counts of at
// most report.MaxCount, every weighted sum then stays exact in an int64.
const MaxWeight = 1 << 12

// NewSumRule returns a rule that checks the sum info.Sum. It fails when the
// sum has no total, names an amount cell, weighs a term by more than
// MaxWeight, or names no cell in any format the rule applies to.
func NewSumRule(info RuleInfo) (Rule, error) {
	s := info.Sum
	if s == nil || len(s.Total) == 0 {
		return nil, fmt.Errorf("%s: %w: no total", info.Code, ErrBadSum)
	}
	r := &sumRule{info: info}
	if r.info.Needs.IsZero() {
		r.info.Needs = lang.Text{Zh: "公式中的每个单元格为数字", En: "every cell of the formula is a number"}
		if s.Derive {
			r.info.Needs = lang.Text{Zh: "公式中的每个单元格为数字，或由表中各项推算得出（空白总计的各项全为数字；空白项所在总计已由其余各项凑足，即为 0）",
				En: "every cell of the formula is a number, or derived from the table (a blank total whose parts are all numbers; a blank part of a total the other parts already make, which is 0)"}
		}
	}
	for _, t := range append(append([]Term(nil), s.Total...), s.Items...) {
		if t.Weight > MaxWeight || t.Weight < -MaxWeight {
			return nil, fmt.Errorf("%s: %w: %s weighs %d (at most %d in magnitude)", info.Code, ErrBadSum, t.Cell, t.Weight, MaxWeight)
		}
		r.crossYear = r.crossYear || t.Previous
	}
	r.info.CrossYear = r.info.CrossYear || r.crossYear
	found := false
	for _, f := range report.Formats() {
		if !r.info.AppliesTo(f) {
			continue
		}
		for _, pf := range []report.Format{report.FormatUnknown, report.Format2019, report.Format2021} {
			if r.crossYear != pf.Valid() {
				continue
			}
			instances, err := compileSum(s, f, pf, false)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", info.Code, err)
			}
			r.compiled[f][pf] = instances
			found = found || len(instances) > 0
			if f == report.Format2021 {
				if r.combined[pf], err = compileSum(s, f, pf, true); err != nil {
					return nil, fmt.Errorf("%s: %w", info.Code, err)
				}
			}
		}
	}
	if !found {
		return nil, fmt.Errorf("%s: %w: names no cell of its formats", info.Code, ErrBadSum)
	}
	return r, nil
}

// sumRule checks a Sum, compiled for each pair of formats (this year's,
// last year's) into the cells of each instance of its scope.
type sumRule struct {
	info      RuleInfo
	crossYear bool
	compiled  [3][3][]instance
	// combined is compiled for a 2021 table 三 that prints （六）其他处理
	// as one row (report.Table3.CombinedOtherHandling), by last year's
	// format.
	combined [3][]instance
}

// instance is one instance of a sum's scope: its cells, totals first.
type instance struct {
	refs []ref
	// table is the table (2, 3 or 4) of every cell when they are all of
	// this year's report in one table and weigh at most ±127, else 0; near
	// holds the places and signed weights of its cells then.
	table uint8
	near  []nearRef
}

// nearRef is a cell of an instance whose cells are all in one table: its
// place, and its weight, negative for an item.
type nearRef struct {
	i, j   uint8
	signed int8
}

// holds reports whether the identity holds in r with every cell of the
// instance a number from 0 to smallCounts − 1 (within report.MaxCount): the
// common case, read straight from the table of an instance whose cells are
// all in one table of this year's report. Any other case is left to
// checkInstance.
func (in *instance) holds(r *report.Report) bool {
	var diff int64 // total − items, as checkInstance sums them
	var all uint64 // every cell's bits: blank, "/" and negatives set the top one
	switch in.table {
	case 2:
		t := &r.Table2.Counts
		for _, x := range in.near {
			n := int64(t[x.i][x.j])
			all |= uint64(n)
			diff += int64(x.signed) * n
		}
	case 3:
		t := &r.Table3.Rows
		for _, x := range in.near {
			n := int64(t[x.i][x.j])
			all |= uint64(n)
			diff += int64(x.signed) * n
		}
	case 4:
		t := &r.Table4.Blocks
		for _, x := range in.near {
			n := int64(t[x.i][x.j])
			all |= uint64(n)
			diff += int64(x.signed) * n
		}
	default:
		return false
	}
	return all < smallCounts && diff == 0
}

// ref is one cell of an instance, with its place in the tables.
type ref struct {
	weight   int64
	signed   int64 // weight for a total, -weight for an item
	table    uint8 // 2, 3 or 4
	i, j     uint8
	total    bool
	previous bool
	// at is the cell's path (see makePath), made once for the findings.
	at report.Path
}

// path returns the path of the cell, prefixed with "previous." for a cell
// of last year's report.
func (x *ref) path() report.Path { return x.at }

// makePath makes the path of the cell from its place (see path).
func (x *ref) makePath() report.Path {
	var p report.Path
	switch x.table {
	case 2:
		p = report.Table2Path(report.Table2Row(x.i), report.Table2Column(x.j))
	case 3:
		p = report.Table3Path(report.Table3Row(x.i), report.Applicant(x.j))
	default:
		p = report.Table4Path(report.Proceeding(x.i), report.Table4Column(x.j))
	}
	if x.previous {
		return previousPrefix + p
	}
	return p
}

// compileSum resolves the terms of s for each key of its scope in format f
// (and pf for last year's cells). With combined, this year's table 三 is
// one that prints （六）其他处理 as one row: that row's cells are found, the
// three rows it stands for are not.
func compileSum(s *Sum, f, pf report.Format, combined bool) ([]instance, error) {
	var out []instance
keys:
	for _, key := range s.Scope.keys() {
		var in instance
		for k, t := range append(append([]Term(nil), s.Total...), s.Items...) {
			format := f
			if t.Previous {
				format = pf
			}
			p := report.Path(strings.ReplaceAll(string(t.Cell), "*", key))
			cell, ok := lookupCell(format, p, combined && !t.Previous)
			if !ok {
				if t.Optional {
					continue
				}
				continue keys
			}
			x := ref{table: uint8(cell.Table), total: k < len(s.Total), previous: t.Previous, weight: t.weight()}
			x.signed = x.weight
			if !x.total {
				x.signed = -x.weight
			}
			switch cell.Table {
			case 2:
				x.i, x.j = uint8(cell.Table2Row), uint8(cell.Table2Column)
			case 3:
				x.i, x.j = uint8(cell.Table3Row), uint8(cell.Applicant)
			case 4:
				x.i, x.j = uint8(cell.Proceeding), uint8(cell.Table4Column)
			}
			if cell.Kind == report.KindAmount || cell.Table == 6 {
				return nil, fmt.Errorf("%w: %s is not a cell of tables 二, 三 or 四 holding a count", ErrBadSum, p)
			}
			x.at = x.makePath()
			in.refs = append(in.refs, x)
		}
		for k, x := range in.refs {
			if k == 0 {
				in.table = x.table
			}
			if x.previous || x.table != in.table || x.signed < -127 || x.signed > 127 {
				in.table, in.near = 0, nil
				break
			}
			in.near = append(in.near, nearRef{i: x.i, j: x.j, signed: int8(x.signed)})
		}
		out = append(out, in)
	}
	return out, nil
}

// lookupCell finds a cell of format f; with combined, in a table 三 that
// prints （六）其他处理 as one row in place of the three rows of f.
func lookupCell(f report.Format, p report.Path, combined bool) (report.Cell, bool) {
	cell, ok := report.LookupCell(f, p)
	if !combined {
		return cell, ok
	}
	if ok && cell.Table == 3 {
		if g, _ := cell.Table3Row.Outcome(); g == report.OtherHandling {
			return report.Cell{}, false
		}
	}
	if c, found := report.LookupCell(report.Format2019, p); !ok && found && report.IsCombinedCell(f, c) {
		return c, true
	}
	return cell, ok
}

// strip returns the path of x's cell in its own report, without the
// "previous." prefix.
func strip(x *ref) report.Path {
	p := x.path()
	if x.previous {
		return p[len(previousPrefix):]
	}
	return p
}

// count reads the cell of x from r. Its place came from a cell of the
// report's catalogue, so it is within the table.
func (x *ref) count(r *report.Report) report.Count {
	switch x.table {
	case 2:
		return r.Table2.Counts[x.i][x.j]
	case 3:
		return r.Table3.Rows[x.i][x.j]
	default:
		return r.Table4.Blocks[x.i][x.j]
	}
}

func (r *sumRule) Info() RuleInfo { return r.info }

func (r *sumRule) Check(ctx *Context) {
	f, pf := ctx.report.Format, report.FormatUnknown
	if !f.Valid() {
		return
	}
	if r.crossYear {
		if ctx.previous == nil || !ctx.previous.Format.Valid() {
			return
		}
		pf = ctx.previous.Format
	}
	src := [2]*report.Report{ctx.report, ctx.previous}
	var derived [2]*derivation
	if r.info.Sum.Derive {
		derived[0] = ctx.derived(false)
		src[0] = derived[0].report
		if r.crossYear {
			derived[1] = ctx.derived(true)
			src[1] = derived[1].report
		}
	}
	instances := r.compiled[f][pf]
	if ctx.report.Table3.CombinedOtherHandling(f) {
		instances = r.combined[pf]
	}
	for k := range instances {
		if in := &instances[k]; in.table == 0 || !in.holds(src[0]) {
			r.checkInstance(ctx, in, src, derived)
		}
	}
}

// checkInstance checks one instance of the sum.
// src holds this year's and last year's reports (derived when the sum
// says so), derived their derivations or nil.
func (r *sumRule) checkInstance(ctx *Context, in *instance, src [2]*report.Report, derived [2]*derivation) {
	from := func(x *ref) *report.Report {
		if x.previous {
			return src[1]
		}
		return src[0]
	}
	var total, items int64
	assessable, inRange := true, true
	for k := range in.refs {
		x := &in.refs[k]
		n := int64(x.count(from(x)))
		if n > report.MaxCount || n < -report.MaxCount {
			// blank, "/", or out of range (which the range rules report; a
			// sum would overflow)
			var ok bool
			if n, ok = ctx.Number(report.Count(n)); !ok {
				assessable = false
				continue
			}
			inRange = inRange && n >= -report.MaxCount && n <= report.MaxCount
		}
		if x.total {
			total += x.weight * n
		} else {
			items += x.weight * n
		}
	}
	switch {
	case !assessable:
		var blank []report.Path
		for k := range in.refs {
			x := &in.refs[k]
			if _, ok := ctx.Number(x.count(from(x))); !ok {
				blank = append(blank, x.path())
			}
		}
		ctx.NotAssessable(blank...)
	case inRange && total != items:
		f := Finding{Paths: make([]report.Path, len(in.refs))}
		totals := 0 // the totals come first
		for k := range in.refs {
			f.Paths[k] = in.refs[k].path()
			if in.refs[k].total {
				totals = k + 1
			}
		}
		f.compared(items, total)
		f.msg = localMessage{text: msgSum, args: []arg{textArg(r.info.Description), cellsArg(f.Paths[:totals:totals]), numArg(items), numArg(total), numArg(total - items)}}
		for k := range in.refs {
			x := &in.refs[k]
			d := derived[0]
			if x.previous {
				d = derived[1]
			}
			if d != nil && d.derived[strip(x)] {
				f.msg.derived = append(f.msg.derived, f.Paths[k])
			}
		}
		ctx.Add(f)
	}
}
