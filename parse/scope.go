package parse

import "github.com/opengov-cn/xxgk/report"

// readScope sets the report's scope and level from its title, reporting
// body and prose (see report.InferScope), where the document did not say
// them already.
func (d *doc) readScope() {
	m := &d.rep.Metadata
	scope, level := report.InferScope(d.rep)
	if m.Scope == report.ScopeUnknown && !m.Aggregate {
		m.Scope = scope
	}
	if m.Level == report.LevelUnknown {
		m.Level = level
	}
}
