package report

import "iter"

// SectionID names one of the six top-level sections of a report.
type SectionID uint8

// The six sections, in printed order.
const (
	SectionOverview     SectionID = iota // 一、总体情况
	SectionProactive                     // 二、主动公开政府信息情况 (table 二)
	SectionRequests                      // 三、收到和处理政府信息公开申请情况 (table 三)
	SectionAppeals                       // 四、政府信息公开行政复议、行政诉讼情况 (table 四)
	SectionProblems                      // 五、存在的主要问题及改进情况
	SectionOtherMatters                  // 六、其他需要报告的事项
	// NumSections is the number of top-level sections.
	NumSections = 6
)

var sectionInfo = [NumSections]labels{
	SectionOverview:     {key: "overview", zh: "一、总体情况", en: "1. Overview"},
	SectionProactive:    {key: "proactive_disclosure", zh: "二、主动公开政府信息情况", en: "2. Proactive disclosure"},
	SectionRequests:     {key: "requests", zh: "三、收到和处理政府信息公开申请情况", en: "3. Requests received and handled"},
	SectionAppeals:      {key: "reconsideration_and_litigation", zh: "四、政府信息公开行政复议、行政诉讼情况", en: "4. Reconsideration and litigation"},
	SectionProblems:     {key: "problems", zh: "五、存在的主要问题及改进情况", zh2019: "五、政府信息公开工作存在的主要问题及改进情况", en: "5. Problems and improvements"},
	SectionOtherMatters: {key: "other_matters", zh: "六、其他需要报告的事项", en: "6. Other matters"},
}

var sectionIndex = newLabelIndex[SectionID](sectionInfo[:])

// Sections lists the six sections in printed order.
func Sections() []SectionID {
	return []SectionID{SectionOverview, SectionProactive, SectionRequests, SectionAppeals, SectionProblems, SectionOtherMatters}
}

// LookupSection finds the section a printed heading names, in either
// format's wording ("五、存在的主要问题及改进情况" and
// "五、政府信息公开工作存在的主要问题及改进情况" both name SectionProblems).
func LookupSection(heading string) (SectionID, bool) { return sectionIndex.find(heading) }

// Label returns the section's official heading in format f.
func (s SectionID) Label(f Format) string { return infoAt(sectionInfo[:], int(s)).label(f) }

// English returns the section's English heading.
func (s SectionID) English() string { return infoAt(sectionInfo[:], int(s)).en }

// Key returns the section's name in JSON.
func (s SectionID) Key() string { return infoAt(sectionInfo[:], int(s)).key }

// Section is the prose of a narrative section: paragraphs, then titled
// subsections, in the order printed.
type Section struct {
	Paragraphs  []string     `json:"paragraphs,omitempty"`  // before any subsection
	Subsections []Subsection `json:"subsections,omitempty"` // in printed order
}

// Subsection is a titled part of a section, such as （一）主动公开 under
// 一、总体情况. The title is kept as printed.
type Subsection struct {
	Title      string   `json:"title"`                // as printed, such as （一）主动公开
	Paragraphs []string `json:"paragraphs,omitempty"` // the text under the title
}

// IsEmpty reports whether the section holds no text.
func (s *Section) IsEmpty() bool { return len(s.Paragraphs) == 0 && len(s.Subsections) == 0 }

// AllParagraphs yields each paragraph of the section in printed order,
// with the title of the subsection it stands in ("" for the section's own
// paragraphs).
func (s *Section) AllParagraphs() iter.Seq2[string, string] {
	return func(yield func(p, title string) bool) {
		for _, p := range s.Paragraphs {
			if !yield(p, "") {
				return
			}
		}
		for i := range s.Subsections {
			for _, p := range s.Subsections[i].Paragraphs {
				if !yield(p, s.Subsections[i].Title) {
					return
				}
			}
		}
	}
}
