package report

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Path names one cell of a report. Its syntax is the table, the row and the
// column, by their keys, joined with dots:
//
//	table2.<row>.<column>       table2.regulations.issued
//	table3.<row>.<applicant>    table3.withheld_state_secret.natural_person
//	table4.<proceeding>.<result> table4.sued_directly.total
//	fees.<fact>                 fees.collected
//
// The keys are those of [Table2Row], [Table2Column], [Table3Row],
// [Applicant], [Proceeding] and [Table4Column]; the fee facts are "notices" and
// "collected". A path is the same in every format where its cell exists, and
// it is also the cell's place in the report's JSON.
type Path string

// The paths of the 信息处理费 facts of section 六.
const (
	PathFeeNotices   Path = "fees.notices"
	PathFeeCollected Path = "fees.collected"
)

// ErrUnknownPath is returned (wrapped) for a path that names no cell of the
// report's format.
var ErrUnknownPath = errors.New("no such cell")

// CellKind says what a cell holds.
type CellKind uint8

const (
	// KindCount is a count that may not be negative.
	KindCount CellKind = iota
	// KindSignedCount is a count that may be negative (本年增/减).
	KindSignedCount
	// KindAmount is a decimal amount of money.
	KindAmount
)

// Cell describes one cell of the report: where it is, what it holds and
// what it is called. The fields that place it are set for its table only.
type Cell struct {
	// Path names the cell.
	Path Path
	// Table is 2, 3 or 4 for the cells of those tables, 6 for the fee facts
	// of section 六.
	Table int
	// Kind says what the cell holds.
	Kind CellKind
	// Unit is the unit of an amount cell: UnitWan for table 二's fee,
	// UnitYuan for the 信息处理费, UnitNone where the report prints its own.
	Unit Unit

	// Table2Row and Table2Column place a cell of table 二.
	Table2Row    Table2Row
	Table2Column Table2Column
	// Table3Row and Applicant place a cell of table 三.
	Table3Row Table3Row
	Applicant Applicant
	// Proceeding and Table4Column place a cell of table 四.
	Proceeding   Proceeding
	Table4Column Table4Column

	formats formatSet
}

// In reports whether the cell is part of format f.
func (c *Cell) In(f Format) bool { return c.formats.has(f) }

// LabelPath returns the cell's official labels from the outermost, as
// format f prints them, such as ["三、本年度办理结果", "（三）不予公开",
// "1.属于国家秘密", "自然人"].
func (c *Cell) LabelPath(f Format) []string {
	switch c.Table {
	case 2:
		return []string{c.item().Label(), c.Table2Row.Label(f), c.Table2Column.Label(f)}
	case 3:
		p := c.Table3Row.LabelPath()
		if c.Applicant.IsOrganisation() {
			p = append(p, LabelLegalPersons)
		}
		return append(p, c.Applicant.Label())
	case 4:
		return append(c.Proceeding.LabelPath(), c.Table4Column.Label())
	}
	return []string{SectionOtherMatters.Label(f), feeInfo[c.feeFact()].zh}
}

// EnglishPath is LabelPath in English.
func (c *Cell) EnglishPath() []string {
	switch c.Table {
	case 2:
		return []string{c.item().English(), c.Table2Row.English(), c.Table2Column.English()}
	case 3:
		p := c.Table3Row.EnglishPath()
		if c.Applicant.IsOrganisation() {
			p = append(p, EnglishLegalPersons)
		}
		return append(p, c.Applicant.English())
	case 4:
		return append(c.Proceeding.EnglishPath(), c.Table4Column.English())
	}
	return []string{SectionOtherMatters.English(), feeInfo[c.feeFact()].en}
}

// Label returns the cell's full official label in format f, its labels
// joined with " / ": "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / 自然人".
func (c *Cell) Label(f Format) string { return strings.Join(c.LabelPath(f), labelSep) }

// labelSep joins labels from the outermost into a full label.
const labelSep = " / "

// English returns the cell's full English label.
func (c *Cell) English() string { return strings.Join(c.EnglishPath(), labelSep) }

// item returns the band of table 二 that holds the cell.
func (c *Cell) item() Article20Item {
	if it, ok := table2Items[c.Table2Row]; ok {
		return it
	}
	return Item1
}

// table2Items maps each row of table 二 to its band, as the first format
// that prints the row has it, so that item makes no layout.
var table2Items = func() map[Table2Row]Article20Item {
	items := make(map[Table2Row]Article20Item)
	for _, f := range Formats() {
		for _, b := range Table2Blocks(f) {
			for _, r := range b.Rows {
				if _, ok := items[r]; !ok {
					items[r] = b.Item
				}
			}
		}
	}
	return items
}()

// feeFact returns the index of a fee cell in feeInfo.
func (c *Cell) feeFact() int {
	if c.Path == PathFeeCollected {
		return 1
	}
	return 0
}

var feeInfo = [2]labels{
	{key: "notices", zh: "信息处理费收费通知（份）", en: "information processing fee notices sent"},
	{key: "collected", zh: "收取信息处理费（元）", en: "information processing fee collected (yuan)"},
}

// Value is what one cell holds: a count, or an amount with its unit.
type Value struct {
	// Kind says which of Count and Amount is meant.
	Kind CellKind
	// Count is the cell's count, for KindCount and KindSignedCount.
	Count Count
	// Amount is the cell's amount, for KindAmount.
	Amount Amount
	// Unit is the amount's unit, for KindAmount.
	Unit Unit
}

// IsBlank reports whether the cell is blank.
func (v Value) IsBlank() bool {
	if v.Kind == KindAmount {
		return v.Amount.IsBlank()
	}
	return v.Count.IsBlank()
}

// IsNotApplicable reports whether the cell is "/".
func (v Value) IsNotApplicable() bool {
	if v.Kind == KindAmount {
		return v.Amount.IsNotApplicable()
	}
	return v.Count.IsNotApplicable()
}

// String returns the value as a table prints it: "" for a blank, "/" for
// not applicable, an amount at its printed scale.
func (v Value) String() string {
	if v.Kind == KindAmount {
		return v.Amount.String()
	}
	return v.Count.String()
}

// Append appends the value to b as [Value.String] prints it, without
// making a string of a count.
func (v Value) Append(b []byte) []byte {
	if v.Kind != KindAmount && v.Count.IsNumber() {
		return strconv.AppendInt(b, int64(v.Count), 10)
	}
	return append(b, v.String()...)
}

// CellsOf lists the cells of format f in printed order: table 二 band by
// band, table 三 row by row, table 四 block by block, then the fee facts.
func CellsOf(f Format) []Cell {
	if !f.Valid() {
		return nil
	}
	return cellsByFormat[f]
}

// LookupCell returns the cell a path names in format f.
func LookupCell(f Format, p Path) (Cell, bool) {
	c, ok := cellByPath[p]
	if !ok || !c.In(f) {
		return Cell{}, false
	}
	return *c, true
}

// Table2Path returns the path of a cell of table 二, or "" for a row or
// column out of range.
func Table2Path(r Table2Row, c Table2Column) Path {
	if int(r) >= NumTable2Rows || int(c) >= NumTable2Columns {
		return ""
	}
	return table2Paths[r][c]
}

// Table3Path returns the path of a cell of table 三, or "" out of range.
func Table3Path(r Table3Row, a Applicant) Path {
	if int(r) >= NumTable3Rows || int(a) >= NumApplicants {
		return ""
	}
	return table3Paths[r][a]
}

// Table3RowPaths returns the paths of the cells of row r of table 三, one
// for each applicant column, in order; nil out of range.
func Table3RowPaths(r Table3Row) []Path {
	if int(r) >= NumTable3Rows {
		return nil
	}
	return slices.Clone(table3Paths[r][:])
}

// Table4Path returns the path of a cell of table 四, or "" out of range.
func Table4Path(p Proceeding, r Table4Column) Path {
	if int(p) >= NumProceedings || int(r) >= NumTable4Columns {
		return ""
	}
	return table4Paths[p][r]
}

// lookupCell returns the cell a path names in the report: a cell of its
// format, or a cell of the combined （六）其他处理 row a Format2021 report
// may carry ([Table3.CombinedOtherHandling]).
func (r *Report) lookupCell(p Path) (Cell, bool) {
	if c, ok := cellByPath[p]; ok && r.hasCell(c) {
		return *c, true
	}
	return Cell{}, false
}

// hasCell reports whether c is a cell of the report: of its format, or of
// the combined （六）其他处理 row.
func (r *Report) hasCell(c *Cell) bool { return c.In(r.Format) || IsCombinedCell(r.Format, *c) }

// Lookup returns the value of the cell a path names, or an error wrapping
// [ErrUnknownPath] when the report's format has no such cell. A Format2021
// report also has the cells of RowOtherHandling, for a table 三 that prints
// （六）其他处理 as one row ([Table3.CombinedOtherHandling]).
func (r *Report) Lookup(p Path) (Value, error) {
	c, ok := r.lookupCell(p)
	if !ok {
		return Value{}, fmt.Errorf("%s: %w in format %s", p, ErrUnknownPath, r.Format)
	}
	return c.get(r), nil
}

// Cell returns the cell a path names in r, as [Report.Lookup] finds it: a
// cell of its format, or of the combined （六）其他处理 row.
func (r *Report) Cell(p Path) (Cell, bool) { return r.lookupCell(p) }

// Value returns the value cell c holds in r: what [Report.Lookup] returns
// for c's path, without looking the path up. The cell should be one
// [Report.Cell] finds in r (or in another report of r's format); for any
// other cell it returns what r holds at the cell's place in its tables.
func (c *Cell) Value(r *Report) Value { return c.get(r) }

// Set stores a value in the cell a path names, a cell [Report.Lookup]
// finds. The value must be of the
// cell's kind (a count for a count cell, an amount for an amount cell).
// Set does not check the range of a count; the validator does.
func (r *Report) Set(p Path, v Value) error {
	c, ok := r.lookupCell(p)
	if !ok {
		return fmt.Errorf("%s: %w in format %s", p, ErrUnknownPath, r.Format)
	}
	if (c.Kind == KindAmount) != (v.Kind == KindAmount) {
		return fmt.Errorf("%s: cell holds %s, not %s", p, c.Kind, v.Kind)
	}
	c.set(r, v)
	return nil
}

// Cells calls yield for every cell of the report's format, in the order of
// [CellsOf], with its value, until yield returns false. Use it in a range
// loop:
//
//	for cell, v := range r.Cells {
//		fmt.Println(cell.Path, v)
//	}
func (r *Report) Cells(yield func(Cell, Value) bool) {
	for _, c := range CellsOf(r.Format) {
		if !yield(c, c.get(r)) {
			return
		}
	}
}

// String returns the kind's name.
func (k CellKind) String() string {
	switch k {
	case KindCount:
		return "count"
	case KindSignedCount:
		return "signed count"
	case KindAmount:
		return "amount"
	}
	return "unknown kind"
}

// get reads the cell from a report.
func (c *Cell) get(r *Report) Value {
	v := Value{Kind: c.Kind, Unit: c.Unit}
	switch {
	case c.Table == 2 && c.Table2Column == FeeAmount:
		v.Amount = r.Table2.FeeAmount
	case c.Table == 2 && c.Table2Column == ProcurementAmount:
		v.Amount, v.Unit = r.Table2.ProcurementAmount, r.Table2.ProcurementUnit
	case c.Table == 2:
		v.Count = r.Table2.Counts[c.Table2Row][c.Table2Column]
	case c.Table == 3:
		v.Count = r.Table3.Rows[c.Table3Row][c.Applicant]
	case c.Table == 4:
		v.Count = r.Table4.Blocks[c.Proceeding][c.Table4Column]
	case c.Path == PathFeeNotices:
		v.Count = r.Fees.Notices
	case c.Path == PathFeeCollected:
		v.Amount = r.Fees.Collected
	}
	return v
}

// set writes the cell into a report, taking the field of v that fits.
func (c *Cell) set(r *Report, v Value) {
	switch {
	case c.Table == 2 && c.Table2Column == FeeAmount:
		r.Table2.FeeAmount = v.Amount
	case c.Table == 2 && c.Table2Column == ProcurementAmount:
		r.Table2.ProcurementAmount, r.Table2.ProcurementUnit = v.Amount, v.Unit
	case c.Table == 2:
		r.Table2.Counts[c.Table2Row][c.Table2Column] = v.Count
	case c.Table == 3:
		r.Table3.Rows[c.Table3Row][c.Applicant] = v.Count
	case c.Table == 4:
		r.Table4.Blocks[c.Proceeding][c.Table4Column] = v.Count
	case c.Path == PathFeeNotices:
		r.Fees.Notices = v.Count
	case c.Path == PathFeeCollected:
		r.Fees.Collected = v.Amount
	}
}

// The catalogue of cells, built once from the declarations of the rows and
// columns. It is never modified after.
var (
	table2Paths   [NumTable2Rows][NumTable2Columns]Path
	table3Paths   [NumTable3Rows][NumApplicants]Path
	table4Paths   [NumProceedings][NumTable4Columns]Path
	allCells      []*Cell
	cellByPath    map[Path]*Cell
	cellsByFormat [3][]Cell
	rowsByFormat  [3]map[string]bool // "table3.received" and the like
)

func init() {
	cellByPath = make(map[Path]*Cell)
	var order [3][]Path
	add := func(f Format, c Cell) {
		order[f] = append(order[f], c.Path)
		if old, ok := cellByPath[c.Path]; ok {
			old.formats |= c.formats
		} else {
			p := &c
			cellByPath[c.Path] = p
			allCells = append(allCells, p)
		}
	}
	for _, f := range Formats() {
		one := formatSet(1 << f)
		for _, b := range Table2Blocks(f) {
			for _, row := range b.Rows {
				for _, col := range b.Columns {
					p := Path("table2." + row.Key() + "." + col.Key())
					table2Paths[row][col] = p
					c := Cell{Path: p, Table: 2, Table2Row: row, Table2Column: col, formats: one}
					switch {
					case col == FeeAmount:
						c.Kind, c.Unit = KindAmount, UnitWan
					case col == ProcurementAmount:
						c.Kind = KindAmount
					case col.IsSigned():
						c.Kind = KindSignedCount
					}
					add(f, c)
				}
			}
		}
		for _, row := range Table3Rows(f) {
			for _, a := range Applicants() {
				p := Path("table3." + row.Key() + "." + a.Key())
				table3Paths[row][a] = p
				add(f, Cell{Path: p, Table: 3, Table3Row: row, Applicant: a, formats: one})
			}
		}
		for _, pr := range Proceedings() {
			for _, res := range Table4Columns() {
				p := Path("table4." + pr.Key() + "." + res.Key())
				table4Paths[pr][res] = p
				add(f, Cell{Path: p, Table: 4, Proceeding: pr, Table4Column: res, formats: one})
			}
		}
		add(f, Cell{Path: PathFeeNotices, Table: 6, formats: one})
		add(f, Cell{Path: PathFeeCollected, Table: 6, Kind: KindAmount, Unit: UnitYuan, formats: one})
	}
	for _, f := range Formats() {
		rowsByFormat[f] = make(map[string]bool)
		for _, p := range order[f] {
			cellsByFormat[f] = append(cellsByFormat[f], *cellByPath[p])
			if i := strings.LastIndexByte(string(p), '.'); i > 0 {
				rowsByFormat[f][string(p[:i])] = true
			}
		}
	}
}
