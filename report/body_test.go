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
