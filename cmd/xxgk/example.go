package main

import (
	"github.com/opengov-cn/xxgk/examples"
)

// exampleCommand declares xxgk example.
func exampleCommand() command {
	return command{
		name:    "example",
		summary: "print the embedded Xiaoshan 2023 example report as JSON",
		doc: `Prints the report of 杭州市萧山区人民政府办公室 for 2023, embedded in
xxgk, as report JSON: a document to start from, or to try the other
commands on ("xxgk example > r.json; xxgk validate r.json").`,
		new: func() runner { return exampleRunner{} },
	}
}

type exampleRunner struct{ noFlags }

func (exampleRunner) run(e *env, _ []string) int {
	if _, err := e.stdout.Write(examples.Xiaoshan2023JSON); err != nil {
		return e.fail(1, err)
	}
	return 0
}
