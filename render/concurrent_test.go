package render

import (
	"bytes"
	"io"
	"sync"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// TestConcurrentRendering checks that renderers sharing the pooled buffers
// and the prepared tables give, at once from several goroutines, the bytes
// they give one at a time.
func TestConcurrentRendering(t *testing.T) {
	renderers := []func(io.Writer, *report.Report, lang.Lang, ...Option) error{Markdown, Text, HTML}
	r := examples.Xiaoshan2023()
	var want [3][2][]byte
	for i, fn := range renderers {
		for _, l := range []lang.Lang{lang.Chinese, lang.English} {
			var b bytes.Buffer
			if err := fn(&b, r, l); err != nil {
				t.Fatal(err)
			}
			want[i][l] = b.Bytes()
		}
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for n := range 20 {
				i, l := (g+n)%len(renderers), lang.Lang((g+n)%2)
				var b bytes.Buffer
				if err := renderers[i](&b, r, l); err != nil {
					t.Error(err)
					return
				}
				if !bytes.Equal(b.Bytes(), want[i][l]) {
					t.Errorf("renderer %d in %v: output differs when run concurrently", i, l)
					return
				}
			}
		})
	}
	wg.Wait()
}
