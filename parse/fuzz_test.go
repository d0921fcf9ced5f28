package parse

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/opengov-cn/xxgk/lang"
)

// seedTestdata adds every test file to a fuzz target's corpus.
func seedTestdata(f *testing.F, ext string) {
	names, _ := filepath.Glob(filepath.Join("testdata", "*"+ext))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// maxParseTime bounds the time one input may take, far above what real
// pages need (a few milliseconds).
const maxParseTime = 2 * time.Second

func FuzzText(f *testing.F) {
	seedTestdata(f, ".txt")
	f.Add([]byte("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 1 | 2\n"))
	f.Add([]byte("四、政府信息公开行政复议、行政诉讼情况 99999999999999999999999999999999999"))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		res, err := Text(data, Options{})
		if d := time.Since(start); d > maxParseTime {
			t.Fatalf("took %v", d)
		}
		checkResult(t, res, err)
	})
}

func FuzzHTML(f *testing.F) {
	seedTestdata(f, ".html")
	f.Add([]byte(`<table><tr><td rowspan="999999">一、本年新收政府信息公开申请数量</td><td colspan=-3>1</td></tr></table>`))
	f.Add([]byte(`<meta charset="gbk"><p>三、收到和处理政府信息公开申请情况</p><table><tr><td>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		res, err := HTML(data, Options{})
		if d := time.Since(start); d > maxParseTime {
			t.Fatalf("took %v", d)
		}
		checkResult(t, res, err)
	})
}

// checkResult checks what every parse must give: a report that encodes, or
// an error; diagnostics with known codes.
func checkResult(t *testing.T, res *Result, err error) {
	t.Helper()
	if err != nil {
		if res != nil {
			t.Fatal("both a result and an error")
		}
		return
	}
	if res.Report == nil || !res.Report.Format.Valid() {
		t.Fatalf("result without a report of a known format: %+v", res)
	}
	if _, err := res.Report.MarshalJSON(); err != nil {
		t.Fatalf("the report does not encode: %v", err)
	}
	for _, d := range res.Diagnostics {
		if _, ok := messages[d.Code]; !ok {
			t.Fatalf("diagnostic with unknown code %q", d.Code)
		}
		_ = d.Message(lang.Chinese)
	}
}
