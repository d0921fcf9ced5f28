// Package chromium finds and runs a headless Chromium for the tests that
// check rendered pages in a real browser (see render and compare). It has
// no Go browser library behind it: a test runs Chromium with --dump-dom or
// --screenshot and reads what it writes.
package chromium

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"time"

	"github.com/opengov-cn/xxgk/internal/program"
)

// Names are the commands Find tries, in order, after $XXGK_CHROMIUM.
var Names = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "headless_shell"}

// Find returns the path of a Chromium: $XXGK_CHROMIUM, or the first of
// Names on $PATH; "" when there is none.
func Find() string { return program.Find("XXGK_CHROMIUM", Names) }

// Missing is the message a test skips with (or fails with on CI) when Find
// finds no Chromium.
func Missing() string {
	return "no Chromium found (tried $XXGK_CHROMIUM and " + strings.Join(Names, ", ") +
		" on $PATH); install one (Debian: apt-get install chromium) to run the real-browser test"
}

// Run runs bin headless with a fresh profile in profileDir and the flags
// that keep it off the network, then args, for at most a minute, and
// returns its standard output.
func Run(bin, profileDir string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--hide-scrollbars", "--user-data-dir=" + profileDir}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s: %v\n%s", bin, err, stderr.String())
	}
	return stdout.Bytes(), nil
}
