package org.gongkai.publish;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The pages readers follow: the site index ({@code index.html}: by year, then by department, with the approval
 * date, the publication date and 更正 marks) and each department's landing page ({@code {year}/{dept}/index.html}),
 * which points at the current versioned folder and lists the earlier versions as the archive.
 * The pages depend on the ledger only (no generation time), so an unchanged ledger gives byte-identical pages and
 * nothing is uploaded again. Every text field is HTML-escaped.
 */
public final class SitePages {

    private static final String HEAD = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="UTF-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s</title>
            <style>body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .6em}.gengzheng{color:#b00}</style>
            </head>
            <body>
            """;

    private final String siteTitle;

    public SitePages(String siteTitle) {
        this.siteTitle = siteTitle;
    }

    public byte[] siteIndex(List<DepartmentPublication> departments) {
        StringBuilder b = new StringBuilder(HEAD.formatted(Html.escape(siteTitle)));
        b.append("<h1>").append(Html.escape(siteTitle)).append("</h1>\n");
        Map<Integer, List<DepartmentPublication>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        byYear.putAll(departments.stream().filter(d -> d.current() != null)
                .collect(Collectors.groupingBy(DepartmentPublication::year)));
        if (byYear.isEmpty()) {
            b.append("<p>暂无公开信息。</p>\n");
        }
        for (Map.Entry<Integer, List<DepartmentPublication>> year : byYear.entrySet()) {
            b.append("<h2 id=\"y").append(year.getKey()).append("\">").append(year.getKey()).append("年部门预算公开</h2>\n");
            b.append("<table>\n<tr><th>部门编码</th><th>部门名称</th><th>批复日期</th><th>公开日期</th><th>更正</th></tr>\n");
            for (DepartmentPublication d : year.getValue()) {
                String corrections = d.versions().stream().filter(PublishedVersion::correction)
                        .map(v -> "更正 " + Html.escape(v.publishedOn())).collect(Collectors.joining("；"));
                b.append("<tr><td>").append(Html.escape(d.code())).append("</td>")
                        .append("<td><a href=\"").append(Html.href(d.pagePath())).append("\">")
                        .append(Html.escape(d.name())).append("</a></td>")
                        .append("<td>").append(Html.escape(orDash(d.approvalDate()))).append("</td>")
                        .append("<td>").append(Html.escape(d.versions().get(0).publishedOn())).append("</td>")
                        .append("<td class=\"gengzheng\">").append(corrections).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("<p><a href=\"manifest.json\">文件清单（SHA-256）</a></p>\n</body>\n</html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] departmentPage(DepartmentPublication d) {
        PublishedVersion current = d.current();
        String title = d.name() + " " + d.year() + "年部门预算公开";
        StringBuilder b = new StringBuilder(HEAD.formatted(Html.escape(title)));
        b.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        b.append("<p>部门编码：").append(Html.escape(d.code()))
                .append("　批复日期：").append(Html.escape(orDash(d.approvalDate())))
                .append("　公开日期：").append(Html.escape(d.versions().get(0).publishedOn())).append("</p>\n");
        if (current.correction()) {
            b.append("<p class=\"gengzheng\">更正：本公开已于 ").append(Html.escape(current.publishedOn()))
                    .append(" 更正（第 ").append(current.version()).append(" 版），此前版本见下方存档。</p>\n");
        }
        String base = current.folder().substring(current.folder().lastIndexOf('/') + 1);
        b.append("<h2>公开文件</h2>\n<ul>\n");
        for (String file : current.files().keySet()) {
            b.append("<li><a href=\"").append(Html.href(base + "/" + file)).append("\">").append(Html.escape(file))
                    .append("</a></li>\n");
        }
        b.append("</ul>\n");
        if (d.versions().size() > 1) {
            b.append("<h2>历史版本（存档）</h2>\n<ul>\n");
            for (PublishedVersion v : d.versions().subList(0, d.versions().size() - 1)) {
                String vb = v.folder().substring(v.folder().lastIndexOf('/') + 1);
                String entry = v.files().containsKey("index.html") ? vb + "/index.html" : vb + "/";
                b.append("<li><a href=\"").append(Html.href(entry)).append("\">第 ").append(v.version())
                        .append(" 版，公开于 ").append(Html.escape(v.publishedOn())).append("</a></li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("<p><a href=\"../../index.html\">返回公开目录</a></p>\n</body>\n</html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
