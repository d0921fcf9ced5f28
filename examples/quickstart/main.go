// Command quickstart builds the Xiaoshan 2023 example report, prints it as
// JSON on standard output, then validates it and prints the result on
// standard error (so that the JSON can still be piped to another program).
//
//	go run ./examples/quickstart
package main

import (
	"fmt"
	"os"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

func main() {
	r := examples.Xiaoshan2023()
	if err := report.WriteJSON(os.Stdout, r); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}

	res := validate.Validate(r, validate.Options{})
	fmt.Fprintf(os.Stderr, "validation: %d error(s), %d warning(s), %d info(s)\n",
		res.Count(validate.Error), res.Count(validate.Warning), res.Count(validate.Info))
	for _, f := range res.Findings {
		fmt.Fprintln(os.Stderr, f.Code, f.Severity, f.Message)
	}
	if err := res.Err(); err != nil {
		os.Exit(1)
	}
}
