package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Submission;
import org.gongkai.narrative.Narrative;
import org.gongkai.narrative.SubmissionEnricher;
import org.gongkai.narrative.Submissions;
import org.gongkai.validation.Severity;
import org.gongkai.validation.SubmissionValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example converted to 元 (every amount ×10000, precision 0, amountUnit "元"): the narrative, the tables, the charts
 * and the open data all say 元, with the converted figures.
 */
class YuanSubmissionTest {

    private static final Pattern WAN = Pattern.compile("(\\d+(?:\\.\\d+)?)万元(?!以上)");

    private final Submission yuan = Submissions.resource("pingdingshan-701-2024-yuan.json");

    /** The golden 万元 text with every amount converted to 元 (the equipment thresholds "50万元以上" stay). */
    private static String toYuan(String line) {
        Matcher m = WAN.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String yuan = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(10000)).stripTrailingZeros().toPlainString();
            m.appendReplacement(sb, yuan + "元");
        }
        return m.appendTail(sb).toString();
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void theYuanFixtureIsAValidSubmission() {
        assertThat(new SubmissionValidator().validate(yuan).findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void partTwoIsTheSeedTextWithEveryAmountInYuan() throws Exception {
        Narrative n = DisclosureDocument.of(yuan, null, null).narrative();
        List<String> expected = Files.readAllLines(Path.of("src/test/resources/golden/pingdingshan-2024-part2.txt"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(YuanSubmissionTest::toYuan)
                .map(YuanSubmissionTest::squash).toList();
        List<String> actual = n.part("part2").lines().stream().map(YuanSubmissionTest::squash).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
        String all = String.join("\n", n.part("part2").lines());
        assertThat(all).contains(
                "2024年收入总计1213000元，支出总计1213000元，与2023年预算相比，收入增加268000元，增长28.4%。",
                "基本支出1213000元，占100%；项目支出0元，占0%。",
                "2024年预算数为56000元，与2023年预算相比，减少23000元，下降29.1%，主要是医保基数调整。",
                "人员经费1118000元，占92.2%",
                "我部门2024年机关运行经费支出预算95000元，主要保障机构正常运转及正常履职需要，比2023年增加1000元，增长1.1%",
                "单价50万元以上通用设备0台（套）");
        assertThat(all.replace("50万元以上", "").replace("100万元以上", "")).doesNotContain("万元");
    }

    @Test
    void tablesPrintYuanFiguresAndHeaders() {
        List<TableModel> tables = new TableModelBuilder().build(yuan);
        TableModel t1 = tables.get(0);
        assertThat(t1.rows().get(0).cells()).extracting(TableModel.Cell::text)
                .containsExactly("一、一般公共预算", "1213000", "一、一般公共服务", "0");
        TableModel projects = tables.stream().filter(t -> t.id().equals("project_performance_targets")).findFirst().orElseThrow();
        assertThat(projects.columns()).extracting(TableModel.Column::title).contains("项目金额（元）/资金总额")
                .noneMatch(title -> title.contains("万元"));
        assertThat(projects.headerRows().get(0)).extracting(TableModel.Cell::text).contains("项目金额（元）");
        TableModel form = tables.stream().filter(TableModel::form).findFirst().orElseThrow();
        assertThat(form.rows().stream().flatMap(r -> r.cells().stream()).map(TableModel.Cell::text))
                .contains("部门预算总额（元）", "1213000").doesNotContain("部门预算总额（万元）");
    }

    @Test
    void pageChartsAndOpenDataSayYuan(@TempDir Path out) throws Exception {
        DisclosureRenderer renderer = new DisclosureRenderer();
        DisclosureDocument doc = renderer.document(yuan);
        assertThat(doc.charts()).extracting(Chart::title).allMatch(t -> t.endsWith("（元）"));
        assertThat(doc.charts().get(0).rows().get(0).bars().get(0).valueText()).isEqualTo("459000（37.8%）");

        RenderResult r = renderer.renderAll(yuan, out);
        String html = Files.readString(r.html());
        assertThat(html).contains("<span>单位：元</span>", "2024年与2023年预算对比（元）", "：459000（37.8%）元</title>",
                "项目金额（元）", "收入总计1213000元");
        assertThat(html.replace("50万元以上", "").replace("100万元以上", "")).doesNotContain("万元");

        String csv = Files.readString(out.resolve("csv/12-部门预算项目绩效目标表.csv"), StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("万元");
        String csv1 = Files.readString(out.resolve("csv/01-部门收支总体情况表.csv"), StandardCharsets.UTF_8);
        assertThat(csv1).contains("一、一般公共预算,1213000,");

        JsonNode pkg = new ObjectMapper().readTree(out.resolve("datapackage.json").toFile());
        assertThat(pkg.path("description").asText()).contains("金额单位：元");
        JsonNode field = pkg.path("resources").get(0).path("schema").path("fields").get(1);
        assertThat(field.path("type").asText()).isEqualTo("number");
        assertThat(field.path("description").asText()).endsWith("（元）");
        assertThat(pkg.toString()).contains("项目金额（元）/资金总额").doesNotContain("万元");
        JsonNode data = new ObjectMapper().readTree(out.resolve("data.json").toFile());
        assertThat(data.path("amountUnit").asText()).isEqualTo("元");
        assertThat(data.toString().replace("50万元以上", "").replace("100万元以上", "")).doesNotContain("万元");
    }
}
