package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestSchemaCommand keeps the output of xxgk schema in a golden file, so
// that a change to the JSON form shows in review.
func TestSchemaCommand(t *testing.T) {
	var out, errOut bytes.Buffer
	if status := run([]string{"schema"}, &out, &errOut); status != 0 {
		t.Fatalf("xxgk schema = %d, stderr %q", status, errOut.String())
	}
	golden := filepath.Join("testdata", "schema.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/xxgk -run TestSchemaCommand -update to create it)", err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("xxgk schema differs from %s; run go test ./cmd/xxgk -run TestSchemaCommand -update and review the diff", golden)
	}
}

func TestSchemaCommandUsage(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		status int
	}{{[]string{"--help"}, 0}, {[]string{"extra"}, 2}} {
		var out, errOut bytes.Buffer
		status := run(append([]string{"schema"}, tt.args...), &out, &errOut)
		if status != tt.status || !strings.Contains(out.String()+errOut.String(), "usage: xxgk schema") {
			t.Errorf("xxgk schema %q = %d, output %q; want %d and the usage", tt.args, status, out.String()+errOut.String(), tt.status)
		}
	}
}
