package parse

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The plain scans that stand in for regexps on hot paths must find what
// the regexps find. These tests compare them on the lines of every text in
// testdata and on strings made to hit their edges.

// scanSamples returns the lines of the texts in testdata, each also
// without its spaces, and the edge cases.
func scanSamples(t testing.TB) []string {
	samples := []string{
		"", "a", "  ", "a  b", "a \t\n b  c", "a b", "ab  ", "  ab", "a\u3000\u3000b",
		"12023年1月1日至12月31日", "2023年1月1日至2023年12月31日", "统计期限自2021年1月1日起至2021年12月31日止",
		"2023年13月1日至2023年12月31日2024年1月1日至12月31日", "年1月1日", "2023年", "20231年1月1日至2月2日",
		"共发送1份缴纳信息公开处理费通知", "发出收费通知2份", "收费通知书3份", "123份收费通知", "12份。收费通知",
		"1份x收费通知；收费通知5份", "未收取信息处理费", "没有收取处理费", "不收取费用。处理费", "无收取信息处理费情况",
		"收费通知书", "份收费通知", "9份" + strings.Repeat("字", 21) + "收费通知",
	}
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			samples = append(samples, line, strings.Join(strings.Fields(line), ""))
		}
	}
	return samples
}

// unanchored returns re without its leading ^: the regexp findFrom stands
// for.
func unanchored(re *regexp.Regexp) *regexp.Regexp {
	return regexp.MustCompile(strings.TrimPrefix(re.String(), "^"))
}

func TestFindFromFindsWhatTheRegexpFinds(t *testing.T) {
	for _, c := range []struct {
		re     *regexp.Regexp
		begins func(string, int) bool
	}{
		{periodRe, beginsPeriod},
		{feeNoticesRe, beginsNotices},
		{feeNoneRe, beginsNoFee},
	} {
		whole := unanchored(c.re)
		for _, s := range scanSamples(t) {
			got, want := findFrom(c.re, s, c.begins), whole.FindStringSubmatch(s)
			if strings.Join(got, "\x00") != strings.Join(want, "\x00") || (got == nil) != (want == nil) {
				t.Errorf("%s in %q: findFrom gives %q, the regexp %q", whole, s, got, want)
			}
		}
	}
}

func TestSpaceRunScans(t *testing.T) {
	spaceRun := regexp.MustCompile(`\s{2,}`)
	for _, s := range scanSamples(t) {
		parts := spaceRun.Split(s, 2)
		before, after, ok := cutAtSpaceRun(s)
		if ok != (len(parts) == 2) || before != parts[0] || (ok && after != parts[1]) {
			t.Errorf("cutAtSpaceRun(%q) = %q, %q, %v; the regexp splits it into %q", s, before, after, ok, parts)
		}
		groups := spaceRun.Split(s, -1)
		if got := lastSpaceGroup(s); got != groups[len(groups)-1] {
			t.Errorf("lastSpaceGroup(%q) = %q, want %q", s, got, groups[len(groups)-1])
		}
	}
}

func TestRemoveSpaces(t *testing.T) {
	for _, s := range append(scanSamples(t), "a\xffb c", "\u00a0x\u2003") {
		if got, want := removeSpaces(s), strings.Join(strings.Fields(s), ""); got != want {
			t.Errorf("removeSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestTrimSpace(t *testing.T) {
	samples := append(scanSamples(t), "\xff", " \xff ", "\u3000x\u3000", "\u00a0", "a\u2029", "\u0085b", " \t")
	for r := rune(0); r <= 0x3100; r++ {
		samples = append(samples, string(r), string(r)+"x"+string(r), " "+string(r)+"字 ")
	}
	for b := 0x80; b <= 0xff; b++ { // the first byte of a last rune, valid or not
		end := string([]byte{byte(b), 0x80, 0x80})
		samples = append(samples, "x"+end, "\u3000"+end, end+"\u3000", "字"+end[:2], " "+end[:1]+"\u3000")
	}
	for _, s := range samples {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
