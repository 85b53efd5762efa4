package org.gongkai.shanghai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.Submission;
import org.gongkai.narrative.Submissions;
import org.gongkai.render.DisclosureRenderer;
import org.gongkai.render.RenderResult;
import org.gongkai.render.TableModel;
import org.gongkai.render.TableModelBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 9 tables of the Shanghai example as the document prints them, and every output written from them. */
class ShanghaiRenderTest {

    private final Submission s = Submissions.read(ShanghaiExampleTest.EXAMPLE);

    private static List<String> texts(TableModel.Row r) {
        return r.cells().stream().map(TableModel.Cell::text).toList();
    }

    @Test
    void tablesCarryTheYearInTheirTitlesTheirOwnUnitAndTwoDecimalsWithSeparators() {
        List<TableModel> tables = new TableModelBuilder().build(s);
        assertThat(tables).extracting(TableModel::title).containsExactly(
                "2025年部门财务收支预算总表", "2025年部门收入预算总表", "2025年部门支出预算总表", "2025年部门财政拨款收支预算总表",
                "2025年部门一般公共预算支出功能分类预算表", "2025年部门政府性基金预算支出功能分类预算表",
                "2025年部门国有资本经营预算支出功能分类预算表", "2025年部门一般公共预算基本支出部门预算经济分类预算表",
                "2025年部门“三公”经费和机关运行经费预算表");
        assertThat(tables).extracting(TableModel::unit).containsExactly("元", "元", "元", "元", "元", "元", "元", "元", "万元");

        TableModel t1 = tables.get(0);
        assertThat(texts(t1.rows().get(0))).containsExactly("一、财政拨款收入", "371,514,655.00", "一、一般公共服务支出", "21,601,733.00");
        assertThat(texts(t1.rows().get(2))).containsExactly("2. 政府性基金", "", "三、社会保障和就业支出", "3,808,085.00");
        assertThat(texts(t1.rows().get(6))).containsExactly("四、其他收入", "", "七、住房保障支出", "2,849,034.00");
        assertThat(texts(t1.rows().get(t1.rows().size() - 1))).containsExactly("收入总计", "371,514,655.00", "支出总计",
                "371,514,655.00");

        TableModel t3 = tables.get(2);
        assertThat(texts(t3.rows().get(0))).containsExactly("201", "一般公共服务支出", "21,601,733.00", "12,291,733.00", "9,310,000.00");
        assertThat(texts(t3.rows().get(1))).containsExactly("201 13", "商贸事务", "21,601,733.00", "12,291,733.00", "9,310,000.00");
        assertThat(texts(t3.rows().get(2))).containsExactly("201 13 01", "行政运行", "9,389,913.00", "9,389,913.00", "");
        assertThat(texts(t3.rows().get(t3.rows().size() - 1))).containsExactly("合计", "371,514,655.00", "19,830,655.00",
                "351,684,000.00");

        TableModel t6 = tables.get(5);
        assertThat(t6.rows()).hasSize(1);
        assertThat(texts(t6.rows().get(0))).containsExactly("合计", "", "", "");
        assertThat(t6.notes()).contains("注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。");

        TableModel t8 = tables.get(7);
        assertThat(texts(t8.rows().get(1))).containsExactly("301 01", "基本工资", "1,952,616.00", "1,952,616.00", "");

        TableModel t9 = tables.get(8);
        assertThat(texts(t9.rows().get(0))).containsExactly("预算数", "1.00", "", "1.00", "", "", "", "171.01");
    }

    @Test
    void htmlPdfAndOpenDataPrintBlankCellsBlankAndEachTablesUnit(@TempDir Path out) throws Exception {
        RenderResult r = new DisclosureRenderer().renderAll(s, out);
        assertThat(r.warnings()).isEmpty();
        String html = Files.readString(r.html());
        assertThat(html).contains("<span>单位：元</span>", "<span>单位：万元</span>", "371,514,655.00", "四、2025年部门预算编制说明",
                "比2024年预算执行数增加24,558.18万元", "2025年部门“三公”经费和机关运行经费预算表");
        assertThat(Files.size(r.pdf())).isGreaterThan(10_000);

        String csv1 = Files.readString(out.resolve("csv/01-2025年部门财务收支预算总表.csv"), StandardCharsets.UTF_8);
        assertThat(csv1).contains("2. 政府性基金,,三、社会保障和就业支出,3808085.00");
        String csv9 = Files.readString(out.resolve("csv/09-2025年部门“三公”经费和机关运行经费预算表.csv"), StandardCharsets.UTF_8);
        assertThat(csv9).contains("预算数,1.00,,1.00,,,,171.01");

        JsonNode pkg = new ObjectMapper().readTree(out.resolve("datapackage.json").toFile());
        assertThat(pkg.path("description").asText()).contains("9张预算表", "元", "万元");
        JsonNode t9 = pkg.path("resources").get(8).path("schema").path("fields").get(1);
        assertThat(t9.path("description").asText()).endsWith("（万元）");
    }
}
