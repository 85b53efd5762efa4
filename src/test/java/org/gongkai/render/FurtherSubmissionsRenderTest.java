package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.narrative.Submissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-made submissions rendered end to end; tables and charts checked against hand-computed figures. */
class FurtherSubmissionsRenderTest {

    @TempDir
    static Path tmp;
    static RenderResult science;
    static RenderResult urban;

    @BeforeAll
    static void render() throws Exception {
        DisclosureRenderer r = new DisclosureRenderer();
        science = r.renderAll(Submissions.resource("keji-802-2024.json"), tmp.resolve("keji"));
        urban = r.renderAll(Submissions.resource("chengguan-803-2024.json"), tmp.resolve("chengguan"));
    }

    private static TableModel table(String file, String id) {
        return new TableModelBuilder().build(Submissions.resource(file)).stream()
                .filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void scienceBureauTables() {
        // 项目支出: 80.0 一般公共预算 + 25.0 单位资金 = 105.0
        assertThat(table("keji-802-2024.json", "project_expenditure").figures()).containsExactly(
                List.of("105.0", "80.0", "0", "0", "0", "0", "0", "0", "25.0"),
                List.of("80.0", "80.0", "0", "0", "0", "0", "0", "0", "0"),
                List.of("25.0", "0", "0", "0", "0", "0", "0", "0", "25.0"));
        // 三公: 合计 8.0 = 0 + 6.0 + 2.0; 车 6.0 = 0 + 6.0
        TableModel three = table("keji-802-2024.json", "three_public_expenses");
        assertThat(three.figures()).containsExactly(List.of("8.0", "0", "6.0", "0", "6.0", "2.0"));
        assertThat(three.empty()).isFalse();
        assertThat(three.notes()).containsExactly("注：报表金额单位转换时可能存在四舍五入尾数误差。");
        // 政府采购: 3.0 + 1.5 + 20.0 + 4.5 = 29.0, quantities printed as counts
        TableModel procurement = table("keji-802-2024.json", "government_procurement");
        assertThat(procurement.figures()).containsExactly(List.of("29.0"), List.of("5", "3.0"), List.of("1", "1.5"),
                List.of("1", "20.0"), List.of("1", "4.5"));
        assertThat(procurement.rows().get(1).cells()).extracting(TableModel.Cell::text)
                .startsWith("206", "01", "01", "平顶山市示例科学技术局", "台式计算机", "A02010104 台式计算机");
        assertThat(table("keji-802-2024.json", "government_fund_expenditure").notes())
                .contains("本部门2024年度没有政府性基金预算支出，故本表无数据。");
    }

    @Test
    void urbanBureauTables() {
        TableModel fund = table("chengguan-803-2024.json", "government_fund_expenditure");
        assertThat(fund.empty()).isFalse();
        assertThat(fund.notes()).containsExactly("注：报表金额单位转换时可能存在四舍五入尾数误差。");
        assertThat(fund.figures().get(0)).containsExactly("150.0", "0", "0", "0", "0", "0", "150.0", "0", "150.0");
        assertThat(fund.rows().get(2).cells().subList(0, 5)).extracting(TableModel.Cell::text)
                .containsExactly("212", "08", "01", "", "征地和拆迁补偿支出");
        TableModel fiscal = table("chengguan-803-2024.json", "fiscal_appropriation_summary");
        // 一、本年收入 230 + 150 = 380.0; 二、上年结转 20.0; 支出合计 400.0 = 250.0 一般 + 150.0 基金
        assertThat(fiscal.figures().get(0)).containsExactly("380.0", "400.0", "250.0", "250.0", "150.0", "0");
        assertThat(fiscal.figures().get(fiscal.figures().size() - 1)).containsExactly("400.0", "400.0", "250.0", "250.0", "150.0", "0");
        assertThat(table("chengguan-803-2024.json", "government_procurement").notes())
                .contains("本部门2024年度没有政府采购支出，故本表无数据。");
    }

    @Test
    void chartsShowTheStructureAndTheComparison() throws Exception {
        String html = Files.readString(science.html());
        // 类 shares: 230 / 275 = 83.6 %; 基本支出: 165 / 195 = 84.6 %
        assertThat(html).contains("科学技术（类）", "230（83.6%）", "165（84.6%）", "30（15.4%）");
        assertThat(html).contains("2024年与2023年预算对比（万元）");
        assertThat(html.split("<svg ", -1)).hasSize(4);
    }

    @Test
    void pdfCarriesTheGovernmentFundParagraphAndTheWarningsAreReported() throws Exception {
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(urban.pdf()))) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", "");
            assertThat(text).contains("我部门2024年政府性基金预算拨款安排的支出150万元", "征地和拆迁补偿支出（项）120万元",
                    "政府性基金预算支出情况表", "平顶山市示例城市管理局");
            assertThat(text).doesNotContain("\uFFFD");
        }
        assertThat(urban.pdf().getFileName().toString()).isEqualTo("平顶山市示例城市管理局2024年部门预算公开.pdf");
        assertThat(urban.warnings()).contains("未填写机关运行经费，按一般公共预算基本支出表的公用经费50万元列示。");
        assertThat(science.warnings()).hasSize(1);
    }
}
