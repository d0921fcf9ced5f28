// Package program finds the outside programs some tests run (Chromium,
// LibreOffice): the one an environment variable names, or the first of a
// list of command names found on $PATH.
package program

import (
	"os"
	"os/exec"
	"testing"
)

// Find returns the path of a program: the value of the environment
// variable env when it is set, else the first of names found on $PATH;
// "" when there is none.
func Find(env string, names []string) string {
	if p := os.Getenv(env); p != "" {
		return p
	}
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Need skips the test when a program the test needs is missing (path is
// ""), or fails it when CI=true: in CI every tool must be there. msg says
// what is missing and how to install it.
func Need(t testing.TB, path, msg string) {
	t.Helper()
	if path != "" {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}
