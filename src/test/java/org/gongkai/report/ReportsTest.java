package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.intake.ExampleFiles;
import org.gongkai.intake.SubmissionCheck;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Location;
import org.gongkai.validation.Severity;
import org.junit.jupiter.api.Test;
import org.gongkai.support.Templates;

class ReportsTest {

    private final SubmissionCheck check = new SubmissionCheck();

    @Test
    void jsonReportOfARejectedFileCarriesIdentityCountsAndLocatedFindings() throws Exception {
        String text = ExampleFiles.replaceFirst("\"name\": \"行政单位离退休\", \"values\": {\"total\": 36.2",
                "\"name\": \"行政单位离退休\", \"values\": {\"total\": \"1,036.2万元\"");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CheckedSubmission c = check.check("协作办.json", bytes);
        JsonNode j = new ObjectMapper().readTree(new JsonReportWriter().toBytes(CheckReport.of(c)));
        assertThat(j.get("report").asText()).isEqualTo("gongkai-check-report");
        assertThat(j.get("fileName").asText()).isEqualTo("协作办.json");
        assertThat(j.get("sha256").asText()).isEqualTo(org.gongkai.support.Hashes.sha256(bytes));
        assertThat(j.get("bytes").asLong()).isEqualTo(bytes.length);
        assertThat(j.get("format").asText()).isEqualTo("json");
        assertThat(j.get("valid").asBoolean()).isFalse();
        assertThat(j.get("counts").get("errors").asInt()).isEqualTo(1);
        assertThat(j.get("counts").get("warnings").asInt()).isZero();
        assertThat(j.get("department").get("name").asText()).isEqualTo("平顶山市人民政府经济技术协作办公室");
        assertThat(j.get("fiscalYear").asInt()).isEqualTo(2024);
        assertThat(java.time.Instant.parse(j.get("checkedAt").asText())).isNotNull();
        assertThat(j.get("durationMs").isIntegralNumber()).isTrue();
        JsonNode f = j.get("findings").get(0);
        assertThat(f.get("ruleId").asText()).isEqualTo("json.type");
        assertThat(f.get("severity").asText()).isEqualTo("error");
        assertThat(f.get("table").asText()).isEqualTo("expenditure_summary");
        assertThat(f.get("tableTitle").asText()).isEqualTo("部门支出总体情况表");
        assertThat(f.get("row").asInt()).isEqualTo(3);
        assertThat(f.get("columnTitle").asText()).isEqualTo("合计");
        assertThat(f.get("path").asText()).isEqualTo("tables.expenditure_summary.rows[2].values.total");
        assertThat(f.get("found").asText()).contains("1,036.2万元");
        assertThat(f.get("hint").asText()).contains("例如 1036.2，");
        assertThat(f.has("cell")).isTrue();
        assertThat(f.get("cell").isNull()).isTrue();
    }

    @Test
    void jsonReportOfTheValidExample() throws Exception {
        CheckedSubmission c = check.check("ok.json", ExampleFiles.bytes());
        JsonNode j = new ObjectMapper().readTree(new JsonReportWriter().toJson(CheckReport.of(c)));
        assertThat(j.get("valid").asBoolean()).isTrue();
        assertThat(j.get("counts").get("errors").asInt()).isZero();
        assertThat(j.get("findings")).isEmpty();
        assertThat(j.get("department").get("code").asText()).isEqualTo("701");
    }

    @Test
    void htmlReportListsEveryFindingErrorsFirstWithLocationExpectedFoundAndHint() {
        CheckedSubmission c = ReportFixtures.checked("协作办2024.json", "平顶山市人民政府经济技术协作办公室",
                List.of(ReportFixtures.missingReason(), ReportFixtures.sumRow()));
        String html = new HtmlReportRenderer().render(CheckReport.of(c));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>预算公开材料校验报告");
        assertThat(html).contains("未通过").contains("协作办2024.json").contains("平顶山市人民政府经济技术协作办公室").contains("2024年");
        assertThat(html).contains("表“部门支出总体情况表”").contains("第3行（2080501 行政单位离退休）").contains("“合计”列")
                .contains("<td class=\"num\" data-label=\"应为\">36.2</td>").contains("<td class=\"num\" data-label=\"实为\">36.3</td>").contains("核对“基本支出”");
        assertThat(html.indexOf("SUM-ROW")).isLessThan(html.indexOf("REASON-ITEM"));
        assertThat(html).contains("2024-02-20 10:30:00（北京时间）");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=");
    }

    @Test
    void hostileTextComesOutEscapedInHtml() {
        String evil = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>{{7*7}}${7*7}";
        Finding f = new Finding("REASON-ITEM", Severity.ERROR, "原因“" + evil + "”过短",
                new Location("t", evil, 1, evil, "c", evil, evil, evil), evil, evil, evil);
        CheckedSubmission c = ReportFixtures.checked(evil + ".json", evil, List.of(f));
        String html = new HtmlReportRenderer().render(CheckReport.of(c));
        assertThat(html).doesNotContain("<script>").doesNotContain("<img").doesNotContain("\"><img");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
        assertThat(html).contains("{{7*7}}${7*7}").doesNotContain("49");
    }

    @Test
    void consoleRenderingIsReadableWithoutDocs() {
        CheckedSubmission c = ReportFixtures.checked("sub.json", "某部门",
                List.of(ReportFixtures.sumRow(), ReportFixtures.missingReason()));
        String out = new ConsoleReport().render(CheckReport.of(c), "inbox/sub.json");
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).isEqualTo("inbox/sub.json: invalid (1 errors, 1 warnings)");
        assertThat(lines.get(1)).isEqualTo("  错误 SUM-ROW 表“部门支出总体情况表” 第3行（2080501 行政单位离退休） “合计”列: "
                + "合计不等于各分项之和。应为 36.2，实为 36.3。提示：核对“基本支出”和“项目支出”两列后改正合计。");
        assertThat(lines.get(2)).startsWith("  警告 REASON-ITEM 字段 explanations.itemChanges.2101101: 项目 2101101 比上年减少");

        CheckedSubmission ok = check.check("ok.json", ExampleFiles.bytes());
        assertThat(new ConsoleReport().render(CheckReport.of(ok))).isEqualTo("ok.json: valid (0 errors, 0 warnings)\n");
    }

    @Test
    void consoleRenderingNeutralisesTerminalControlCharacters() {
        Finding f = new Finding("X", Severity.ERROR, "bad\u001b[31mred\r\nfake line", Location.none(), null, null, null);
        String out = new ConsoleReport().render(CheckReport.of(ReportFixtures.checked("a\u001b]0;title\u0007.json", "d", List.of(f))));
        assertThat(out).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u0007");
        assertThat(out.lines()).hasSize(2);
    }

    @Test
    void readErrorsRenderInTheConsoleWithTheirPlace() {
        CheckedSubmission c = check.check("gbk.json", ExampleFiles.text().getBytes(java.nio.charset.Charset.forName("GBK")));
        String out = new ConsoleReport().render(CheckReport.of(c));
        assertThat(out).startsWith("gbk.json: invalid (1 errors, 0 warnings)\n  错误 file.encoding");
        assertThat(out).contains("GBK").contains("提示：").contains("UTF-8");
    }

    @Test
    void htmlTemplatesEscape() throws Exception {
        assertThat(Templates.escapesHtml(HtmlReportRenderer.TEMPLATE)).isTrue();
    }
}
