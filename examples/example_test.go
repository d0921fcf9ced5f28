package examples_test

import (
	"fmt"

	"github.com/opengov-cn/xxgk/examples"
)

func ExampleXiaoshan2023() {
	r := examples.Xiaoshan2023()
	v, _ := r.Lookup("table3.concluded.total")
	fmt.Println(r.Metadata.ReportingBody, r.Metadata.Year, "办结", v)
	// Output: 杭州市萧山区人民政府办公室 2023 办结 113
}
