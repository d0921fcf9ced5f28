package report

import (
	"fmt"
	"strings"
)

// Scope says what a report covers: the work of one body (a department's
// report) or that of a government as a whole (本级政府 report, often compiled
// from the reports of every body under it). Rules that depend on it, such as
// the deadline of 条例第四十九条, are assessed only when it is known.
type Scope uint8

// The scopes of a report.
const (
	// ScopeUnknown: the report does not say.
	ScopeUnknown Scope = iota
	// ScopeDepartment: the report of one body (部门): a bureau, a
	// commission, the general office of a government, a township.
	ScopeDepartment
	// ScopeAggregate: a government's own report (本级政府报告), due by 3月31日,
	// usually compiled (汇总) from all its bodies.
	ScopeAggregate
)

var scopeNames = [...]enumName{
	ScopeUnknown:    {"", "未知", "unknown"},
	ScopeDepartment: {"department", "部门报告", "department report"},
	ScopeAggregate:  {"aggregate", "本级政府报告", "aggregate report"},
}

// enumName names a value of an enumeration: its JSON key, its Chinese and
// its English name.
type enumName struct{ key, zh, en string }

// keyIndex returns the index of the entry of names whose key is b.
func keyIndex(names []enumName, b []byte) (int, bool) {
	for i, n := range names {
		if n.key == string(b) {
			return i, true
		}
	}
	return 0, false
}

// Scopes lists the known scopes, for a schema or a form: ScopeDepartment
// and ScopeAggregate (ScopeUnknown is the empty key).
func Scopes() []Scope { return []Scope{ScopeDepartment, ScopeAggregate} }

// Key returns the scope's JSON name: "department", "aggregate", or "" when
// unknown.
func (s Scope) Key() string { return scopeNames[s.index()].key }

// Label returns the scope's Chinese name.
func (s Scope) Label() string { return scopeNames[s.index()].zh }

// English returns the scope's English name.
func (s Scope) English() string { return scopeNames[s.index()].en }

// String returns the scope's key, or "unknown".
func (s Scope) String() string { return scopeNames[s.index()].en }

func (s Scope) index() int { return indexIn(int(s), len(scopeNames)) }

// MarshalText encodes the scope as its Key.
func (s Scope) MarshalText() ([]byte, error) { return []byte(s.Key()), nil }

// UnmarshalText decodes a Key: "department", "aggregate" or "".
func (s *Scope) UnmarshalText(b []byte) error {
	i, ok := keyIndex(scopeNames[:], b)
	if !ok {
		return fmt.Errorf("%w: unknown scope %q (want \"department\" or \"aggregate\")", ErrWrongType, b)
	}
	*s = Scope(i)
	return nil
}

// Level is the administrative level of a reporting body, where it can be
// told: it decides, among other things, whether the body may make 规章.
type Level uint8

// The levels of a body, from the top.
const (
	// LevelUnknown: the name and text do not tell (such as a 实验区, 新区
	// or 开发区, or a 市 that may be of prefecture or county level).
	LevelUnknown Level = iota
	// LevelCentral: a department of the State Council (国务院部门) or the
	// State Council itself.
	LevelCentral
	// LevelProvince: a province, autonomous region or municipality (省级).
	LevelProvince
	// LevelPrefecture: a city divided into districts, an autonomous
	// prefecture, a league (地级).
	LevelPrefecture
	// LevelCounty: a county, a district of a city, a banner (县级).
	LevelCounty
	// LevelTownship: a township, town or sub-district (乡级).
	LevelTownship
)

var levelNames = [...]enumName{
	LevelUnknown:    {"", "未知", "unknown"},
	LevelCentral:    {"central", "国务院部门", "State Council department"},
	LevelProvince:   {"province", "省级", "province"},
	LevelPrefecture: {"prefecture", "地级", "prefecture"},
	LevelCounty:     {"county", "县级", "county"},
	LevelTownship:   {"township", "乡级", "township"},
}

// Levels lists the known levels from the top, for a schema or a form
// (LevelUnknown is the empty key).
func Levels() []Level {
	return []Level{LevelCentral, LevelProvince, LevelPrefecture, LevelCounty, LevelTownship}
}

// Key returns the level's JSON name: "central", "province", "prefecture",
// "county", "township", or "" when unknown.
func (l Level) Key() string { return levelNames[l.index()].key }

// Label returns the level's Chinese name.
func (l Level) Label() string { return levelNames[l.index()].zh }

// English returns the level's English name.
func (l Level) English() string { return levelNames[l.index()].en }

// String returns the level's English name.
func (l Level) String() string { return levelNames[l.index()].en }

func (l Level) index() int { return indexIn(int(l), len(levelNames)) }

// MarshalText encodes the level as its Key.
func (l Level) MarshalText() ([]byte, error) { return []byte(l.Key()), nil }

// UnmarshalText decodes a Key, such as "county", or "".
func (l *Level) UnmarshalText(b []byte) error {
	i, ok := keyIndex(levelNames[:], b)
	if !ok {
		return fmt.Errorf("%w: unknown level %q (want central, province, prefecture, county or township)", ErrWrongType, b)
	}
	*l = Level(i)
	return nil
}

// ReportScope returns the scope of the report: ScopeAggregate when
// Aggregate is set, else Scope.
func (m *Metadata) ReportScope() Scope {
	if m.Aggregate {
		return ScopeAggregate
	}
	return m.Scope
}

// CanMakeRegulations says whether the body of a report with this metadata
// may make 规章 (立法法第九十一、九十三条: 国务院部门, and the people's
// governments of provinces and of 设区的市 and 自治州), and whether that is
// known. A body at county level or below cannot; nor can a department of a
// local government, other than the general office that speaks for the
// government itself (人民政府办公厅/办公室), whose report lists the
// government's 规章.
func (m *Metadata) CanMakeRegulations() (can, known bool) {
	switch m.Level {
	case LevelCounty, LevelTownship:
		return false, true
	case LevelCentral:
		return true, true
	case LevelProvince, LevelPrefecture:
		switch m.ReportScope() {
		case ScopeAggregate:
			return true, true
		case ScopeDepartment:
			return SpeaksForGovernment(m.ReportingBody), true
		}
	}
	return false, false
}

// SpeaksForGovernment reports whether a body's name is that of a people's
// government (or 管委会) or of its general office (办公厅, 办公室), which
// reports for the government itself.
func SpeaksForGovernment(body string) bool {
	body = strings.TrimSpace(body)
	for _, gov := range governmentWords {
		for _, suffix := range []string{"", "办公厅", "办公室"} {
			if strings.HasSuffix(body, gov+suffix) {
				return true
			}
		}
	}
	return false
}

var governmentWords = []string{"人民政府", "政府", "管委会", "管理委员会"}

// departmentSuffixes end the name of a body that is a department, not a
// government.
var departmentSuffixes = []string{"局", "厅", "委员会", "委", "办公室", "办", "部", "署", "院", "中心", "所", "站", "队", "馆", "处", "会", "社", "行"}

// InferScope tells the scope and level of a report from its title, its
// reporting body (or publisher) and its prose. It returns ScopeUnknown and
// LevelUnknown where they cannot be told:
//
//   - A report is a government's (ScopeAggregate) when its text says it was
//     compiled from the bodies under it (汇总…编制), when its title names a
//     government or a place (淮安市人民政府2024年…报告, 平潭综合实验区2022年度…报告),
//     or when its reporting body is a government, 管委会 or a place.
//   - It is a department's (ScopeDepartment) when its reporting body is a
//     bureau, a commission, an office and the like (…局, …委员会, …办公室).
//   - The level comes from the place in the body's name: 国务院…, 国家…,
//     中华人民共和国… are central; 省, 自治区 and the four municipalities are
//     provinces; 县, 旗 and the 区 of a 市 are counties; 乡, 镇 and 街道 are
//     townships; a 市 is a prefecture when the text names the counties or
//     districts under it (各县区, 县（市、区）). A 实验区, 新区 or 开发区 stays
//     unknown.
func InferScope(r *Report) (Scope, Level) {
	m := &r.Metadata
	body := strings.TrimSpace(m.ReportingBody)
	if body == "" {
		body = strings.TrimSpace(m.Publisher)
	}
	compiled := false
	eachProse(r, func(p string) bool {
		if i := strings.Index(p, "汇总"); i >= 0 && (strings.Contains(p[i:], "编制") || strings.Contains(p[i:], "汇总而成")) {
			compiled = true
			return false
		}
		return true
	})
	titleBody := titleHolder(m.Title)
	scope := ScopeUnknown
	switch {
	case compiled:
		scope = ScopeAggregate
	case titleBody != "" && isGovernment(titleBody):
		scope = ScopeAggregate
	case body != "" && isGovernment(body):
		scope = ScopeAggregate
	case body != "" && hasAnySuffix(body, departmentSuffixes):
		scope = ScopeDepartment
	}
	name := body
	if name == "" {
		name = titleBody
	}
	level := levelOf(name)
	if level == LevelUnknown && name != "" && cityOnly(name) {
		counties := false
		eachProse(r, func(p string) bool {
			for _, w := range []string{"各县区", "各区县", "县（市、区）", "县(市、区)", "县（区）", "县区政府", "各县（市）"} {
				if strings.Contains(p, w) {
					counties = true
					return false
				}
			}
			return true
		})
		if counties {
			level = LevelPrefecture
		}
	}
	return scope, level
}

// eachProse calls yield with the title-less prose of r: the preamble and
// the paragraphs of 一、总体情况, until yield returns false.
func eachProse(r *Report, yield func(string) bool) {
	for _, p := range r.Preamble {
		if !yield(p) {
			return
		}
	}
	for p := range r.Overview.AllParagraphs() {
		if !yield(p) {
			return
		}
	}
}

// titleHolder returns the words of a title before its year: the body or
// place whose report it is ("淮安市人民政府" of "淮安市人民政府2024年政府信息公开
// 工作年度报告"), or "" when the title starts with its year or names none.
func titleHolder(title string) string {
	title = strings.Join(strings.Fields(title), "")
	for i, c := range title {
		if c >= '0' && c <= '9' {
			holder := title[:i]
			rest := title[i:]
			if !strings.Contains(rest, "政府信息公开") || !strings.Contains(rest, "报告") {
				return ""
			}
			if j := strings.Index(rest, "年"); j >= 0 {
				// "2019年上海市人民政府办公厅政府信息公开…": the holder follows the year
				after := strings.TrimPrefix(rest[j+len("年"):], "度")
				if k := strings.Index(after, "政府信息公开"); k > 0 && holder == "" {
					return after[:k]
				}
			}
			return holder
		}
	}
	return ""
}

// isGovernment reports whether name is that of a government (人民政府,
// 管委会) or of a place only (平潭综合实验区, 杭州市萧山区), not of one of its
// bodies.
func isGovernment(name string) bool {
	for _, gov := range governmentWords {
		if strings.HasSuffix(name, gov) {
			return true
		}
	}
	if hasAnySuffix(name, departmentSuffixes) {
		return false
	}
	return hasAnySuffix(name, []string{"省", "自治区", "市", "自治州", "州", "盟", "县", "自治县", "旗", "区", "乡", "镇", "街道"})
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// municipalities are the four cities at province level.
var municipalities = []string{"北京市", "上海市", "天津市", "重庆市"}

// notPlaceWords removes the words that hold a place marker without naming a
// place: 自治区 is a province, the others name no place at all.
var notPlaceWords = strings.NewReplacer("自治区", "省", "城乡", "", "乡村", "", "社区", "", "园区", "", "地区", "", "城镇", "", "区域", "", "市场", "", "市政", "", "县域", "")

// levelOf returns the level a body's name tells, or LevelUnknown.
func levelOf(name string) Level {
	if name == "" {
		return LevelUnknown
	}
	for _, p := range []string{"国务院", "国家", "中华人民共和国", "中国"} {
		if strings.HasPrefix(name, p) {
			return LevelCentral
		}
	}
	for _, p := range []string{"实验区", "新区", "开发区", "高新区", "示范区", "试验区", "合作区"} {
		if strings.Contains(name, p) {
			return LevelUnknown
		}
	}
	// the place is what comes before the government or department words
	place := name
	for _, w := range []string{"人民政府", "政府", "管委会", "管理委员会"} {
		if i := strings.Index(place, w); i >= 0 {
			place = place[:i]
			break
		}
	}
	place = notPlaceWords.Replace(place)
	switch {
	case strings.Contains(place, "乡") || strings.Contains(place, "镇") || strings.Contains(place, "街道") || strings.Contains(place, "苏木"):
		return LevelTownship
	case strings.Contains(place, "县") || strings.Contains(place, "旗"):
		return LevelCounty
	case strings.Contains(place, "市") && strings.Contains(place[strings.Index(place, "市"):], "区"):
		return LevelCounty // 杭州市萧山区
	}
	for _, c := range municipalities {
		if strings.HasPrefix(place, c) || strings.HasPrefix(name, c) {
			if strings.Contains(strings.TrimPrefix(place, c), "区") {
				return LevelCounty // 上海市浦东新区 is caught above; 上海市黄浦区
			}
			return LevelProvince
		}
	}
	if strings.HasSuffix(place, "省") && strings.Count(place, "省") == 1 && !strings.Contains(place, "市") {
		return LevelProvince
	}
	return LevelUnknown
}

// cityOnly reports whether the place of a name is one 市 under no other
// marker (淮安市人民政府办公室, 江苏省淮安市…): its level is prefecture or
// county, which the name alone does not tell.
func cityOnly(name string) bool {
	place := name
	for _, w := range []string{"人民政府", "政府", "管委会", "管理委员会"} {
		if i := strings.Index(place, w); i >= 0 {
			place = place[:i]
			break
		}
	}
	city, ok := strings.CutSuffix(place, "市")
	return ok && city != "" && !strings.ContainsAny(city, "市区县旗乡镇")
}
