// Package pdf reads annual reports (政府信息公开工作年度报告) from PDF files.
//
// The words of each page are read with their positions, with the ruling
// lines of its tables, by PDFium (the engine of Chrome) compiled to
// WebAssembly and run by wazero, in pure Go: it builds with go build alone,
// with no cgo, no system library and no external program. Only this package
// imports the engine: a program that reads no PDF neither builds nor starts
// it. [Rebuild] then puts the document together again from positions, in
// pure Go: lines of prose from baselines, joined into paragraphs by their
// indents and margins; tables from their ruling lines, a missing inner line
// merging the cells on either side, text wrapped in a cell joined, a label
// printed one character a line read as one label, a table that runs over a
// page break joined (its blank cells kept in their columns, its labels
// spanning rows over the break going on as one cell), with page numbers,
// running headers and repeated header rows dropped. The blocks go through [parse.FromBlocks], as HTML and text
// do: the same sections, metadata, table layouts and diagnostics, with
// places given as page N.
//
// # Start-up and engines
//
// Starting the engine compiles about 5 MB of WebAssembly: some 4.5 s of CPU
// on first start. wazero keeps the compiled code in a compilation cache
// when given a directory ([Config].CacheDir): with a filled cache, a start
// takes about 0.15–0.3 s. [NewReader] keeps no cache unless asked; [Read]
// uses [DefaultCacheDir] (xxgk/wazero under the user's cache directory).
// Once started, a page takes about 10–20 ms. A [Reader] reads up to
// Config.Workers documents at once, each with an engine instance of its
// own; [Read] shares one Reader in the process, with one instance for each
// CPU, started on first use.
//
// # Limits
//
// A PDF above parse.Options.MaxBytes ([DefaultMaxBytes], 64 MiB, when 0)
// is refused with parse.ErrTooLarge, one of more than Config.MaxPages
// ([DefaultMaxPages], 500) pages with ErrTooManyPages before any page is
// read, and a caller waits no longer than Config.Timeout ([DefaultTimeout],
// 30 s) for one document (ErrTimeout). The engine's memory is capped at
// 1 GiB an instance; a page's first 12000 characters and 4000 rules are
// kept. A scan (no text on any page) gives ErrNoText ("no text layer; it
// needs OCR"), a PDF that needs a password ErrEncrypted, a truncated or
// damaged one ErrDamaged.
package pdf
