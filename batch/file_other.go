//go:build !linux

package batch

import "os"

// file is a file open for reading: an os.File, which on Linux file_linux.go
// does without.
type file struct{ *os.File }

// openFile opens the file name for reading. Its error is an *fs.PathError.
func openFile(name string) (file, error) {
	f, err := os.Open(name)
	return file{f}, err
}

// size returns the size of f when it is a regular file.
func (f file) size() (int64, bool) {
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return 0, false
	}
	return st.Size(), true
}
