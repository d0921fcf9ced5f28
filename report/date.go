package report

import (
	"errors"
	"fmt"
	"time"
)

// Date is a calendar day, as printed in a report's metadata. The zero Date
// means the day was not given.
type Date struct {
	Year  int        // the year, such as 2024
	Month time.Month // the month, 1 to 12
	Day   int        // the day of the month, 1 to 31
}

// ParseDate reads a day written as YYYY-MM-DD. The empty string gives the
// zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	d := Date{t.Year(), t.Month(), t.Day()}
	if err != nil || !d.Valid() {
		return Date{}, fmt.Errorf("date %q: %w (want YYYY-MM-DD)", s, ErrBadDate)
	}
	return d, nil
}

// DatePattern is the syntax of a day that [ParseDate] accepts, as a regular
// expression of both Go and ECMA-262 (JSON Schema's): YYYY-MM-DD of a real
// calendar day of the years 0001 to 9999, leap days included (2024-02-29,
// 2000-02-29; not 2023-02-29, 1900-02-29 or 2024-04-31). It does not match
// the empty string, which ParseDate reads as the zero Date.
const DatePattern = "^(" + year + "-(" + monthDay + ")|" + leapYear + "-02-29)$"

// The parts of DatePattern.
const (
	// year is 0001 to 9999.
	year = "([0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})"
	// monthDay is a day of a month that every year has: 29 and 30 in every
	// month but February, 31 in the long months.
	monthDay = "(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31"
	// leapYear is a year divisible by 4 but not by 100, or by 400.
	leapYear = "([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][48]|[13579][26]|[2468]0)00)"
)

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

// Valid reports whether d is the zero Date or a real calendar day of the
// years 1 to 9999.
func (d Date) Valid() bool {
	if d.IsZero() {
		return true
	}
	t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	return d.Year >= 1 && d.Year <= 9999 && t.Year() == d.Year && t.Month() == d.Month && t.Day() == d.Day
}

// MarshalText encodes the day as YYYY-MM-DD; a day that is not Valid is an
// error.
func (d Date) MarshalText() ([]byte, error) {
	if !d.Valid() {
		return nil, fmt.Errorf("date %d-%d-%d: %w", d.Year, int(d.Month), d.Day, ErrBadDate)
	}
	return []byte(d.String()), nil
}

// ErrBadDate is returned (wrapped) for a date that is not a real calendar
// day written YYYY-MM-DD.
var ErrBadDate = errors.New("not a calendar day")

// UnmarshalText decodes a day written as YYYY-MM-DD, or "".
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Before reports whether d is an earlier day than e.
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}
