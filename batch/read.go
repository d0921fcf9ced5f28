package batch

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/opengov-cn/xxgk/parse"
)

// ReadFile reads a report file as [parse.ReadFile] does, with the same
// result and errors, into a buffer that it takes from a pool and gives back
// once the file is parsed (but for a PDF): the readers of package parse
// copy what they keep, so that a batch does not make a new buffer for
// every file. It is
// the Reader of a batch whose Options.Read is nil, and is safe to call
// from several goroutines at once.
func ReadFile(name string, opts parse.Options) (*parse.Result, error) {
	buf := buffers.Get().(*bytes.Buffer)
	if err := parse.ReadFileInto(buf, name, opts); err != nil {
		putBuffer(buf)
		return nil, err
	}
	res, err := parse.Parse(buf.Bytes(), opts)
	if !parse.IsPDF(buf.Bytes()) {
		// A PDF goes to an engine that may still read it after a time
		// out: its buffer is left to the garbage collector.
		putBuffer(buf)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return res, nil
}

// buffers holds the buffers of ReadFile.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooled is the largest buffer given back to the pool: a rare big file
// does not stay in memory.
const maxPooled = 1 << 20

// putBuffer gives buf back to the pool, unless it is too big.
func putBuffer(buf *bytes.Buffer) {
	if buf.Cap() <= maxPooled {
		buffers.Put(buf)
	}
}
