package parse

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sameTagAtoms checks that tagAtom names every tag of a page as the
// tokenizer's TagName does, going through the page with two tokenizers.
func sameTagAtoms(t *testing.T, page []byte) {
	t.Helper()
	ref := html.NewTokenizer(bytes.NewReader(page))
	r := &htmlReader{z: html.NewTokenizer(bytes.NewReader(page))}
	for n := 0; ; n++ {
		tt, tt2 := ref.Next(), r.z.Next()
		if tt != tt2 {
			t.Fatalf("token %d: %v and %v", n, tt, tt2)
		}
		switch tt {
		case html.ErrorToken:
			return
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := ref.TagName()
			if want, got := atom.Lookup(name), r.tagAtom(tt); got != want {
				t.Fatalf("token %d %q: tagAtom = %v, want %v", n, ref.Raw(), got, want)
			}
		}
	}
}

// TestTagAtom checks tagAtom on the pages of testdata and on odd tags.
func TestTagAtom(t *testing.T) {
	for _, name := range []string{"pingtan-2019.html", "pingtan-2022.html"} {
		sameTagAtoms(t, readTestdata(t, name))
	}
	sameTagAtoms(t, []byte(`<TD ROWSPAN=2>a</Td><p/><br/><tAbLe\n><tr\t><th\fx=1>b</th ><x-y>`+
		"<t\x00d>c</t\x00d><té>d</té><annotation-xml>e<abcdefghijklmnopqrstuvwxyzabcdefghijkl><table/ ></table"))
}

// FuzzTagAtom checks tagAtom against the tokenizer's TagName.
func FuzzTagAtom(f *testing.F) {
	for _, s := range []string{"<td rowspan=2>a</td>", "<TABLE><TR><TH>x</TH></TR></TABLE>", "<t\x00d>", "</br >"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) { sameTagAtoms(t, page) })
}

// cleanTextRef is cleanText as first written, a rune at a time.
func cleanTextRef(s string) string {
	var b strings.Builder
	space, newline := false, false
	for _, r := range s {
		switch r {
		case '\n', '\r':
			newline = true
			continue
		case ' ', '\t', '\u00a0', '\u3000', '\f', '\v', '\u200b', '\ufeff':
			space = true
			continue
		}
		if b.Len() > 0 {
			if newline {
				b.WriteByte('\n')
			} else if space {
				b.WriteByte(' ')
			}
		}
		space, newline = false, false
		b.WriteRune(r)
	}
	return b.String()
}

// TestCleanTextSame checks cleanText against the plain rune-at-a-time
// cleaning.
func TestCleanTextSame(t *testing.T) {
	for _, s := range []string{"", " ", "行政许可", " a  b ", "a\r\n b", "\u3000（一）\u00a0x\u200b", "a\xffb", "\xff",
		"x\ufeff", "12", "a\n\n\nb \t", "\u00a0\u00a0", "a\vb\fc", "\uFFFD"} {
		if got, want := cleanText(s), cleanTextRef(s); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", s, got, want)
		}
		if got, _ := cleanInto([]byte(s), []byte("scratch")); string(got) != cleanTextRef(s) {
			t.Errorf("cleanInto(%q) = %q, want %q", s, got, cleanTextRef(s))
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		for _, s := range []string{string(r), "a" + string(r) + "b", "行" + string(r) + " "} {
			if got, want := cleanText(s), cleanTextRef(s); got != want {
				t.Fatalf("cleanText(%q) = %q, want %q", s, got, want)
			}
			if got, _ := cleanInto([]byte(s), nil); string(got) != cleanTextRef(s) {
				t.Fatalf("cleanInto(%q) = %q, want %q", s, got, cleanTextRef(s))
			}
		}
	}
}

// FuzzCleanText checks cleanText against the plain cleaning.
func FuzzCleanText(f *testing.F) {
	for _, s := range []string{" a  b ", "a\r\n b", "\u3000（一）\u00a0x", "a\xffb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cleanText(s), cleanTextRef(s); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", s, got, want)
		}
		if got, _ := cleanInto([]byte(s), []byte("x")); string(got) != cleanTextRef(s) {
			t.Errorf("cleanInto(%q) = %q, want %q", s, got, cleanTextRef(s))
		}
	})
}

// TestCellSpans checks that spans are read in any case and that a cell
// without them spans one row and one column.
func TestCellSpans(t *testing.T) {
	page := htmlBlocks([]byte(`<table><tr><td ROWSPAN="2" style="x">a</td><td class=s CoLsPaN=3>b</td><td width=9>c</td></tr></table>`))
	if len(page.blocks) != 1 || len(page.blocks[0].rows) != 1 {
		t.Fatalf("blocks = %+v", page.blocks)
	}
	var got []int
	for _, c := range page.blocks[0].rows[0] {
		got = append(got, c.rowspan, c.colspan)
	}
	if want := []int{2, 1, 1, 3, 1, 1}; !slices.Equal(got, want) {
		t.Errorf("spans = %v, want %v", got, want)
	}
	for s, want := range map[string]bool{"<td rowspan=2>": true, "<TD COLSPAN=2>": true, "<td sPaN>": true, "<td>": false, "<td spa n>": false} {
		if hasSpan([]byte(s)) != want {
			t.Errorf("hasSpan(%q) = %v", s, !want)
		}
	}
}
