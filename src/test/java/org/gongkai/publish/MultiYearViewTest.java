package org.gongkai.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.cli.GongkaiCli;
import org.gongkai.model.Submission;
import org.gongkai.narrative.ClassificationNames;
import org.gongkai.narrative.PriorYearSource;
import org.gongkai.narrative.Submissions;
import org.gongkai.render.DisclosureRenderer;
import org.gongkai.render.FileNames;
import org.gongkai.render.MultiYearFixtures;
import org.gongkai.render.HtmlRenderer;
import org.gongkai.render.YearSeries;
import org.gongkai.support.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 14's multi-year view and issue 12's department page, through the real chain: 2023 imported with
 * {@code import-reference}, 2024 staged, rendered and published, then 2025 staged, rendered and published. The
 * expected figures are read here straight from the three submissions' JSON, not through gongkai's figure readers.
 */
class MultiYearViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String NAME = "平顶山市示例科学技术局";

    @TempDir
    Path data;

    /** The expected series of one year, read from its JSON: figure id -> amount (万元). */
    private static Map<String, BigDecimal> expected(ObjectNode root) {
        Map<String, BigDecimal> m = new TreeMap<>();
        for (JsonNode r : root.path("tables").path("income_expenditure_summary").path("rows")) {
            if (r.path("item").asText().equals("income.grand_total")) {
                m.put("incomeTotal", r.path("values").path("amount").decimalValue());
            }
            if (r.path("item").asText().equals("expenditure.grand_total")) {
                m.put("expenditureTotal", r.path("values").path("amount").decimalValue());
            }
        }
        m.put("threePublic", root.path("tables").path("three_public_expenses").path("rows").get(0).path("values")
                .path("total").decimalValue());
        m.put("operatingCosts", root.path("otherMatters").path("operatingCosts").decimalValue());
        return m;
    }

    private void stageAndRender(StagingArea staging, ObjectNode root, LocalDateTime at, PriorYearArchive archive)
            throws Exception {
        Path f = data.resolve("keji-802-" + root.path("fiscalYear").asInt() + ".json");
        JSON.writeValue(f.toFile(), root);
        Submission s = Submissions.read(f);
        byte[] bytes = Files.readAllBytes(f);
        Path dir = staging.stage(s, Hashes.sha256(bytes), at, f.getFileName().toString(), bytes, "{}");
        new DisclosureRenderer(ClassificationNames.standard(), archive.asSource()).withCatalog(MultiYearFixtures.editions())
                .renderAll(s, dir.resolve(StagingArea.SITE), 1);
        staging.complete(dir);
    }

    private PublicationPass pass(LocalDate today) {
        Clock clock = Clock.fixed(ZonedDateTime.of(today.atTime(2, 0), SHANGHAI).toInstant(), SHANGHAI);
        return new PublicationPass(new StagingArea(data.resolve("staging")), data.resolve("state"),
                new SitePages("平顶山市部门预算公开"), new RetryPolicy(2, Duration.ofMillis(1), 2, Duration.ofMillis(2)), 2,
                List.of(), 3, clock);
    }

    @Test
    void publishing2024Then2025WithAnImported2023ShowsThreeYearsInThePageAndTheOpenData() throws Exception {
        Path ref = data.resolve("keji-802-2023.json");
        JSON.writeValue(ref.toFile(), MultiYearFixtures.y2023());
        assertThat(GongkaiCli.execute("import-reference", "--data-dir", data.toString(),
                ref.toString())).isZero();
        StagingArea staging = new StagingArea(data.resolve("staging"));
        PriorYearArchive archive = new PriorYearArchive(data.resolve("staging"), data.resolve("reference"),
                org.gongkai.narrative.CodeSuccessors.of(MultiYearFixtures.editions()));
        FolderTarget target = new FolderTarget(data.resolve("public"));

        stageAndRender(staging, MultiYearFixtures.y2024(), LocalDateTime.of(2024, 2, 10, 9, 0), archive);
        assertThat(pass(LocalDate.of(2024, 2, 12)).run(target, false).failures()).isEmpty();
        stageAndRender(staging, MultiYearFixtures.y2025(), LocalDateTime.of(2025, 2, 10, 9, 0), archive);
        PublicationReport r = pass(LocalDate.of(2025, 2, 12)).run(target, false);
        assertThat(r.failures()).isEmpty();
        assertThat(r.published()).singleElement().satisfies(p -> assertThat(p.year()).isEqualTo(2025));
        String folder = r.published().get(0).folder();

        // the open data: series.csv, one row per year and figure, equal to the three submissions' own figures
        List<String> csv = Files.readAllLines(target.root.resolve(folder).resolve(FileNames.SERIES_CSV), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).isEqualTo("fiscal_year,figure,title,code,amount,unit");
        Map<String, BigDecimal> got = new TreeMap<>();
        for (String line : csv.subList(1, csv.size())) {
            String[] c = line.split(",");
            got.put(c[0] + "/" + c[1], new BigDecimal(c[4]));
            assertThat(c[5]).isEqualTo("万元");
        }
        Map<Integer, ObjectNode> years = Map.of(2023, MultiYearFixtures.y2023(), 2024, MultiYearFixtures.y2024(), 2025, MultiYearFixtures.y2025());
        for (Map.Entry<Integer, ObjectNode> y : years.entrySet()) {
            expected(y.getValue()).forEach((id, v) ->
                    assertThat(got.get(y.getKey() + "/" + id)).as(y.getKey() + " " + id).isEqualByComparingTo(v));
        }
        // the changed item: 2024's 2169999 is 2025's 2169901 (catalogue successor); 2023's 2060702 matches nothing
        assertThat(got.get("2025/items.2169901")).isEqualByComparingTo("80.0");
        assertThat(got.get("2024/items.2169901")).isEqualByComparingTo("70.0");
        assertThat(got).doesNotContainKey("2023/items.2169901");
        assertThat(got.get("2023/items.2060101")).isEqualByComparingTo("150.0");

        // the department page the site index links to is the 2025 disclosure itself, with the series section
        String page = Files.readString(target.root.resolve("2025/802/index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("<nav class=\"portal\"", "2025年部门预算公开", "id=\"series\"", "历年预算（2023—2025年）",
                "<th scope=\"col\">2023年</th><th scope=\"col\">2024年</th><th scope=\"col\">2025年</th>");
        assertThat(row(page, "收入总计")).containsExactly("250", "280", "300");
        assertThat(row(page, "“三公”经费")).containsExactly("9", "7.5", "8");
        assertThat(row(page, "机关运行经费")).containsExactly("28", "29", "30");
        assertThat(page).contains("<svg", "id=\"series-totals\"", "role=\"img\"");
        // the item name a submitter wrote is escaped in the table and in the chart
        assertThat(page).doesNotContain("<b>\"新\"").contains("&lt;b&gt;&quot;新&quot;&amp;科目&lt;/b&gt;");
        // one click: PDF, data, series, versions, the other year
        String base = folder.substring(folder.lastIndexOf('/') + 1);
        assertThat(page).contains("href=\"" + base + "/datapackage.json\"", "href=\"" + base + "/tables.xlsx\"",
                "href=\"" + base + "/series.csv\"", "href=\"" + base + "/index.html\"", ".pdf\">下载 PDF</a>",
                "href=\"../../2024/802/index.html\"", "href=\"../../index.html\"");
        for (String href : hrefs(page)) {
            if (!href.startsWith("#")) {
                assertThat(target.root.resolve("2025/802").resolve(java.net.URLDecoder.decode(href, StandardCharsets.UTF_8))
                        .normalize()).as(href).exists();
            }
        }
        // 2024's page (its own series: 2023 and 2024) was not regenerated: only the department that went out was
        String page2024 = Files.readString(target.root.resolve("2024/802/index.html"), StandardCharsets.UTF_8);
        assertThat(page2024).contains("历年预算（2023—2024年）").doesNotContain("往年公开");
        assertThat(r.sharedFilesUploaded()).doesNotContain("2024/802/index.html");
        // the site index links to the department pages
        assertThat(Files.readString(target.root.resolve("index.html"), StandardCharsets.UTF_8))
                .contains("href=\"2025/802/index.html\"");

        // a pass with nothing new uploads nothing
        int uploads = target.uploads.size();
        assertThat(pass(LocalDate.of(2025, 2, 13)).run(target, false).published()).isEmpty();
        assertThat(target.uploads).hasSize(uploads);
    }

    @Test
    void oneYearHasNoSectionAndItsOpenDataCarriesThatYearOnly() throws Exception {
        Submission s = MultiYearFixtures.submission2025();
        var doc = new DisclosureRenderer().document(s);
        assertThat(doc.series().shown()).isFalse();
        assertThat(doc.series().charts()).isEmpty();
        assertThat(doc.series().years()).containsExactly(2025);
        String html = new HtmlRenderer().renderPage(doc);
        assertThat(html).doesNotContain("id=\"series\"", "历年预算");
        Path out = data.resolve("one");
        new DisclosureRenderer().renderAll(s, out);
        List<String> csv = Files.readAllLines(out.resolve(FileNames.SERIES_CSV));
        assertThat(csv).hasSizeGreaterThan(4).allSatisfy(l -> assertThat(l).matches("fiscal_year.*|2025,.*"));
        JsonNode pkg = JSON.readTree(out.resolve(FileNames.DATAPACKAGE).toFile());
        assertThat(pkg.path("resources").findValuesAsText("path")).contains(FileNames.SERIES_CSV);
    }

    @Test
    void aHenanYearBeforeAShanghaiYearIsConvertedToYuan() throws Exception {
        Submission shanghai = Submissions.read(Path.of("src/test/resources/shanghai/ceshi-shangwuwei-2025.json"));
        ObjectNode henan = MultiYearFixtures.y2024();
        ((ObjectNode) henan.path("department")).put("code", shanghai.departmentCode());
        Submission h = JSON.treeToValue(henan, Submission.class);
        YearSeries series = YearSeries.of(shanghai, (d, y) -> y == 2024 && d.equals(shanghai.departmentCode())
                ? Optional.of(h) : Optional.empty(), null, null);
        assertThat(series.unit()).isEqualTo("元");
        assertThat(series.years()).containsExactly(2024, 2025);
        assertThat(series.totals().get(0).values().get(0)).isEqualByComparingTo("2800000"); // 280.0万元
        assertThat(series.totals().get(2).values().get(0)).isEqualByComparingTo("75000"); // 7.5万元
        // the page prints them as the Shanghai narrative writes amounts: 万元, two decimals, grouped
        assertThat(series.textUnit()).isEqualTo("万元");
        assertThat(series.totals().get(0).texts().get(0)).isEqualTo("280.00");
        assertThat(series.totals().get(2).texts().get(0)).isEqualTo("7.50");
        // Shanghai's own 2025: 收入总计 from its finance_summary, 三公 from its table in 万元, both in 元
        JsonNode sh = JSON.readTree(Path.of("src/test/resources/shanghai/ceshi-shangwuwei-2025.json").toFile());
        BigDecimal income = null;
        BigDecimal three = null;
        for (JsonNode r : sh.path("tables").path("finance_summary").path("rows")) {
            if (r.path("item").asText().equals("income.total")) {
                income = r.path("values").path("amount").decimalValue();
            }
        }
        for (JsonNode r : sh.path("tables").path("three_public_operating").path("rows")) {
            if (r.path("item").asText().equals("current")) {
                three = r.path("values").path("total").decimalValue().movePointRight(4);
            }
        }
        assertThat(series.totals().get(0).values().get(1)).isEqualByComparingTo(income);
        assertThat(series.totals().get(2).values().get(1)).isEqualByComparingTo(three);
        assertThat(series.charts()).isNotEmpty();
    }

    /** The cells of the series table row headed {@code title}. */
    private static List<String> row(String page, String title) {
        int table = page.indexOf("id=\"series-totals-cap\"");
        Matcher m = Pattern.compile("<tr><th scope=\"row\">" + Pattern.quote(title) + "</th>(.*?)</tr>").matcher(page);
        assertThat(m.find(table)).as(title).isTrue();
        List<String> cells = new ArrayList<>();
        Matcher td = Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(m.group(1));
        while (td.find()) {
            cells.add(td.group(1));
        }
        return cells;
    }

    private static List<String> hrefs(String page) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"([^\"]+)\"").matcher(page);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
