package validate

import "github.com/shopspring/decimal"

// fixed is a small exact decimal, coef × 10^exp, for comparing amounts
// without allocating: the fee rules run on every validation. Where a figure
// does not fit, the rules fall back to package decimal.
type fixed struct {
	coef int64
	exp  int32
}

// maxFixedDigits is the most digits a fixed coefficient holds, so that
// aligning two of them by a few powers of ten cannot overflow.
const maxFixedDigits = 15

// fixedOf returns d as a fixed, and false when it has too many digits.
func fixedOf(d decimal.Decimal) (fixed, bool) {
	if d.NumDigits() > maxFixedDigits || d.Exponent() > 30 || d.Exponent() < -30 {
		return fixed{}, false
	}
	return fixed{d.CoefficientInt64(), d.Exponent()}, true
}

// parseFixed reads plain digits with an optional decimal point and ","
// between groups of three, as the prose prints a figure.
func parseFixed(s string) (fixed, bool) {
	var f fixed
	digits, point := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			if digits++; digits > maxFixedDigits {
				return fixed{}, false
			}
			f.coef = f.coef*10 + int64(c-'0')
			if point {
				f.exp--
			}
		case c == '.' && !point:
			point = true
		case c == ',' && !point:
		default:
			return fixed{}, false
		}
	}
	return f, digits > 0
}

// cmp compares a and b: -1, 0 or +1, and false when aligning their
// exponents would overflow.
func (a fixed) cmp(b fixed) (int, bool) {
	for a.exp > b.exp {
		if a.coef > 1e17 || a.coef < -1e17 {
			return 0, false
		}
		a.coef *= 10
		a.exp--
	}
	for b.exp > a.exp {
		if b.coef > 1e17 || b.coef < -1e17 {
			return 0, false
		}
		b.coef *= 10
		b.exp--
	}
	switch {
	case a.coef < b.coef:
		return -1, true
	case a.coef > b.coef:
		return 1, true
	}
	return 0, true
}

// multipleOfTen reports whether f is a whole multiple of 10.
func (f fixed) multipleOfTen() bool {
	c, e := f.coef, f.exp
	for ; e < 1; e++ {
		if c%10 != 0 {
			return false
		}
		c /= 10
	}
	return true
}

// decimal returns f as a decimal.Decimal.
func (f fixed) decimal() decimal.Decimal { return decimal.New(f.coef, f.exp) }
