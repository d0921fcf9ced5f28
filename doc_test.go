package xxgk

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportedIdentifiersAreDocumented fails for any exported declaration of
// the module's library packages that has no doc comment.
func TestExportedIdentifiersAreDocumented(t *testing.T) {
	eachSourceFile(t, func(fset *token.FileSet, _ string, f *ast.File) {
		if f.Name.Name == "main" {
			return
		}
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Name.IsExported() && d.Doc == nil && receiverExported(d) {
					t.Errorf("%s: func %s has no doc comment", fset.Position(d.Pos()), d.Name.Name)
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() && d.Doc == nil && s.Doc == nil {
							t.Errorf("%s: type %s has no doc comment", fset.Position(s.Pos()), s.Name.Name)
						}
						if st, ok := s.Type.(*ast.StructType); ok && s.Name.IsExported() {
							checkFields(t, fset, s.Name.Name, st)
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() && d.Doc == nil && s.Doc == nil && s.Comment == nil {
								t.Errorf("%s: %s has no doc comment", fset.Position(n.Pos()), n.Name)
							}
						}
					}
				}
			}
		}
	})
}

// eachSourceFile calls fn with each Go file of the module that is not a
// test, parsed with its comments, and its path; folders whose names start
// with "." and testdata folders are left out.
func eachSourceFile(t *testing.T, fn func(fset *token.FileSet, path string, f *ast.File)) {
	t.Helper()
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != "." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		fn(fset, path, f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// receiverExported reports whether a method's receiver type is exported (or
// the function is not a method).
func receiverExported(d *ast.FuncDecl) bool {
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return true
	}
	typ := d.Recv.List[0].Type
	if star, ok := typ.(*ast.StarExpr); ok {
		typ = star.X
	}
	if idx, ok := typ.(*ast.IndexExpr); ok {
		typ = idx.X
	}
	id, ok := typ.(*ast.Ident)
	return !ok || id.IsExported()
}

// checkFields reports the exported fields of an exported struct that have
// no comment of their own: a doc comment above, or a comment at the end of
// the line. A comment above a run of fields with no blank line between
// them covers the run.
func checkFields(t *testing.T, fset *token.FileSet, typeName string, st *ast.StructType) {
	t.Helper()
	covered := false
	lastLine := 0
	for _, f := range st.Fields.List {
		line := fset.Position(f.Pos()).Line
		switch {
		case f.Doc != nil || f.Comment != nil:
			covered = f.Doc != nil
		case covered && line == lastLine+1:
			// part of a run under one comment
		default:
			covered = false
			for _, n := range f.Names {
				if n.IsExported() {
					t.Errorf("%s: field %s.%s has no comment", fset.Position(n.Pos()), typeName, n.Name)
				}
			}
		}
		lastLine = fset.Position(f.End()).Line
	}
}
