package report

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
)

// Amount is a sum of money held as an exact decimal, in the unit that the
// field holding it names (万元 for table 二's 行政事业性收费, 元 for the
// 信息处理费 of section 六). Like a [Count] it can also be blank or "/".
//
// An Amount keeps the scale it was printed with: "0.50" stays "0.50", and
// "0.008" stays "0.008". Amounts are never floats. The zero Amount is the
// number 0.
type Amount struct {
	value decimal.Decimal
	state cellState
}

// cellState says whether a cell holds a value, is blank or is "/".
type cellState uint8

const (
	stateNumber cellState = iota
	stateBlank
	stateNotApplicable
)

// BlankAmount is an amount cell the publisher left empty.
var BlankAmount = Amount{state: stateBlank}

// NotApplicableAmount is an amount cell printed as "/".
var NotApplicableAmount = Amount{state: stateNotApplicable}

// ErrAmountSyntax is returned (wrapped) by [ParseAmount] for text that is not
// a plain decimal number.
var ErrAmountSyntax = errors.New("not a plain decimal number")

// maxAmountDigits bounds the length of an amount's text.
const maxAmountDigits = 40

// ParseAmount reads an amount written as plain decimal digits with an
// optional sign and fractional part, such as "0.008", "96171.6" or "-3".
// Exponent forms ("1e3"), grouping commas, units and spaces are rejected:
// the caller strips units, and a table never prints an exponent. The empty
// string gives [BlankAmount] and "/" gives [NotApplicableAmount].
func ParseAmount(s string) (Amount, error) {
	switch s {
	case "":
		return BlankAmount, nil
	case "/":
		return NotApplicableAmount, nil
	}
	if !IsPlainDecimal(s) {
		return Amount{}, fmt.Errorf("amount %q: %w", s, ErrAmountSyntax)
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return Amount{}, fmt.Errorf("amount %q: %w", s, ErrAmountSyntax)
	}
	return Amount{value: d}, nil
}

// PlainDecimalPattern is the syntax [IsPlainDecimal] accepts, as a regular
// expression of both Go and ECMA-262 (JSON Schema's): an optional minus,
// digits, and digits after a dot. IsPlainDecimal also bounds the length to
// 40 characters.
const PlainDecimalPattern = "^-?" + unsignedDecimal + "$"

// unsignedDecimal is the syntax of a plain decimal without its sign.
const unsignedDecimal = `[0-9]+(\.[0-9]+)?`

// IsPlainDecimal reports whether s is written as [-]digits[.digits], the
// only form in which a report prints a number: no exponent, no grouping,
// no sign but a minus, at most 40 characters.
func IsPlainDecimal(s string) bool {
	if len(s) == 0 || len(s) > maxAmountDigits {
		return false
	}
	if s[0] == '-' {
		s = s[1:]
	}
	digits, dot := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && digits > 0 && i < len(s)-1:
			dot = true
		default:
			return false
		}
	}
	return digits > 0
}

// AmountOf returns an Amount holding d, at d's own scale.
func AmountOf(d decimal.Decimal) Amount { return Amount{value: d} }

// IsBlank reports whether a is a blank cell.
func (a Amount) IsBlank() bool { return a.state == stateBlank }

// IsNotApplicable reports whether a is a cell printed as "/".
func (a Amount) IsNotApplicable() bool { return a.state == stateNotApplicable }

// IsNumber reports whether a holds a number.
func (a Amount) IsNumber() bool { return a.state == stateNumber }

// Decimal returns the value and true, or zero and false for a blank or
// not-applicable cell.
func (a Amount) Decimal() (decimal.Decimal, bool) {
	if a.state != stateNumber {
		return decimal.Zero, false
	}
	return a.value, true
}

// String returns the amount at its printed scale ("0.50" stays "0.50"), ""
// for a blank and "/" for not applicable.
func (a Amount) String() string {
	switch a.state {
	case stateBlank:
		return ""
	case stateNotApplicable:
		return "/"
	}
	if e := a.value.Exponent(); e < 0 {
		return a.value.StringFixed(-e)
	}
	return a.value.String()
}

// Equal reports whether a and b are the same cell: both blank, both "/", or
// both numbers at the same value and the same printed scale.
func (a Amount) Equal(b Amount) bool {
	return a.state == b.state && (a.state != stateNumber || a.String() == b.String())
}

// WanToYuan converts an amount in 万元 to 元, exactly: 0.008 万元 is 80 元.
// Blank and "/" stay as they are.
func (a Amount) WanToYuan() Amount { return a.shift(4) }

// YuanToWan converts an amount in 元 to 万元, exactly: 80 元 is 0.008 万元.
// Blank and "/" stay as they are.
func (a Amount) YuanToWan() Amount { return a.shift(-4) }

// shift multiplies by 10^places. The result drops trailing fractional
// zeros, so conversions print naturally (80 元 gives "0.008", not "0.0080").
func (a Amount) shift(places int32) Amount {
	if a.state != stateNumber {
		return a
	}
	// decimal's String drops trailing fractional zeros; reading it back gives
	// the shortest exact form.
	d, err := decimal.NewFromString(a.value.Shift(places).String())
	if err != nil {
		return Amount{value: a.value.Shift(places)}
	}
	return Amount{value: d}
}

// Unit is the unit printed with an amount whose field does not fix one (the
// 2019 format's 采购总金额 printed no unit, and publishers wrote their own).
type Unit uint8

const (
	// UnitNone means no unit was printed.
	UnitNone Unit = iota
	// UnitYuan is 元.
	UnitYuan
	// UnitWan is 万元 (10,000 元).
	UnitWan
)

var unitInfo = [...]labels{
	UnitNone: {key: "", zh: "", en: ""},
	UnitYuan: {key: "yuan", zh: "元", en: "yuan"},
	UnitWan:  {key: "wan", zh: "万元", en: "10,000 yuan"},
}

// Label returns the unit as printed in Chinese: "元", "万元" or "".
func (u Unit) Label() string { return unitInfo[u.index()].zh }

// English returns the unit's English name.
func (u Unit) English() string { return unitInfo[u.index()].en }

// Key returns the unit's JSON name: "yuan", "wan" or "".
func (u Unit) Key() string { return unitInfo[u.index()].key }

func (u Unit) index() int { return indexIn(int(u), len(unitInfo)) }
