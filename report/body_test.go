package report

import "testing"

func TestBodyKey(t *testing.T) {
	same := [][]string{
		{"杭州市萧山区人民政府办公室", "杭州市萧山区人民政府办公室 ", " 杭州市萧山区\n人民政府　办公室", "杭州市萧山区\u200b人民政府办公室"},
		{"某市（第1区）人民政府", "某市(第1区)人民政府", "某市 ( 第1区 ) 人民政府"},
		{"XX市GDP办", "ｘｘ市ＧＤＰ办", "xx市gdp办"},
	}
	for _, group := range same {
		for _, name := range group[1:] {
			if BodyKey(name) != BodyKey(group[0]) {
				t.Errorf("BodyKey(%q) = %q, BodyKey(%q) = %q; want them equal", name, BodyKey(name), group[0], BodyKey(group[0]))
			}
		}
	}
	if BodyKey("区政府办") == BodyKey("杭州市萧山区人民政府办公室") {
		t.Error("a short form is the same body as the full name")
	}
	if BodyKey(" \t") != "" {
		t.Error("a blank name has a key")
	}
}

// TestSeriesOf checks that names BodyKey takes as one body give one
// series, and that a body's aggregate reports are another series.
func TestSeriesOf(t *testing.T) {
	r := func(name string, aggregate bool) *Report {
		return &Report{Metadata: Metadata{ReportingBody: name, Aggregate: aggregate}}
	}
	a, b := SeriesOf(r("平潭综合实验区（管委会）", false)), SeriesOf(r(" 平潭综合实验区(管委会) ", false))
	if a != b || a.Body == "" {
		t.Errorf("one body, two series: %+v and %+v", a, b)
	}
	if c := SeriesOf(r("平潭综合实验区（管委会）", true)); c == a {
		t.Errorf("the aggregate reports are the same series as the body's own: %+v", c)
	}
	if d := SeriesOf(r("  ", false)); d.Body != "" {
		t.Errorf("no name: series %+v, want an empty body", d)
	}
}
