package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/validate"
)

// runRules prints the catalogue of built-in validation rules.
func runRules(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("rules", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: xxgk rules [--lang zh|en] [--json]")
		fs.PrintDefaults()
	}
	l := lang.Chinese
	fs.TextVar(&l, "lang", lang.Chinese, "language of the descriptions: zh or en")
	asJSON := fs.Bool("json", false, "print the catalogue as JSON")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(validate.Catalogue()); err != nil {
			fmt.Fprintln(stderr, "xxgk rules:", err)
			return 1
		}
		return 0
	}
	for _, info := range validate.Catalogue() {
		formats := "all"
		if info.Formats != nil {
			var keys []string
			for _, f := range info.Formats {
				keys = append(keys, f.String())
			}
			formats = strings.Join(keys, ",")
		}
		fmt.Fprintf(stdout, "%-18s %-8s %-10s %s\n", info.Code, info.Severity, formats, info.Description.In(l))
	}
	return 0
}
