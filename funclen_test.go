package xxgk

import (
	"go/ast"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// maxFuncLines is the length a function must stay under, counted from the
// line of its opening brace to the line of its closing brace.
const maxFuncLines = 80

// longFuncExempt lists the files and folders whose functions may be longer:
// examples/xiaoshan.go is data (a whole report written out as a literal).
var longFuncExempt = []string{"examples/xiaoshan.go"}

// TestFunctionsAreShort fails for any function or function literal outside
// tests that is maxFuncLines long or longer.
func TestFunctionsAreShort(t *testing.T) {
	eachSourceFile(t, func(fset *token.FileSet, path string, f *ast.File) {
		path = filepath.ToSlash(path)
		for _, e := range longFuncExempt {
			if path == e || strings.HasPrefix(path, e) {
				return
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			var body *ast.BlockStmt
			name := "function literal"
			switch fn := n.(type) {
			case *ast.FuncDecl:
				body, name = fn.Body, "func "+fn.Name.Name
			case *ast.FuncLit:
				body = fn.Body
			}
			if body == nil {
				return true
			}
			lines := fset.Position(body.Rbrace).Line - fset.Position(body.Lbrace).Line + 1
			if lines >= maxFuncLines {
				t.Errorf("%s: %s is %d lines long; split it under %d", fset.Position(body.Lbrace), name, lines, maxFuncLines)
			}
			return true
		})
	})
}
