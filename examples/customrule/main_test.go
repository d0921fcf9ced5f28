package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/opengov-cn/xxgk/examples"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/validate"
)

// TestRun runs the example as "go run" does, and with --lang en.
func TestRun(t *testing.T) {
	for l, want := range map[lang.Lang]string{
		lang.Chinese: "杭州市萧山区人民政府办公室 2023: 0 error(s), 3 warning(s), 0 info(s)\n" +
			"LOCAL-NOT-HELD\t警告\t办结 113 件中 29 件答复本机关不掌握相关政府信息，超过 20%（至多 22 件）\n" +
			"LOCAL-NO-BACKLOG\t警告\t四、结转下年度继续办理 / 自然人 应为 0，实为 10，相差 10\n" +
			"LOCAL-NO-BACKLOG\t警告\t四、结转下年度继续办理 / 总计 应为 0，实为 10，相差 10\n",
		lang.English: "杭州市萧山区人民政府办公室 2023: 0 error(s), 3 warning(s), 0 info(s)\n" +
			"LOCAL-NOT-HELD\twarning\t29 of the 113 requests concluded were answered \"not held\", more than 20% (at most 22)\n" +
			"LOCAL-NO-BACKLOG\twarning\t4. carried forward to next year / natural person should be 0 but is 10 (difference 10)\n" +
			"LOCAL-NO-BACKLOG\twarning\t4. carried forward to next year / total should be 0 but is 10 (difference 10)\n",
	} {
		var out bytes.Buffer
		ok, err := run(&out, l)
		if err != nil || !ok {
			t.Fatalf("run = %v, %v\n%s", ok, err, out.String())
		}
		if out.String() != want {
			t.Errorf("%v: output\n%s\nwant\n%s", l, out.String(), want)
		}
	}
}

// TestIndexMessage checks that LOCAL-INDEX, which writes its message in the
// language asked for, comes out in English with --lang en and in Chinese
// without it.
func TestIndexMessage(t *testing.T) {
	local, err := rules()
	if err != nil {
		t.Fatal(err)
	}
	r := examples.Xiaoshan2023()
	r.Metadata.IndexNumber = ""
	for l, want := range map[lang.Lang]string{
		lang.Chinese: "报告未载明索引号",
		lang.English: "the report carries no index number (索引号)",
	} {
		res := validate.Validate(r, validate.Options{Rules: local[1:2], Language: l})
		if len(res.Findings) != 1 || res.Findings[0].Message.In(l) != want {
			t.Errorf("%v: %v", l, res.Findings)
		}
	}
}

// TestRules checks each local rule on reports that pass and fail it.
func TestRules(t *testing.T) {
	local, err := rules()
	if err != nil {
		t.Fatal(err)
	}
	codes := func(r *report.Report) []string {
		var out []string
		for _, f := range validate.Validate(r, validate.Options{Rules: local}).Findings {
			out = append(out, f.Code+" "+f.Severity.String())
		}
		return out
	}
	r := examples.Xiaoshan2023()
	r.Metadata.IndexNumber = ""
	r.Table3.Rows[report.RowCarriedForward] = report.Row{0, 0, 0, 0, 0, 0, 0}
	r.Table3.Rows[report.RowCannotProvideNotHeld][report.ApplicantTotal] = 22 // 22 of 113: under 20%
	if got := strings.Join(codes(r), ","); got != "LOCAL-INDEX error" {
		t.Errorf("findings %s, want LOCAL-INDEX only", got)
	}
	r.Table3.Rows[report.RowConcluded][report.ApplicantTotal] = report.Blank
	if got := strings.Join(codes(r), ","); got != "LOCAL-NOT-HELD info,LOCAL-INDEX error" {
		t.Errorf("with a blank total: findings %s", got)
	}
}
