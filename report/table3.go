package report

// Applicant is a column of table 三: a category of applicant, or the total.
type Applicant uint8

// The columns of table 三, in printed order. The five organisation columns
// stand under 法人或其他组织; there is no subtotal column for them.
const (
	NaturalPerson              Applicant = iota // 自然人
	CommercialEnterprise                        // 商业企业
	ResearchInstitution                         // 科研机构
	PublicInterestOrganisation                  // 社会公益组织
	LegalServiceInstitution                     // 法律服务机构
	OtherOrganisation                           // 其他
	ApplicantTotal                              // 总计
	// NumApplicants is the number of columns of table 三.
	NumApplicants = 7
)

var applicantInfo = [NumApplicants]labels{
	NaturalPerson:              {key: "natural_person", zh: "自然人", en: "natural person"},
	CommercialEnterprise:       {key: "commercial_enterprise", zh: "商业企业", en: "commercial enterprise"},
	ResearchInstitution:        {key: "research_institution", zh: "科研机构", en: "research institution"},
	PublicInterestOrganisation: {key: "public_interest_organisation", zh: "社会公益组织", en: "public-interest organisation"},
	LegalServiceInstitution:    {key: "legal_service_institution", zh: "法律服务机构", en: "legal-service institution"},
	OtherOrganisation:          {key: "other", zh: "其他", en: "other"},
	ApplicantTotal:             {key: "total", zh: "总计", en: "total"},
}

var applicantIndex = newLabelIndex[Applicant](applicantInfo[:])

// Applicants lists the seven columns of table 三 in printed order.
func Applicants() []Applicant {
	return []Applicant{NaturalPerson, CommercialEnterprise, ResearchInstitution,
		PublicInterestOrganisation, LegalServiceInstitution, OtherOrganisation, ApplicantTotal}
}

// ApplicantCategories lists the six columns that add up to the total.
func ApplicantCategories() []Applicant { return Applicants()[:ApplicantTotal] }

// LookupApplicant finds the column a printed label names, tolerating the
// spellings of real documents ("商业 企业", half-width punctuation).
func LookupApplicant(label string) (Applicant, bool) { return applicantIndex.find(label) }

// Label returns the official column label.
func (a Applicant) Label() string { return infoAt(applicantInfo[:], int(a)).zh }

// English returns the column's English label.
func (a Applicant) English() string { return infoAt(applicantInfo[:], int(a)).en }

// Key returns the column's name in paths and JSON, such as "natural_person".
func (a Applicant) Key() string { return infoAt(applicantInfo[:], int(a)).key }

// IsOrganisation reports whether the column stands under 法人或其他组织.
func (a Applicant) IsOrganisation() bool { return a >= CommercialEnterprise && a <= OtherOrganisation }

// Outcome is a group of outcome rows of table 三, such as （三）不予公开.
// Groups with reasons carry no numbers of their own: their rows do.
type Outcome uint8

// The outcome groups of table 三, in printed order.
const (
	Disclosed          Outcome = iota // （一）予以公开
	PartiallyDisclosed                // （二）部分公开
	Withheld                          // （三）不予公开
	CannotProvide                     // （四）无法提供
	NotProcessed                      // （五）不予处理
	OtherHandling                     // （六）其他处理
	Concluded                         // （七）总计
	// NumOutcomes is the number of outcome groups.
	NumOutcomes = 7
)

var outcomeInfo = [NumOutcomes]labels{
	Disclosed:          {key: "disclosed", zh: "（一）予以公开", en: "(1) disclosed"},
	PartiallyDisclosed: {key: "partially_disclosed", zh: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", en: "(2) partially disclosed (a request handled in part counts here only)"},
	Withheld:           {key: "withheld", zh: "（三）不予公开", en: "(3) withheld"},
	CannotProvide:      {key: "cannot_provide", zh: "（四）无法提供", en: "(4) cannot provide"},
	NotProcessed:       {key: "not_processed", zh: "（五）不予处理", en: "(5) not processed"},
	OtherHandling:      {key: "other_handling", zh: "（六）其他处理", en: "(6) other handling"},
	Concluded:          {key: "concluded", zh: "（七）总计", en: "(7) concluded (total)"},
}

var outcomeIndex = newLabelIndex[Outcome](outcomeInfo[:])

// LookupOutcome finds the outcome group a printed label names.
func LookupOutcome(label string) (Outcome, bool) { return outcomeIndex.find(label) }

// Label returns the official label of the group.
func (o Outcome) Label() string { return infoAt(outcomeInfo[:], int(o)).zh }

// English returns the group's English label.
func (o Outcome) English() string { return infoAt(outcomeInfo[:], int(o)).en }

// Key returns the group's name, such as "withheld".
func (o Outcome) Key() string { return infoAt(outcomeInfo[:], int(o)).key }

// Rows returns the rows of the group in format f: the reasons of a group
// that has them, or the group's own single row.
func (o Outcome) Rows(f Format) []Table3Row {
	var rows []Table3Row
	for _, r := range Table3Rows(f) {
		if g, ok := r.Outcome(); ok && g == o {
			rows = append(rows, r)
		}
	}
	return rows
}

// Table3Row is a data row of table 三. The rows of both formats are in one
// list: Format2021 prints three reasons under （六）其他处理, Format2019 a
// single row RowOtherHandling. Rows under a group with reasons are the
// reasons themselves: RowWithheldStateSecret is 1.属于国家秘密 under
// （三）不予公开.
type Table3Row uint8

// The rows of table 三, in printed order.
const (
	RowReceived                     Table3Row = iota // 一、本年新收政府信息公开申请数量
	RowCarriedOver                                   // 二、上年结转政府信息公开申请数量
	RowDisclosed                                     // （一）予以公开
	RowPartiallyDisclosed                            // （二）部分公开
	RowWithheldStateSecret                           // （三）1.属于国家秘密
	RowWithheldProhibitedByLaw                       // （三）2.其他法律行政法规禁止公开
	RowWithheldSecurityOrStability                   // （三）3.危及“三安全一稳定”
	RowWithheldThirdPartyRights                      // （三）4.保护第三方合法权益
	RowWithheldInternalAffairs                       // （三）5.属于三类内部事务信息
	RowWithheldProcessInformation                    // （三）6.属于四类过程性信息
	RowWithheldEnforcementCaseFiles                  // （三）7.属于行政执法案卷
	RowWithheldAdministrativeQuery                   // （三）8.属于行政查询事项
	RowCannotProvideNotHeld                          // （四）1.本机关不掌握相关政府信息
	RowCannotProvideMustBeCreated                    // （四）2.没有现成信息需要另行制作
	RowCannotProvideStillUnclear                     // （四）3.补正后申请内容仍不明确
	RowNotProcessedPetition                          // （五）1.信访举报投诉类申请
	RowNotProcessedRepeated                          // （五）2.重复申请
	RowNotProcessedPublication                       // （五）3.要求提供公开出版物
	RowNotProcessedExcessive                         // （五）4.无正当理由大量反复申请
	RowNotProcessedConfirmation                      // （五）5.要求行政机关确认或重新出具已获取信息
	RowOtherHandlingNoCorrection                     // （六）1.申请人无正当理由逾期不补正… (2021)
	RowOtherHandlingFeeNotPaid                       // （六）2.申请人逾期未按收费通知要求缴纳费用… (2021)
	RowOtherHandlingOther                            // （六）3.其他 (2021)
	RowOtherHandling                                 // （六）其他处理 as one row (2019)
	RowConcluded                                     // （七）总计
	RowCarriedForward                                // 四、结转下年度继续办理
	// NumTable3Rows is the number of rows of both formats together.
	NumTable3Rows = 26
)

// rowGroup says under which outcome group a row stands; noGroup for the
// rows outside 三、本年度办理结果.
const noGroup Outcome = 255

type rowInfo struct {
	labels
	group   Outcome
	formats formatSet
}

var table3RowInfo = [NumTable3Rows]rowInfo{
	RowReceived:                     {labels{key: "received", zh: "一、本年新收政府信息公开申请数量", en: "1. requests received this year"}, noGroup, bothFormats},
	RowCarriedOver:                  {labels{key: "carried_over", zh: "二、上年结转政府信息公开申请数量", en: "2. requests carried over from last year"}, noGroup, bothFormats},
	RowDisclosed:                    {labels{key: "disclosed", zh: outcomeInfo[Disclosed].zh, en: outcomeInfo[Disclosed].en}, Disclosed, bothFormats},
	RowPartiallyDisclosed:           {labels{key: "partially_disclosed", zh: outcomeInfo[PartiallyDisclosed].zh, en: outcomeInfo[PartiallyDisclosed].en}, PartiallyDisclosed, bothFormats},
	RowWithheldStateSecret:          {labels{key: "withheld_state_secret", zh: "1.属于国家秘密", en: "1. state secret"}, Withheld, bothFormats},
	RowWithheldProhibitedByLaw:      {labels{key: "withheld_prohibited_by_law", zh: "2.其他法律行政法规禁止公开", en: "2. prohibited by other laws and administrative regulations"}, Withheld, bothFormats},
	RowWithheldSecurityOrStability:  {labels{key: "withheld_security_or_stability", zh: "3.危及“三安全一稳定”", en: "3. endangers security or stability"}, Withheld, bothFormats},
	RowWithheldThirdPartyRights:     {labels{key: "withheld_third_party_rights", zh: "4.保护第三方合法权益", en: "4. protects third-party rights"}, Withheld, bothFormats},
	RowWithheldInternalAffairs:      {labels{key: "withheld_internal_affairs", zh: "5.属于三类内部事务信息", en: "5. internal affairs"}, Withheld, bothFormats},
	RowWithheldProcessInformation:   {labels{key: "withheld_process_information", zh: "6.属于四类过程性信息", en: "6. process information"}, Withheld, bothFormats},
	RowWithheldEnforcementCaseFiles: {labels{key: "withheld_enforcement_case_files", zh: "7.属于行政执法案卷", en: "7. enforcement case files"}, Withheld, bothFormats},
	RowWithheldAdministrativeQuery:  {labels{key: "withheld_administrative_query", zh: "8.属于行政查询事项", en: "8. administrative query"}, Withheld, bothFormats},
	RowCannotProvideNotHeld:         {labels{key: "cannot_provide_not_held", zh: "1.本机关不掌握相关政府信息", en: "1. not held by this body"}, CannotProvide, bothFormats},
	RowCannotProvideMustBeCreated:   {labels{key: "cannot_provide_must_be_created", zh: "2.没有现成信息需要另行制作", en: "2. would have to be created"}, CannotProvide, bothFormats},
	RowCannotProvideStillUnclear:    {labels{key: "cannot_provide_still_unclear", zh: "3.补正后申请内容仍不明确", en: "3. still unclear after correction"}, CannotProvide, bothFormats},
	RowNotProcessedPetition:         {labels{key: "not_processed_petition", zh: "1.信访举报投诉类申请", en: "1. petition, report or complaint"}, NotProcessed, bothFormats},
	RowNotProcessedRepeated:         {labels{key: "not_processed_repeated", zh: "2.重复申请", en: "2. repeated request"}, NotProcessed, bothFormats},
	RowNotProcessedPublication:      {labels{key: "not_processed_publication", zh: "3.要求提供公开出版物", en: "3. publication requested"}, NotProcessed, bothFormats},
	RowNotProcessedExcessive:        {labels{key: "not_processed_excessive", zh: "4.无正当理由大量反复申请", en: "4. excessive requests without good reason"}, NotProcessed, bothFormats},
	RowNotProcessedConfirmation:     {labels{key: "not_processed_confirmation", zh: "5.要求行政机关确认或重新出具已获取信息", en: "5. confirmation or reissue of information already obtained"}, NotProcessed, bothFormats},
	RowOtherHandlingNoCorrection:    {labels{key: "other_handling_no_correction", zh: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", en: "1. no correction in time; the request is no longer processed"}, OtherHandling, only2021},
	RowOtherHandlingFeeNotPaid:      {labels{key: "other_handling_fee_not_paid", zh: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", en: "2. fee not paid in time; the request is no longer processed"}, OtherHandling, only2021},
	RowOtherHandlingOther:           {labels{key: "other_handling_other", zh: "3.其他", en: "3. other"}, OtherHandling, only2021},
	RowOtherHandling:                {labels{key: "other_handling", zh: outcomeInfo[OtherHandling].zh, en: outcomeInfo[OtherHandling].en}, OtherHandling, only2019},
	RowConcluded:                    {labels{key: "concluded", zh: outcomeInfo[Concluded].zh, en: outcomeInfo[Concluded].en}, Concluded, bothFormats},
	RowCarriedForward:               {labels{key: "carried_forward", zh: "四、结转下年度继续办理", en: "4. carried forward to next year"}, noGroup, bothFormats},
}

var table3RowIndex = func() labelIndex[Table3Row] {
	info := make([]labels, NumTable3Rows)
	for i, r := range table3RowInfo {
		info[i] = r.labels
	}
	return newLabelIndex[Table3Row](info)
}()

// Table3Rows lists the rows of table 三 in format f, in printed order: 25
// rows in Format2021, 23 in Format2019.
func Table3Rows(f Format) []Table3Row {
	rows := make([]Table3Row, 0, NumTable3Rows)
	for r := range table3RowInfo {
		if table3RowInfo[r].formats.has(f) {
			rows = append(rows, Table3Row(r))
		}
	}
	return rows
}

// OutcomeRows lists the rows that add up to （七）总计 in format f: every
// row of 三、本年度办理结果 but the total itself.
func OutcomeRows(f Format) []Table3Row {
	var rows []Table3Row
	for _, r := range Table3Rows(f) {
		if g, ok := r.Outcome(); ok && g != Concluded {
			rows = append(rows, r)
		}
	}
	return rows
}

// LookupTable3Row finds the row a printed label names, with or without its
// item number and in the spellings of real documents. The labels of the
// rows are unique but for （六）其他处理, which names RowOtherHandling.
func LookupTable3Row(label string) (Table3Row, bool) { return table3RowIndex.find(label) }

// Label returns the row's own official label, such as "1.属于国家秘密".
func (r Table3Row) Label() string { return r.info().zh }

// English returns the row's own English label.
func (r Table3Row) English() string { return r.info().en }

// Key returns the row's name in paths and JSON, such as
// "withheld_state_secret".
func (r Table3Row) Key() string { return r.info().key }

// info returns the row's declaration, or an empty one out of range.
func (r Table3Row) info() rowInfo {
	if int(r) >= NumTable3Rows {
		return rowInfo{group: noGroup}
	}
	return table3RowInfo[r]
}

// Outcome returns the outcome group the row belongs to, and false for the
// rows outside 三、本年度办理结果.
func (r Table3Row) Outcome() (Outcome, bool) {
	g := r.info().group
	return g, g != noGroup
}

// IsReason reports whether the row is a reason under a group with reasons
// (（三） to （六） in Format2021, （三） to （五） in Format2019).
func (r Table3Row) IsReason() bool {
	g, ok := r.Outcome()
	return ok && r != RowOtherHandling && g >= Withheld && g <= OtherHandling
}

// In reports whether the row is printed in format f.
func (r Table3Row) In(f Format) bool {
	return r.info().formats.has(f)
}

// LabelPath returns the row's official labels from the outermost, such as
// ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"].
func (r Table3Row) LabelPath() []string {
	g, ok := r.Outcome()
	switch {
	case !ok:
		return []string{r.Label()}
	case r.IsReason():
		return []string{LabelOutcomes, g.Label(), r.Label()}
	}
	return []string{LabelOutcomes, r.Label()}
}

// EnglishPath is LabelPath in English.
func (r Table3Row) EnglishPath() []string {
	g, ok := r.Outcome()
	switch {
	case !ok:
		return []string{r.English()}
	case r.IsReason():
		return []string{EnglishOutcomes, g.English(), r.English()}
	}
	return []string{EnglishOutcomes, r.English()}
}

// Row is one row of table 三: a count for each column, indexed by
// [Applicant].
type Row [NumApplicants]Count

// BlankRow is a row whose every cell is blank.
var BlankRow = Row{Blank, Blank, Blank, Blank, Blank, Blank, Blank}

// Table3 is table 三, 收到和处理政府信息公开申请情况: applications received
// and handled, by applicant. Rows holds a row for each [Table3Row] of both
// formats; a report uses those of its format (see [Table3Rows]).
//
// A printed 总计 is a fact of its own: Table3 keeps what was published, and
// the validator compares it with the sum. [Table3.FillTotals] computes the
// totals for a builder.
type Table3 struct {
	// Rows holds a row for each Table3Row, of both formats.
	Rows [NumTable3Rows]Row
}

// Cell returns the count of one cell.
func (t *Table3) Cell(r Table3Row, a Applicant) Count {
	if int(r) >= NumTable3Rows || int(a) >= NumApplicants {
		return Blank
	}
	return t.Rows[r][a]
}

// FillTotals sets every total of the table from its parts, for format f:
// the （七）总计 row from the outcome rows, then the 总计 column of each row
// from the six applicant categories. A total whose parts are all blank is
// left blank; otherwise blank parts count as nothing.
func (t *Table3) FillTotals(f Format) {
	outcomes := t.OutcomeRowsOf(f)
	for a := range ApplicantTotal {
		var parts [NumTable3Rows]Count
		for i, r := range outcomes {
			parts[i] = t.Rows[r][a]
		}
		t.Rows[RowConcluded][a] = sumCounts(parts[:len(outcomes)])
	}
	for _, r := range Table3Rows(f) {
		t.Rows[r][ApplicantTotal] = sumCounts(t.Rows[r][:ApplicantTotal])
	}
	if t.CombinedOtherHandling(f) {
		r := RowOtherHandling
		t.Rows[r][ApplicantTotal] = sumCounts(t.Rows[r][:ApplicantTotal])
	}
}

// CombinedOtherHandling reports whether table 三 of a report on format f
// prints （六）其他处理 as one row, as the 2019 format did, in place of the
// three rows of Format2021 (deviation D18 of the format reference): f is
// Format2021, RowOtherHandling holds some cell that is not blank, and the
// three rows of Format2021 are blank. Such a table keeps what was printed
// in RowOtherHandling, which stands for the three rows in every sum.
func (t *Table3) CombinedOtherHandling(f Format) bool {
	if f != Format2021 || t.Rows[RowOtherHandling] == BlankRow {
		return false
	}
	for _, r := range OtherHandling.Rows(Format2021) {
		if t.Rows[r] != BlankRow {
			return false
		}
	}
	return true
}

// OutcomeRowsOf lists the rows that add up to （七）总计 in this table of
// format f: [OutcomeRows], with RowOtherHandling in place of the three
// rows of Format2021 where the table prints them as one
// ([Table3.CombinedOtherHandling]).
func (t *Table3) OutcomeRowsOf(f Format) []Table3Row {
	rows := OutcomeRows(f)
	if !t.CombinedOtherHandling(f) {
		return rows
	}
	return CombineOtherHandling(rows)
}

// CombineOtherHandling returns rows of the 2021 format as a table that
// prints （六）其他处理 as one row prints them ([Table3.CombinedOtherHandling]):
// RowOtherHandling in place of the three rows of the group, where the first
// of them stood. Other rows, RowOtherHandling itself included, are kept.
func CombineOtherHandling(rows []Table3Row) []Table3Row {
	var out []Table3Row
	for _, r := range rows {
		if g, _ := r.Outcome(); g == OtherHandling && r != RowOtherHandling {
			if r == RowOtherHandlingNoCorrection {
				out = append(out, RowOtherHandling)
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

// IsCombinedCell reports whether a cell is one that a report of format f
// may carry beyond the cells of its format: a cell of RowOtherHandling in
// Format2021 (see [Table3.CombinedOtherHandling]).
func IsCombinedCell(f Format, c Cell) bool {
	return f == Format2021 && c.Table == 3 && c.Table3Row == RowOtherHandling
}

// sumCounts adds the numbers among counts; Blank when none is a number.
func sumCounts(counts []Count) Count {
	var sum int64
	numbers := 0
	for _, c := range counts {
		if n, ok := c.Number(); ok {
			sum += n
			numbers++
		}
	}
	if numbers == 0 {
		return Blank
	}
	return Count(sum)
}
