package parse

import (
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/lang"
)

// Tests of the classes of real damage of issue 11, each on inputs built
// from the test files: the files are read and reshaped here, never edited.

// TestPlacesOnOneLine reads a report flattened onto one line: its
// diagnostics give the column within the line and quote the text there.
func TestPlacesOnOneLine(t *testing.T) {
	res, err := Parse(readTestdata(t, "pingtan-2021.txt"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	line := strings.Split(string(readTestdata(t, "pingtan-2021.txt")), "\n")[11]
	seen := 0
	for _, d := range res.Diagnostics {
		if d.Code != CodeAmbiguousSplit && d.Code != CodeSplitByIdentity {
			continue
		}
		seen++
		runes := []rune(line)
		if d.At.Line != 12 || d.At.Column < 2 || d.At.Column > len(runes) {
			t.Fatalf("%s: at %+v", d, d.At)
		}
		// The run of digits is printed at the column given.
		if got := string(runes[d.At.Column-1:]); !strings.HasPrefix(strings.ReplaceAll(got, " ", ""), d.Found) {
			t.Errorf("%s: column %d holds %q", d.Found, d.At.Column, string([]rune(got)[:10]))
		}
		if !strings.Contains(strings.ReplaceAll(d.At.Near, " ", ""), d.Found) {
			t.Errorf("%s: near %q", d.Found, d.At.Near)
		}
		for _, l := range lang.Langs() {
			if m := d.Message(l); !strings.Contains(m, d.At.Near) {
				t.Errorf("message %q does not quote the place", m)
			}
		}
	}
	if seen < 10 {
		t.Errorf("only %d split diagnostics", seen)
	}
}
