package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/opengov-cn/xxgk/batch"
	"github.com/opengov-cn/xxgk/parse"
	"github.com/opengov-cn/xxgk/parse/pdf"
)

// command is one subcommand of xxgk: its name, its help and what it does.
// Each is declared in the file of its name by a function returning it, and
// listed in commands. The framework reads the flags (before or after the
// arguments), prints the help for -h and --help, refuses the wrong number
// of arguments, and then calls run.
type command struct {
	name    string // what follows xxgk on the command line
	args    string // the arguments of the usage line ("FILE|FOLDER..."); "" for none
	summary string // one line for the list of commands
	doc     string // the description of the full help: what it does, its output, its exit status
	// minArgs and maxArgs bound the number of arguments; maxArgs < 0 means
	// any number.
	minArgs, maxArgs int
	// new returns a runner holding the command's flags, set to their
	// defaults.
	new func() runner
}

// runner is one run of a command: the values of its flags, the flags'
// declaration and what it does.
type runner interface {
	// flags declares the flags on fs, each bound to a field of the runner.
	flags(fs *flag.FlagSet)
	// run runs the command on the arguments left once the flags are read,
	// and returns the exit status: 0 for success, 1 for findings or
	// failures the command describes, 2 for usage errors and unreadable
	// input.
	run(e *env, args []string) int
}

// noFlags is embedded by the runners of commands that take no flags.
type noFlags struct{}

func (noFlags) flags(*flag.FlagSet) {}

// env is what a command runs in: its standard streams, and its name for
// the messages.
type env struct {
	cmd    *command
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// usageError prints a usage error (the message after the command's name,
// the usage line and where to find the help) on standard error and
// returns the exit status 2.
func (e *env) usageError(format string, a ...any) int {
	fmt.Fprintf(e.stderr, "xxgk %s: %s\n", e.cmd.name, fmt.Sprintf(format, a...))
	fmt.Fprintln(e.stderr, e.cmd.usageLine())
	fmt.Fprintf(e.stderr, "Run 'xxgk help %s' for details.\n", e.cmd.name)
	return 2
}

// fail prints err after the command's name on standard error and returns
// status.
func (e *env) fail(status int, err error) int {
	fmt.Fprintf(e.stderr, "xxgk %s: %v\n", e.cmd.name, err)
	return status
}

// readOptions are the options every command reads its input with: PDFs
// are read by package parse/pdf, whose engine starts on the first PDF
// read (one instance for each core, shared by the workers of a batch).
var readOptions = parse.Options{PDF: pdf.Read}

// read reads a report file of any kind parse.ReadFile reads, or standard
// input for "-". Errors begin with the file's name: parse.StdinName for
// standard input.
func (e *env) read(name string) (*parse.Result, error) {
	if name == "-" {
		return parse.Read(parse.StdinName, e.stdin, readOptions)
	}
	return batch.ReadFile(name, readOptions)
}

// displayName returns the name under which every output names the file
// argument arg: parse.StdinName for "-" (standard input), else arg.
func displayName(arg string) string {
	if arg == "-" {
		return parse.StdinName
	}
	return arg
}

// writeOutput calls write with standard output when path is "", else
// with a buffer that it then writes to the file path, so that a failure
// leaves no partial file.
func (e *env) writeOutput(path string, write func(io.Writer) error) error {
	if path == "" {
		return write(e.stdout)
	}
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// fileArgs lists the files that args name, in order: a folder gives its
// report files sorted by path (see batch.Files), "-" stays standard input.
func fileArgs(args []string) []string {
	var files []string
	for _, arg := range args {
		files = append(files, batch.Files(arg)...)
	}
	return files
}

// execute runs the command with the arguments that follow its name.
func (c *command) execute(e *env, args []string) int {
	r := c.new()
	fs := c.flagSet(r)
	rest, err := parseFlags(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		c.printHelp(e.stdout)
		return 0
	case err != nil:
		return e.usageError("%v", err)
	case len(rest) < c.minArgs && len(rest) == 0:
		return e.usageError("missing %s", c.args)
	case len(rest) < c.minArgs:
		return e.usageError("too few arguments: want %s", c.args)
	case c.maxArgs >= 0 && len(rest) > c.maxArgs && c.args == "":
		return e.usageError("unexpected argument %q", rest[c.maxArgs])
	case c.maxArgs >= 0 && len(rest) > c.maxArgs:
		return e.usageError("too many arguments: want %s", c.args)
	}
	return r.run(e, rest)
}

// flagSet returns a flag set holding the flags of r, printing nothing.
func (c *command) flagSet(r runner) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	r.flags(fs)
	return fs
}

// parseFlags reads the flags of args, before and after the other
// arguments, which it returns in order. After "--" every argument is taken
// as it is.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		left := fs.Args()
		if len(left) == 0 {
			return rest, nil
		}
		if read := args[:len(args)-len(left)]; len(read) > 0 && read[len(read)-1] == "--" {
			return append(rest, left...), nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}

// usageLine returns "usage: xxgk NAME [flags] ARGS".
func (c *command) usageLine() string {
	line := "usage: xxgk " + c.name
	var any bool
	c.flagSet(c.new()).VisitAll(func(*flag.Flag) { any = true })
	if any {
		line += " [flags]"
	}
	if c.args != "" {
		line += " " + c.args
	}
	return line
}

// printHelp prints the command's full help: its usage line, its
// description and each flag with its default.
func (c *command) printHelp(w io.Writer) {
	fmt.Fprintln(w, c.usageLine())
	fmt.Fprintln(w)
	fmt.Fprintln(w, strings.TrimSpace(c.doc))
	fs := c.flagSet(c.new())
	first := true
	fs.VisitAll(func(f *flag.Flag) {
		if first {
			fmt.Fprintln(w, "\nflags:")
			first = false
		}
		fmt.Fprintln(w, flagHelp(f))
	})
}

// flagHelp returns the help of one flag: its name and the form of its
// value, then its description and its default on an indented line. The
// form of the value is the names a choice allows, or the word in back
// quotes that begins the flag's usage ("`FILE` last year's report"), or
// else what flag.UnquoteUsage finds.
func flagHelp(f *flag.Flag) string {
	name, usage := flag.UnquoteUsage(f)
	if form, rest, ok := strings.Cut(strings.TrimPrefix(f.Usage, "`"), "` "); ok && strings.HasPrefix(f.Usage, "`") {
		name, usage = form, rest
	}
	if n, ok := f.Value.(interface{ names() []string }); ok {
		name = strings.Join(n.names(), "|")
	}
	dash := "--"
	if len(f.Name) == 1 {
		dash = "-"
	}
	head := "  " + dash + f.Name
	if name != "" {
		head += " " + name
	}
	def := f.DefValue
	if def == "" {
		def = "none"
	}
	return fmt.Sprintf("%s\n        %s (default: %s)", head, usage, def)
}

// refuseBinary refuses, with a usage error, to write the binary form
// named form to standard output when that is a terminal (out, the -o
// FILE, is ""); it returns the exit status, 0 when the form may be written.
func (e *env) refuseBinary(form, out string) int {
	if out != "" || !isTerminal(e.stdout) {
		return 0
	}
	return e.usageError("not writing --to %s to a terminal: say -o FILE or redirect the output", form)
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
