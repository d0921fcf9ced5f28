package main

import (
	"fmt"
	"io"

	"github.com/opengov-cn/xxgk/report"
)

// runSchema prints the JSON Schema of the report JSON (report.JSONSchema).
func runSchema(args []string, stdout, stderr io.Writer) int {
	if len(args) == 1 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
		fmt.Fprintln(stdout, schemaUsage)
		return 0
	}
	if len(args) != 0 {
		fmt.Fprintln(stderr, schemaUsage)
		return 2
	}
	if _, err := stdout.Write(report.JSONSchema()); err != nil {
		fmt.Fprintln(stderr, "xxgk schema:", err)
		return 1
	}
	return 0
}

const schemaUsage = `usage: xxgk schema

Print the JSON Schema (draft 2020-12) of the report JSON that the other
commands read and write: the keys of each format, counts as integers, null
for a blank cell, "/" for not applicable, amounts as decimal strings.`
