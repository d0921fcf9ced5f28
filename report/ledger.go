package report

import (
	"errors"
	"fmt"
)

// Application is one entry of a ledger (台账) of requests for government
// information: who applied, when the request was received, and when and how
// it was concluded. [TallyLedger] builds table 三 from a ledger.
type Application struct {
	// ID is the ledger's own number for the entry (受理编号), if any. It is
	// not counted; errors quote it to help find the entry.
	ID string
	// Applicant is the applicant's category: one of [ApplicantCategories],
	// never [ApplicantTotal].
	Applicant Applicant
	// Received is the day the request was received (收到申请之日).
	Received Date
	// Concluded is the day the request was concluded (answered or otherwise
	// closed), or the zero Date while it is still open.
	Concluded Date
	// Outcome is the row of 三、本年度办理结果 under which the request was
	// concluded, such as [RowDisclosed] or [RowWithheldStateSecret]. Leave it
	// zero while the request is open.
	Outcome Table3Row
}

// Errors that a [LedgerError] wraps.
var (
	// ErrNotApplicantCategory is an applicant that is not one of the six
	// categories (the 总计 column is not a category).
	ErrNotApplicantCategory = errors.New("not an applicant category")
	// ErrMissingDate is a required date that is not given.
	ErrMissingDate = errors.New("date not given")
	// ErrConcludedBeforeReceived is a request concluded before it was
	// received.
	ErrConcludedBeforeReceived = errors.New("concluded before it was received")
	// ErrNotOutcomeRow is an outcome that is not an outcome row of the
	// format (for instance the total （七）总计, a row outside
	// 三、本年度办理结果, or a row of the other format).
	ErrNotOutcomeRow = errors.New("not an outcome row")
	// ErrMissingOutcome is a concluded request with no outcome row.
	ErrMissingOutcome = errors.New("concluded but no outcome row given")
	// ErrOutcomeWhileOpen is an outcome given for a request that has no
	// conclusion date.
	ErrOutcomeWhileOpen = errors.New("outcome given but no conclusion date")
)

// LedgerError is a bad ledger entry: which entry, which field, and what is
// wrong with it.
type LedgerError struct {
	// Index is the entry's index in the ledger, from 0.
	Index int
	// ID is the entry's own number, if it has one.
	ID string
	// Field is the name of the field of [Application] that is wrong.
	Field string
	// Err says what is wrong.
	Err error
}

// Error returns a message such as
// `ledger entry 12 ("2023-045"): Outcome: （七）总计: not an outcome row of format 2021`.
func (e *LedgerError) Error() string {
	where := fmt.Sprintf("ledger entry %d", e.Index)
	if e.ID != "" {
		where += fmt.Sprintf(" (%q)", e.ID)
	}
	return where + ": " + e.Field + ": " + e.Err.Error()
}

// Unwrap returns the underlying problem, for errors.Is.
func (e *LedgerError) Unwrap() error { return e.Err }

// TallyLedger builds table 三 of the report on the given year, in format f
// (usually [FormatForYear] of the year), from a ledger of requests. Each request is counted in its applicant's
// column:
//
//   - 一、本年新收 (received) if it was received in the year;
//   - 二、上年结转 (carried over) if it was received before the year and was
//     still open on 1 January, that is, not concluded before the year;
//   - in its outcome row if it was concluded in the year;
//   - 四、结转下年度继续办理 (carried forward) if it was received by 31
//     December and was still open at the end of the year: not concluded, or
//     concluded in a later year.
//
// Requests concluded before the year, or received after it, are not counted.
// Every cell of the format is set, 0 where nothing is counted, and the totals
// are filled; the rows of the other format are left blank, as [New] leaves
// them. The result satisfies the identity of the table: in every column,
// received plus carried over equals concluded plus carried forward.
//
// An entry is checked whether or not it counts in the year. Every bad entry
// is reported: the error joins a [*LedgerError] for each problem, in ledger
// order (use errors.As to get the first). A request concluded in a later year
// is no error: it is carried forward, and its outcome must be an outcome row
// of either format.
func TallyLedger(year int, f Format, entries []Application) (Table3, error) {
	var t Table3
	if !f.Valid() {
		return t, fmt.Errorf("tally ledger: %w", ErrBadFormat)
	}
	for r := range t.Rows {
		if Table3Row(r).In(f) {
			t.Rows[r] = Row{}
		} else {
			t.Rows[r] = BlankRow
		}
	}
	var errs []error
	for i, e := range entries {
		bad := checkApplication(year, f, e)
		for _, b := range bad {
			b.Index, b.ID = i, e.ID
			errs = append(errs, b)
		}
		if len(bad) > 0 {
			continue
		}
		a := e.Applicant
		receivedBefore := e.Received.Year < year
		receivedIn := e.Received.Year == year
		open := e.Concluded.IsZero()
		concludedIn := !open && e.Concluded.Year == year
		openAtYearEnd := open || e.Concluded.Year > year
		switch {
		case receivedIn:
			t.Rows[RowReceived][a]++
		case receivedBefore && (open || e.Concluded.Year >= year):
			t.Rows[RowCarriedOver][a]++
		}
		if concludedIn {
			t.Rows[e.Outcome][a]++
		}
		if (receivedBefore || receivedIn) && openAtYearEnd {
			t.Rows[RowCarriedForward][a]++
		}
	}
	if len(errs) > 0 {
		return Table3{}, errors.Join(errs...)
	}
	t.FillTotals(f)
	return t, nil
}

// checkApplication returns the problems of one ledger entry, each naming the
// field; the caller fills in where the entry is.
func checkApplication(year int, f Format, e Application) []*LedgerError {
	var bad []*LedgerError
	add := func(field string, err error) { bad = append(bad, &LedgerError{Field: field, Err: err}) }
	if e.Applicant >= ApplicantTotal {
		add("Applicant", fmt.Errorf("%s: %w", applicantName(e.Applicant), ErrNotApplicantCategory))
	}
	receivedOK := false
	switch {
	case e.Received.IsZero():
		add("Received", ErrMissingDate)
	case !e.Received.Valid():
		add("Received", fmt.Errorf("%d-%d-%d: %w", e.Received.Year, e.Received.Month, e.Received.Day, ErrBadDate))
	default:
		receivedOK = true
	}
	if e.Concluded.IsZero() {
		if e.Outcome != 0 {
			add("Outcome", fmt.Errorf("%s: %w", rowName(e.Outcome), ErrOutcomeWhileOpen))
		}
		return bad
	}
	if !e.Concluded.Valid() {
		add("Concluded", fmt.Errorf("%d-%d-%d: %w", e.Concluded.Year, e.Concluded.Month, e.Concluded.Day, ErrBadDate))
		return bad
	}
	if receivedOK && e.Concluded.Before(e.Received) {
		add("Concluded", fmt.Errorf("%s, received %s: %w", e.Concluded, e.Received, ErrConcludedBeforeReceived))
	}
	switch {
	case e.Outcome == 0:
		add("Outcome", ErrMissingOutcome)
	case e.Concluded.Year == year && !isOutcomeRow(e.Outcome, f):
		add("Outcome", fmt.Errorf("%s: %w of format %s", rowName(e.Outcome), ErrNotOutcomeRow, f))
	case !isOutcomeRow(e.Outcome, Format2019) && !isOutcomeRow(e.Outcome, Format2021):
		add("Outcome", fmt.Errorf("%s: %w", rowName(e.Outcome), ErrNotOutcomeRow))
	}
	return bad
}

// isOutcomeRow reports whether r is one of [OutcomeRows] of format f.
func isOutcomeRow(r Table3Row, f Format) bool {
	if r >= NumTable3Rows {
		return false
	}
	g, ok := r.Outcome()
	return ok && g != Concluded && r.In(f)
}

// rowName names a row in an error message, even one out of range.
func rowName(r Table3Row) string {
	if r >= NumTable3Rows {
		return fmt.Sprintf("row %d", r)
	}
	if g, ok := r.Outcome(); ok && r.IsReason() {
		return g.Label() + r.Label()
	}
	return r.Label()
}

// applicantName names an applicant in an error message, even one out of
// range.
func applicantName(a Applicant) string {
	if a >= NumApplicants {
		return fmt.Sprintf("applicant %d", a)
	}
	return a.Label()
}
