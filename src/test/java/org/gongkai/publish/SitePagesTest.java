package org.gongkai.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The portal's content: key figures, the publication date against the legal deadline, 更正 history, links, escaping. */
class SitePagesTest {

    private final SitePages pages = new SitePages("平顶山市部门预算公开");
    private final List<DepartmentPublication> ledger = AccessiblePagesTest.portalLedger();

    @Test
    void siteIndexListsEveryDepartmentByYearWithKeyFiguresDeadlineAndCorrections() {
        String index = new String(pages.siteIndex(ledger), StandardCharsets.UTF_8);
        assertThat(index.indexOf("2024年部门预算公开")).isLessThan(index.indexOf("2023年部门预算公开"));
        assertThat(index).contains("121.3 万元", "8,650,000 元", "120,000 元", "增加 26.8 万元（28.4%）", "减少 350,000 元（3.9%）")
                .contains("公开 2024-02-20 <span class=\"ontime\">按时公开</span>") // approval 02-06 + 20 days = 02-26
                .contains("公开 2024-03-01 <span class=\"late\">逾期 4 天</span>")
                .contains("更正 2024-03-05（第 2 版）")
                .contains("data-status=\"ontime corrected\"", "data-status=\"late\"")
                .contains("href=\"2024/701/index.html\"", "href=\"2024/702/index.html\"", "href=\"2023/701/index.html\"")
                .contains("<th scope=\"col\">收入总计</th>", "<th scope=\"row\">", "<main id=\"main\">", "lang=\"zh-CN\"");
        assertThat(index).as("no generation time: an unchanged ledger gives the same bytes")
                .isEqualTo(new String(pages.siteIndex(ledger), StandardCharsets.UTF_8));
    }

    @Test
    void departmentPageOpensOnTheDisclosureWithPdfDataAndEveryVersionOneClickAway() {
        String page = new String(pages.departmentPage(ledger.get(0)), StandardCharsets.UTF_8);
        assertThat(page).contains("<a href=\"v2-77aa1234/index.html\">阅读公开全文</a>")
                .contains("<a href=\"v2-77aa1234/" + Html.href("平顶山市人民政府经济技术协作办公室2024年部门预算公开.pdf") + "\">下载 PDF</a>")
                .contains("<a href=\"v2-77aa1234/tables.xlsx\">预算表（Excel）</a>")
                .contains("<a href=\"v2-77aa1234/datapackage.json\">开放数据（CSV 数据包）</a>")
                .contains("<a href=\"v1-0bab3673/index.html\">第 1 版全文</a>")
                .contains("更正：本公开已于 2024-03-05 更正（第 2 版）")
                .contains("公开日期：2024-02-20 <span class=\"ontime\">按时公开</span>");
        assertThat(page.indexOf("阅读公开全文")).isLessThan(page.indexOf("id=\"versions\""));
    }

    @Test
    void theDepartmentPageIsTheDisclosureItselfOpenedByABarOfLinksVersionsAndEarlierYears() {
        String disclosure = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<title>t</title>\n</head>\n<body>\n"
                + "<header class=\"cover\"><h1>2024年部门预算公开</h1></header>\n<main><p>全文</p></main>\n</body>\n</html>\n";
        DepartmentPublication d = ledger.get(0);
        DepartmentPublication hostile = new DepartmentPublication(d.year(), d.code(), d.folderCode(),
                "<script>alert(1)</script>\"局", d.approvalDate(), d.versions());
        String page = new String(pages.departmentPage(hostile, disclosure.getBytes(StandardCharsets.UTF_8), List.of(2023)),
                StandardCharsets.UTF_8);
        // the disclosure, unchanged, after the bar; the bar's style in the head
        assertThat(page).contains("<main><p>全文</p></main>").contains(".portal{");
        assertThat(page.indexOf("<nav class=\"portal\"")).isGreaterThan(page.indexOf("<body>"))
                .isLessThan(page.indexOf("<header class=\"cover\">"));
        assertThat(page.indexOf(".portal{")).isLessThan(page.indexOf("</head>"));
        assertThat(page).contains("href=\"../../index.html\"", ".pdf\">下载 PDF</a>",
                        "<a href=\"v2-77aa1234/tables.xlsx\">预算表（Excel）</a>",
                        "<a href=\"v2-77aa1234/datapackage.json\">开放数据（CSV 数据包）</a>",
                        "<a href=\"v2-77aa1234/index.html\">第 2 版</a>（2024-03-05，现行，更正）",
                        "<a href=\"v1-0bab3673/index.html\">第 1 版</a>（2024-02-20，存档，首次公开）",
                        "<a href=\"../../2023/701/index.html\">2023年部门预算公开</a>", "按时公开")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;局").doesNotContain("<script>alert");
        assertThat(page.indexOf("第 2 版</a>")).as("newest version first").isLessThan(page.indexOf("第 1 版</a>"));
        assertThat(page).as("same input, same bytes").isEqualTo(new String(pages.departmentPage(hostile,
                disclosure.getBytes(StandardCharsets.UTF_8), List.of(2023)), StandardCharsets.UTF_8));
        // without a page gongkai rendered (or without it at all) the landing page
        assertThat(new String(pages.departmentPage(d, "not html".getBytes(StandardCharsets.UTF_8), List.of()),
                StandardCharsets.UTF_8)).isEqualTo(new String(pages.departmentPage(d), StandardCharsets.UTF_8));
        assertThat(pages.departmentPage(d, null, List.of())).isEqualTo(pages.departmentPage(d));
    }

    @Test
    void aDepartmentWithoutFiguresOrApprovalDateStillGetsItsPages() {
        DepartmentPublication bare = new DepartmentPublication(2024, "709", "709", "<b>局</b>", null, List.of(
                new PublishedVersion(1, "2024/709/v1-aaaa0000", "h", "s", "2024-03-01T02:00:00", Map.of("index.html", "x"), false)));
        String index = new String(pages.siteIndex(List.of(bare)), StandardCharsets.UTF_8);
        assertThat(index).contains("&lt;b&gt;局&lt;/b&gt;", "无批复日期", "—").doesNotContain("<b>局");
        String page = new String(pages.departmentPage(bare), StandardCharsets.UTF_8);
        assertThat(page).contains("阅读公开全文").doesNotContain("下载 PDF").doesNotContain("主要数字");
        assertThat(new KeyFigures(null, BigDecimal.ONE, null, null, null, null).incomeTotal()).isEqualTo(BigDecimal.ONE);
    }
}
