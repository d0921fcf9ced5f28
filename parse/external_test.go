package parse

import (
	"errors"
	"testing"

	"github.com/opengov-cn/xxgk/lang"
)

func TestFromBlocks(t *testing.T) {
	at := func(page, row, cell int) Location { return Location{Page: page, Table: 1, Row: row, Cell: cell} }
	blocks := []Block{
		{Text: "某某县人民政府2024年政府信息公开工作年度报告", At: Location{Page: 1, Line: 1}},
		{Text: "三、收到和处理政府信息公开申请情况", At: Location{Page: 2, Line: 1}},
		{Rows: [][]Cell{
			{{Text: "一、本年新收政府信息公开申请数量", At: at(2, 1, 1)}, {Text: "x", At: at(2, 1, 2)}, {Text: "0", At: at(2, 1, 3)}},
		}, At: at(2, 1, 1)},
	}
	res, err := FromBlocks(KindPDF, blocks, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Kind != KindPDF || res.Kind.String() != "pdf" || res.Report.Metadata.Year != 2024 {
		t.Errorf("kind %s, year %d", res.Kind, res.Report.Metadata.Year)
	}
	found := false
	for _, d := range res.Diagnostics {
		if d.At.Page == 2 && d.At.Row == 1 {
			found = true
			if got := d.At.String(); got != "page 2, table 1, row 1, cell 2" && got != "page 2, table 1, row 1, cell 1" {
				t.Errorf("location %q", got)
			}
		}
	}
	if !found {
		t.Errorf("no diagnostic on page 2: %v", res.Diagnostics)
	}
	if _, err := FromBlocks(KindPDF, []Block{{Text: ""}}, Options{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty: %v", err)
	}
}

func TestPageLocation(t *testing.T) {
	for _, tt := range []struct {
		l      Location
		en, zh string
	}{
		{Location{Page: 3}, "page 3", "第3页"},
		{Location{Page: 3, Line: 5}, "page 3, line 5", "第3页第5行"},
		{Location{Page: 4, Table: 2, Row: 5, Cell: 4}, "page 4, table 2, row 5, cell 4", "第4页表2第5行第4格"},
	} {
		if got := tt.l.String(); got != tt.en {
			t.Errorf("%+v: %q, want %q", tt.l, got, tt.en)
		}
		if got := tt.l.In(lang.Chinese); got != tt.zh {
			t.Errorf("%+v: %q, want %q", tt.l, got, tt.zh)
		}
	}
}

func TestDetectPDF(t *testing.T) {
	if Detect([]byte("%PDF-1.7\n...")) != KindPDF {
		t.Error("a PDF header not detected")
	}
	if _, err := Parse([]byte("%PDF-1.7\n%%EOF"), Options{}); !errors.Is(err, ErrNoPDFReader) {
		t.Errorf("error %v", err)
	}
}
