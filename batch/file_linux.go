package batch

import (
	"io"
	"io/fs"
	"syscall"
)

// file is a file open for reading, opened and read with the system's calls.
// os.Open would also offer the file to the runtime's poller, which refuses
// a regular file, in five more calls (two to make the file non-blocking
// and back, one to register it), and make an os.File for the garbage
// collector to clean up: a batch opens thousands of files.
type file struct {
	fd   int
	name string
}

// openFile opens the file name for reading. Its error, as os.Open's, is an
// *fs.PathError.
func openFile(name string) (*file, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		switch err {
		case nil:
			return &file{fd: fd, name: name}, nil
		case syscall.EINTR: // interrupted by a signal: again
		default:
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
	}
}

// size returns the size of f when it is a regular file.
func (f *file) size() (int64, bool) {
	var st syscall.Stat_t
	if err := syscall.Fstat(f.fd, &st); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return 0, false
	}
	return st.Size, true
}

// Read reads from f as an os.File does, with its errors.
func (f *file) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for {
		n, err := syscall.Read(f.fd, p)
		switch {
		case err == syscall.EINTR: // interrupted by a signal: again
		case err != nil:
			return 0, &fs.PathError{Op: "read", Path: f.name, Err: err}
		case n == 0:
			return 0, io.EOF
		default:
			return n, nil
		}
	}
}

// Close closes f.
func (f *file) Close() error { return syscall.Close(f.fd) }
