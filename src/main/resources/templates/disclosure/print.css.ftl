/* PDF (openhtmltopdf): A4, embedded fonts, page numbers, table headers repeated on every page.
   Self-contained: openhtmltopdf knows no CSS custom properties, flexbox or media queries. */
@page { size: A4; margin: 18mm 15mm 20mm 15mm;
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-family: "GongkaiCJK", "GongkaiSymbols"; font-size: 9pt; color: #5b6673; } }
@page wide { size: A4 landscape; margin: 15mm 12mm 18mm 12mm;
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-family: "GongkaiCJK", "GongkaiSymbols"; font-size: 9pt; color: #5b6673; } }
* { box-sizing: border-box; }
body { margin: 0; padding: 0; color: #1d2733; font-family: "GongkaiCJK", "GongkaiSymbols"; font-size: 11pt; line-height: 1.7; }
.cover { text-align: center; padding-top: 60mm; }
.cover-dept { font-size: 16pt; margin: 0; text-indent: 0; text-align: center; }
.cover h1 { font-size: 24pt; margin: 8pt 0; }
.cover-date { color: #5b6673; text-indent: 0; text-align: center; }
.toc { page-break-before: always; page-break-after: always; }
.toc h2 { text-align: center; font-size: 16pt; }
.toc ol { list-style: none; padding-left: 0; margin: 0; }
.toc ol ol { padding-left: 2em; }
.toc a { color: #1d2733; text-decoration: none; }
/* page numbers in the table of contents: the page the link points at, at the right margin */
.toc li a::after { content: target-counter(attr(href), page); float: right; }
.part { page-break-before: always; }
.part > h2 { text-align: center; font-size: 16pt; margin: 0 0 12pt; line-height: 1.5; }
.part-label { color: #a4262c; font-size: 13pt; }
h3 { font-size: 12.5pt; margin: 14pt 0 6pt; }
h4 { font-size: 11.5pt; margin: 10pt 0 4pt; }
p { margin: 4pt 0; text-indent: 2em; text-align: justify; }
.meta, .note, .legend, figcaption { text-indent: 0; }
figure.chart { margin: 10pt 0 18pt; }
figcaption { font-weight: bold; margin-bottom: 4pt; }
table.bars { width: 100%; border-collapse: collapse; font-size: 9pt; }
table.bars td { padding: 2pt 4pt; }
td.bar-label { width: 30%; text-align: right; }
td.bar-cell { width: 45%; }
td.bar-value { width: 25%; }
div.bar { height: 10pt; }
div.bar.s0 { background-color: #2f6fa7; }
div.bar.s1 { background-color: #b9c7d6; }
.legend .key { display: inline-block; width: 9pt; height: 9pt; margin: 0 3pt 0 8pt; }
.key.s0 { background-color: #2f6fa7; }
.key.s1 { background-color: #b9c7d6; }
<#if series.shown()>
div.bar.s2 { background-color: #a4262c; }
div.bar.s3 { background-color: #e3a33b; }
.key.s2 { background-color: #a4262c; }
.key.s3 { background-color: #e3a33b; }
table.series-table .code { display: block; color: #5b6673; }
</#if>
.table-section { page-break-before: always; }
.table-section.wide { page: wide; }
.table-section h3 { text-align: center; font-size: 14pt; }
.meta { color: #5b6673; font-size: 9pt; }
.meta span { display: inline-block; width: 49%; }
.meta span + span { text-align: right; }
/* Grid lines in the separated border model: each cell draws its right and bottom line, the table its left line and
   the first row its top line (the first header row, repeated with the header on every page). The collapsed model looks the same but
   resolves every shared edge between neighbouring cells, about 15 % of the PDF's CPU. */
table.budget { -fs-table-paginate: paginate; border-collapse: separate; border-spacing: 0; border-left: 0.5pt solid #8a96a3; width: 100%; font-size: 7.5pt; line-height: 1.3; }
table.budget caption { display: none; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
table.budget th, table.budget td { border-right: 0.5pt solid #8a96a3; border-bottom: 0.5pt solid #8a96a3; padding: 2pt 3pt; vertical-align: middle; }
table.budget thead tr:first-child th, table.budget tbody tr:first-child > * { border-top: 0.5pt solid #8a96a3; }
table.budget thead + tbody tr:first-child > * { border-top: 0; }
table.budget thead th { background-color: #eef2f7; text-align: center; }
table.budget tbody th { font-weight: normal; text-align: left; }
table.budget td.num { text-align: right; }
/* Figures are ASCII, which the CJK font lacks: measured in the symbol font first, openhtmltopdf finds every glyph in
   one font instead of falling back character by character after an exception per text run (about 3,000 a document);
   the glyphs are the same (DejaVu's digits were already used), a CJK character still falls back to the CJK font. */
table.budget td.num, table.series-table td.num { font-family: "GongkaiSymbols", "GongkaiCJK"; }
table.budget tr.total th, table.budget tr.total td { background-color: #f6f7f9; }
table.form th { background-color: #eef2f7; }
.note { color: #5b6673; font-size: 8.5pt; margin: 3pt 0; }
.foot { display: none; }
/* the performance form: give the grouping columns room so their labels do not stack one character per line */
table.form { table-layout: fixed; }
col.c1 { width: 12%; } col.c2 { width: 14%; } col.c3 { width: 18%; } col.c4 { width: 10%; } col.c5 { width: 46%; }
table.form td { font-size: 7.5pt; }
