// Command quickstart builds the Xiaoshan 2023 example report, prints it as
// JSON, then prints it as Markdown.
//
//	go run ./examples/quickstart
package main

import (
	"fmt"
	"os"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/render"
	"github.com/opengov-cn/xxgk/report"
)

func main() {
	r := examples.Xiaoshan2023()
	if err := report.WriteJSON(os.Stdout, r); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
	fmt.Println()
	if err := render.Markdown(os.Stdout, r, render.Chinese); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}
