package lang

import (
	"errors"
	"fmt"
	"testing"
)

func TestParse(t *testing.T) {
	for s, want := range map[string]Lang{
		"zh": Chinese, "zh-Hans": Chinese, "ZH-CN": Chinese, "zh_CN": Chinese, " cn ": Chinese,
		"en": English, "EN": English, "en-GB": English, "en_us": English,
	} {
		if got, err := Parse(s); err != nil || got != want {
			t.Errorf("Parse(%q) = %v, %v", s, got, err)
		}
	}
	for _, s := range []string{"", "fr", "zh-Hant", "english", "zhen"} {
		if _, err := Parse(s); !errors.Is(err, ErrUnknown) {
			t.Errorf("Parse(%q): error %v, want ErrUnknown", s, err)
		}
	}
}

func TestLang(t *testing.T) {
	for _, c := range []struct {
		l                 Lang
		name, tag         string
		other             Lang
		text, marshalText string
	}{
		{Chinese, "zh", "zh-Hans", English, "中", "zh"},
		{English, "en", "en", Chinese, "en", "en"},
	} {
		if c.l.String() != c.name || c.l.Tag() != c.tag || c.l.Other() != c.other {
			t.Errorf("%v: %q %q %v", c.l, c.l.String(), c.l.Tag(), c.l.Other())
		}
		if got := (Text{Zh: "中", En: "en"}).In(c.l); got != c.text {
			t.Errorf("In(%v) = %q", c.l, got)
		}
		b, _ := c.l.MarshalText()
		var back Lang
		if err := back.UnmarshalText(b); err != nil || back != c.l || string(b) != c.marshalText {
			t.Errorf("text round trip of %v: %q, %v, %v", c.l, b, back, err)
		}
	}
	var l Lang
	if err := l.UnmarshalText([]byte("fr")); err == nil {
		t.Error("UnmarshalText(fr): no error")
	}
}

func TestText(t *testing.T) {
	if !(Text{}).IsZero() || (Text{En: "x"}).IsZero() {
		t.Error("IsZero")
	}
	got := Text{Zh: "只有中文"}.Or(Text{Zh: "说明", En: "description"})
	if got != (Text{Zh: "只有中文", En: "description"}) {
		t.Errorf("Or = %+v", got)
	}
	if got := (Text{Zh: "%d 项", En: "%d item(s)"}).Sprintf(3); got != (Text{Zh: "3 项", En: "3 item(s)"}) {
		t.Errorf("Sprintf = %+v", got)
	}
}

// Read a language name as a user types it, and print a text in it.
func ExampleParse() {
	greeting := Text{Zh: "政府信息公开工作年度报告", En: "annual report on government information disclosure"}
	for _, name := range []string{"zh", "en", "fr"} {
		l, err := Parse(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(l, l.Tag(), greeting.In(l))
	}
	// Output:
	// zh zh-Hans 政府信息公开工作年度报告
	// en en annual report on government information disclosure
	// unknown language "fr" (want zh or en)
}
