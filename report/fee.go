package report

import (
	"errors"
	"fmt"
	"math"

	"github.com/shopspring/decimal"
)

// MaxFeeRequests is the largest number of requests in a month that
// [PerRequestFee] and [PerRequestFeeAfter] compute a fee for. Each 10
// requests past the 30th make a band of their own; the limit keeps the
// breakdown a sensible size, and no applicant comes near it.
const MaxFeeRequests = 100_000

// ErrFeeInput is returned (wrapped) by the fee calculators for a negative
// number of requests or pages, or more requests than [MaxFeeRequests].
var ErrFeeInput = errors.New("bad input to the information processing fee")

// ProcessingFee is an information processing fee (信息处理费) and how it was
// computed, band by band. The fee is charged under
// 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号), in force from 1
// January 2021, progressively above a free threshold (超额累进), in one of two
// ways chosen for each request, never both:
//
//   - per-request charging (按件计收, 第四条): the requests of one applicant in
//     one natural month are counted together; the 1st to 10th are free, the
//     11th to 30th cost 100 元 each, and from the 31st each further band of
//     10 costs 100 元 more a request (31st–40th 200 元, 41st–50th 300 元, …);
//   - per-page charging (按量计收, 第五条): the pages of one request; pages 1
//     to 30 are free, 31 to 100 cost 10 元 a page, 101 to 200 20 元 a page,
//     and from 201 on 40 元 a page.
type ProcessingFee struct {
	// Total is the fee in 元.
	Total Amount
	// Bands is the breakdown: one entry for each band that holds some of the
	// requests or pages, in order, free bands included.
	Bands []FeeBand
}

// FeeBand is the part of a fee that falls in one band of the schedule.
type FeeBand struct {
	// From and To are the first and last request (or page) charged in this
	// band, counted from 1: the 11th to the 30th request, say. To is the
	// last one charged, not the band's upper limit.
	From, To int
	// Count is the number of requests or pages charged in the band.
	Count int
	// Rate is the charge in 元 for each request or page in the band.
	Rate Amount
	// Subtotal is Rate × Count, in 元.
	Subtotal Amount
}

// String returns the band as "11–30: 20 × 100 元 = 2000 元".
func (b FeeBand) String() string {
	return fmt.Sprintf("%d–%d: %d × %s 元 = %s 元", b.From, b.To, b.Count, b.Rate, b.Subtotal)
}

// PerRequestFee returns the fee under per-request charging (按件计收) for the
// first n requests that one applicant made in one natural month: 45 requests
// cost 0×10 + 100×20 + 200×10 + 300×5 = 5500 元.
//
// It fails for a negative n or one above [MaxFeeRequests].
func PerRequestFee(n int) (ProcessingFee, error) { return PerRequestFeeAfter(0, n) }

// PerRequestFeeAfter returns the fee under per-request charging for n more
// requests of an applicant who has already made earlier requests in the same
// natural month: the charge for the request in hand when a fee notice
// (收费通知) is due. PerRequestFeeAfter(44, 1) is 300 元, the charge for the
// 45th request. Requests are counted in the order received; counting earlier
// requests that were charged per page (or not charged at all) is the
// caller's reading of 第四条.
//
// It fails for a negative count or when earlier+n exceeds [MaxFeeRequests].
func PerRequestFeeAfter(earlier, n int) (ProcessingFee, error) {
	if earlier < 0 || n < 0 {
		return ProcessingFee{}, fmt.Errorf("per-request fee for %d requests after %d: %w: negative count", n, earlier, ErrFeeInput)
	}
	if earlier > MaxFeeRequests || n > MaxFeeRequests-earlier {
		return ProcessingFee{}, fmt.Errorf("per-request fee for %d requests after %d: %w: more than %d requests in a month", n, earlier, ErrFeeInput, MaxFeeRequests)
	}
	return feeOver(earlier+1, earlier+n, requestBand), nil
}

// PerPageFee returns the fee under per-page charging (按量计收) for one
// request of the given number of pages: 250 pages cost 0×30 + 10×70 +
// 20×100 + 40×50 = 4700 元.
//
// It fails for a negative number of pages.
func PerPageFee(pages int) (ProcessingFee, error) {
	if pages < 0 {
		return ProcessingFee{}, fmt.Errorf("per-page fee for %d pages: %w: negative count", pages, ErrFeeInput)
	}
	return feeOver(1, pages, pageBand), nil
}

// requestBand returns the band of 第四条 that holds the nth request of a
// month: its first and last request and its rate in 元.
func requestBand(n int) (from, to int, rate int64) {
	switch {
	case n <= 10:
		return 1, 10, 0
	case n <= 30:
		return 11, 30, 100
	}
	k := (n - 31) / 10
	return 31 + 10*k, 40 + 10*k, 200 + 100*int64(k)
}

// pageBand returns the band of 第五条 that holds page n of a request.
func pageBand(n int) (from, to int, rate int64) {
	switch {
	case n <= 30:
		return 1, 30, 0
	case n <= 100:
		return 31, 100, 10
	case n <= 200:
		return 101, 200, 20
	}
	return 201, math.MaxInt, 40
}

// feeOver charges units first to last (counted from 1) by the bands of a
// schedule. It gives no bands and a zero total when last < first.
func feeOver(first, last int, band func(int) (from, to int, rate int64)) ProcessingFee {
	total := decimal.Zero
	var bands []FeeBand
	for n := first; n <= last; {
		_, to, rate := band(n)
		to = min(to, last)
		count := to - n + 1
		subtotal := decimal.NewFromInt(rate).Mul(decimal.NewFromInt(int64(count)))
		bands = append(bands, FeeBand{
			From: n, To: to, Count: count,
			Rate:     AmountOf(decimal.NewFromInt(rate)),
			Subtotal: AmountOf(subtotal),
		})
		total = total.Add(subtotal)
		if to == last {
			break
		}
		n = to + 1
	}
	return ProcessingFee{Total: AmountOf(total), Bands: bands}
}
