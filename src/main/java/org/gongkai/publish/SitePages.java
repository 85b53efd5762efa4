package org.gongkai.publish;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The public portal, static files only (it works from plain FTP hosting):
 * <ul>
 * <li>the site index ({@code index.html}): every department by year with its key figures (收入总计, 支出总计,
 *     “三公”经费, change from last year), the publication date against the legal deadline (按时 / 逾期 N 天) and
 *     the 更正 history; a search and filters that run in the page without a server (without script everything
 *     is listed);</li>
 * <li>each department's page ({@code {year}/{dept}/index.html}): its current disclosure itself (the rendered page of
 *     the current version, multi-year section included) opened by a bar with the PDF, the data, every version
 *     (更正 history) and earlier years one click away; the landing page when the rendered page is not at hand.</li>
 * </ul>
 * Both work on a 390 px phone (tables turn into cards) and for assistive technology (landmarks, {@code lang},
 * table headers with scope). The pages depend on the ledger only (and the current version's rendered page, which the
 * ledger identifies by its content hash; no generation time), so an unchanged ledger gives
 * byte-identical pages and nothing is uploaded again. Every text field is HTML-escaped.
 */
public final class SitePages {

    private static final String CSS = """
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;color:#1d2733;background:#fff;font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","Droid Sans Fallback",sans-serif;font-size:16px;line-height:1.7}
            .skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:1}
            header.site{background:#a4262c;color:#fff;padding:10px 16px}
            header.site a,header.site p{color:#fff;margin:0;font-weight:bold;text-decoration:none}
            main{max-width:1200px;margin:0 auto;padding:8px 16px 32px}
            footer.site{max-width:1200px;margin:0 auto;padding:12px 16px 32px;border-top:1px solid #c8d0da;color:#5b6673;font-size:.9em}
            h1{font-size:1.6em;margin:16px 0 8px;line-height:1.35}
            h2{font-size:1.25em;margin:28px 0 8px}
            a{color:#1a5a96}
            .muted{color:#5b6673}
            .filter{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:flex-end;background:#f7f9fb;border:1px solid #c8d0da;padding:12px;margin:12px 0}
            .filter label{display:block;font-size:.9em;color:#3d4854}
            .filter input,.filter select{font:inherit;padding:4px 6px;border:1px solid #8a96a3;border-radius:3px;max-width:100%}
            .filter p{margin:0;flex-basis:100%}
            .table-wrap{overflow-x:auto}
            table{border-collapse:collapse;width:100%;font-size:.92em}
            caption{text-align:left;font-weight:bold;padding:4px 0}
            th,td{border:1px solid #c8d0da;padding:6px 8px;vertical-align:top;text-align:left}
            thead th{background:#eef2f7}
            td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
            .code{display:block;color:#5b6673;font-size:.85em;font-weight:normal}
            .late{color:#a4262c;font-weight:bold}
            .ontime{color:#1f6f3f}
            .gengzheng{color:#a4262c}
            ul.plain{list-style:none;padding:0;margin:0}
            .actions{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0;padding:0;list-style:none}
            .actions a{display:inline-block;padding:8px 14px;border:1px solid #1a5a96;border-radius:4px;text-decoration:none;font-weight:bold}
            .actions li:first-child a{background:#1a5a96;color:#fff}
            dl.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:8px;margin:8px 0}
            dl.figures div{border:1px solid #c8d0da;padding:8px}
            dl.figures dt{color:#5b6673;font-size:.9em}
            dl.figures dd{margin:0;font-size:1.2em;font-weight:bold;overflow-wrap:anywhere}
            details{margin:12px 0}
            li{overflow-wrap:anywhere}
            [hidden]{display:none!important}
            @media (max-width:640px){
              main{padding:4px 10px 24px}
              h1{font-size:1.35em}
              table.cards,table.cards tbody,table.cards tr,table.cards th,table.cards td{display:block;width:100%}
              table.cards caption{display:block}
              table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
              table.cards tr{border:1px solid #c8d0da;margin:0 0 10px;padding:4px 8px}
              table.cards th,table.cards td{border:0;padding:2px 0;text-align:left}
              table.cards td[data-label]::before{content:attr(data-label) "：";color:#5b6673}
              table.cards td.num{white-space:normal}
            }
            """;

    private static final String FILTER_SCRIPT = """
            (function(){
              var q=document.getElementById('q'),y=document.getElementById('year'),s=document.getElementById('status'),c=document.getElementById('count');
              function norm(t){return (t||'').toLowerCase().replace(/\\s+/g,'');}
              function apply(){
                var text=norm(q.value),year=y.value,status=s.value,shown=0;
                document.querySelectorAll('section.year').forEach(function(sec){
                  var any=false;
                  sec.querySelectorAll('tbody tr').forEach(function(tr){
                    var ok=(!year||sec.getAttribute('data-year')===year)&&(!text||norm(tr.getAttribute('data-search')).indexOf(text)>=0)
                      &&(!status||(' '+tr.getAttribute('data-status')+' ').indexOf(' '+status+' ')>=0);
                    tr.hidden=!ok; if(ok){any=true;shown++;}
                  });
                  sec.hidden=!any;
                });
                c.textContent='共 '+shown+' 个部门';
              }
              [q,y,s].forEach(function(e){e.addEventListener('input',apply);e.addEventListener('change',apply);});
              document.getElementById('filter').hidden=false;
              apply();
            })();
            """;

    private final String siteTitle;

    public SitePages(String siteTitle) {
        this.siteTitle = siteTitle;
    }

    private static StringBuilder head(String title, String homeHref, String siteTitle) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">跳到正文</a>\n")
                .append("<header class=\"site\"><a href=\"").append(homeHref).append("\">").append(Html.escape(siteTitle))
                .append("</a></header>\n<main id=\"main\">\n");
        return b;
    }

    private static void foot(StringBuilder b, String manifestHref) {
        b.append("</main>\n<footer class=\"site\"><p>本站为静态页面，各部门的公开文件按版本存档；")
                .append("<a href=\"").append(manifestHref).append("\">文件清单（SHA-256）</a>可核对每个文件。</p></footer>\n")
                .append("</body>\n</html>\n");
    }

    public byte[] siteIndex(List<DepartmentPublication> departments) {
        StringBuilder b = head(siteTitle, "index.html", siteTitle);
        b.append("<h1>").append(Html.escape(siteTitle)).append("</h1>\n");
        b.append("<p class=\"muted\">按年度列出各部门的预算公开：主要数字、公开日期与法定时限（《预算法》第十四条：批复后")
                .append(PublicationDeadline.DAYS_AFTER_APPROVAL).append("日内公开）以及更正记录。点击部门名称查看公开全文、PDF 和数据。</p>\n");
        Map<Integer, List<DepartmentPublication>> byYear = new TreeMap<>(Comparator.reverseOrder());
        byYear.putAll(departments.stream().filter(d -> d.current() != null)
                .collect(Collectors.groupingBy(DepartmentPublication::year)));
        if (byYear.isEmpty()) {
            b.append("<p>暂无公开信息。</p>\n");
        } else {
            b.append("<form id=\"filter\" class=\"filter\" role=\"search\" aria-label=\"查找部门\" hidden>\n")
                    .append("<div><label for=\"q\">部门名称或编码</label><input id=\"q\" type=\"search\" autocomplete=\"off\"></div>\n")
                    .append("<div><label for=\"year\">年度</label><select id=\"year\"><option value=\"\">全部年度</option>");
            for (Integer y : byYear.keySet()) {
                b.append("<option value=\"").append(y).append("\">").append(y).append("年</option>");
            }
            b.append("</select></div>\n<div><label for=\"status\">公开情况</label><select id=\"status\">")
                    .append("<option value=\"\">全部</option><option value=\"ontime\">按时公开</option>")
                    .append("<option value=\"late\">逾期公开</option><option value=\"corrected\">有更正</option></select></div>\n")
                    .append("<p id=\"count\" role=\"status\" aria-live=\"polite\"></p>\n</form>\n");
        }
        for (Map.Entry<Integer, List<DepartmentPublication>> year : byYear.entrySet()) {
            int y = year.getKey();
            b.append("<section class=\"year\" data-year=\"").append(y).append("\" aria-labelledby=\"y").append(y).append("\">\n")
                    .append("<h2 id=\"y").append(y).append("\">").append(y).append("年部门预算公开（")
                    .append(year.getValue().size()).append(" 个部门）</h2>\n")
                    .append("<div class=\"table-wrap\">\n<table class=\"cards\">\n<caption class=\"muted\">金额为各部门公开表格的单位；")
                    .append("“比上年”为支出总计与上年预算相比</caption>\n<thead><tr><th scope=\"col\">部门</th>")
                    .append("<th scope=\"col\">收入总计</th><th scope=\"col\">支出总计</th><th scope=\"col\">“三公”经费</th>")
                    .append("<th scope=\"col\">比上年</th><th scope=\"col\">公开日期与时限</th><th scope=\"col\">更正</th></tr></thead>\n<tbody>\n");
            List<DepartmentPublication> list = new ArrayList<>(year.getValue());
            list.sort(Comparator.comparing(DepartmentPublication::code, Comparator.nullsLast(Comparator.naturalOrder())));
            for (DepartmentPublication d : list) {
                KeyFigures f = d.current().figures();
                Timeliness t = Timeliness.of(d);
                List<PublishedVersion> corrections = d.versions().stream().filter(PublishedVersion::correction).toList();
                String status = t.css() + (corrections.isEmpty() ? "" : " corrected");
                b.append("<tr data-search=\"").append(Html.escape(d.name() + " " + d.code())).append("\" data-status=\"")
                        .append(status.strip()).append("\">")
                        .append("<th scope=\"row\"><a href=\"").append(Html.href(d.pagePath())).append("\">")
                        .append(Html.escape(d.name())).append("</a><span class=\"code\">部门编码 ").append(Html.escape(d.code()))
                        .append("</span></th>")
                        .append("<td class=\"num\" data-label=\"收入总计\">").append(amount(f == null ? null : f.incomeTotal(), f)).append("</td>")
                        .append("<td class=\"num\" data-label=\"支出总计\">").append(amount(f == null ? null : f.expenditureTotal(), f)).append("</td>")
                        .append("<td class=\"num\" data-label=\"“三公”经费\">").append(amount(f == null ? null : f.threePublic(), f)).append("</td>")
                        .append("<td class=\"num\" data-label=\"比上年\">").append(change(f)).append("</td>")
                        .append("<td data-label=\"公开日期与时限\">公开 ").append(Html.escape(d.versions().get(0).publishedOn()))
                        .append(" <span class=\"").append(t.css()).append("\">").append(Html.escape(t.label())).append("</span>")
                        .append("<span class=\"code\">批复 ").append(Html.escape(orDash(d.approvalDate()))).append("</span></td>")
                        .append("<td data-label=\"更正\">");
                if (corrections.isEmpty()) {
                    b.append("无");
                } else {
                    b.append("<ul class=\"plain gengzheng\">");
                    for (PublishedVersion v : corrections) {
                        b.append("<li>更正 ").append(Html.escape(v.publishedOn())).append("（第 ").append(v.version()).append(" 版）</li>");
                    }
                    b.append("</ul>");
                }
                b.append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n</div>\n</section>\n");
        }
        if (!byYear.isEmpty()) {
            b.append("<script>\n").append(FILTER_SCRIPT).append("</script>\n");
        }
        foot(b, Manifest.PATH);
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The portal bar's style, added to the disclosure page's own (which has no class named {@code portal*}). */
    private static final String PORTAL_CSS = """
            .portal{background:#a4262c;color:#fff;padding:8px 14px 10px;margin:0;line-height:1.6;font-size:15px;border-radius:0 0 6px 6px}
            .portal p{text-indent:0;margin:4px 0;text-align:left}
            .portal a{color:#fff}
            .portal .portal-home{font-weight:bold}
            .portal ul.portal-actions{display:flex;flex-wrap:wrap;gap:6px;list-style:none;margin:8px 0 4px;padding:0}
            .portal ul.portal-actions a{display:inline-block;padding:5px 12px;background:#fff;color:#1a3f66;border-radius:4px;font-weight:bold;text-decoration:none}
            .portal ul.portal-actions a:focus,.portal ul.portal-actions a:hover{text-decoration:underline}
            .portal ul.portal-list{display:inline;list-style:none;margin:0;padding:0}
            .portal ul.portal-list li{display:inline;margin:0 10px 0 0;overflow-wrap:anywhere}
            .portal .portal-row{margin:4px 0}
            .portal details{margin:4px 0}
            .portal details ul{margin:4px 0;padding-left:1.2em}
            .portal li{overflow-wrap:anywhere}
            """;

    /**
     * The department's page ({@code {year}/{dept}/index.html}, the address the site index links to): its current
     * disclosure itself ({@code disclosureHtml}, the current version's rendered page), opened by a bar with the way
     * back to the site index, the publication date against the deadline, direct links to the PDF and the open data,
     * every version of this year (更正 history) and the department's earlier published years. Without the
     * disclosure (its staged copy is gone, or it is not a page gongkai rendered) the landing page
     * ({@link #departmentPage(DepartmentPublication)}). Links are relative, so the page works from plain FTP hosting.
     *
     * @param otherYears the same department's earlier years the site publishes (linked as 往年公开)
     */
    public byte[] departmentPage(DepartmentPublication d, byte[] disclosureHtml, List<Integer> otherYears) {
        if (disclosureHtml == null || d.current() == null) {
            return departmentPage(d);
        }
        String html = new String(disclosureHtml, StandardCharsets.UTF_8);
        int headEnd = html.indexOf("</head>");
        int bodyStart = html.indexOf("<body>");
        if (headEnd < 0 || bodyStart < headEnd) {
            return departmentPage(d);
        }
        int afterBody = bodyStart + "<body>".length();
        StringBuilder b = new StringBuilder(html.length() + 8192);
        b.append(html, 0, headEnd).append("<style>\n").append(PORTAL_CSS).append("</style>\n")
                .append(html, headEnd, afterBody).append('\n');
        portalBar(b, d, otherYears == null ? List.of() : otherYears);
        b.append(html, afterBody, html.length());
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void portalBar(StringBuilder b, DepartmentPublication d, List<Integer> otherYears) {
        PublishedVersion current = d.current();
        String base = current.folder().substring(current.folder().lastIndexOf('/') + 1);
        Timeliness t = Timeliness.of(d);
        b.append("<nav class=\"portal\" aria-label=\"公开目录与本公开的文件\">\n")
                .append("<p><a class=\"portal-home\" href=\"../../index.html\">").append(Html.escape(siteTitle))
                .append("</a> › ").append(d.year()).append("年 › ").append(Html.escape(d.name())).append("</p>\n")
                .append("<p>第 ").append(current.version()).append(" 版").append(current.correction() ? "（更正）" : "")
                .append("　公开 ").append(Html.escape(current.publishedOn()))
                .append("　首次公开 ").append(Html.escape(d.versions().get(0).publishedOn())).append(" ")
                .append(Html.escape(t.label())).append("（批复 ").append(Html.escape(orDash(d.approvalDate())))
                .append("）</p>\n");
        b.append("<ul class=\"portal-actions\">\n");
        String pdf = current.files().keySet().stream().filter(f -> f.endsWith(".pdf")).findFirst().orElse(null);
        if (pdf != null) {
            action(b, current, base, pdf, "下载 PDF");
        }
        action(b, current, base, "tables.xlsx", "预算表（Excel）");
        action(b, current, base, "datapackage.json", "开放数据（CSV 数据包）");
        action(b, current, base, "series.csv", "历年数字（CSV）");
        action(b, current, base, "data.json", "全部数据（JSON）");
        b.append("</ul>\n");
        b.append("<div class=\"portal-row\">版本记录：<ul class=\"portal-list\">");
        for (int i = d.versions().size() - 1; i >= 0; i--) {
            PublishedVersion v = d.versions().get(i);
            String vb = v.folder().substring(v.folder().lastIndexOf('/') + 1);
            String entry = v.files().containsKey("index.html") ? vb + "/index.html" : vb + "/";
            b.append("<li><a href=\"").append(Html.href(entry)).append("\">第 ").append(v.version()).append(" 版</a>（")
                    .append(Html.escape(v.publishedOn())).append(v == current ? "，现行" : "，存档")
                    .append(v.correction() ? "，更正" : "，首次公开").append("）</li>");
        }
        b.append("</ul></div>\n");
        if (!otherYears.isEmpty()) {
            b.append("<div class=\"portal-row\">往年公开：<ul class=\"portal-list\">");
            for (Integer y : otherYears.stream().sorted(Comparator.reverseOrder()).toList()) {
                b.append("<li><a href=\"").append(Html.href("../../" + y + "/" + d.folderCode() + "/index.html"))
                        .append("\">").append(y).append("年部门预算公开</a></li>");
            }
            b.append("</ul></div>\n");
        }
        b.append("<details><summary>本版全部文件（").append(current.files().size()).append(" 个）</summary>\n<ul>\n");
        for (String file : current.files().keySet()) {
            b.append("<li><a href=\"").append(Html.href(base + "/" + file)).append("\">").append(Html.escape(file))
                    .append("</a></li>\n");
        }
        b.append("</ul>\n</details>\n</nav>\n");
    }

    public byte[] departmentPage(DepartmentPublication d) {
        PublishedVersion current = d.current();
        String title = d.name() + " " + d.year() + "年部门预算公开";
        StringBuilder b = head(title + " - " + siteTitle, "../../index.html", siteTitle);
        b.append("<nav aria-label=\"位置\"><p class=\"muted\"><a href=\"../../index.html\">公开目录</a> › ")
                .append(d.year()).append("年 › ").append(Html.escape(d.name())).append("</p></nav>\n");
        b.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        Timeliness t = Timeliness.of(d);
        b.append("<p>部门编码：").append(Html.escape(d.code()))
                .append("　批复日期：").append(Html.escape(orDash(d.approvalDate())))
                .append("　公开日期：").append(Html.escape(d.versions().get(0).publishedOn()))
                .append(" <span class=\"").append(t.css()).append("\">").append(Html.escape(t.label())).append("</span></p>\n");
        if (current.correction()) {
            b.append("<p class=\"gengzheng\">更正：本公开已于 ").append(Html.escape(current.publishedOn()))
                    .append(" 更正（第 ").append(current.version()).append(" 版），此前版本见下方版本记录。</p>\n");
        }

        String base = current.folder().substring(current.folder().lastIndexOf('/') + 1);
        b.append("<h2 id=\"read\">阅读与下载</h2>\n<ul class=\"actions\" aria-labelledby=\"read\">\n");
        action(b, current, base, "index.html", "阅读公开全文");
        String pdf = current.files().keySet().stream().filter(f -> f.endsWith(".pdf")).findFirst().orElse(null);
        if (pdf != null) {
            action(b, current, base, pdf, "下载 PDF");
        }
        action(b, current, base, "tables.xlsx", "预算表（Excel）");
        action(b, current, base, "datapackage.json", "开放数据（CSV 数据包）");
        action(b, current, base, "data.json", "全部数据（JSON）");
        b.append("</ul>\n");

        KeyFigures f = current.figures();
        if (f != null) {
            b.append("<h2>主要数字</h2>\n<dl class=\"figures\">");
            figure(b, "收入总计", amount(f.incomeTotal(), f));
            figure(b, "支出总计", amount(f.expenditureTotal(), f));
            figure(b, "“三公”经费", amount(f.threePublic(), f));
            figure(b, "支出总计比上年", change(f));
            b.append("</dl>\n");
        }

        b.append("<h2 id=\"versions\">版本记录").append(d.versions().size() > 1 ? "与历史版本（存档）" : "").append("</h2>\n<div class=\"table-wrap\">\n<table class=\"cards\">\n")
                .append("<caption class=\"muted\">最新版本在前；更正后，此前的版本仍可查阅</caption>\n")
                .append("<thead><tr><th scope=\"col\">版本</th><th scope=\"col\">公开日期</th><th scope=\"col\">说明</th>")
                .append("<th scope=\"col\">文件</th></tr></thead>\n<tbody>\n");
        List<PublishedVersion> newestFirst = new ArrayList<>(d.versions());
        java.util.Collections.reverse(newestFirst);
        for (PublishedVersion v : newestFirst) {
            String vb = v.folder().substring(v.folder().lastIndexOf('/') + 1);
            String entry = v.files().containsKey("index.html") ? vb + "/index.html" : vb + "/";
            b.append("<tr><th scope=\"row\">第 ").append(v.version()).append(" 版</th>")
                    .append("<td data-label=\"公开日期\">").append(Html.escape(v.publishedOn())).append("</td>")
                    .append("<td data-label=\"说明\">").append(v == current ? "现行版本" : "存档").append(v.correction()
                            ? "，<span class=\"gengzheng\">更正</span>" : "，首次公开").append("</td>")
                    .append("<td data-label=\"文件\"><a href=\"").append(Html.href(entry)).append("\">第 ").append(v.version())
                    .append(" 版全文</a></td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</div>\n");

        b.append("<details>\n<summary>本版全部文件（").append(current.files().size()).append(" 个）</summary>\n<ul>\n");
        for (String file : current.files().keySet()) {
            b.append("<li><a href=\"").append(Html.href(base + "/" + file)).append("\">").append(Html.escape(file))
                    .append("</a></li>\n");
        }
        b.append("</ul>\n</details>\n");
        b.append("<p><a href=\"../../index.html\">返回公开目录</a></p>\n");
        foot(b, "../../" + Manifest.PATH);
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void action(StringBuilder b, PublishedVersion v, String base, String file, String label) {
        if (v.files().containsKey(file)) {
            b.append("<li><a href=\"").append(Html.href(base + "/" + file)).append("\">").append(label).append("</a></li>\n");
        }
    }

    private static void figure(StringBuilder b, String label, String valueHtml) {
        b.append("<div><dt>").append(label).append("</dt><dd>").append(valueHtml).append("</dd></div>");
    }

    /** An amount with its unit, or a dash. Already escaped. */
    private static String amount(BigDecimal v, KeyFigures f) {
        if (v == null) {
            return "—";
        }
        return Html.escape(grouped(v) + " " + (f.unit() == null ? "" : f.unit())).strip();
    }

    /** "增加 26.8 万元（28.4%）", "减少 …", "持平" or a dash. Already escaped. */
    private static String change(KeyFigures f) {
        if (f == null || f.expenditureChange() == null) {
            return "—";
        }
        int sign = f.expenditureChange().signum();
        if (sign == 0) {
            return "持平";
        }
        String pct = f.expenditurePercent() == null ? "" : "（" + f.expenditurePercent().abs().toPlainString() + "%）";
        return Html.escape((sign > 0 ? "增加 " : "减少 ") + grouped(f.expenditureChange().abs()) + " "
                + (f.unit() == null ? "" : f.unit()) + pct);
    }

    /** 8650000 → "8,650,000"; the decimals as written (121.3 stays 121.3). */
    private static String grouped(BigDecimal v) {
        return String.format(java.util.Locale.ROOT, "%,." + Math.max(0, v.scale()) + "f", v);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** The first publication against the legal deadline (批复 + 20 days). */
    record Timeliness(String label, String css) {
        static Timeliness of(DepartmentPublication d) {
            LocalDate approval;
            LocalDate published;
            try {
                approval = d.approvalDate() == null ? null : LocalDate.parse(d.approvalDate());
                published = LocalDate.parse(d.versions().get(0).publishedOn());
            } catch (DateTimeParseException e) {
                return new Timeliness("时限未知", "unknown");
            }
            if (approval == null) {
                return new Timeliness("无批复日期", "unknown");
            }
            long late = -PublicationDeadline.daysLeft(PublicationDeadline.deadline(approval), published);
            return late <= 0 ? new Timeliness("按时公开", "ontime") : new Timeliness("逾期 " + late + " 天", "late");
        }
    }
}
