package pdf

import (
	"os"
	"sync"
	"testing"
)

// The engine takes seconds to start: the tests share one reader, started
// on first use, with the compilation cache in the user's cache directory.
var testEngine struct {
	once sync.Once
	r    *Reader
	err  error
}

func testReader(t testing.TB) *Reader {
	t.Helper()
	testEngine.once.Do(func() {
		testEngine.r, testEngine.err = NewReader(Config{CacheDir: DefaultCacheDir(), Workers: 2})
	})
	if testEngine.err != nil {
		t.Fatal(testEngine.err)
	}
	return testEngine.r
}

func TestMain(m *testing.M) {
	code := m.Run()
	if testEngine.r != nil {
		testEngine.r.Close()
	}
	Close() // the reader of Read, if the examples started it
	os.Exit(code)
}

// readTestdata reads a file of testdata, or of parse/testdata for the
// real reports that package parse keeps (the text and pages the PDFs are
// compared with).
func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if os.IsNotExist(err) {
		data, err = os.ReadFile("../testdata/" + name)
	}
	if err != nil {
		t.Fatal(err)
	}
	return data
}
