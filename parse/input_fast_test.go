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

// TestValidUTF8 checks validUTF8 against utf8.Valid on every sequence of
// one to three bytes, alone and between ASCII and a Chinese character, and
// on four-byte sequences around the limits of UTF-8.
func TestValidUTF8(t *testing.T) {
	check := func(p []byte) {
		for _, q := range [][]byte{p, append([]byte("a中"), p...), append(append([]byte{}, p...), "中"...)} {
			if got, want := validUTF8(q), utf8.Valid(q); got != want {
				t.Fatalf("validUTF8(% x) = %v, utf8.Valid says %v", q, got, want)
			}
		}
	}
	for a := range 256 {
		check([]byte{byte(a)})
		for b := range 256 {
			check([]byte{byte(a), byte(b)})
			for c := range 256 {
				p := []byte{byte(a), byte(b), byte(c)}
				if got, want := validUTF8(p), utf8.Valid(p); got != want {
					t.Fatalf("validUTF8(% x) = %v, utf8.Valid says %v", p, got, want)
				}
			}
		}
	}
	for n := range 40 { // runs of ASCII read sixteen and eight bytes at a time
		for _, b := range [][]byte{{0x80}, {0xff}, []byte("中"), []byte("é"), {0xe4, 0xb8}, {0x7f}} {
			ascii := bytes.Repeat([]byte("a"), n)
			check(append(append([]byte{}, ascii...), b...))
			check(append(append(append([]byte{}, b...), ascii...), b...))
		}
	}
	edges := []byte{0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff}
	for _, a := range edges {
		for _, b := range edges {
			for _, c := range edges {
				for _, d := range edges {
					check([]byte{a, b, c, d})
				}
			}
		}
	}
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
