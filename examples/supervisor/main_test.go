package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestRun runs the example on its sample folder, as "go run" does, and
// reads the CSV back as a spreadsheet would.
func TestRun(t *testing.T) {
	dir, err := writeSample()
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	var out, log bytes.Buffer
	s, err := run(&out, &log, dir)
	if err != nil {
		t.Fatal(err)
	}
	if s.Read != 3 || s.WithErrors != 1 || s.WithWarnings != 1 || s.Unreadable != 0 {
		t.Errorf("summary %+v", s)
	}
	data, ok := bytes.CutPrefix(out.Bytes(), []byte("\uFEFF"))
	if !ok {
		t.Error("no byte order mark for Excel")
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"文件", "编制机关", "年度", "规则", "严重程度", "单元格", "应为", "实为", "说明"},
		{"某某镇/2023.txt", "某某镇人民政府", "2023", "T4-TOTAL", "错误", "行政复议 / 总计", "5", "4", "行政复议 / 总计 应为 5，实为 4，相差 -1"},
		{"萧山区/2023.html", "杭州市萧山区人民政府办公室", "2023", "X-CARRY", "警告", "二、上年结转政府信息公开申请数量 / 自然人", "7", "8", "二、上年结转政府信息公开申请数量 / 自然人 应为 7，实为 8，相差 1"},
		{"萧山区/2023.html", "杭州市萧山区人民政府办公室", "2023", "X-CARRY", "警告", "二、上年结转政府信息公开申请数量 / 总计", "7", "8", "二、上年结转政府信息公开申请数量 / 总计 应为 7，实为 8，相差 1"},
	}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("rows\n%q\nwant\n%q", rows, want)
	}
	if !strings.Contains(log.String(), "萧山区/2023.html compared with last year's 萧山区/2022.json") {
		t.Errorf("log %q names no chain", log.String())
	}
}

func TestRunEmptyFolder(t *testing.T) {
	var out, log bytes.Buffer
	if _, err := run(&out, &log, filepath.Join(t.TempDir())); err == nil || !strings.Contains(err.Error(), "no report files") {
		t.Errorf("empty folder: %v", err)
	}
}
