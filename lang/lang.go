// Package lang is the one language vocabulary of the module: the two
// languages the library speaks ([Chinese], the official wording, and
// [English], in the words of the project glossary), and [Text], a piece of
// text in both.
//
// Every package takes a [Lang] wherever it prints for people: messages,
// labels, table headers, severities and locations. [Parse] reads the names
// users type ("zh", "en") and refuses anything else.
package lang

import (
	"errors"
	"fmt"
	"strings"
)

// Lang is a language the library prints in. The zero Lang is [Chinese].
type Lang uint8

const (
	// Chinese prints the official labels character for character, and
	// messages in simplified Chinese (zh-Hans).
	Chinese Lang = iota
	// English prints the English labels of the project glossary.
	English
)

// Langs lists the languages, Chinese first.
func Langs() []Lang { return []Lang{Chinese, English} }

// ErrUnknown is returned (wrapped) by [Parse] for a name that is not one of
// the library's languages.
var ErrUnknown = errors.New("unknown language")

// Parse reads a language name: "zh" (also "zh-Hans", "zh-CN", "zh_CN" and
// "cn"), or "en" (also "en-US", "en-GB"), in any letter case. Anything else
// is an error that wraps [ErrUnknown] and quotes the name.
func Parse(s string) (Lang, error) {
	switch strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), "_", "-")) {
	case "zh", "zh-hans", "zh-cn", "cn":
		return Chinese, nil
	case "en", "en-us", "en-gb":
		return English, nil
	}
	return Chinese, fmt.Errorf("%w %q (want zh or en)", ErrUnknown, s)
}

// String returns the language's short name: "zh" or "en".
func (l Lang) String() string {
	if l == English {
		return "en"
	}
	return "zh"
}

// Tag returns the language's BCP 47 tag, as HTML's lang attribute and
// Word's w:lang want it: "zh-Hans" or "en".
func (l Lang) Tag() string {
	if l == English {
		return "en"
	}
	return "zh-Hans"
}

// Other returns the other language: English for Chinese and Chinese for
// English.
func (l Lang) Other() Lang {
	if l == English {
		return Chinese
	}
	return English
}

// MarshalText encodes the language as its short name.
func (l Lang) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText decodes a language name as [Parse] reads it.
func (l *Lang) UnmarshalText(b []byte) error {
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// Text is a piece of text in both languages: Chinese (an official label, or
// a message in simplified Chinese) and English.
type Text struct {
	Zh string `json:"zh"` // simplified Chinese
	En string `json:"en"` // English
}

// In returns the text in language l.
func (t Text) In(l Lang) string {
	if l == English {
		return t.En
	}
	return t.Zh
}

// IsZero reports whether the text is empty in both languages.
func (t Text) IsZero() bool { return t.Zh == "" && t.En == "" }

// Or returns t with each language left empty taken from fallback.
func (t Text) Or(fallback Text) Text {
	if t.Zh == "" {
		t.Zh = fallback.Zh
	}
	if t.En == "" {
		t.En = fallback.En
	}
	return t
}

// Sprintf formats the text of each language with the same arguments, as
// fmt.Sprintf does.
func (t Text) Sprintf(args ...any) Text {
	return Text{Zh: fmt.Sprintf(t.Zh, args...), En: fmt.Sprintf(t.En, args...)}
}
