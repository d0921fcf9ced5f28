package render

import (
	"archive/zip"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
	"github.com/opengov-cn/xxgk/table"
)

// DOCX writes r to w as a Word document (.docx, Office Open XML
// WordprocessingML) in language l, laid out as Chinese offices lay out
// official documents (GB/T 9704-2012): A4 paper with margins of 37 mm
// (top), 28 mm (left), 35 mm (bottom) and 26 mm (right); the title in
// 方正小标宋简体 二号 (22 pt), centred; the metadata and the preamble; the six
// sections with their headings in 黑体 三号 (Arial for Latin letters),
// subsection titles in 楷体_GB2312 三号 and the text in 仿宋_GB2312 三号
// (16 pt) at 22 lines a page, Latin letters and digits in Times New Roman;
// the tables of sections 二, 三 and 四 in 宋体 (五号 for table 二, 小五 for the
// wider tables 三 and 四) with the official merged cells of package table's
// layouts, as w:gridSpan and w:vMerge; and the page number as "— N —" in the
// footer, right on odd pages and left on even pages.
//
// Table 三's header rows repeat on every page it runs over (w:tblHeader), no
// table row splits across a page (w:cantSplit), and header rows keep with
// the row after them. The label 三、本年度办理结果 stands in a column one
// character wide, so that it reads vertically as the format prints it (in
// English the label is turned to run bottom to top), and its first rows
// keep together so that a page break does not cut it.
//
// Fonts are named for Word and WPS (w:eastAsia, with w:hint="eastAsia"),
// and the font table gives each Chinese font its common alternative names
// (仿宋_GB2312 → 仿宋, FangSong) for systems that lack it; where none is
// installed, as on most Linux systems, LibreOffice substitutes an installed
// Chinese font.
//
// The document properties hold the title (docProps/core.xml dc:title), the
// index number (dc:identifier), the language of the labels (dc:language) and
// the report's document date as the creation and modification dates (or
// 2000-01-01 when the report has none); the reporting body is the Company
// property of docProps/app.xml (单位 in Chinese Word), not the author. With
// [WithFindings] the document ends with the appendix of the findings, as a
// table whose header row repeats on every page.
//
// Every piece of user text is escaped for XML, and characters that XML 1.0
// forbids (control characters, unpaired surrogates, U+FFFE and U+FFFF) are
// left out. Output is deterministic: the zip's parts are written in a fixed
// order with a fixed time, so the same report gives the same bytes.
func DOCX(w io.Writer, r *report.Report, l lang.Lang, opts ...Option) error {
	d, err := newDocument(r, l, opts, nil)
	if err != nil {
		return err
	}
	date := report.Date{}
	for _, dt := range []report.Date{r.Metadata.DocumentDate, r.Metadata.PublicationDate} {
		if !dt.IsZero() && dt.Valid() {
			date = dt
			break
		}
	}
	props := docxProps{title: d.title, identifier: r.Metadata.IndexNumber, company: r.Metadata.ReportingBody, date: date, lang: d.lang}
	return writeDOCXPackage(w, props, docxDocument(d))
}

// docxProps are the document properties of docProps/core.xml and
// docProps/app.xml.
type docxProps struct {
	title      string      // dc:title
	identifier string      // dc:identifier, left out when empty
	company    string      // Company, left out when empty
	date       report.Date // created and modified; docxDefaultDate when zero or not valid
	lang       lang.Lang   // dc:language
}

// writeDOCXPackage writes the zip package of a .docx whose
// word/document.xml is documentXML: the parts in a fixed order with a fixed
// time.
func writeDOCXPackage(w io.Writer, props docxProps, documentXML string) error {
	zw := zip.NewWriter(w)
	for _, p := range docxParts(props, documentXML) {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: docxZipTime})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// docxZipTime is the modification time of every part in the zip.
var docxZipTime = time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)

// docxDefaultDate is the date of core.xml when the report gives none.
const docxDefaultDate = "2000-01-01T00:00:00Z"

// docxPart is one part of the package.
type docxPart struct {
	name string
	data string
}

// Page and text geometry (GB/T 9704-2012), in twips (1/1440 inch;
// 1 mm ≈ 56.69 twips).
const (
	docxPageWidth    = 11906 // A4, 210 mm
	docxPageHeight   = 16838 // A4, 297 mm
	docxMarginTop    = 2098  // 37 mm
	docxMarginBottom = 1984  // 35 mm
	docxMarginLeft   = 1587  // 28 mm
	docxMarginRight  = 1474  // 26 mm
	docxFooter       = 1304  // 23 mm from the page's edge to the footer's foot
	docxHeader       = 851   // 15 mm
	// docxTextWidth is the width of the text block, 156 mm.
	docxTextWidth = docxPageWidth - docxMarginLeft - docxMarginRight
	// docxLinePitch is the line pitch of the body: 22 lines in the 225 mm
	// of the text block.
	docxLinePitch = 579
	// docxCellMargin is the left and right padding of table cells, 1 mm.
	docxCellMargin = 57
	// docxNarrowColumn is the width of a column that holds a label printed
	// one character a line (三、本年度办理结果 in table 三).
	docxNarrowColumn = 400
	// docxKeepRows is how many rows of a label printed one character a
	// line are kept on one page: enough for 三、本年度办理结果.
	docxKeepRows = 6
	// docxRowHeight is the least height of a table row, 7 mm.
	docxRowHeight = 397
)

// Font sizes in half-points.
const (
	docxSize2    = 44 // 二号, 22 pt: the title
	docxSize3    = 32 // 三号, 16 pt: the text and headings
	docxSize4    = 28 // 四号, 14 pt: page numbers
	docxSize5    = 21 // 五号, 10.5 pt: table 二
	docxSizeS5   = 18 // 小五, 9 pt: tables 三 and 四 and the findings
	docxFontSong = "宋体"
)

// Style identifiers of styles.xml.
const (
	styleTitle      = "Title"
	styleHeading1   = "Heading1"
	styleHeading2   = "Heading2"
	styleMetadata   = "Metadata"
	styleTable      = "TableText"
	styleTableSmall = "TableTextSmall"
	styleFooter     = "Footer"
)

// labelSeparator separates a metadata label from its value.
var labelSeparator = lang.Text{Zh: "：", En: ": "}

// docxParts returns the parts of the package in the order they are written.
func docxParts(props docxProps, documentXML string) []docxPart {
	return []docxPart{
		{"[Content_Types].xml", docxContentTypes},
		{"_rels/.rels", docxRootRels},
		{"docProps/core.xml", docxCore(props)},
		{"docProps/app.xml", docxApp(props)},
		{"word/document.xml", documentXML},
		{"word/_rels/document.xml.rels", docxDocumentRels},
		{"word/styles.xml", docxStyles},
		{"word/settings.xml", docxSettings},
		{"word/fontTable.xml", docxFontTable},
		{"word/footer1.xml", docxFooterPart("right", "w:right")},
		{"word/footer2.xml", docxFooterPart("left", "w:left")},
	}
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// nsW declares the WordprocessingML namespaces.
const nsW = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

const docxContentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>
`

const docxRootRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>
`

const docxDocumentRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>
</Relationships>
`

// docxCore returns docProps/core.xml.
func docxCore(p docxProps) string {
	date := docxDefaultDate
	if !p.date.IsZero() && p.date.Valid() {
		date = p.date.String() + "T00:00:00Z"
	}
	var b strings.Builder
	b.WriteString(xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` + "\n")
	b.WriteString("<dc:title>" + xmlEscape(oneLine(p.title)) + "</dc:title>\n")
	if id := oneLine(p.identifier); id != "" {
		b.WriteString("<dc:identifier>" + xmlEscape(id) + "</dc:identifier>\n")
	}
	b.WriteString("<dc:language>" + docxLangTag(p.lang) + "</dc:language>\n")
	b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + date + "</dcterms:created>\n")
	b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + date + "</dcterms:modified>\n")
	b.WriteString("</cp:coreProperties>\n")
	return b.String()
}

// docxLangTag returns the language tag of core.xml for the labels'
// language.
func docxLangTag(l lang.Lang) string {
	if docxEnglish(l) {
		return "en-US"
	}
	return "zh-CN"
}

// docxEnglish reports whether l prints English labels. It is the one place
// where the .docx writer compares languages; the labels themselves are
// chosen by the document model.
func docxEnglish(l lang.Lang) bool { return l == lang.English }

// docxApp returns docProps/app.xml, with the issuing body (the reporting
// body of a report) as the Company.
func docxApp(p docxProps) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` + "\n")
	if body := oneLine(p.company); body != "" {
		b.WriteString("<Company>" + xmlEscape(body) + "</Company>\n")
	}
	b.WriteString("<Application>xxgk</Application>\n</Properties>\n")
	return b.String()
}

// docxFooterPart returns a footer holding the page number "— N —" at one
// side (jc), one character (四号) in from the margin (ind).
func docxFooterPart(jc, ind string) string {
	return xmlHeader + `<w:ftr ` + nsW + `>
<w:p><w:pPr><w:pStyle w:val="` + styleFooter + `"/><w:ind ` + ind + `="280"/><w:jc w:val="` + jc + `"/></w:pPr>` +
		`<w:r><w:t xml:space="preserve">— </w:t></w:r>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
		`<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
		`<w:r><w:t>1</w:t></w:r>` +
		`<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		`<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>
</w:ftr>
`
}

// docxFonts declares a run's fonts: Times New Roman for Latin text and
// digits, east for Chinese.
func docxFonts(east string) string {
	return docxFontsLatin("Times New Roman", east)
}

// docxFontsLatin declares a run's fonts: latin for Latin text and digits,
// east for Chinese.
func docxFontsLatin(latin, east string) string {
	return `<w:rFonts w:ascii="` + latin + `" w:hAnsi="` + latin + `" w:eastAsia="` + east + `" w:cs="` + latin + `" w:hint="eastAsia"/>`
}

// docxSize sets a run's size in half-points.
func docxSize(halfPoints int) string {
	s := strconv.Itoa(halfPoints)
	return `<w:sz w:val="` + s + `"/><w:szCs w:val="` + s + `"/>`
}

// docxNoIndent cancels the body's first-line indent.
const docxNoIndent = `<w:ind w:firstLineChars="0" w:firstLine="0"/>`

// docxSingle is single line spacing off the document grid, for text that is
// not body text.
const docxSingle = `<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>`

var docxStyles = xmlHeader + `<w:styles ` + nsW + `>
<w:docDefaults>
<w:rPrDefault><w:rPr>` + docxFonts("仿宋_GB2312") + `<w:kern w:val="2"/>` + docxSize(docxSize3) + `<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:spacing w:before="0" w:after="0" w:line="` + strconv.Itoa(docxLinePitch) + `" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="` + styleTitle + `"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:keepNext/><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="` + strconv.Itoa(docxLinePitch) + `" w:line="700" w:lineRule="exact"/>` + docxNoIndent + `<w:jc w:val="center"/><w:outlineLvl w:val="9"/></w:pPr>` +
	`<w:rPr>` + docxFonts("方正小标宋简体") + docxSize(docxSize2) + `</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="` + styleHeading1 + `"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>` + docxFontsLatin("Arial", "黑体") + `</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="` + styleHeading2 + `"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>` + docxFonts("楷体_GB2312") + `</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="` + styleMetadata + `"><w:name w:val="Metadata"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
	`<w:pPr>` + docxNoIndent + `<w:jc w:val="left"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="` + styleTable + `"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
	`<w:pPr>` + docxSingle + docxNoIndent + `<w:jc w:val="center"/></w:pPr><w:rPr>` + docxFonts(docxFontSong) + `<w:kern w:val="0"/>` + docxSize(docxSize5) + `</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="` + styleTableSmall + `"><w:name w:val="Table Text Small"/><w:basedOn w:val="` + styleTable + `"/><w:qFormat/>` +
	`<w:rPr>` + docxSize(docxSizeS5) + `</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="` + styleFooter + `"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>` +
	`<w:pPr>` + docxSingle + docxNoIndent + `</w:pPr><w:rPr><w:rFonts w:ascii="` + docxFontSong + `" w:hAnsi="` + docxFontSong + `" w:eastAsia="` + docxFontSong + `" w:hint="eastAsia"/>` + docxSize(docxSize4) + `</w:rPr></w:style>
</w:styles>
`

const docxSettings = xmlHeader + `<w:settings ` + nsW + `>
<w:zoom w:percent="100"/>
<w:defaultTabStop w:val="420"/>
<w:evenAndOddHeaders/>
<w:characterSpacingControl w:val="compressPunctuation"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
</w:settings>
`

// docxFontTable names the fonts with their alternative names, for systems
// that know them under another name (Windows 10 has 仿宋 and 楷体, not the
// _GB2312 fonts), and the GB2312 character set (86) so that a word processor
// that has none of them substitutes a Chinese font.
const docxFontTable = xmlHeader + `<w:fonts ` + nsW + `>
<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋,FangSong"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
<w:font w:name="黑体"><w:altName w:val="SimHei"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
<w:font w:name="楷体_GB2312"><w:altName w:val="楷体,KaiTi"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
<w:font w:name="方正小标宋简体"><w:altName w:val="宋体,SimSun"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>
</w:fonts>
`

// docxBody builds word/document.xml.
type docxBody struct {
	b    strings.Builder
	lang lang.Lang
	// lastTable is true when the last block written is a table.
	lastTable bool
}

// docxDocument returns word/document.xml.
func docxDocument(d *document) string {
	x := &docxBody{lang: d.lang}
	x.b.Grow(128 << 10) // the Xiaoshan report takes 75 KiB
	x.begin()
	x.para(styleTitle, "", oneLine(d.title))
	sep := labelSeparator.In(d.lang)
	for _, f := range d.metadata {
		x.para(styleMetadata, "", oneLine(f.label)+sep+oneLine(f.value))
	}
	x.paras("", d.preamble)
	for _, s := range d.sections {
		x.para(styleHeading1, "", oneLine(s.heading))
		if s.grid != nil {
			x.layoutTable(s.grid)
			continue
		}
		x.paras("", s.prose.Paragraphs)
		for _, sub := range s.prose.Subsections {
			x.para(styleHeading2, "", oneLine(sub.Title))
			x.paras("", sub.Paragraphs)
		}
	}
	if a := d.appendix; a != nil {
		x.para(styleHeading1, "", a.heading)
		x.para("", "", a.summary)
		if a.table != nil {
			x.flatTable(*a.table)
		}
	}
	return x.end()
}

// begin starts word/document.xml.
func (x *docxBody) begin() {
	x.b.WriteString(xmlHeader + `<w:document ` + nsW + `>` + "\n<w:body>\n")
}

// end ends word/document.xml with the section's properties (the page, its
// margins, the footers and the document grid) and returns it.
func (x *docxBody) end() string {
	if x.lastTable {
		// A table may not end the body.
		x.b.WriteString("<w:p/>\n")
	}
	x.b.WriteString(`<w:sectPr><w:footerReference w:type="default" r:id="rId4"/><w:footerReference w:type="even" r:id="rId5"/>` +
		`<w:pgSz w:w="` + strconv.Itoa(docxPageWidth) + `" w:h="` + strconv.Itoa(docxPageHeight) + `"/>` +
		`<w:pgMar w:top="` + strconv.Itoa(docxMarginTop) + `" w:right="` + strconv.Itoa(docxMarginRight) +
		`" w:bottom="` + strconv.Itoa(docxMarginBottom) + `" w:left="` + strconv.Itoa(docxMarginLeft) +
		`" w:header="` + strconv.Itoa(docxHeader) + `" w:footer="` + strconv.Itoa(docxFooter) + `" w:gutter="0"/>` +
		`<w:pgNumType w:fmt="decimal" w:start="1"/><w:cols w:space="425"/>` +
		`<w:docGrid w:type="lines" w:linePitch="` + strconv.Itoa(docxLinePitch) + `"/></w:sectPr>` + "\n")
	x.b.WriteString("</w:body>\n</w:document>\n")
	return x.b.String()
}

// paras writes paragraphs of user text in a style ("" for the body).
func (x *docxBody) paras(style string, paragraphs []string) {
	for _, p := range paragraphs {
		x.para(style, "", p)
	}
}

// para writes a paragraph of text in a style ("" for the body) with more
// paragraph properties (ppr, in schema order after the style). The text's
// lines are trimmed, empty lines left out, and the rest joined with line
// breaks; a text without any is not written.
func (x *docxBody) para(style, ppr, text string) {
	ls := printedLines(text, strings.TrimSpace)
	if len(ls) == 0 {
		return
	}
	x.b.WriteString("<w:p>")
	x.pPr(style, ppr)
	x.runs(ls)
	x.b.WriteString("</w:p>\n")
	x.lastTable = false
}

// pPr writes paragraph properties when there are any.
func (x *docxBody) pPr(style, ppr string) {
	if style == "" && ppr == "" {
		return
	}
	x.b.WriteString("<w:pPr>")
	if style != "" {
		x.b.WriteString(`<w:pStyle w:val="` + style + `"/>`)
	}
	x.b.WriteString(ppr + "</w:pPr>")
}

// runs writes lines as one run with line breaks between them.
func (x *docxBody) runs(ls []string) { x.runsRPr("", ls) }

// runsRPr writes lines as one run with line breaks between them, with run
// properties rpr ("" for none).
func (x *docxBody) runsRPr(rpr string, ls []string) {
	x.b.WriteString("<w:r>")
	if rpr != "" {
		x.b.WriteString("<w:rPr>" + rpr + "</w:rPr>")
	}
	for i, l := range ls {
		if i > 0 {
			x.b.WriteString("<w:br/>")
		}
		x.b.WriteString(`<w:t xml:space="preserve">` + xmlEscape(l) + "</w:t>")
	}
	x.b.WriteString("</w:r>")
}

// docxCell is a cell of a table to write.
type docxCell struct {
	text     string
	colSpan  int
	vMerge   string // "restart", "continue" or ""
	jc       string // the paragraph's alignment, "" for the style's
	vertical bool   // the text runs bottom to top (English in a narrow column)
	italic   bool   // the text is in italics
	shaded   bool   // the cell has a grey background (docxShading)
}

// docxShading is the fill of a shaded cell: a light grey that prints on a
// black-and-white printer and leaves black text readable.
const docxShading = "E7E6E6"

// docxRow is a row of a table to write.
type docxRow struct {
	cells  []docxCell
	header bool // repeated at the top of every page
	keep   bool // kept on the page of the next row
}

// tableStart writes a table's properties and grid.
func (x *docxBody) tableStart(widths []int) {
	total := 0
	for _, w := range widths {
		total += w
	}
	border := func(side string) string {
		return `<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="auto"/>`
	}
	x.b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + strconv.Itoa(total) + `" w:type="dxa"/><w:jc w:val="center"/>` +
		`<w:tblBorders>` + border("top") + border("left") + border("bottom") + border("right") + border("insideH") + border("insideV") + `</w:tblBorders>` +
		`<w:tblLayout w:type="fixed"/>` +
		`<w:tblCellMar><w:left w:w="` + strconv.Itoa(docxCellMargin) + `" w:type="dxa"/><w:right w:w="` + strconv.Itoa(docxCellMargin) + `" w:type="dxa"/></w:tblCellMar>` +
		`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` + "\n<w:tblGrid>")
	for _, w := range widths {
		x.b.WriteString(`<w:gridCol w:w="` + strconv.Itoa(w) + `"/>`)
	}
	x.b.WriteString("</w:tblGrid>\n")
}

// table writes a table of rows over columns of the given widths, its text
// in a table style.
func (x *docxBody) table(widths []int, style string, rows []docxRow) {
	x.tableStart(widths)
	for _, row := range rows {
		x.b.WriteString("<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"" + strconv.Itoa(docxRowHeight) + "\" w:hRule=\"atLeast\"/>")
		if row.header {
			x.b.WriteString("<w:tblHeader/>")
		}
		x.b.WriteString("</w:trPr>\n")
		col := 0
		for _, c := range row.cells {
			span := max(c.colSpan, 1)
			width := 0
			for i := col; i < col+span && i < len(widths); i++ {
				width += widths[i]
			}
			col += span
			x.b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(width) + `" w:type="dxa"/>`)
			if span > 1 {
				x.b.WriteString(`<w:gridSpan w:val="` + strconv.Itoa(span) + `"/>`)
			}
			switch c.vMerge {
			case "restart":
				x.b.WriteString(`<w:vMerge w:val="restart"/>`)
			case "continue":
				x.b.WriteString(`<w:vMerge/>`)
			}
			if c.shaded {
				x.b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + docxShading + `"/>`)
			}
			if c.vertical {
				x.b.WriteString(`<w:textDirection w:val="btLr"/>`)
			}
			x.b.WriteString(`<w:vAlign w:val="center"/></w:tcPr>`)
			ppr := ""
			if row.keep {
				ppr = "<w:keepNext/>"
			}
			if c.jc != "" {
				ppr += `<w:jc w:val="` + c.jc + `"/>`
			}
			x.b.WriteString("<w:p>")
			x.pPr(style, ppr)
			if t := oneLine(c.text); t != "" {
				rpr := ""
				if c.italic {
					rpr = "<w:i/><w:iCs/>"
				}
				x.runsRPr(rpr, []string{t})
			}
			x.b.WriteString("</w:p></w:tc>\n")
		}
		x.b.WriteString("</w:tr>\n")
	}
	x.b.WriteString("</w:tbl>\n")
	x.lastTable = true
}

// layoutTable writes a filled official table with the layout's merged
// cells: a cell spanning columns has a w:gridSpan; a cell spanning rows
// starts a vertical merge (w:vMerge restart) and each row below it that it
// covers holds an empty continuing cell (w:vMerge) of the same span.
//
// The rows before the first data cell are header rows, repeated on every
// page when they are the table's only rows without data (tables 三 and 四,
// not table 二 whose bands each have their own). Every row without data
// keeps with the next.
func (x *docxBody) layoutTable(g *table.Grid) {
	lay := g.Layout
	widths := docxColumns(lay)
	grid := lay.Expand()
	hasData := make([]bool, lay.Rows)
	for _, c := range lay.Cells {
		if c.Kind == table.Data && c.Row >= 0 && c.Row < lay.Rows {
			hasData[c.Row] = true
		}
	}
	leading := 0
	for leading < lay.Rows && !hasData[leading] {
		leading++
	}
	repeat := true
	for r := leading; r < lay.Rows; r++ {
		if !hasData[r] {
			repeat = false
		}
	}
	style := styleTableSmall
	if lay.Section == report.SectionProactive {
		style = styleTable
	}
	rows := make([]docxRow, lay.Rows)
	for r := range rows {
		rows[r].header = repeat && r < leading
		rows[r].keep = rows[r].keep || !hasData[r]
		for col := 0; col < lay.Cols; {
			i := grid[r][col]
			if i < 0 {
				// Not in a checked layout: fill the position.
				rows[r].cells = append(rows[r].cells, docxCell{colSpan: 1})
				col++
				continue
			}
			c := lay.Cells[i]
			dc := docxCell{colSpan: min(c.ColSpan, lay.Cols-col)}
			if c.RowSpan > 1 {
				dc.vMerge = "continue"
				if c.Row == r {
					dc.vMerge = "restart"
				}
			}
			if c.Row == r {
				if c.Kind == table.Data {
					dc.text = cellText(g, i, x.lang)
				} else {
					dc.text = c.Label.In(x.lang)
					if headerScope(c, hasData) == "row" {
						dc.jc = "left"
					}
					if c.ColSpan == 1 && widths[c.Col] == docxNarrowColumn {
						dc.vertical = docxEnglish(x.lang)
						// Keep the label's first rows on one page, so
						// that a page break does not cut it after a
						// character or two.
						for k := r; k < r+min(c.RowSpan-1, docxKeepRows); k++ {
							rows[k].keep = true
						}
					}
				}
			}
			rows[r].cells = append(rows[r].cells, dc)
			col += max(dc.colSpan, 1)
		}
	}
	x.table(widths, style, rows)
}

// flatTable writes a table without merged cells (the findings), its header
// row repeated on every page and its numeric columns centred.
func (x *docxBody) flatTable(t flatTable) {
	rows := make([][]docxCell, len(t.rows))
	for i, r := range t.rows {
		for _, s := range r {
			rows[i] = append(rows[i], docxCell{text: s})
		}
	}
	x.table(docxFlatColumns(len(t.header)), styleTableSmall, flatRows(t.header, rows, t.numeric, "center", len(t.header)))
}

// flatRows returns the rows of a table without merged cells of n columns:
// the header row, centred, repeated on every page and kept with the next
// row, then the rows, each cell aligned left or, in a numeric column, as
// numJC says. Missing cells are empty; cells past n are left out.
func flatRows(header []string, rows [][]docxCell, numeric []bool, numJC string, n int) []docxRow {
	out := make([]docxRow, 0, len(rows)+1)
	hr := docxRow{header: true, keep: true}
	for i := range n {
		c := docxCell{colSpan: 1, jc: "center"}
		if i < len(header) {
			c.text = header[i]
		}
		hr.cells = append(hr.cells, c)
	}
	out = append(out, hr)
	for _, r := range rows {
		var dr docxRow
		for i := range n {
			var c docxCell
			if i < len(r) {
				c = r[i]
			}
			c.colSpan, c.jc = 1, "left"
			if i < len(numeric) && numeric[i] {
				c.jc = numJC
			}
			dr.cells = append(dr.cells, c)
		}
		out = append(out, dr)
	}
	return out
}

// docxColumns returns the widths of a layout's columns, filling the text
// block: table 二's 信息内容 column wide; table 三's label columns a
// one-character column for 三、本年度办理结果, one for the outcome groups
// and one for the reasons; the value columns share the rest equally.
func docxColumns(lay *table.Layout) []int {
	var fixed []int
	switch lay.Section {
	case report.SectionProactive:
		fixed = []int{2845}
	case report.SectionRequests:
		fixed = []int{docxNarrowColumn, 1400, 2400}
	}
	if len(fixed) >= lay.Cols {
		fixed = nil
	}
	return fillColumns(fixed, lay.Cols)
}

// docxFlatColumns returns the widths of the findings table's columns: code,
// severity, cell, expected, actual and the message taking the rest.
func docxFlatColumns(n int) []int {
	fixed := []int{1400, 700, 2000, 700, 700}
	if n != len(fixed)+1 {
		fixed = nil
	}
	return fillColumns(fixed, n)
}

// fillColumns returns n column widths filling the text block: the fixed
// widths first, the other columns sharing the rest equally (the last takes
// what the division leaves).
func fillColumns(fixed []int, n int) []int {
	if n <= 0 {
		return nil
	}
	widths := make([]int, n)
	rest := docxTextWidth
	for i, w := range fixed {
		widths[i] = w
		rest -= w
	}
	others := n - len(fixed)
	if others == 0 {
		return widths
	}
	for i := len(fixed); i < n; i++ {
		widths[i] = rest / others
	}
	widths[n-1] += rest % others
	return widths
}

// xmlEscape returns s escaped for XML text and attribute values, without
// the characters XML 1.0 forbids (controls other than tab, line feed and
// carriage return; surrogates; U+FFFE and U+FFFF) or bytes that are not
// UTF-8.
func xmlEscape(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&apos;")
		case xmlAllowed(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// xmlAllowed reports whether XML 1.0 allows r in a document (its Char
// production).
func xmlAllowed(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		(r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}
