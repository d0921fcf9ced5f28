package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
)

func TestRunDispatch(t *testing.T) {
	tests := []struct {
		args       []string
		wantStatus int
		wantOut    string
		wantErr    string
	}{
		{nil, 2, "usage: xxgk", ""},
		{[]string{"help"}, 0, "example", ""},
		{[]string{"nonsense"}, 2, "", `unknown command "nonsense"`},
		{[]string{"example", "extra"}, 2, "", "usage: xxgk example"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		got := run(tt.args, &out, &errOut)
		if got != tt.wantStatus {
			t.Errorf("run(%q) = %d, want %d", tt.args, got, tt.wantStatus)
		}
		if !strings.Contains(out.String(), tt.wantOut) || !strings.Contains(errOut.String(), tt.wantErr) {
			t.Errorf("run(%q): stdout %q, stderr %q; want them to contain %q and %q", tt.args, out.String(), errOut.String(), tt.wantOut, tt.wantErr)
		}
	}
}

func TestExampleCommand(t *testing.T) {
	var out, errOut bytes.Buffer
	if got := run([]string{"example"}, &out, &errOut); got != 0 {
		t.Fatalf("xxgk example = %d, stderr %q", got, errOut.String())
	}
	if !bytes.Equal(out.Bytes(), examples.Xiaoshan2023JSON) {
		t.Error("xxgk example did not print the embedded JSON")
	}
}
