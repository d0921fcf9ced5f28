// Command quickstart shows the library's main job on the embedded Xiaoshan
// 2023 example report: it builds the report, prints it as JSON, validates
// it and prints the findings, then renders it as Markdown.
//
//	go run ./examples/quickstart
//
// It exits with status 1 when the report has an error-severity finding.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/render"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

func main() {
	ok, err := run(os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}

// run writes the JSON, the validation result and the Markdown to w, and
// reports whether the report is free of error-severity findings.
func run(w io.Writer) (bool, error) {
	r := examples.Xiaoshan2023()
	if err := report.WriteJSON(w, r); err != nil {
		return false, err
	}

	res := validate.Validate(r, validate.Options{})
	fmt.Fprintf(w, "\nvalidation: %d error(s), %d warning(s), %d info(s)\n",
		res.Count(validate.Error), res.Count(validate.Warning), res.Count(validate.Info))
	for _, f := range res.Findings {
		fmt.Fprintln(w, f.Code, f.Severity, f.Message)
	}

	fmt.Fprintln(w)
	if err := render.Markdown(w, r, lang.Chinese); err != nil {
		return false, err
	}
	return res.Err() == nil, nil
}
