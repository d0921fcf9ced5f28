package sheet

import "testing"

func TestText(t *testing.T) {
	for in, want := range map[string]string{
		"": "",
		"杭州市萧山区人民政府办公室": "杭州市萧山区人民政府办公室",
		"=1+1":     "'=1+1",
		"+86":      "'+86",
		"-1":       "'-1",
		"@SUM(A1)": "'@SUM(A1)",
		"\tx":      "'\tx",
		"a=b":      "a=b",
	} {
		if got := Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
}
