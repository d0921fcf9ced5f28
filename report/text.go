package report

import "golang.org/x/text/language"

// Text is a piece of text in the two languages of the library: Chinese (the
// official label, or a message in simplified Chinese) and English (in the
// words of the project glossary). Packages table and validate use it under
// their own names (table.Text and validate.Text are this type).
type Text struct {
	Zh string `json:"zh"` // simplified Chinese
	En string `json:"en"` // English
}

// In returns the text in the language lang asks for: English for an
// English tag, Chinese for any other, the zero tag included.
func (t Text) In(lang language.Tag) string {
	if IsEnglish(lang) {
		return t.En
	}
	return t.Zh
}

// IsEnglish reports whether lang asks for the library's English texts
// rather than its Chinese ones.
func IsEnglish(lang language.Tag) bool {
	base, conf := lang.Base()
	return conf == language.Exact && base.String() == "en"
}
