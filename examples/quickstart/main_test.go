package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestRun runs the quickstart as the README's first command does.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	ok, err := run(&out)
	if err != nil || !ok {
		t.Fatalf("run = %v, %v; want a clean report", ok, err)
	}
	for _, want := range []string{
		`"format": "2021"`,
		"validation: 0 error(s), 0 warning(s)",
		"## 三、收到和处理政府信息公开申请情况",
		"| 一、本年新收政府信息公开申请数量",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
}
