module github.com/opengov-cn/xxgk

go 1.24.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/shopspring/decimal v1.4.0
	golang.org/x/net v0.50.0
	golang.org/x/text v0.34.0
)

require github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
