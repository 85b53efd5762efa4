:root { --ink: #1d2733; --muted: #5b6673; --line: #c8d0da; --head: #eef2f7; --accent: #a4262c; --s0: #2f6fa7; --s1: #b9c7d6; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 1100px; padding: 0 16px 48px; color: var(--ink); background: #fff;
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback", sans-serif;
  font-size: 16px; line-height: 1.8; }
.cover { text-align: center; padding: 48px 0 24px; border-bottom: 3px solid var(--accent); }
.cover p { text-indent: 0; }
.cover-dept { font-size: 1.35em; margin: 0; }
.cover h1 { font-size: 1.9em; margin: 8px 0; letter-spacing: 0.1em; }
.cover-date { color: var(--muted); margin: 0; }
.toc { margin: 24px 0; padding: 12px 20px; background: #f7f9fb; border: 1px solid var(--line); }
.toc h2 { text-align: center; font-size: 1.3em; margin: 4px 0 8px; }
.toc ol { list-style: none; padding-left: 0; margin: 0; }
.toc ol ol { padding-left: 2em; }
.toc a { color: var(--ink); text-decoration: none; }
.toc a:hover, .toc a:focus { text-decoration: underline; color: var(--accent); }
.part > h2 { text-align: center; font-size: 1.45em; margin: 40px 0 16px; line-height: 1.5; }
.part-label { font-size: 0.85em; color: var(--accent); }
h3 { font-size: 1.15em; margin: 24px 0 8px; }
h4 { font-size: 1.05em; margin: 16px 0 6px; }
p { margin: 6px 0; text-indent: 2em; text-align: justify; }
.meta, .note, .legend, figcaption, .foot p { text-indent: 0; }
.charts .chart { margin: 16px 0 28px; }
figcaption { font-weight: bold; margin-bottom: 6px; }
.chart-svg { max-width: 760px; height: auto; display: block; }
.chart-svg .label, .chart-svg .value { font-size: 13px; fill: var(--ink); }
.chart-svg .bar.s0 { fill: var(--s0); }
.chart-svg .bar.s1 { fill: var(--s1); }
.legend .key { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 8px; vertical-align: middle; }
.key.s0 { background: var(--s0); }
.key.s1 { background: var(--s1); }
<#if series.shown()>
<#-- the multi-year section only: a page without it stays byte-identical -->
.chart-svg .bar.s2 { fill: #a4262c; }
.chart-svg .bar.s3 { fill: #e3a33b; }
.key.s2 { background: #a4262c; }
.key.s3 { background: #e3a33b; }
.series .chart { margin: 16px 0 28px; }
table.series-table .code { display: block; color: var(--muted); font-size: 0.9em; }
</#if>
.table-section { margin: 32px 0; }
.table-section h3 { text-align: center; }
.meta { display: flex; justify-content: space-between; flex-wrap: wrap; color: var(--muted); font-size: 0.9em; }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; border: 1px solid var(--line); }
table.budget { border-collapse: collapse; width: 100%; font-size: 0.85em; line-height: 1.4; }
table.budget caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table.budget th, table.budget td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: middle; }
table.budget thead th { background: var(--head); font-weight: bold; text-align: center; }
table.budget tbody th { font-weight: normal; text-align: left; }
table.budget td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.budget tr.total th, table.budget tr.total td { font-weight: bold; background: #fafbfc; }
table.budget tr.unit th, table.budget tr.unit td { background: #fcfcfd; }
table.form th[scope="rowgroup"] { background: var(--head); }
table.form tr.indicator-head th { background: var(--head); text-align: center; }
.note { font-size: 0.85em; color: var(--muted); margin: 4px 0; }
.foot { margin-top: 40px; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85em; text-align: center; }
@media (max-width: 640px) {
  body { font-size: 15px; padding: 0 10px 32px; }
  .cover { padding-top: 24px; }
  .cover h1 { font-size: 1.5em; }
  table.budget { font-size: 0.8em; }
  table.budget th, table.budget td { padding: 3px 4px; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .toc { break-after: page; background: none; }
  .part { break-before: page; }
  .table-section { break-before: page; }
  .table-wrap { overflow: visible; border: none; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
table.form col.c1 { width: 12%; } table.form col.c2 { width: 14%; } table.form col.c3 { width: 18%; } table.form col.c4 { width: 10%; } table.form col.c5 { width: 46%; }
