// Command xxgk works with 政府信息公开工作年度报告 (annual reports on government
// information disclosure) from the command line.
//
// Usage:
//
//	xxgk <command> [arguments]
//
// Run "xxgk help" for the list of commands.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

// command is one subcommand: it reads its arguments and returns the exit
// status.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

// commands lists the subcommands. Each lives in a file of its own name.
func commands() map[string]command {
	return map[string]command{
		"example":  {"print the embedded Xiaoshan 2023 example report as JSON", runExample},
		"export":   {"write reports as CSV: one row per report, one column per cell", runExport},
		"render":   {"print a report as Markdown, HTML or plain text", runRender},
		"validate": {"check reports against the identities of the format", runValidate},
		"rules":    {"list the validation rules", runRules},
		"parse":    {"read published reports (HTML or text) and print them as JSON", runParse},
		"schema":   {"print the JSON Schema of the report JSON", runSchema},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and returns the exit status: 0 for success,
// 2 for a usage error.
func run(args []string, stdout, stderr io.Writer) int {
	cmds := commands()
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout, cmds)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "xxgk: unknown command %q\n", args[0])
		usage(stderr, cmds)
		return 2
	}
	return c.run(args[1:], stdout, stderr)
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: xxgk <command> [arguments]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(cmds))
	for name := range cmds {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "  %-10s %s\n", name, cmds[name].summary)
	}
}
