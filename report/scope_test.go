package report

import (
	"strings"
	"testing"
)

// TestInferScope checks the scope and level read from a report's title,
// body and prose, and the rule-making power they give.
func TestInferScope(t *testing.T) {
	for _, c := range []struct {
		title, body, prose string
		scope              Scope
		level              Level
		can, known         bool
	}{
		{"", "杭州市萧山区人民政府办公室", "", ScopeDepartment, LevelCounty, false, true},
		{"", "某县人民政府", "", ScopeAggregate, LevelCounty, false, true},
		{"", "某某镇人民政府", "", ScopeAggregate, LevelTownship, false, true},
		{"", "某市某区某街道办事处", "", ScopeDepartment, LevelTownship, false, true},
		{"2019年上海市人民政府办公厅政府信息公开工作年度报告", "上海市人民政府办公厅", "", ScopeDepartment, LevelProvince, true, true},
		{"", "上海市交通委员会", "", ScopeDepartment, LevelProvince, false, true},
		{"", "广西壮族自治区人民政府办公厅", "", ScopeDepartment, LevelProvince, true, true},
		{"", "中华人民共和国住房和城乡建设部", "", ScopeDepartment, LevelCentral, true, true},
		{"", "国家乡村振兴局", "", ScopeDepartment, LevelCentral, true, true},
		{"", "某市城乡建设局", "", ScopeDepartment, LevelUnknown, false, false},
		{"淮安市人民政府2024年政府信息公开工作年度报告", "淮安市人民政府办公室", "出具各县区、各部门政务公开评估分报告", ScopeAggregate, LevelPrefecture, true, true},
		{"平潭综合实验区2022年度政府信息公开工作年度报告", "平潭综合实验区", "", ScopeAggregate, LevelUnknown, false, false},
		{"", "某新区管理委员会", "", ScopeAggregate, LevelUnknown, false, false},
		{"", "某某局", "本报告汇总各有关单位政府信息公开工作情况编制而成。", ScopeAggregate, LevelUnknown, false, false},
		{"", "", "", ScopeUnknown, LevelUnknown, false, false},
	} {
		r := &Report{}
		r.Metadata.Title, r.Metadata.ReportingBody = c.title, c.body
		if c.prose != "" {
			r.Preamble = []string{c.prose}
		}
		scope, level := InferScope(r)
		if scope != c.scope || level != c.level {
			t.Errorf("%q %q: scope %v, level %v; want %v, %v", c.title, c.body, scope, level, c.scope, c.level)
		}
		r.Metadata.Scope, r.Metadata.Level = scope, level
		if can, known := r.Metadata.CanMakeRegulations(); can != c.can || known != c.known {
			t.Errorf("%q: CanMakeRegulations = %v, %v; want %v, %v", c.body, can, known, c.can, c.known)
		}
	}
}

// TestScopeJSON checks that scope and level are kept in JSON, and left out
// when unknown.
func TestScopeJSON(t *testing.T) {
	r := New(Format2021, 2023)
	b, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if s := string(b); strings.Contains(s, `"scope"`) || strings.Contains(s, `"level"`) {
		t.Errorf("unknown scope written: %s", s[:200])
	}
	r.Metadata.Scope, r.Metadata.Level = ScopeAggregate, LevelCounty
	b, err = r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	back := new(Report)
	if err := back.UnmarshalJSON(b); err != nil {
		t.Fatal(err)
	}
	if back.Metadata.Scope != ScopeAggregate || back.Metadata.Level != LevelCounty {
		t.Errorf("read back %v %v", back.Metadata.Scope, back.Metadata.Level)
	}
	bad := []byte(`{"format":"2021","metadata":{"scope":"city"}}`)
	if err := new(Report).UnmarshalJSON(bad); err == nil {
		t.Error("unknown scope accepted")
	}
}

// FuzzInferScope reads any title, body and prose without panicking, and
// gives a scope and level of the enums.
func FuzzInferScope(f *testing.F) {
	f.Add("淮安市人民政府2024年政府信息公开工作年度报告", "淮安市人民政府办公室", "出具各县区评估报告")
	f.Add("2019年上海市人民政府办公厅政府信息公开工作年度报告", "上海市人民政府办公厅", "汇总编制")
	f.Add("", "杭州市萧山区", "")
	f.Fuzz(func(t *testing.T, title, body, prose string) {
		r := &Report{Preamble: []string{prose}}
		r.Metadata.Title, r.Metadata.ReportingBody = title, body
		scope, level := InferScope(r)
		if scope > ScopeAggregate || level > LevelTownship {
			t.Fatalf("scope %d level %d", scope, level)
		}
		r.Metadata.Scope, r.Metadata.Level = scope, level
		r.Metadata.CanMakeRegulations()
	})
}

// TestScopeKeys checks that every known scope and level reads back from
// its key.
func TestScopeKeys(t *testing.T) {
	for _, s := range Scopes() {
		var back Scope
		if err := back.UnmarshalText([]byte(s.Key())); err != nil || back != s || s.Key() == "" {
			t.Errorf("scope %v: %v %v", s, back, err)
		}
	}
	for _, l := range Levels() {
		var back Level
		if err := back.UnmarshalText([]byte(l.Key())); err != nil || back != l || l.Key() == "" {
			t.Errorf("level %v: %v %v", l, back, err)
		}
	}
}
