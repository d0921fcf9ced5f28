package main

import (
	"fmt"
	"runtime/debug"
)

// versionCommand declares xxgk version.
func versionCommand() command {
	return command{
		name:    "version",
		summary: "print the version of xxgk",
		doc: `Prints the version of the module github.com/opengov-cn/xxgk that xxgk
was built from (a release, or a pseudo-version made from the commit
built), "(devel)" when the toolchain recorded none; then the revision of
version control it was built from, with "modified" when the working tree
had changes; then the version of Go:

	xxgk v1.2.0 (revision 0123abc…) go1.24.0`,
		new: func() runner { return versionRunner{} },
	}
}

type versionRunner struct{ noFlags }

func (versionRunner) run(e *env, _ []string) int {
	info, _ := debug.ReadBuildInfo()
	fmt.Fprintln(e.stdout, versionLine(info))
	return 0
}

// versionLine returns the line xxgk version prints for the build info
// (nil when there is none).
func versionLine(info *debug.BuildInfo) string {
	version, goVersion := "", ""
	var revision, modified string
	if info != nil {
		version, goVersion = info.Main.Version, info.GoVersion
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.modified":
				modified = s.Value
			}
		}
	}
	if version == "" {
		version = "(devel)"
	}
	line := "xxgk " + version
	if revision != "" {
		line += " (revision " + revision
		if modified == "true" {
			line += ", modified"
		}
		line += ")"
	}
	if goVersion != "" {
		line = fmt.Sprintf("%s %s", line, goVersion)
	}
	return line
}
