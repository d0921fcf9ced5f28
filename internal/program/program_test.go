package program

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFind(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "xxgk-test-program")
	if err := os.WriteFile(bin, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	t.Setenv("XXGK_TEST_PROGRAM", "")
	if got := Find("XXGK_TEST_PROGRAM", []string{"xxgk-missing", "xxgk-test-program"}); got != bin {
		t.Errorf("Find on $PATH = %q, want %q", got, bin)
	}
	if got := Find("XXGK_TEST_PROGRAM", []string{"xxgk-missing"}); got != "" {
		t.Errorf("Find of a missing program = %q, want \"\"", got)
	}
	t.Setenv("XXGK_TEST_PROGRAM", "/somewhere/else")
	if got := Find("XXGK_TEST_PROGRAM", []string{"xxgk-test-program"}); got != "/somewhere/else" {
		t.Errorf("Find with the variable set = %q, want it", got)
	}
}
