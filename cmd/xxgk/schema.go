package main

import "github.com/opengov-cn/xxgk/report"

// schemaCommand declares xxgk schema.
func schemaCommand() command {
	return command{
		name:    "schema",
		summary: "print the JSON Schema of the report JSON",
		doc: `Prints the JSON Schema (draft 2020-12) of the report JSON that the other
commands read and write: the keys of each format, counts as integers, null
for a blank cell, "/" for not applicable, amounts as decimal strings,
unknown keys refused. It is generated from the declarations the decoder
uses (report.JSONSchema).`,
		new: func() runner { return schemaRunner{} },
	}
}

// schemaRunner runs xxgk schema, which takes no flags.
type schemaRunner struct{ noFlags }

func (schemaRunner) run(e *env, _ []string) int {
	if _, err := e.stdout.Write(report.JSONSchema()); err != nil {
		return e.fail(1, err)
	}
	return 0
}
