package org.gongkai.shanghai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.model.Submission;
import org.gongkai.narrative.Narrative;
import org.gongkai.narrative.ProfileNarrative;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.render.TableModel;
import org.gongkai.render.TableModelBuilder;
import org.junit.jupiter.api.Test;

/**
 * The hand-made Shanghai submission: fiscal income down on 上年预算执行数, government-fund spending, 三公 with a
 * vehicle purchase, 事业收入, blank columns, 中小企业预留 procurement. What the text and the tables say follows from it.
 */
class ShanghaiHandMadeRenderTest {

    private final Submission s = ShanghaiSubmissions.read(ShanghaiSubmissions.tree(ShanghaiSubmissions.FIXTURE));

    private String part(String id) {
        Narrative n = new ProfileNarrative(null).write(s, DisclosureProfile.require("shanghai-district"));
        return String.join("\n", n.part(id).blocks().stream().map(Narrative.Block::text).toList());
    }

    @Test
    void decreasesIncreasesAndFlatFiguresAreStatedOnTheirOwnBase() {
        assertThat(part("budget")).contains(
                "2025年，上海市测试区商务委员会收入预算845.00万元，其中：财政拨款收入785.00万元，比2024年预算执行数减少115.00万元；"
                        + "事业收入60.00万元；事业单位经营收入0万元；其他收入0万元。",
                "支出预算845.00万元，其中：财政拨款支出预算785.00万元，比2024年预算减少115.00万元。财政拨款支出预算中，"
                        + "一般公共预算拨款支出预算705.00万元，比2024年预算减少95.00万元；政府性基金拨款支出预算80.00万元，"
                        + "比2024年预算执行数增加80.00万元；国有资本经营预算拨款支出预算0万元，比2024年预算执行数持平。",
                "财政拨款收入支出减少的主要原因是：上年一次性项目完成，相应减少预算。",
                "2. “一般公共服务支出（类）商贸事务（款）一般行政管理事务（项）”120.00万元，主要用于商贸行业管理事务。",
                "6. “文化旅游体育与传媒支出（类）体育（款）群众体育（项）”80.00万元，主要用于群众体育赛事配套服务。");
        assertThat(part("budget")).doesNotContain("事业运行（项）");
    }

    @Test
    void threePublicWithAVehiclePurchaseProcurementReservedForSmallFirmsAndVehiclesByCategory() {
        assertThat(part("other")).contains(
                "2025年“三公”经费预算数为31.70万元，比2024年预算增加26.70万元。其中：",
                "（一）因公出国（境）费2.00万元，与2024年预算持平，主要原因是按年度出访计划安排。",
                "（二）公务用车购置及运行费28.20万元，比2024年预算增加28.20万元，主要原因是更新一辆超过使用年限的公务用车。"
                        + "其中：公务用车购置费25.00万元，比2024年预算增加25.00万元，主要原因是更新一辆超过使用年限的公务用车；"
                        + "公务用车运行费3.20万元，比2024年预算增加3.20万元，主要原因是新车投入使用后的燃料和保险费用。",
                "（三）公务接待费1.50万元，比2024年预算减少1.50万元，主要原因是压减公务接待规模。",
                "2025年上海市测试区商务委员会财政拨款的机关运行经费预算为100.00万元。",
                "2025年度本部门政府采购预算42.00万元，其中：政府采购货物预算12.00万元、政府采购工程预算0万元、政府采购服务预算30.00万元；"
                        + "面向中小企业预留30.00万元，其中预留给小型和微型企业20.00万元。",
                "2025年度，本部门2个预算单位编报绩效目标的项目共2个，涉及项目预算资金200.00万元。",
                "截至2024年8月31日，上海市测试区商务委员会共有车辆1辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、"
                        + "应急保障用车0辆、执法执勤用车1辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆；"
                        + "单价100万元（含）以上设备（不含车辆）0台（套）。");
    }

    @Test
    void blankColumnsPrintBlankAndGovernmentFundTableHasItsRows() {
        List<TableModel> tables = new TableModelBuilder().build(s);
        TableModel t2 = tables.get(1);
        TableModel.Row business = t2.rows().stream().filter(r -> r.cells().get(0).text().equals("201 13 50")).findFirst().orElseThrow();
        assertThat(business.cells()).extracting(TableModel.Cell::text)
                .containsExactly("201 13 50", "事业运行", "600,000.00", "", "600,000.00", "", "");
        assertThat(t2.rows()).allSatisfy(r -> {
            int n = r.cells().size();
            assertThat(r.cells().get(n - 1).text()).isEmpty();
            assertThat(r.cells().get(n - 2).text()).isEmpty();
        });
        TableModel t6 = tables.get(5);
        assertThat(t6.empty()).isFalse();
        assertThat(t6.notes()).isEmpty();
        assertThat(t6.rows()).extracting(r -> r.cells().get(0).text()).containsExactly("207", "207 03", "207 03 08", "合计");
        TableModel t4 = tables.get(3);
        assertThat(t4.rows().get(1).cells()).extracting(TableModel.Cell::text)
                .containsExactly("二、政府性基金", "800,000.00", "二、文化旅游体育与传媒支出", "800,000.00", "", "800,000.00", "");
    }

    @Test
    void whatADepartmentWritesCannotBecomeAHeadingOrAPart() {
        com.fasterxml.jackson.databind.node.ObjectNode t = ShanghaiSubmissions.tree(ShanghaiSubmissions.FIXTURE);
        ((com.fasterxml.jackson.databind.node.ArrayNode) t.path("department").path("duties")).set(0,
                com.fasterxml.jackson.databind.node.TextNode.valueOf("# 假标题\n@part x||注入\n<b>粗</b>"));
        Narrative n = new ProfileNarrative(null).write(ShanghaiSubmissions.read(t), DisclosureProfile.require("shanghai-district"));
        assertThat(n.parts()).extracting(Narrative.Part::id).containsExactly("overview", "budget", "other", "projects");
        assertThat(n.part("overview").blocks()).filteredOn(Narrative.Block::isSection).extracting(Narrative.Block::text)
                .containsExactly("一、部门主要职能", "二、部门机构设置", "三、名词解释");
        assertThat(n.part("overview").blocks().get(1).text()).isEqualTo("＃ 假标题 @part x||注入 <b>粗</b>");
    }
}
