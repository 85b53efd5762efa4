package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.narrative.Submissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders the example and the hostile submission once into real folders and checks every output. */
class RenderAllTest {

    @TempDir
    static Path tmp;
    static RenderResult seed;
    static RenderResult hostile;

    @BeforeAll
    static void render() throws Exception {
        DisclosureRenderer r = new DisclosureRenderer();
        seed = r.renderAll(Submissions.example(), tmp.resolve("seed"));
        hostile = r.renderAll(Submissions.resource("keji-802-2025-no-comparatives.json"), tmp.resolve("hostile"));
        System.out.println("timings " + seed.timings() + " " + hostile.timings());
    }

    @Test
    void writesTheExpectedFilesWithChineseNames() throws Exception {
        Path out = tmp.resolve("seed");
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("平顶山市人民政府经济技术协作办公室2024年部门预算公开.pdf")).isRegularFile();
        assertThat(out.resolve("data.json")).isRegularFile();
        assertThat(out.resolve("datapackage.json")).isRegularFile();
        assertThat(out.resolve("tables.xlsx")).isRegularFile();
        try (Stream<Path> csv = Files.list(out.resolve("csv"))) {
            assertThat(csv.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(14)
                    .startsWith("01-部门收支总体情况表.csv", "02-部门收入总体情况表.csv")
                    .contains("08-一般公共预算“三公”经费支出情况表.csv", "11-部门（单位）整体绩效目标表.csv", "14-政府采购汇总表.csv");
        }
        assertThat(out.resolve("series.csv")).isRegularFile(); // the multi-year view (this year only: no archive)
        assertThat(seed.files()).hasSize(20).allSatisfy(p -> assertThat(p).isRegularFile());
        assertThat(seed.pdf().getFileName().toString()).isEqualTo("平顶山市人民政府经济技术协作办公室2024年部门预算公开.pdf");
        assertThat(seed.warnings()).isEmpty();
        assertThat(seed.timings().totalMillis()).isGreaterThanOrEqualTo(seed.timings().pdfMillis());
    }

    @Test
    void pageIsStandaloneWithSemanticTablesTocAndCharts() throws Exception {
        String html = Files.readString(seed.html());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\"");
        assertThat(html).doesNotContain("<script", "<link", "src=\"http", "@import", "url(");
        assertThat(html).contains("<nav class=\"toc\"", "href=\"#part2\"", "href=\"#p2-s9\"", "href=\"#t14\"");
        assertThat(html).contains("<th scope=\"colgroup\" colspan=\"5\">基本支出</th>", "<th scope=\"col\" rowspan=\"3\">合计</th>");
        assertThat(html).contains("<thead>", "<th scope=\"row\">行政单位离退休</th>");
        assertThat(html).contains("@media print", "@media (max-width: 640px)", "overflow-x: auto");
        assertThat(html.split("<svg ", -1)).hasSize(4);
        assertThat(html).contains("<title id=\"chart-classes-t\">", "社会保障和就业（类）", "人员经费");
        assertThat(html).contains("<strong>公务用车运行维护费</strong>");
        assertThat(html.split("<table class=\"budget", -1)).hasSize(15);
        assertThat(html).contains("本部门2024年度没有政府采购支出，故本表无数据。");
    }

    @Test
    void everyTextFieldIsEscaped() throws Exception {
        String html = Files.readString(hostile.html());
        assertThat(html).doesNotContain("<script>alert", "<b>加粗</b>", "<img src=x");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; “科普” &lt;b&gt;加粗&lt;/b&gt;");
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("=HYPERLINK(&quot;http://evil.example&quot;,&quot;点击&quot;)");
        assertThat(hostile.pdf()).isRegularFile();
        assertThat(Files.size(hostile.pdf())).isGreaterThan(10_000);
    }

    @Test
    void workbookKeepsHostileTextAsStringCellsNeverFormulas() throws Exception {
        // tables.xlsx is streamed with inline strings: what a submitter wrote stays a string cell, whatever it starts with
        boolean seen = false;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(tmp.resolve("hostile/tables.xlsx")))) {
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (var c : row) {
                        assertThat(c.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && c.getStringCellValue().startsWith("=HYPERLINK(")) {
                            seen = true;
                        }
                    }
                }
            }
        }
        assertThat(seen).as("the hostile =HYPERLINK(...) project name is in the workbook as text").isTrue();
    }

    @Test
    void csvHasFieldNameHeaderNoBomAndFormulaGuard() throws Exception {
        byte[] bytes = Files.readAllBytes(tmp.resolve("seed/csv/03-部门支出总体情况表.csv"));
        assertThat(bytes[0]).isEqualTo((byte) 'f'); // no byte-order mark: the data package declares plain utf-8
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("fn.class,fn.kuan,fn.xiang,unitCode,name,total,basic,basic_wages,basic_family,"
                + "basic_goods,basic_capital,project,project_operating,project_specific");
        assertThat(lines.get(1)).isEqualTo("合计,,,,,121.3,121.3,76.6,35.2,9.5,0,0,0,0");
        assertThat(lines).contains("208,05,01,,行政单位离退休,36.2,36.2,0,35.2,1.0,0,0,0,0");
        assertThat(lines).hasSize(8);

        String projects = Files.readString(tmp.resolve("hostile/csv/10-项目支出预算表.csv"), StandardCharsets.UTF_8);
        assertThat(projects).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\"");
        String procurement = Files.readString(tmp.resolve("hostile/csv/14-政府采购汇总表.csv"), StandardCharsets.UTF_8);
        assertThat(procurement).contains("\"'@SUM(1,2) <img src=x onerror=alert(1)>\"");
        assertThat(procurement).contains("206,01,01,平顶山市示例科学技术局,办公设备维修,C23120000 维修和保养服务,,项,1,1.5");

        String form = Files.readString(tmp.resolve("seed/csv/11-部门（单位）整体绩效目标表.csv"), StandardCharsets.UTF_8);
        assertThat(form).contains("投入管理指标,工作目标管理,年度履职目标相关性,相关,");
        assertThat(form).contains("产出指标,重点工作任务完成,重点工作任务完成率,≥95%,");
    }

    @Test
    void dataPackageDescribesEveryCsvFaithfully() throws Exception {
        Path out = tmp.resolve("seed");
        JsonNode pkg = new ObjectMapper().readTree(out.resolve("datapackage.json").toFile());
        assertThat(pkg.get("profile").asText()).isEqualTo("tabular-data-package");
        assertThat(pkg.get("name").asText()).matches("[a-z0-9._-]+").isEqualTo("gongkai-701-2024");
        JsonNode resources = pkg.get("resources");
        assertThat(resources).hasSize(15); // 14 tables and the multi-year series
        for (JsonNode r : resources) {
            assertThat(r.get("name").asText()).matches("[a-z0-9._-]+");
            assertThat(r.get("encoding").asText()).isEqualTo("utf-8");
            assertThat(r.get("profile").asText()).isEqualTo("tabular-data-resource");
            Path csv = out.resolve(r.get("path").asText());
            byte[] bytes = Files.readAllBytes(csv);
            assertThat(r.get("bytes").asLong()).isEqualTo(bytes.length);
            assertThat(r.get("hash").asText()).isEqualTo("sha256:"
                    + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            String header = new String(bytes, StandardCharsets.UTF_8).split("\r\n")[0];
            JsonNode fields = r.get("schema").get("fields");
            assertThat(header.split(",", -1)).hasSize(fields.size());
            for (int i = 0; i < fields.size(); i++) {
                assertThat(fields.get(i).get("name").asText()).isEqualTo(header.split(",", -1)[i]);
                assertThat(fields.get(i).get("title").asText()).isNotBlank();
                assertThat(fields.get(i).get("type").asText()).isIn("number", "string", "year");
            }
        }
        JsonNode t1 = resources.get(0);
        assertThat(t1.get("path").asText()).isEqualTo("csv/01-部门收支总体情况表.csv");
        assertThat(t1.get("schema").get("fields").get(1).get("type").asText()).isEqualTo("number");
        assertThat(t1.get("schema").get("fields").get(0).get("name").asText()).isEqualTo("income.label");
        assertThat(tmp.resolve("seed/csv/03-部门支出总体情况表.csv")).exists();
        assertThat(resources.get(2).get("schema").get("fields").get(6).get("title").asText()).isEqualTo("基本支出/小计");
    }

    @Test
    void dataJsonCarriesTheSubmissionDerivedFiguresAndNarrative() throws Exception {
        JsonNode data = new ObjectMapper().readTree(tmp.resolve("seed/data.json").toFile());
        assertThat(data.get("submission").get("department").get("code").asText()).isEqualTo("701");
        JsonNode derived = data.get("derived");
        assertThat(derived.get("income").get("change").get("difference").decimalValue()).isEqualByComparingTo("26.8");
        assertThat(derived.get("income").get("change").get("percent").decimalValue()).isEqualByComparingTo("28.4");
        assertThat(derived.get("basic").get("personnelShare").decimalValue()).isEqualByComparingTo("92.2");
        assertThat(derived.get("generalBudget").get("classes").get(3).get("share").decimalValue()).isEqualByComparingTo("6.0");
        assertThat(data.get("narrative")).hasSize(3);
        assertThat(data.get("narrative").get(1).get("blocks").get(0).get("text").asText()).isEqualTo("一、收入支出预算总体情况说明");
        assertThat(data.get("tables")).hasSize(14);
        // the submission's scale is kept: 0.0 stays 0.0, 0 stays 0
        String raw = Files.readString(tmp.resolve("seed/data.json"));
        assertThat(raw).contains("\"amount\" : 0.00");
    }
}
