package xxgk

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestReadmesInStep fails when README.zh-CN.md falls out of step with
// README.md: they must have as many top-level sections ("## " headings)
// and begin with the same two commands.
func TestReadmesInStep(t *testing.T) {
	en, zh := readmeOutline(t, "README.md"), readmeOutline(t, "README.zh-CN.md")
	if len(en.sections) != len(zh.sections) {
		t.Errorf("README.md has %d sections, README.zh-CN.md %d:\n%q\n%q", len(en.sections), len(zh.sections), en.sections, zh.sections)
	}
	if len(en.commands) < 2 || len(zh.commands) < 2 {
		t.Fatalf("the first code block of each README must hold two commands: %q, %q", en.commands, zh.commands)
	}
	for i := range 2 {
		if en.commands[i] != zh.commands[i] {
			t.Errorf("command %d: README.md has %q, README.zh-CN.md %q", i+1, en.commands[i], zh.commands[i])
		}
	}
}

// outline is what TestReadmesInStep compares of a README.
type outline struct {
	sections []string // the "## " headings, outside code blocks
	commands []string // the lines of the first code block, comments cut off
}

func readmeOutline(t *testing.T, name string) outline {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var o outline
	inCode, blocks := false, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "```"):
			inCode = !inCode
			if inCode {
				blocks++
			}
		case inCode && blocks == 1:
			cmd, _, _ := strings.Cut(line, "#")
			if cmd = strings.TrimSpace(cmd); cmd != "" {
				o.commands = append(o.commands, cmd)
			}
		case !inCode && strings.HasPrefix(line, "## "):
			o.sections = append(o.sections, strings.TrimPrefix(line, "## "))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return o
}
