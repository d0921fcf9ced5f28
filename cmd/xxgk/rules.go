package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/validate"
)

// rulesCommand declares xxgk rules.
func rulesCommand() command {
	return command{
		name:    "rules",
		summary: "list the validation rules",
		doc: `Lists the built-in validation rules, one a line: code, severity, the
formats it applies to and its description; with --json, one JSON array
of {code, severity, formats, description}. The codes are those that
"xxgk validate --disable" takes.`,
		new: func() runner { return &rulesRunner{lang: lang.Chinese} },
	}
}

// rulesRunner holds the flags of xxgk rules.
type rulesRunner struct {
	lang   lang.Lang
	asJSON bool
}

func (r *rulesRunner) flags(fs *flag.FlagSet) {
	fs.TextVar(&r.lang, "lang", lang.Chinese, "`zh|en` language of the descriptions")
	fs.BoolVar(&r.asJSON, "json", false, "print the catalogue as JSON")
}

func (r *rulesRunner) run(e *env, _ []string) int {
	if r.asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(validate.Catalogue()); err != nil {
			return e.fail(1, err)
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
		fmt.Fprintf(e.stdout, "%-18s %-8s %-10s %s\n", info.Code, info.Severity, formats, info.Description.In(r.lang))
	}
	return 0
}
