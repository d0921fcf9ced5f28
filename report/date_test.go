package report

import "testing"

// TestDateBefore checks Before on days that differ by year, month or day,
// and on one day.
func TestDateBefore(t *testing.T) {
	days := []Date{{2023, 12, 31}, {2024, 1, 1}, {2024, 1, 31}, {2024, 2, 1}, {2024, 3, 31}, {2025, 1, 1}}
	for i, a := range days {
		for j, b := range days {
			if got := a.Before(b); got != (i < j) {
				t.Errorf("%v.Before(%v) = %v", a, b, got)
			}
		}
	}
}
