package org.gongkai.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.intake.SubmissionCheck;
import org.gongkai.narrative.Submissions;
import org.gongkai.render.DisclosureRenderer;
import org.gongkai.render.HtmlRenderer;
import org.gongkai.report.CheckReport;
import org.gongkai.report.HtmlReportRenderer;
import org.gongkai.support.NodeTools;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of page readers and departments open — the disclosure page of every example, the rejection report, the
 * public site index, a department landing page and the department page as the site publishes it (the current
 * disclosure with its bar and the multi-year section, henan-14 and shanghai-district) — in headless Chromium (one browser for all pages) at 390 px and 1280 px:
 * axe-core finds no violation, the page does not scroll sideways, it has {@code lang="zh-CN"} and one main landmark,
 * and the browser logs no error. Screenshots of the portal and the rejection report land in target/screenshots/.
 */
@Tag("browser")
class AccessiblePagesTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path tmp;
    static JsonNode results;

    @BeforeAll
    static void openEveryPage() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "headless Chromium not found at " + CHROMIUM + " (install Debian's chromium; .ci/run does) — browser test skipped");
        NodeTools.assumeReady();
        ObjectMapper json = new ObjectMapper();
        ObjectNode spec = json.createObjectNode();
        spec.put("chromium", CHROMIUM.toString());
        spec.put("screenshots", Files.createDirectories(SCREENSHOTS).toAbsolutePath().toString());
        ArrayNode pages = spec.putArray("pages");

        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path example : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = example.getFileName().toString().replace(".json", "");
                Path page = Files.createDirectories(tmp.resolve("disclosure-" + name)).resolve("index.html");
                DisclosureRenderer r = new DisclosureRenderer();
                Files.writeString(page, new HtmlRenderer().renderPage(r.document(Submissions.read(example))));
                add(pages, "disclosure-" + name, page, false);
            }
        }

        String bad = Files.readString(Path.of("examples/pingdingshan-701-2024.json"))
                .replaceFirst("\"amount\": 121.3", "\"amount\": 131.3")
                .replaceFirst("xiezuoban@example.gov.cn", "not-an-address");
        var checked = new SubmissionCheck().check("协作办2024预算（第二次报送）.json", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(checked.valid()).isFalse();
        Path report = tmp.resolve("report.html");
        Files.write(report, new HtmlReportRenderer().renderBytes(CheckReport.of(checked)));
        add(pages, "rejection-report", report, true);

        SitePages site = new SitePages("平顶山市部门预算公开");
        List<DepartmentPublication> ledger = portalLedger();
        Path index = tmp.resolve("site/index.html");
        Files.createDirectories(index.getParent());
        Files.write(index, site.siteIndex(ledger));
        add(pages, "portal-index", index, true);
        pages.addObject().put("name", "portal-search").put("file", index.toAbsolutePath().toString()).put("screenshot", false)
                .putObject("search").put("selector", "#q").put("text", "统计");
        Path dept = tmp.resolve("site/2024/701/index.html");
        Files.createDirectories(dept.getParent());
        Files.write(dept, site.departmentPage(ledger.get(0)));
        add(pages, "portal-department", dept, true);

        // the department page as the site publishes it: the current disclosure (multi-year, both profiles) with its bar
        Path henan = tmp.resolve("site/2025/802/index.html");
        Files.createDirectories(henan.getParent());
        String henanPage = new HtmlRenderer().renderPage(new DisclosureRenderer(null, org.gongkai.render.MultiYearFixtures.archive2023and2024())
                .document(org.gongkai.render.MultiYearFixtures.submission2025()));
        assertThat(henanPage).contains("id=\"series\"");
        Files.write(henan, site.departmentPage(department(2025, "802", "平顶山市示例科学技术局"),
                henanPage.getBytes(StandardCharsets.UTF_8), List.of(2024)));
        add(pages, "portal-department-disclosure", henan, true);
        Path shanghai = tmp.resolve("site/2025/901/index.html");
        Files.createDirectories(shanghai.getParent());
        org.gongkai.model.Submission sh25 = Submissions.read(Path.of("examples/shanghai-putuo-shangwuwei-2025.json"));
        ObjectNode sh24 = (ObjectNode) json.readTree(Path.of("examples/shanghai-putuo-shangwuwei-2025.json").toFile());
        sh24.put("fiscalYear", 2024);
        org.gongkai.model.Submission last = json.treeToValue(sh24, org.gongkai.model.Submission.class);
        String shanghaiPage = new HtmlRenderer().renderPage(new DisclosureRenderer(null,
                (code, y) -> y == 2024 ? java.util.Optional.of(last) : java.util.Optional.empty()).document(sh25));
        assertThat(shanghaiPage).contains("id=\"series\"");
        Files.write(shanghai, site.departmentPage(department(2025, sh25.departmentCode(), sh25.departmentName()),
                shanghaiPage.getBytes(StandardCharsets.UTF_8), List.of()));
        add(pages, "portal-department-shanghai", shanghai, true);

        Path specFile = tmp.resolve("pages.json");
        json.writeValue(specFile.toFile(), spec);
        NodeTools.Result r = NodeTools.node("check-pages.js", List.of(specFile.toAbsolutePath().toString()), 600);
        assertThat(r.exit()).as(r.stderr()).isZero();
        results = json.readTree(r.stdout());
    }

    private static void add(ArrayNode pages, String name, Path file, boolean screenshot) {
        pages.addObject().put("name", name).put("file", file.toAbsolutePath().toString()).put("screenshot", screenshot);
    }

    /** Three departments over two years: one corrected, one published late, one without figures of last year. */
    static List<DepartmentPublication> portalLedger() {
        KeyFigures f701 = new KeyFigures("万元", new BigDecimal("121.3"), new BigDecimal("121.3"), BigDecimal.ZERO,
                new BigDecimal("26.8"), new BigDecimal("28.4"));
        KeyFigures f702 = new KeyFigures("元", new BigDecimal("8650000"), new BigDecimal("8650000"), new BigDecimal("120000"),
                new BigDecimal("-350000"), new BigDecimal("-3.9"));
        KeyFigures f701y23 = new KeyFigures("万元", new BigDecimal("94.5"), new BigDecimal("94.5"), BigDecimal.ZERO, null, null);
        Map<String, String> files = Map.of("index.html", "a", "平顶山市人民政府经济技术协作办公室2024年部门预算公开.pdf", "b",
                "tables.xlsx", "c", "datapackage.json", "d", "data.json", "e", "csv/01-部门收支总体情况表.csv", "f");
        return List.of(
                new DepartmentPublication(2024, "701", "701", "平顶山市人民政府经济技术协作办公室", "2024-02-06", List.of(
                        new PublishedVersion(1, "2024/701/v1-0bab3673", "x", "s1", "2024-02-20T02:00:00", files, false, f701),
                        new PublishedVersion(2, "2024/701/v2-77aa1234", "y", "s2", "2024-03-05T02:00:00", files, true, f701))),
                new DepartmentPublication(2024, "702", "702", "平顶山市统计局", "2024-02-06", List.of(
                        new PublishedVersion(1, "2024/702/v1-12345678", "z", "s3", "2024-03-01T02:00:00", files, false, f702))),
                new DepartmentPublication(2023, "701", "701", "平顶山市人民政府经济技术协作办公室", "2023-02-10", List.of(
                        new PublishedVersion(1, "2023/701/v1-abcdef12", "w", "s4", "2023-02-25T02:00:00", files, false, f701y23))));
    }

    /** A department published twice (the second a 更正), its files as the renderer writes them. */
    private static DepartmentPublication department(int year, String code, String name) {
        Map<String, String> files = Map.of("index.html", "a", name + year + "年部门预算公开.pdf", "b", "tables.xlsx", "c",
                "datapackage.json", "d", "data.json", "e", "series.csv", "f", "csv/01-收支总表.csv", "g");
        return new DepartmentPublication(year, code, code, name, year + "-02-06", List.of(
                new PublishedVersion(1, year + "/" + code + "/v1-0bab3673", "x", "s1", year + "-02-20T02:00:00", files, false),
                new PublishedVersion(2, year + "/" + code + "/v2-77aa1234", "y", "s2", year + "-03-05T02:00:00", files, true)));
    }

    @Test
    void axeCoreFindsNoViolationOnAnyPageAtPhoneAndDesktopWidth() {
        List<String> violations = new ArrayList<>();
        for (JsonNode r : results) {
            for (JsonNode v : r.get("violations")) {
                violations.add(r.get("name").asText() + " @" + r.get("width").asInt() + "px: " + v.get("id").asText()
                        + " (" + v.get("impact").asText() + ") " + v.get("help").asText() + " " + v.get("nodes"));
            }
        }
        assertThat(violations).isEmpty();
        assertThat(results).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void theSearchRunsInThePageWithoutAServer() {
        for (JsonNode r : results) {
            if (r.get("name").asText().equals("portal-search")) {
                assertThat(r.get("filtered")).hasSize(1);
                assertThat(r.get("filtered").get(0).asText()).isEqualTo("平顶山市统计局 702");
            }
        }
        assertThat(results.findValues("filtered").stream().filter(JsonNode::isArray)).hasSize(2);
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() {
        for (JsonNode r : results) {
            assertThat(r.get("scrollWidth").asInt()).as("%s @%dpx: page width", r.get("name").asText(), r.get("width").asInt())
                    .isLessThanOrEqualTo(r.get("viewport").asInt());
        }
    }

    @Test
    void everyPageHasItsLanguageOneMainLandmarkAndNoBrowserErrors() {
        for (JsonNode r : results) {
            String page = r.get("name").asText() + " @" + r.get("width").asInt();
            assertThat(r.get("lang").asText()).as(page).isEqualTo("zh-CN");
            assertThat(r.get("mains").asInt()).as(page).isEqualTo(1);
            assertThat(r.get("errors")).as(page).isEmpty();
        }
    }

    @Test
    void screenshotsOfThePortalAndTheRejectionReportAtPhoneAndDesktopWidth() throws Exception {
        for (String name : List.of("portal-index", "portal-department", "portal-department-disclosure",
                "portal-department-shanghai", "rejection-report")) {
            for (int w : new int[] {390, 1280}) {
                Path shot = SCREENSHOTS.resolve(name + "-" + w + ".png");
                assertThat(shot).isRegularFile();
                assertThat(Files.size(shot)).isGreaterThan(10_000);
            }
        }
    }
}
