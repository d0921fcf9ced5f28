package parse

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// hasHTMLTagRef is hasHTMLTag as first written: the head lower-cased,
// then searched for each tag.
func hasHTMLTagRef(head []byte) bool {
	lower := bytes.ToLower(head)
	for _, tag := range htmlTags {
		if bytes.Contains(lower, []byte(tag)) {
			return true
		}
	}
	return false
}

// hasHTMLTagCases are heads hasHTMLTag must tell as its reference does.
var hasHTMLTagCases = []string{
	"", "<", "plain text", "<P>x", "<p>", "<p", "a <Div class=x>", "<dİv>", "<D\u0130V>",
	"<\u212Aeta", "<mEtA charset=utf-8>", "<!DOCTYPE HTML>", "<!doctype htm", "x<TD>1",
	"<<table", "<tab<table", "报告<Tr>", "\xff<html", "<h\xc4\xb0", "<p\t", "<body",
}

// TestHasHTMLTagSame checks hasHTMLTag against the plain lower-case search.
func TestHasHTMLTagSame(t *testing.T) {
	for _, s := range hasHTMLTagCases {
		if got, want := hasHTMLTag([]byte(s)), hasHTMLTagRef([]byte(s)); got != want {
			t.Errorf("hasHTMLTag(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzHasHTMLTag checks hasHTMLTag against the plain lower-case search.
func FuzzHasHTMLTag(f *testing.F) {
	for _, s := range hasHTMLTagCases {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, head []byte) {
		if got, want := hasHTMLTag(head), hasHTMLTagRef(head); got != want {
			t.Errorf("hasHTMLTag(%q) = %v, want %v", head, got, want)
		}
	})
}

// TestRuneCount checks runeCount against utf8.RuneCountInString on valid
// text.
func TestRuneCount(t *testing.T) {
	for _, s := range []string{"", "a", "统计 a\u3000b", "\U0001F600x\u00e9", "|  中 | 12 |"} {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}
