package report

import (
	"fmt"
	"time"
)

// Date is a calendar day, as printed in a report's metadata. The zero Date
// means the day was not given.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads a day written as YYYY-MM-DD. The empty string gives the
// zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

// IsZero reports whether the day was not given.
func (d Date) IsZero() bool { return d == Date{} }

// String returns the day as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Chinese returns the day as printed in Chinese text, such as "2023年1月1日".
func (d Date) Chinese() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d年%d月%d日", d.Year, int(d.Month), d.Day)
}

// MarshalText encodes the day as YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText decodes a day written as YYYY-MM-DD, or "".
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
