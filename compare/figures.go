package compare

import (
	"strings"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/shopspring/decimal"
)

// RatioPlaces is the number of decimal places a derived figure is rounded
// to (half away from zero), as a fraction: 0.3913 is 39.13%.
const RatioPlaces = 4

// Figure is a figure derived from a report's cells: a ratio of sums of
// cells, each defined once here. Every figure uses the 总计 column of
// table 三 unless it says otherwise.
type Figure uint8

const (
	// DisclosureRate is (（一）予以公开 + （二）部分公开) ÷ （七）总计: the share
	// of the requests concluded this year that were disclosed in whole or in
	// part.
	DisclosureRate Figure = iota
	// ShareDisclosed to ShareOtherHandling are the share of each outcome
	// group of table 三 in （七）总计: the sum of the group's rows (its reasons
	// for （三） to （六）) ÷ （七）总计.
	ShareDisclosed
	// SharePartiallyDisclosed is the share of （二）部分公开.
	SharePartiallyDisclosed
	// ShareWithheld is the share of （三）不予公开.
	ShareWithheld
	// ShareCannotProvide is the share of （四）无法提供.
	ShareCannotProvide
	// ShareNotProcessed is the share of （五）不予处理.
	ShareNotProcessed
	// ShareOtherHandling is the share of （六）其他处理.
	ShareOtherHandling
	// ReconsiderationCorrectionRate is 行政复议 结果纠正 ÷ (总计 − 尚未审结):
	// the share of the concluded reconsideration cases whose result was
	// corrected.
	ReconsiderationCorrectionRate
	// LitigationCorrectionRate is the same for 行政诉讼, both blocks
	// together: (结果纠正 of 未经复议直接起诉 + of 复议后起诉) ÷ (总计 − 尚未审结
	// of both blocks).
	LitigationCorrectionRate
	// ShareNaturalPerson to ShareOtherOrganisation are the share of the
	// requests received this year (一、本年新收) from each applicant category:
	// the category's cell ÷ the row's 总计.
	ShareNaturalPerson
	// ShareCommercialEnterprise is the share of 商业企业.
	ShareCommercialEnterprise
	// ShareResearchInstitution is the share of 科研机构.
	ShareResearchInstitution
	// SharePublicInterestOrganisation is the share of 社会公益组织.
	SharePublicInterestOrganisation
	// ShareLegalServiceInstitution is the share of 法律服务机构.
	ShareLegalServiceInstitution
	// ShareOtherOrganisation is the share of 其他 organisations.
	ShareOtherOrganisation
	// NumFigures is the number of derived figures.
	NumFigures = 15
)

// Figures lists the derived figures in the order comparisons print them.
func Figures() []Figure {
	fs := make([]Figure, NumFigures)
	for i := range fs {
		fs[i] = Figure(i)
	}
	return fs
}

// outcomeOf gives the outcome group of each share figure.
var outcomeOf = map[Figure]report.Outcome{
	ShareDisclosed: report.Disclosed, SharePartiallyDisclosed: report.PartiallyDisclosed,
	ShareWithheld: report.Withheld, ShareCannotProvide: report.CannotProvide,
	ShareNotProcessed: report.NotProcessed, ShareOtherHandling: report.OtherHandling,
}

// applicantOf gives the applicant category of each share of requests.
var applicantOf = map[Figure]report.Applicant{
	ShareNaturalPerson: report.NaturalPerson, ShareCommercialEnterprise: report.CommercialEnterprise,
	ShareResearchInstitution: report.ResearchInstitution, SharePublicInterestOrganisation: report.PublicInterestOrganisation,
	ShareLegalServiceInstitution: report.LegalServiceInstitution, ShareOtherOrganisation: report.OtherOrganisation,
}

// terms are the cells of a figure's ratio in format f: numerator ÷
// (base − minus).
type terms struct {
	numerator, base, minus []report.Path
}

// termsOf is the one definition of every figure.
func termsOf(fig Figure, f report.Format) terms {
	total := func(rows ...report.Table3Row) []report.Path {
		var ps []report.Path
		for _, r := range rows {
			ps = append(ps, report.Table3Path(r, report.ApplicantTotal))
		}
		return ps
	}
	concluded := total(report.RowConcluded)
	switch fig {
	case DisclosureRate:
		return terms{numerator: total(report.RowDisclosed, report.RowPartiallyDisclosed), base: concluded}
	case ReconsiderationCorrectionRate:
		p := report.Reconsideration
		return terms{
			numerator: []report.Path{report.Table4Path(p, report.Corrected)},
			base:      []report.Path{report.Table4Path(p, report.Table4Total)},
			minus:     []report.Path{report.Table4Path(p, report.Pending)},
		}
	case LitigationCorrectionRate:
		var t terms
		for _, p := range []report.Proceeding{report.SuedDirectly, report.SuedAfterReconsideration} {
			t.numerator = append(t.numerator, report.Table4Path(p, report.Corrected))
			t.base = append(t.base, report.Table4Path(p, report.Table4Total))
			t.minus = append(t.minus, report.Table4Path(p, report.Pending))
		}
		return t
	}
	if o, ok := outcomeOf[fig]; ok {
		return terms{numerator: total(o.Rows(f)...), base: concluded}
	}
	if a, ok := applicantOf[fig]; ok {
		return terms{
			numerator: []report.Path{report.Table3Path(report.RowReceived, a)},
			base:      total(report.RowReceived),
		}
	}
	return terms{}
}

// Key returns the figure's name in JSON and CSV, such as "disclosure_rate".
func (fig Figure) Key() string {
	switch fig {
	case DisclosureRate:
		return "disclosure_rate"
	case ReconsiderationCorrectionRate:
		return "correction_rate_" + report.Reconsideration.Key()
	case LitigationCorrectionRate:
		return "correction_rate_litigation"
	}
	if o, ok := outcomeOf[fig]; ok {
		return "share_" + o.Key()
	}
	if a, ok := applicantOf[fig]; ok {
		return "requests_share_" + a.Key()
	}
	return ""
}

// Label returns the figure's name in language l, made of the official
// labels it is computed from.
func (fig Figure) Label(l lang.Lang) string {
	switch fig {
	case DisclosureRate:
		return lang.Text{Zh: "公开率", En: "disclosure rate"}.In(l)
	case ReconsiderationCorrectionRate:
		return lang.Text{
			Zh: report.Reconsideration.Label() + report.Corrected.Label() + "率",
			En: report.Reconsideration.English() + ": correction rate",
		}.In(l)
	case LitigationCorrectionRate:
		return lang.Text{
			Zh: report.LabelLitigation + report.Corrected.Label() + "率",
			En: report.EnglishLitigation + ": correction rate",
		}.In(l)
	}
	if o, ok := outcomeOf[fig]; ok {
		return lang.Text{Zh: o.Label() + "占比", En: "share " + o.English()}.In(l)
	}
	if a, ok := applicantOf[fig]; ok {
		zh, en := a.Label(), a.English()
		if a.IsOrganisation() {
			zh, en = report.LabelLegalPersons+"·"+zh, report.EnglishLegalPersons+": "+en
		}
		return lang.Text{Zh: "新收申请中" + zh + "占比", En: "share of requests from " + en}.In(l)
	}
	return ""
}

// Definition returns how the figure is computed in format f, in language l,
// with the cells' full labels: "A + B ÷ (C − D)" written out.
func (fig Figure) Definition(f report.Format, l lang.Lang) string {
	t := termsOf(fig, f)
	names := func(ps []report.Path) string {
		var s []string
		for _, p := range ps {
			c, ok := report.LookupCell(f, p)
			if !ok {
				continue
			}
			s = append(s, cellLabel(&c, f, l))
		}
		if len(s) == 1 {
			return s[0]
		}
		return "(" + strings.Join(s, " + ") + ")"
	}
	base := names(t.base)
	if len(t.minus) > 0 {
		base = "(" + base + " − " + names(t.minus) + ")"
	}
	return names(t.numerator) + " ÷ " + base
}

// FigureValue is a derived figure of one report.
type FigureValue struct {
	// Figure is the figure.
	Figure Figure
	// OK is true when the figure could be computed.
	OK bool
	// Value is the figure as a fraction rounded to RatioPlaces places, when
	// OK.
	Value decimal.Decimal
	// Numerator and Base are the two sums the ratio divides (the base after
	// its subtraction), when every cell they need is a number.
	Numerator, Base int64
	// Missing names the cells the figure needs that are blank or "/" (or
	// that the report's format lacks); empty when it has them all.
	Missing []report.Path
	// ZeroBase is true when the cells are all there but the base is 0.
	ZeroBase bool
}

// Percent returns the figure as a percentage with two decimals, "39.13%",
// or "" when it is not computable.
func (v FigureValue) Percent() string {
	if !v.OK {
		return ""
	}
	return percent(v.Value, false)
}

// Compute works out every derived figure of a report, in the order of
// [Figures]. A nil report, or one of no known format, gives figures that
// are all not computable.
func Compute(r *report.Report) []FigureValue {
	out := make([]FigureValue, NumFigures)
	for i := range out {
		out[i] = computeFigure(r, Figure(i))
	}
	return out
}

func computeFigure(r *report.Report, fig Figure) FigureValue {
	v := FigureValue{Figure: fig}
	if r == nil || !r.Format.Valid() {
		return v
	}
	t := termsOf(fig, r.Format)
	sum := func(ps []report.Path) int64 {
		var s int64
		for _, p := range ps {
			val, err := r.Lookup(p)
			if err != nil || val.Kind == report.KindAmount {
				v.Missing = append(v.Missing, p)
				continue
			}
			n, ok := val.Count.Number()
			if !ok {
				v.Missing = append(v.Missing, p)
			}
			s += n
		}
		return s
	}
	num := sum(t.numerator)
	base := sum(t.base) - sum(t.minus)
	if len(v.Missing) > 0 {
		return v
	}
	v.Numerator, v.Base = num, base
	if base == 0 {
		v.ZeroBase = true
		return v
	}
	v.Value = decimal.NewFromInt(num).DivRound(decimal.NewFromInt(base), RatioPlaces)
	v.OK = true
	return v
}

// FigureChange is a derived figure in two reports.
type FigureChange struct {
	// Figure is the figure.
	Figure Figure
	// Prev and Cur are its values in the earlier and the later report.
	Prev, Cur FigureValue
	// Status says how it changed; NotComparable (ReasonNotComputable) when
	// either side is not computable.
	Status Status
	// Reason is ReasonNotComputable for a figure NotComparable.
	Reason Reason
	// Change is Cur − Prev, as a fraction (0.0125 is 1.25 percentage
	// points), when comparable.
	Change decimal.Decimal
}

func compareFigures(p, c FigureValue) FigureChange {
	fc := FigureChange{Figure: p.Figure, Prev: p, Cur: c}
	if !p.OK || !c.OK {
		fc.Status, fc.Reason = NotComparable, ReasonNotComputable
		return fc
	}
	fc.Change = c.Value.Sub(p.Value)
	fc.Status = statusOf(fc.Change)
	return fc
}
