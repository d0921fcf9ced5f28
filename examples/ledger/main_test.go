package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// TestRun runs the example on its sample ledger, as "go run" does.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	ok, err := run(&out, sample, 2024)
	if err != nil || !ok {
		t.Fatalf("run = %v, %v; want a clean report\n%s", ok, err, out.String())
	}
	text := out.String()
	if !strings.HasPrefix(text, "15 requests in the ledger; validation: 0 error(s), 0 warning(s), 0 info(s)\n") {
		t.Errorf("output begins %q", text[:min(len(text), 120)])
	}
	// 13 received in 2024, 2 carried over from 2023, 2 still open on 31
	// December: the totals of their rows.
	for _, tt := range []struct{ row, total string }{
		{"一、本年新收政府信息公开申请数量", "13"},
		{"二、上年结转政府信息公开申请数量", "2"},
		{"四、结转下年度继续办理", "2"},
	} {
		re := regexp.MustCompile(regexp.QuoteMeta(tt.row) + `[^\n]*\|\s*` + tt.total + ` \|\n`)
		if !re.MatchString(text) {
			t.Errorf("row %s does not end with total %s", tt.row, tt.total)
		}
	}
}

func TestRunBadLedger(t *testing.T) {
	for _, tt := range []struct{ ledger, want string }{
		{"", "empty"},
		{"编号,申请人类别,收到日期,办结日期,办理结果\n1,路人,2024-01-01,,\n", `line 2: applicant "路人"`},
		{"编号,申请人类别,收到日期,办结日期,办理结果\n1,自然人,2024/01/01,,\n", "line 2: received"},
		{"编号,申请人类别,收到日期,办结日期,办理结果\n1,自然人,2024-01-01,2024-01-09,驳回\n", `line 2: outcome "驳回"`},
		{"编号,申请人类别,收到日期,办结日期,办理结果\n1,自然人,2024-01-01,,予以公开\n", "outcome given but no conclusion date"},
		{"编号,申请人类别\n", "wrong number of fields"},
	} {
		var out bytes.Buffer
		if _, err := run(&out, []byte(tt.ledger), 2024); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ledger %q: error %v, want one containing %q", tt.ledger, err, tt.want)
		}
	}
}
