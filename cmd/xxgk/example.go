package main

import (
	"fmt"
	"io"

	"github.com/opengov-cn/xxgk/examples"
)

// runExample prints the embedded example report as JSON.
func runExample(args []string, stdout, stderr io.Writer) int {
	if len(args) != 0 {
		fmt.Fprintln(stderr, "usage: xxgk example")
		return 2
	}
	if _, err := stdout.Write(examples.Xiaoshan2023JSON); err != nil {
		fmt.Fprintln(stderr, "xxgk example:", err)
		return 1
	}
	return 0
}
