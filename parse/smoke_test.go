package parse

import (
	"fmt"
	"os"
	"testing"
)

func TestSmokeHTML(t *testing.T) {
	for _, name := range []string{"pingtan-2022.html", "pingtan-2019.html"} {
		data, _ := os.ReadFile("/work/shared/testdata/html/" + name)
		page, _, _ := decodeHTML(data)
		p := htmlBlocks(page)
		fmt.Println(name, p.title, p.meta["pubdate"], len(p.blocks))
		for i, b := range p.blocks {
			if b.isTable() {
				fmt.Printf("%d TABLE %v rows=%d\n", i, b.at, len(b.rows))
				for _, r := range b.rows {
					var s []string
					for _, c := range r {
						s = append(s, fmt.Sprintf("%q/%d/%d", c.text, c.rowspan, c.colspan))
					}
					fmt.Println("   ", s)
				}
			} else {
				txt := []rune(b.text)
				if len(txt) > 50 {
					txt = txt[:50]
				}
				fmt.Printf("%d P %v %s\n", i, b.at, string(txt))
			}
		}
	}
}
