package parse

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/opengov-cn/xxgk/lang"
	"github.com/opengov-cn/xxgk/report"
)

// Hand-built .docx files: the parts are small XML strings, zipped in a
// fixed order with a fixed date.

const wordNamespaces = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`mc:Ignorable="w14"`

// wordDocument wraps the XML of a body in a w:document.
func wordDocument(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document ` + wordNamespaces + `><w:body>` + body + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
}

// wordPart wraps the XML of a part (numbering, styles) in its root element.
func wordPart(root, inner string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:` + root + ` ` + wordNamespaces + `>` + inner + `</w:` + root + `>`
}

const (
	contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
	packageRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`
)

// zipParts writes the parts as a zip archive, in the order of their names.
func zipParts(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[n])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// makeDOCX builds a .docx from the XML of its body and other parts
// (numbering, styles, core properties) by name.
func makeDOCX(t testing.TB, body string, more ...string) []byte {
	t.Helper()
	parts := map[string]string{
		"[Content_Types].xml": contentTypes,
		"_rels/.rels":         packageRels,
		"word/document.xml":   wordDocument(body),
	}
	for i := 0; i+1 < len(more); i += 2 {
		parts[more[i]] = more[i+1]
	}
	return zipParts(t, parts)
}

// p is a paragraph of runs, one run per string.
func p(runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	for _, r := range runs {
		b.WriteString(`<w:r><w:t xml:space="preserve">` + r + `</w:t></w:r>`)
	}
	b.WriteString("</w:p>")
	return b.String()
}

// describe writes blocks compactly: a paragraph as its text, a table as
// its rows ("/") of cells ("|"), spans as ^rows and >columns.
func describe(blocks []block) []string {
	var out []string
	for _, b := range blocks {
		if !b.isTable() {
			out = append(out, b.text)
			continue
		}
		var rows []string
		for _, row := range b.rows {
			var cells []string
			for _, c := range row {
				s := c.text
				if c.rowspan > 1 {
					s += fmt.Sprintf("^%d", c.rowspan)
				}
				if c.colspan > 1 {
					s += fmt.Sprintf(">%d", c.colspan)
				}
				cells = append(cells, s)
			}
			rows = append(rows, strings.Join(cells, "|"))
		}
		out = append(out, "T["+strings.Join(rows, " / ")+"]")
	}
	return out
}

func readBlocks(t *testing.T, data []byte) []string {
	t.Helper()
	doc, err := readDOCX(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return describe(doc.blocks)
}

// tc is a table cell holding one paragraph per text, with cell properties.
func tc(props string, texts ...string) string {
	var b strings.Builder
	b.WriteString("<w:tc><w:tcPr>" + props + "</w:tcPr>")
	for _, s := range texts {
		b.WriteString(p(s))
	}
	if len(texts) == 0 {
		b.WriteString("<w:p/>")
	}
	b.WriteString("</w:tc>")
	return b.String()
}

func tr(cells ...string) string { return "<w:tr>" + strings.Join(cells, "") + "</w:tr>" }

func tbl(rows ...string) string {
	return `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid>` + strings.Join(rows, "") + "</w:tbl>"
}

// TestDOCXStructures reads each structure Word and WPS write, built by
// hand, into blocks.
func TestDOCXStructures(t *testing.T) {
	for _, tt := range docxStructures {
		t.Run(tt.name, func(t *testing.T) {
			got := readBlocks(t, makeDOCX(t, tt.body))
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// docxStructures are bodies of hand-built documents and the blocks they
// read to.
var docxStructures = []struct {
	name string
	body string
	want []string
}{
	{"runs split mid-word and mid-number",
		p("三、收到和处理政府信息", "公开申请情况") + tbl(tr(tc("", "一、本年新收政府信息公开申请数量"), "<w:tc><w:p>"+
			`<w:r><w:t>1</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>2</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>3</w:t></w:r></w:p></w:tc>`)),
		[]string{"三、收到和处理政府信息公开申请情况", "T[一、本年新收政府信息公开申请数量|123]"}},
	{"tabs and line breaks",
		`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>来源：某区</w:t><w:tab/><w:t>时间：2024</w:t><w:br/><w:t>第二行</w:t><w:cr/><w:t>第三行</w:t></w:r></w:p>`,
		[]string{"来源：某区 时间：2024\n第二行\n第三行"}},
	{"gridSpan and vMerge",
		tbl(
			tr(tc(`<w:vMerge w:val="restart"/>`, "信息内容"), tc(`<w:gridSpan w:val="2"/>`, "本年新制作数量"), tc("", "x")),
			tr(tc(`<w:vMerge/>`), tc("", "a"), tc("", "b"), tc(`<w:vMerge w:val="restart"/>`, "y")),
			tr(tc(`<w:vMerge/>`), tc("", "c"), tc("", "d"), tc(`<w:vMerge/>`)),
		),
		[]string{"T[信息内容^3|本年新制作数量>2|x / a|b|y^2 / c|d]"}},
	{"old horizontal merge",
		tbl(tr(tc(`<w:hMerge w:val="restart"/>`, "总计"), tc(`<w:hMerge/>`), tc("", "5"))),
		[]string{"T[总计>2|5]"}},
	{"vMerge under a row with gridBefore",
		tbl(
			`<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>`+tc(`<w:vMerge w:val="restart"/>`, "a")+tc("", "b")+`</w:tr>`,
			tr(tc("", "c"), tc(`<w:vMerge/>`), tc("", "d")),
		),
		[]string{"T[a^2|b / c|d]"}},
	{"a table in a table",
		tbl(tr(tc("", "左栏"), "<w:tc><w:tcPr/>"+p("上")+tbl(tr(tc("", "规章"), tc("", "3")))+p("下")+"</w:tc>"), tr(tc("", "页脚"))),
		[]string{"左栏", "上", "T[规章|3]", "下", "页脚"}},
	{"tracked changes",
		`<w:p><w:r><w:t>本年新收</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>99</w:delText></w:r></w:del>` +
			`<w:ins w:id="2" w:author="a"><w:r><w:t>74</w:t></w:r></w:ins><w:moveFrom w:id="3"><w:r><w:t>件</w:t></w:r></w:moveFrom>` +
			`<w:moveTo w:id="4"><w:r><w:t>件。</w:t></w:r></w:moveTo></w:p>` +
			// A deleted paragraph mark joins a paragraph to the next.
			`<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="a"/></w:rPr></w:pPr><w:r><w:t>前半</w:t></w:r></w:p>` + p("后半") +
			tbl(tr(tc("", "留")), `<w:tr><w:trPr><w:del w:id="6" w:author="a"/></w:trPr>`+tc("", "删")+`</w:tr>`),
		[]string{"本年新收74件。", "前半后半", "T[留]"}},
	{"a deleted paragraph mark before a table and at the end of a cell",
		`<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t>表前</w:t></w:r></w:p>` +
			tbl(tr(`<w:tc><w:p><w:r><w:t>格</w:t></w:r></w:p><w:p><w:pPr><w:rPr><w:del w:id="2" w:author="a"/></w:rPr></w:pPr><w:r><w:t>末</w:t></w:r></w:p></w:tc>`)) +
			`<w:p><w:pPr><w:rPr><w:moveFrom w:id="3" w:author="a"/></w:rPr></w:pPr><w:r><w:t>文末</w:t></w:r></w:p>`,
		[]string{"表前", "T[格\n末]", "文末"}},
	{"fields",
		`<w:p><w:fldSimple w:instr=" DOCPROPERTY Year "><w:r><w:t>2024</w:t></w:r></w:fldSimple><w:r><w:t>年</w:t></w:r>` +
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> =1+</w:instrText></w:r><w:r><w:instrText>1 </w:instrText></w:r>` +
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
			// A table of contents repeats the headings: dropped.
			`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
			`<w:r><w:t>一、总体情况</w:t></w:r><w:r><w:tab/><w:t>1</w:t></w:r></w:p>` + p("二、主动公开政府信息情况") +
			`<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
			`<w:p><w:fldSimple w:instr="TOC"><w:r><w:t>三、目录</w:t></w:r></w:fldSimple><w:r><w:t>正文</w:t></w:r></w:p>`,
		[]string{"2024年2", "正文"}},
	{"content controls, hyperlinks, smart tags, custom XML",
		`<w:sdt><w:sdtPr><w:alias w:val="标题"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr><w:sdtContent>` + p("某区2024年政府信息公开工作年度报告") + `</w:sdtContent></w:sdt>` +
			`<w:p><w:hyperlink r:id="rId9"><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:smartTag w:uri="u" w:element="date"><w:r><w:t>2024年</w:t></w:r></w:smartTag>` +
			`<w:customXml w:element="x"><w:r><w:t>1月</w:t></w:r></w:customXml><w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>15日</w:t></w:r></w:sdtContent></w:sdt></w:p>` +
			`<w:tbl><w:tblGrid/><w:sdt><w:sdtContent><w:tr><w:customXml><w:tc><w:p><w:r><w:t>行</w:t></w:r></w:p></w:tc></w:customXml></w:tr></w:sdtContent></w:sdt></w:tbl>`,
		[]string{"某区2024年政府信息公开工作年度报告", "链接2024年1月15日", "T[行]"}},
	{"text boxes in AlternateContent",
		`<w:p><w:r><w:t>前</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>` +
			p("框内") + `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
			`<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` + p("框内") + `</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>` +
			`<w:r><w:t>后</w:t></w:r></w:p>` +
			// With no Choice, the Fallback.
			`<w:p><w:r><mc:AlternateContent><mc:Fallback><w:t>备用</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
			// Only the first Choice.
			`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="w14"><w:t>甲</w:t></mc:Choice><mc:Choice Requires="w15"><w:t>乙</w:t></mc:Choice><mc:Fallback><w:t>丙</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
		[]string{"前", "框内", "后", "备用", "甲"}},
	{"hidden text, symbols, hyphens, ruby",
		`<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r>` +
			`<w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="SimSun" w:char="2014"/><w:t>A</w:t><w:noBreakHyphen/><w:softHyphen/><w:t>B</w:t></w:r>` +
			`<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>zhù</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>注</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>`,
		[]string{"显示—A-B注"}},
}

// listNumbering is a numbering.xml with the levels of report headings:
// "一、", "（一）", "1.", and a second list that starts at 3, counts in
// 甲乙丙 and never restarts its second level.
var listNumbering = wordPart("numbering", `<w:abstractNum w:abstractNumId="0">`+
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="Heading1"/></w:lvl>`+
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="（%2）"/></w:lvl>`+
	`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>`+
	`<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%4"/><w:isLgl/></w:lvl>`+
	`</w:abstractNum>`+
	`<w:abstractNum w:abstractNumId="1">`+
	`<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1"/><w:suff w:val="space"/></w:lvl>`+
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%2)"/></w:lvl>`+
	`</w:abstractNum>`+
	`<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl></w:abstractNum>`+
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`+
	`<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`+
	`<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`+
	`<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>`)

var listStyles = wordPart("styles", `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>`+
	`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`+
	`<w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style>`+
	`<w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`)

// numbered is a paragraph numbered by numId and ilvl (empty: not given),
// with a style (empty: none).
func numbered(style, numID, ilvl, text string) string {
	var pPr string
	if style != "" {
		pPr += `<w:pStyle w:val="` + style + `"/>`
	}
	if numID != "" || ilvl != "" {
		pPr += "<w:numPr>"
		if ilvl != "" {
			pPr += `<w:ilvl w:val="` + ilvl + `"/>`
		}
		if numID != "" {
			pPr += `<w:numId w:val="` + numID + `"/>`
		}
		pPr += "</w:numPr>"
	}
	return `<w:p><w:pPr>` + pPr + `</w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

// TestDOCXNumbering computes the numbers of headings numbered
// automatically, which are not in the text.
func TestDOCXNumbering(t *testing.T) {
	body := numbered("Heading1", "", "", "总体情况") + // 一、 from the style
		numbered("Heading2", "", "", "主动公开") + // （一） from the style's level
		numbered("", "1", "1", "依申请公开") + // （二）
		numbered("", "1", "2", "加强领导") + // 1.
		numbered("", "1", "2", "健全机制") + // 2.
		numbered("", "1", "3", "法条") + // 1.2.1: legal numbering in decimal
		numbered("MyHeading", "", "", "主动公开政府信息情况") + // 二、 through basedOn
		numbered("", "1", "1", "规章") + // （一） again: level 1 restarted
		numbered("", "1", "2", "") + // an empty numbered paragraph counts, prints nothing
		numbered("", "1", "2", "第二项") + // 2.
		numbered("", "2", "0", "甲项") + // 丙 (start 3), then a space
		numbered("", "2", "1", "子项") + // 01)
		numbered("", "2", "0", "乙项") + // 丁
		numbered("", "2", "1", "子项") + // 02): level 1 never restarts
		numbered("", "3", "1", "重新编号") + // （一）: startOverride on the new instance
		numbered("", "1", "0", "收到和处理政府信息公开申请情况") + // 三、: instances of one list share counters
		numbered("", "4", "0", "项目符号") + // a bullet prints nothing
		numbered("Heading1", "0", "", "不编号") + // numId 0 removes the style's numbering
		numbered("", "9", "0", "无定义") + // an undefined instance prints nothing
		tbl(tr(tc("", "x"), `<w:tc><w:tcPr/>`+numbered("", "1", "2", "属于国家秘密")+`</w:tc>`))
	got := readBlocks(t, makeDOCX(t, body, "word/numbering.xml", listNumbering, "word/styles.xml", listStyles))
	want := []string{
		"一、总体情况", "（一）主动公开", "（二）依申请公开", "1.加强领导", "2.健全机制", "1.2.1 法条",
		"二、主动公开政府信息情况", "（一）规章", "2.第二项", "丙 甲项", "01)子项", "丁 乙项", "02)子项",
		"（一）重新编号", "三、收到和处理政府信息公开申请情况", "项目符号", "不编号", "无定义",
		"T[x|1.属于国家秘密]",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// TestDOCXNumberingLibreOffice reads headings numbered "一、", "（一）" and
// "1." by LibreOffice (testdata/numbered-lo.docx, converted from
// numbered-lo.fodt with soffice --headless --convert-to docx), which
// writes them as taiwaneseCountingThousand with no suffix.
func TestDOCXNumberingLibreOffice(t *testing.T) {
	got := readBlocks(t, readTestdata(t, "numbered-lo.docx"))
	want := []string{"某县2023年政府信息公开工作年度报告", "一、总体情况", "（一）主动公开", "1.加强领导", "2.健全机制", "（二）依申请公开",
		"二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
		"六、其他需要报告的事项", "七、第七", "八、第八", "九、第九", "十、第十", "十一、第十一"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

func TestFormatNumber(t *testing.T) {
	for _, tt := range []struct {
		n      int
		format string
		want   string
	}{
		{1, "chineseCounting", "一"}, {10, "chineseCounting", "十"}, {11, "chineseCountingThousand", "十一"},
		{20, "chineseCounting", "二十"}, {105, "chineseCountingThousand", "一百零五"}, {110, "chineseCounting", "一百一十"},
		{1010, "chineseCounting", "一千零一十"}, {12, "chineseLegalSimplified", "壹拾贰"}, {3, "ideographTraditional", "丙"},
		{11, "ideographTraditional", "11"}, {205, "ideographDigital", "二〇五"}, {3, "decimalEnclosedCircle", "③"},
		{7, "decimalFullWidth", "７"}, {28, "lowerLetter", "bb"}, {14, "upperRoman", "XIV"}, {4, "none", ""},
		{5, "somethingNew", "5"}, {100000, "upperLetter", "100000"}, {12, "taiwaneseCountingThousand", "十二"},
		{2, "ideographEnclosedCircle", "㊁"},
	} {
		if got := formatNumber(tt.n, tt.format); got != tt.want {
			t.Errorf("formatNumber(%d, %s) = %q, want %q", tt.n, tt.format, got, tt.want)
		}
	}
}

// TestDOCXLocations checks where diagnostics place things: paragraph N,
// or table T, row R, cell C.
func TestDOCXLocations(t *testing.T) {
	body := p("标题") + "<w:p/>" + p("三、收到和处理政府信息公开申请情况") +
		tbl(tr(tc("", "一、本年新收政府信息公开申请数量"), tc("", "1"), tc("", "x"), tc("", "0"), tc("", "0"), tc("", "0"), tc("", "0"), tc("", "1")))
	res, err := DOCX(makeDOCX(t, body), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, d := range res.Diagnostics {
		if d.Code == CodeBadCell {
			found = true
			want := Location{Table: 1, Row: 1, Cell: 3}
			if d.At != want {
				t.Errorf("bad cell at %+v, want %+v", d.At, want)
			}
			if got := d.Message(lang.Chinese); !strings.HasPrefix(got, "表1第1行第3格") {
				t.Errorf("message %q", got)
			}
		}
	}
	if !found {
		t.Errorf("no bad-cell diagnostic:\n%s", diagnosticList(res))
	}
	doc, _ := readDOCX(makeDOCX(t, body), Options{})
	if at := doc.blocks[1].at; at != (Location{Paragraph: 3}) {
		t.Errorf("heading at %+v, want paragraph 3 (empty paragraphs count)", at)
	}
	if s, zh := (Location{Paragraph: 3}).String(), (Location{Paragraph: 3}).In(lang.Chinese); s != "paragraph 3" || zh != "第3段" {
		t.Errorf("paragraph location written %q, %q", s, zh)
	}
}

// TestDOCXProperties reads the title from docProps/core.xml where the text
// has none, and never the author as the reporting body.
func TestDOCXProperties(t *testing.T) {
	core := `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>某县人民政府2023年政府信息公开工作年度报告</dc:title><dc:creator>某县人民政府办公室</dc:creator></cp:coreProperties>`
	body := p("根据《中华人民共和国政府信息公开条例》，现公布本年度报告，统计期限自2023年1月1日起至2023年12月31日止。") + p("一、总体情况") + p("正文。")
	res, err := DOCX(makeDOCX(t, body, "docProps/core.xml", core), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := res.Report.Metadata
	if m.Title != "某县人民政府2023年政府信息公开工作年度报告" || m.Year != 2023 {
		t.Errorf("title %q year %d", m.Title, m.Year)
	}
	if m.ReportingBody == "某县人民政府办公室" {
		t.Errorf("the author was taken for the reporting body")
	}
	// A damaged properties part is passed over.
	res, err = DOCX(makeDOCX(t, body, "docProps/core.xml", core[:len(core)-30]), Options{})
	if err != nil || res.Report.Metadata.Year != 2023 {
		t.Errorf("with a damaged core.xml: %v", err)
	}
	// A title in the text wins.
	res, err = DOCX(makeDOCX(t, p("某市2022年政府信息公开工作年度报告")+body, "docProps/core.xml", core), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Report.Metadata.Title; got != "某市2022年政府信息公开工作年度报告" {
		t.Errorf("title %q, want the text's", got)
	}
}

// TestDOCXBadFiles refuses each kind of file that is not a readable
// Word document, with its error.
func TestDOCXBadFiles(t *testing.T) {
	good := makeDOCX(t, p("一、总体情况"))
	ole2 := append(slices.Clone(ole2Magic), make([]byte, 1000)...)
	encrypted := append(slices.Clone(ole2), utf16le("EncryptedPackage")...)
	notWord := zipParts(t, map[string]string{"[Content_Types].xml": contentTypes, "xl/workbook.xml": "<workbook/>"})
	wrongRoot := zipParts(t, map[string]string{"word/document.xml": `<?xml version="1.0"?><html><body>x</body></html>`})
	damaged := slices.Clone(good)
	i := bytes.Index(damaged, []byte("word/document.xml")) + len("word/document.xml") + 10
	for k := i; k < i+40; k++ {
		damaged[k] ^= 0x5A
	}
	tests := []struct {
		name    string
		data    []byte
		want    error
		message string
	}{
		{"legacy .doc", ole2, ErrLegacyWord, "soffice --headless --convert-to docx FILE"},
		{"encrypted .docx", encrypted, ErrEncryptedWord, "without a password"},
		{"zip without a Word document", notWord, ErrNotWord, "no word/document.xml"},
		{"OpenDocument", zipParts(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}), ErrNotWord, "convert-to docx"},
		{"document.xml that is not WordprocessingML", wrongRoot, ErrNotWord, "not a WordprocessingML document"},
		{"truncated", good[:len(good)/2], ErrDamaged, "damaged"},
		{"damaged data", damaged, ErrDamaged, "word/document.xml"},
		{"malformed XML", makeDOCX(t, "<w:p><w:r><w:t>x</w:r></w:p>"), ErrDamaged, "word/document.xml"},
		{"no text", makeDOCX(t, `<w:p><w:r><w:drawing/></w:r></w:p>`), ErrEmpty, "OCR"},
		{"nested too deep", makeDOCX(t, strings.Repeat("<w:sdt><w:sdtContent>", 300)+p("x")+strings.Repeat("</w:sdtContent></w:sdt>", 300)), ErrTooLarge, "nested"},
		{"PDF", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), ErrNoPDFReader, "PDF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Parse(tt.data, Options{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v (result %v)", err, tt.want, res)
			}
			if !strings.Contains(err.Error(), tt.message) {
				t.Errorf("error %q does not say %q", err, tt.message)
			}
		})
	}
	if _, err := DOCX([]byte("一、总体情况"), Options{}); !errors.Is(err, ErrNotWord) {
		t.Errorf("text given to DOCX: %v, want ErrNotWord", err)
	}
}

// TestDOCXBounds refuses a zip bomb and a document of too much text,
// within the limit the documentation states: the input limit, for the
// parts uncompressed too.
func TestDOCXBounds(t *testing.T) {
	// A document.xml of size bytes of XML repeating chunk.
	bomb := func(size int, chunk string) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("word/document.xml")
		w.Write([]byte(`<?xml version="1.0"?><w:document ` + wordNamespaces + `><w:body>`))
		block := bytes.Repeat([]byte(chunk), (1<<16)/len(chunk))
		for n := 0; n < size; n += len(block) {
			w.Write(block)
		}
		w.Write([]byte(`</w:body></w:document>`))
		zw.Close()
		return buf.Bytes()
	}
	elements := bomb(2<<20, "<w:p/>")
	t.Logf("a bomb of %d bytes inflating to 2 MiB of elements", len(elements))
	if _, err := DOCX(elements, Options{MaxBytes: 1 << 20}); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "1048576 bytes uncompressed") {
		t.Errorf("2 MiB of XML under a 1 MiB limit: %v, want ErrTooLarge at 1 MiB", err)
	}
	if _, err := DOCX(elements, Options{MaxBytes: 3 << 20}); !errors.Is(err, ErrEmpty) {
		t.Errorf("the same under a 3 MiB limit: %v, want it read (and found empty)", err)
	}
	spaces := bomb(17<<20, "        ")
	t.Logf("a bomb of %d bytes inflating to 17 MiB", len(spaces))
	if _, err := Parse(spaces, Options{}); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "16777216 bytes uncompressed") {
		t.Errorf("17 MiB of XML under the default limit: %v, want ErrTooLarge at 16 MiB", err)
	}
	// Text past the limit from little XML: a list's numbers printing the
	// counter 2000 times each.
	numbering := wordPart("numbering", `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:lvlText w:val="`+
		strings.Repeat("%1", 2000)+`"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`)
	text := makeDOCX(t, strings.Repeat(numbered("", "1", "0", "x"), 400), "word/numbering.xml", numbering)
	if _, err := DOCX(text, Options{MaxBytes: 1 << 20}); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "bytes of text") {
		t.Errorf("2.2 MB of numbers under a 1 MiB limit: %v, want ErrTooLarge", err)
	}
}

func TestDetectDOCX(t *testing.T) {
	for _, tt := range []struct {
		data []byte
		want InputKind
	}{
		{readTestdata(t, "pingtan-2022.docx"), KindDOCX},
		{ole2Magic, KindLegacyWord},
		{[]byte("%PDF-1.4\n"), KindPDF},
		{[]byte("\n\n%PDF-2.0\n"), KindPDF},
		{[]byte("一、总体情况 %PDF-x"), KindText},
	} {
		if got := Detect(tt.data); got != tt.want {
			t.Errorf("Detect(%.12q) = %v, want %v", tt.data, got, tt.want)
		}
	}
}

// TestDOCXAsHTML reads the Pingtan reports saved as .docx by LibreOffice
// from their portal pages: the same report as the pages give, every cell
// of every table, the sections and the metadata, up to white space (where
// the page breaks a line between links, LibreOffice writes a space).
func TestDOCXAsHTML(t *testing.T) {
	for _, name := range []string{"pingtan-2022", "pingtan-2019"} {
		t.Run(name, func(t *testing.T) {
			page, err := Parse(readTestdata(t, name+".html"), Options{})
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Parse(readTestdata(t, name+".docx"), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Kind != KindDOCX || doc.Encoding != "utf-8" {
				t.Errorf("kind %v, encoding %s", doc.Kind, doc.Encoding)
			}
			if d := cmp.Diff(cellValues(page.Report), cellValues(doc.Report)); d != "" {
				t.Errorf("cells (-html +docx):\n%s", d)
			}
			if d := cmp.Diff(page.Report, doc.Report, append(cmpReports, equateSpace)...); d != "" {
				t.Errorf("(-html +docx):\n%s", d)
			}
			if got, want := diagnosticCodes(doc), diagnosticCodes(page); !slices.Equal(got, want) {
				t.Errorf("diagnostics %v, the page's %v", got, want)
			}
		})
	}
}

// equateSpace compares strings with their runs of white space as one
// space.
var equateSpace = cmp.Comparer(func(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
})

// cellValues returns every cell of a report's tables, blank ones included.
func cellValues(r *report.Report) map[report.Path]string {
	m := map[report.Path]string{}
	for c, v := range r.Cells {
		m[c.Path] = v.String()
	}
	return m
}

func diagnosticCodes(res *Result) []string {
	var codes []string
	for _, d := range res.Diagnostics {
		codes = append(codes, d.Severity.String()+" "+d.Code)
	}
	return codes
}

// wordWriter writes blocks as WordprocessingML in the ways Word and WPS
// do, and some more: runs of one to three characters, wrapped in
// hyperlinks, smart tags, content controls, custom XML, insertions and
// moves; deletions, hidden text, field instructions and the fallbacks of
// mc:AlternateContent holding junk that must not be read; headings
// numbered automatically; table spans as w:gridSpan and w:vMerge; tables
// nested in layout tables; paragraphs in text boxes.
type wordWriter struct {
	b      strings.Builder
	n      int    // a counter choosing the next way of writing
	levels [3]int // the automatic numbers used so far, body list
	cells  [3]int // and list of the tables' labels
	count  [3]int // the paragraphs numbered automatically, by level
}

var chineseNumerals = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

// numberedBody is a numbering.xml for wordWriter: list 1 for the body's
// headings, list 2 for the tables' labels, each "一、", "（一）", "1.".
var numberedBody = func() string {
	levels := `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="（%2）"/></w:lvl>` +
		`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:suff w:val="nothing"/></w:lvl>`
	return wordPart("numbering", `<w:abstractNum w:abstractNumId="10">`+levels+`</w:abstractNum><w:abstractNum w:abstractNumId="20">`+levels+`</w:abstractNum>`+
		`<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>`)
}()

// number returns the level at which text starts with the next automatic
// number of a list, and the text without it; -1 when it does not.
func nextNumber(levels *[3]int, text string) (int, string) {
	next := func(l int) string {
		if levels[l] >= len(chineseNumerals) {
			return "\x00"
		}
		return chineseNumerals[levels[l]]
	}
	for l, form := range []string{next(0) + "、", "（" + next(1) + "）", fmt.Sprint(levels[2]+1) + "."} {
		if rest, ok := strings.CutPrefix(text, form); ok && rest != "" && !strings.HasPrefix(rest, "\n") {
			levels[l]++
			for k := l + 1; k < len(levels); k++ {
				levels[k] = 0
			}
			return l, rest
		}
	}
	return -1, text
}

func xmlEscape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// runs writes text as runs of one to three characters, each in one of the
// wrappers, with junk that must not be read between them.
func (w *wordWriter) runs(text string) {
	chars := []rune(text)
	for i := 0; i < len(chars); {
		w.n++
		k := min(len(chars)-i, 1+w.n%3)
		piece := string(chars[i:min(i+k, len(chars))])
		i += k
		var run strings.Builder
		for j, line := range strings.Split(piece, "\n") {
			if j > 0 {
				run.WriteString("<w:br/>")
			}
			if line != "" {
				run.WriteString(`<w:t xml:space="preserve">` + xmlEscape(line) + `</w:t>`)
			}
		}
		r := `<w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr>` + run.String() + `</w:r>`
		switch w.n % 11 {
		case 0:
			r = `<w:hyperlink r:id="rId1">` + r + `</w:hyperlink>`
		case 1:
			r = `<w:smartTag w:uri="urn:x" w:element="n">` + r + `</w:smartTag>`
		case 2:
			r = `<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>` + r + `</w:sdtContent></w:sdt>`
		case 3:
			r = `<w:customXml w:element="c">` + r + `</w:customXml>`
		case 4:
			r = `<w:ins w:id="1" w:author="x">` + r + `</w:ins><w:del w:id="2" w:author="x"><w:r><w:delText>9</w:delText></w:r></w:del>`
		case 5:
			r = `<w:moveTo w:id="3">` + r + `</w:moveTo><w:moveFrom w:id="4"><w:r><w:t>8</w:t></w:r></w:moveFrom>`
		case 6:
			r = `<w:fldSimple w:instr=" QUOTE 7 ">` + r + `</w:fldSimple>`
		case 7:
			r = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> =6 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
				r + `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
		case 8:
			r = `<mc:AlternateContent><mc:Choice Requires="w14">` + r + `</mc:Choice><mc:Fallback><w:r><w:t>5</w:t></w:r></mc:Fallback></mc:AlternateContent>`
		case 9:
			r += `<w:r><w:rPr><w:vanish/></w:rPr><w:t>4</w:t></w:r><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="b"/><w:bookmarkEnd w:id="0"/>`
		}
		w.b.WriteString(r)
	}
}

// paragraph writes a paragraph, numbered from list numID when its text
// starts with the list's next number.
func (w *wordWriter) paragraph(text string, levels *[3]int, numID int) {
	w.n++
	if w.n%7 == 0 { // a paragraph deleted as a tracked change, mark and all
		w.b.WriteString(`<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="x"/></w:rPr></w:pPr><w:del w:id="6" w:author="x"><w:r><w:delText>3</w:delText></w:r></w:del></w:p>`)
	}
	level, rest := nextNumber(levels, text)
	pPr := "<w:pPr>"
	if level >= 0 {
		pPr += fmt.Sprintf(`<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, level, numID)
		w.count[level]++
		text = rest
	}
	pPr += "</w:pPr>"
	if w.n%13 == 0 && numID == 1 { // in a text box, drawn twice: DrawingML and VML
		w.b.WriteString(`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p>` + pPr)
		w.runs(text)
		w.b.WriteString(`</w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p>`)
		w.b.WriteString(`<w:r><w:t>` + xmlEscape(text) + `</w:t></w:r>`)
		w.b.WriteString(`</w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`)
		return
	}
	w.b.WriteString("<w:p>" + pPr)
	w.runs(text)
	w.b.WriteString("</w:p>")
}

// table writes a table block, its spans placed on the grid as HTML places
// them and written as w:gridSpan and w:vMerge.
func (w *wordWriter) table(rows [][]cell) {
	type slot struct {
		c     *cell
		first bool // the cell starts in this row
	}
	var grid [][]slot
	for r, row := range rows {
		for len(grid) <= r {
			grid = append(grid, nil)
		}
		col := 0
		for i := range row {
			c := &row[i]
			for col < len(grid[r]) && grid[r][col].c != nil {
				col++
			}
			for dr := 0; dr < c.rowspan && r+dr < len(rows); dr++ {
				for len(grid) <= r+dr {
					grid = append(grid, nil)
				}
				for len(grid[r+dr]) < col+c.colspan {
					grid[r+dr] = append(grid[r+dr], slot{})
				}
				for dc := 0; dc < c.colspan; dc++ {
					grid[r+dr][col+dc] = slot{c: c, first: dr == 0 && dc == 0}
				}
			}
			col += c.colspan
		}
	}
	w.n++
	layout := w.n%2 == 0
	if layout { // inside a layout table
		w.b.WriteString(`<w:tbl><w:tr><w:tc>`)
	}
	w.b.WriteString(`<w:tbl><w:tblPr/><w:tblGrid/>`)
	w.b.WriteString(`<w:tr><w:trPr><w:del w:id="7" w:author="x"/></w:trPr><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr>`)
	for r := range grid {
		w.b.WriteString("<w:tr>")
		for col := 0; col < len(grid[r]); {
			s := grid[r][col]
			if s.c == nil {
				w.b.WriteString(`<w:tc><w:p/></w:tc>`)
				col++
				continue
			}
			w.b.WriteString("<w:tc><w:tcPr>")
			if s.c.colspan > 1 {
				fmt.Fprintf(&w.b, `<w:gridSpan w:val="%d"/>`, s.c.colspan)
			}
			switch {
			case !s.first:
				w.b.WriteString(`<w:vMerge/></w:tcPr><w:p/></w:tc>`)
				col += s.c.colspan
				continue
			case s.c.rowspan > 1:
				w.b.WriteString(`<w:vMerge w:val="restart"/>`)
			}
			w.b.WriteString("</w:tcPr>")
			for _, line := range strings.Split(s.c.text, "\n") {
				w.paragraph(line, &w.cells, 2)
			}
			w.b.WriteString("</w:tc>")
			col += s.c.colspan
		}
		w.b.WriteString("</w:tr>")
	}
	w.b.WriteString("</w:tbl>")
	if layout {
		w.b.WriteString(`<w:p/></w:tc></w:tr></w:tbl>`)
	}
}

// TestDOCXWrittenHard writes the blocks of the Pingtan pages as Word
// documents in every way above and reads them back: the same reports as
// the pages.
func TestDOCXWrittenHard(t *testing.T) {
	for _, name := range []string{"pingtan-2022.html", "pingtan-2019.html"} {
		t.Run(name, func(t *testing.T) {
			src := readTestdata(t, name)
			want, err := HTML(src, Options{})
			if err != nil {
				t.Fatal(err)
			}
			page := htmlBlocks(src)
			var w wordWriter
			for _, b := range page.blocks {
				if b.isTable() {
					w.table(b.rows)
					continue
				}
				w.paragraph(b.text, &w.levels, 1)
			}
			core := `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
				`<dc:title>` + xmlEscape(page.title) + `</dc:title><dc:creator>某人</dc:creator></cp:coreProperties>`
			var custom strings.Builder
			custom.WriteString(`<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`)
			for _, k := range []string{"articletitle", "pubdate"} {
				if v := page.meta[k]; v != "" {
					custom.WriteString(`<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="` + k + `"><vt:lpwstr>` + xmlEscape(v) + `</vt:lpwstr></property>`)
				}
			}
			custom.WriteString(`</Properties>`)
			data := makeDOCX(t, w.b.String(), "word/numbering.xml", numberedBody, "docProps/core.xml", core, "docProps/custom.xml", custom.String())
			got, err := Parse(data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if w.count[0] < 10 || w.count[1] < 10 || w.count[2] < 10 {
				t.Errorf("too few numbers written automatically: %v by level", w.count)
			}
			t.Logf("numbers written automatically: %v by level", w.count)
			if d := cmp.Diff(cellValues(want.Report), cellValues(got.Report)); d != "" {
				t.Errorf("cells (-html +docx):\n%s", d)
			}
			if d := cmp.Diff(want.Report, got.Report, cmpReports...); d != "" {
				t.Errorf("(-html +docx):\n%s", d)
			}
			if t.Failed() {
				doc, _ := readDOCX(data, Options{})
				t.Log(strings.Join(describe(doc.blocks), "\n"))
			}
		})
	}
}
