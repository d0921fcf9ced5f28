// Package batch validates many report files at once: the files of whole
// folders, read on every core, with the cross-year chains among them found
// by themselves, and the findings written as one CSV table for a
// spreadsheet.
//
// [Files] lists the report files under folders (JSON, HTML and text, by
// extension), sorted by path. [Run] reads each file ([parse.ReadFile]: report JSON
// or a published report, told apart by content), links the reports of the
// same body for consecutive years ([Link], comparing names by [report.BodyKey]) and
// validates each one, with last year's report for the cross-year rules when
// there is one. The work is shared by a fixed number of workers, one for
// each core by default, and the results come back in the order of the files
// whatever the order in which they were done. [Summarize] counts the
// outcomes; [WriteCSV] writes one row per finding, and one per warning or
// error of the reader of a published report ([Item.Diagnostics]).
//
//	items := batch.Run(batch.Files("reports"), batch.Options{})
//	s := batch.Summarize(items)
//	fmt.Println(s.Read, "read,", s.WithErrors, "with errors,", s.Unreadable, "unreadable")
//	err := batch.WriteCSV(os.Stdout, items, batch.CSVOptions{BOM: true})
//
// A batch keeps every report it reads in memory until it returns, as a
// report may be last year's of another: some tens of kilobytes a report.
package batch
