// Command xxgk works with 政府信息公开工作年度报告 (annual reports on government
// information disclosure) from the command line.
//
// Usage:
//
//	xxgk <command> [flags] [arguments]
//
// Run "xxgk help" for the list of commands, "xxgk help COMMAND" for the
// flags of one. Flags may come before or after the arguments.
package main

import (
	"fmt"
	"io"
	"os"
)

// commands lists the subcommands in the order of the help. Each is
// declared by a function in the file of its name.
func commands() []command {
	return []command{
		validateCommand(),
		renderCommand(),
		exportCommand(),
		parseCommand(),
		rulesCommand(),
		compareCommand(),
		schemaCommand(),
		exampleCommand(),
		versionCommand(),
		helpCommand(),
	}
}

// lookup returns the command called name.
func lookup(name string) (*command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return &c, true
		}
	}
	return nil, false
}

func main() {
	os.Exit(runIO(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run runs the command line args with standard input os.Stdin and returns
// the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	return runIO(args, os.Stdin, stdout, stderr)
}

// runIO dispatches to a subcommand and returns the exit status: 0 for
// success, 2 for a usage error. Without arguments it lists the commands
// and returns 2.
func runIO(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		printCommands(stdout)
		return 2
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		printCommands(stdout)
		return 0
	}
	c, ok := lookup(args[0])
	if !ok {
		fmt.Fprintf(stderr, "xxgk: unknown command %q\n", args[0])
		printCommands(stderr)
		return 2
	}
	return c.execute(&env{cmd: c, stdin: stdin, stdout: stdout, stderr: stderr}, args[1:])
}

// printCommands prints the usage of xxgk and the list of commands.
func printCommands(w io.Writer) {
	fmt.Fprintln(w, "usage: xxgk <command> [flags] [arguments]")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'xxgk help COMMAND' for the flags of a command. Flags may come before or after the arguments.")
}

// helpCommand declares xxgk help.
func helpCommand() command {
	return command{
		name:    "help",
		args:    "[COMMAND]",
		summary: "print the list of commands, or the help of one",
		doc: `Prints the list of commands, or the full help of COMMAND: its usage,
what it does and every flag with its default, as "xxgk COMMAND --help"
does.`,
		maxArgs: 1,
		new:     func() runner { return helpRunner{} },
	}
}

type helpRunner struct{ noFlags }

func (helpRunner) run(e *env, args []string) int {
	if len(args) == 0 {
		printCommands(e.stdout)
		return 0
	}
	c, ok := lookup(args[0])
	if !ok {
		return e.usageError("unknown command %q", args[0])
	}
	c.printHelp(e.stdout)
	return 0
}
