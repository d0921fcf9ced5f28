package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/opengov-cn/xxgk/validate"
)

// choice is the value of a flag that takes one of a few names, as --to
// md|html|text. Any other value is refused when the flags are read.
type choice struct {
	value   string
	allowed []string
}

// newChoice returns a choice among allowed, set to def.
func newChoice(def string, allowed ...string) *choice {
	return &choice{value: def, allowed: allowed}
}

// String returns the name chosen.
func (c *choice) String() string {
	if c == nil {
		return ""
	}
	return c.value
}

// Set chooses name, or says which names are allowed.
func (c *choice) Set(name string) error {
	if !slices.Contains(c.allowed, name) {
		return fmt.Errorf("want %s", orList(c.allowed))
	}
	c.value = name
	return nil
}

// names lists the names allowed, for the help.
func (c *choice) names() []string { return c.allowed }

// orList returns "a, b or c".
func orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// ruleCodes is the value of --disable: codes of built-in rules, separated
// by commas; the flag may be given more than once. A code that is not in
// validate.Catalogue is refused when the flags are read.
type ruleCodes []string

// String returns the codes separated by commas.
func (r *ruleCodes) String() string {
	if r == nil {
		return ""
	}
	return strings.Join(*r, ",")
}

// Set adds the codes of list, separated by commas; empty codes are
// skipped.
func (r *ruleCodes) Set(list string) error {
	known := make(map[string]bool)
	for _, info := range validate.Catalogue() {
		known[info.Code] = true
	}
	for _, code := range strings.Split(list, ",") {
		code = strings.TrimSpace(code)
		if code == "" {
			continue // "", or a comma at the end
		}
		if !known[code] {
			return fmt.Errorf("unknown rule code %q (xxgk rules lists them)", code)
		}
		*r = append(*r, code)
	}
	return nil
}
