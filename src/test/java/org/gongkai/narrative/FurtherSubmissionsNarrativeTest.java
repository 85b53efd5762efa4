package org.gongkai.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.gongkai.model.Submission;
import org.junit.jupiter.api.Test;

/**
 * Three submissions written for these tests (src/test/resources/render/), each checked against figures computed by
 * hand: project expenditure, 三公 parts that rose and fell, a new item, decreases, 政府性基金, 政府采购, missing reasons,
 * and a year without comparatives (left out, or taken from the archived prior-year submission).
 */
class FurtherSubmissionsNarrativeTest {

    private static List<String> partTwo(Submission s, PriorYearSource source) {
        return Submissions.narrative(s, ClassificationNames.standard(), source).part("part2").lines();
    }

    // ------------------------------------------------------------------ 科技局 2024: projects, 三公 up and down, procurement

    @Test
    void scienceBureauTotalsSharesAndChanges() {
        List<String> t = partTwo(Submissions.resource("keji-802-2024.json"), PriorYearSource.NONE);
        assertThat(t).contains(
                // (300 − 265) / 265 = 13.21 %
                "平顶山市示例科学技术局2024年收入总计300万元，支出总计300万元，与2023年预算相比，收入增加35万元，增长13.2%。主要原因：新增科普项目经费；支出增加35万元，增长13.2%。主要原因：新增科普项目经费。",
                // 195 / 300 = 65 %, 105 / 300 = 35 %
                "平顶山市示例科学技术局2024年支出合计300万元，其中：基本支出195万元，占65%；项目支出105万元，占35%。",
                // 275 − 239.5 = 35.5; 35.5 / 239.5 = 14.82 %
                "平顶山市示例科学技术局2024年一般公共预算收支预算275万元，政府性基金收支预算0万元，国有资本经营收支预算0万元。与2023年预算相比，一般公共预算收支预算增加35.5万元，增长14.8%，主要原因：新增科普进社区活动经费。",
                // 195 / 275 = 70.91 %, 80 / 275 = 29.09 %
                "平顶山市示例科学技术局2024年一般公共预算支出年初预算为275万元。与2023年预算相比，增加35.5万元，增长14.8%，主要是新增科普进社区活动经费。其中：基本支出195万元，占70.9%；项目支出80万元，占29.1%。",
                // 230 / 275 = 83.64 %, 20 / 275 = 7.27 %, 10 / 275 = 3.64 %, 15 / 275 = 5.45 %
                "2024年一般公共预算支出年初预算为275万元。主要用于以下方面：科学技术（类）支出230万元，占83.6%；社会保障和就业（类）支出20万元，占7.3%；卫生健康（类）支出10万元，占3.6%；住房保障（类）支出15万元，占5.5%。");
    }

    @Test
    void scienceBureauItemLinesCoverDecreaseIncreaseUnchangedAndNew() {
        List<String> t = partTwo(Submissions.resource("keji-802-2024.json"), PriorYearSource.NONE);
        assertThat(t).contains(
                // 150 − 160 = −10; 10 / 160 = 6.25 % → 6.3 (HALF_UP)
                "1. 科学技术支出（类）科学技术管理事务（款）行政运行（项）。2024年预算数为150万元，与2023年预算相比，减少10万元，下降6.3%，主要是人员调出。",
                "2. 科学技术支出（类）科学技术普及（款）科普活动（项）。2024年预算数为80万元，与2023年预算相比，增加30万元，增长60%，主要是新增科普进社区活动。",
                "3. 社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。2024年预算数为20万元，与2023年预算持平。",
                // 0.5 / 9.5 = 5.26 %
                "4. 卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。2024年预算数为10万元，与2023年预算相比，增加0.5万元，增长5.3%，主要是医保基数调整。",
                // no 2023 figure for 2210201: a new item, no growth rate
                "5. 住房保障支出（类）住房改革支出（款）住房公积金（项）。2024年预算数为15万元，2023年无此项预算，为新增支出，主要是新录用人员缴存住房公积金。");
    }

    @Test
    void scienceBureauBasicThreePublicOperatingProcurementPerformance() {
        List<String> t = partTwo(Submissions.resource("keji-802-2024.json"), PriorYearSource.NONE);
        assertThat(t).contains(
                // 165 / 195 = 84.62 %, 30 / 195 = 15.38 %; lists in economic code order (301/303, then 302/310)
                "人员经费165万元，占84.6%，主要包括：基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、住房公积金；",
                "公用经费30万元，占15.4%，主要包括：办公费、差旅费、公务接待费、公务用车运行维护费、办公设备购置。",
                // 8 − 7 = 1; 1 / 7 = 14.29 %
                "平顶山市示例科学技术局2024年“三公”经费预算为8万元。2024年“三公”经费支出预算数比2023年增加1万元，增长14.3%，主要原因：公务用车老旧，维修费用增加。",
                "（一）因公出国（境）费0万元，主要用于单位工作人员公务出国（境）的住宿费、旅费、伙食补助费、杂费、培训费等支出。预算数与2023年持平，无增减变动。",
                // 2 − 3 = −1; 1 / 3 = 33.33 %
                "（二）公务接待费2万元，主要用于按规定开支的各类公务接待（含外宾接待）支出。预算数比2023年减少1万元，下降33.3%，主要原因：严格控制公务接待。",
                // 6 − 4 = 2; 2 / 4 = 50 %
                "（三）公务用车购置及运行费6万元，其中，公务用车运行维护费6万元，主要用于开展工作所需公务用车的燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出。预算数比2023年增加2万元，增长50%，主要原因：公务用车老旧，维修费用增加；公务用车购置费0万元，预算数与2023年持平，无增减变动。",
                "我部门2024年无使用政府性基金预算拨款安排的支出。",
                // 30 − 28 = 2; 2 / 28 = 7.14 %
                "我部门2024年机关运行经费支出预算30万元，主要保障机构正常运转及正常履职需要，比2023年增加2万元，增长7.1%，主要原因：办公设备更新。",
                // A 3.0 goods; B 20.0 works; C 1.5 + 4.5 services
                "2024年政府采购预算安排29万元，其中：政府采购货物预算3万元、政府采购工程预算20万元、政府采购服务预算6万元。",
                "我部门2024年对1个重点项目编制了预算绩效目标，预算金额合计80万元，具体如下：",
                "1. 科普进社区活动，预算80万元。绩效目标：开展科普进社区活动不少于20场，受益群众满意度不低于90%。",
                "2023年期末，本部门共有车辆2辆，其中：一般公务用车2辆，一般执法执勤用车0辆，特种专业技术用车0辆，其他用车0辆；单价50万元以上通用设备1台（套），单位价值100万元以上专用设备0台（套）。");
        assertThat(t).anySatisfy(l -> assertThat(l).endsWith(
                "2024年，我部门纳入预算绩效管理的支出总额为300万元。其中：人员经费支出165万元，公用经费支出30万元；项目支出105万元，涉及项目2个。"));
    }

    @Test
    void scienceBureauPartOneListsItsSubordinateUnit() {
        Submission s = Submissions.resource("keji-802-2024.json");
        List<String> p1 = Submissions.narrative(s).part("part1").lines();
        assertThat(p1).contains(
                "平顶山市示例科学技术局本部门预算包括本级预算和所属单位预算。纳入2024年部门预算编制范围的所属预算单位共1个，包括：平顶山市科技情报研究所。",
                "机关本级预算包括：办公室、计划科、成果科3个科室的预算。");
    }

    @Test
    void aNewItemIsReportedWithoutAGrowthRateAndWarned() {
        Enrichment e = new SubmissionEnricher().enrich(Submissions.resource("keji-802-2024.json"));
        assertThat(e.warnings()).containsExactly(
                "“住房保障支出（类）住房改革支出（款）住房公积金（项）”2023年预算数为0，说明中只写增加额，不写增长率。");
        Enrichment.ItemLine housing = e.generalBudget().items().get(4);
        assertThat(housing.change().direction()).isEqualTo(Change.Direction.NEW);
        assertThat(housing.change().percent()).isNull();
    }

    // ------------------------------------------------------------------ 城管局 2024: 政府性基金, decreases, missing reasons

    @Test
    void urbanManagementBureauGovernmentFundsAndDecreases() {
        List<String> t = partTwo(Submissions.resource("chengguan-803-2024.json"), PriorYearSource.NONE);
        assertThat(t).contains(
                "平顶山市示例城市管理局2024年收入合计400万元，其中：一般公共预算230万元；政府性基金预算拨款收入150万元；国有资本经营预算拨款收入0万元；财政专户管理资金收入0万元；事业收入0万元；事业单位经营收入0万元；上级补助收入0万元；附属单位上缴收入0万元；其他收入0万元；上年结转结余20万元。",
                // 230 / 400 = 57.5 %
                "平顶山市示例城市管理局2024年支出合计400万元，其中：基本支出230万元，占57.5%；项目支出170万元，占42.5%。",
                // 250 − 260 = −10, 10 / 260 = 3.85 %; 150 − 100 = 50, 50 %
                "平顶山市示例城市管理局2024年一般公共预算收支预算250万元，政府性基金收支预算150万元，国有资本经营收支预算0万元。与2023年预算相比，一般公共预算收支预算减少10万元，下降3.8%；政府性基金收支预算增加50万元，增长50%，主要原因：土地出让收入安排的征地拆迁补偿增加。",
                // 230 − 278 = −48; 48 / 278 = 17.27 %
                "平顶山市示例城市管理局2024年一般公共预算支出年初预算为230万元。与2023年预算相比，减少48万元，下降17.3%，主要是机构改革后人员减少。其中：基本支出230万元，占100%；项目支出0万元，占0%。",
                // 30 / 230 = 13.04 %, 200 / 230 = 86.96 %
                "2024年一般公共预算支出年初预算为230万元。主要用于以下方面：社会保障和就业（类）支出30万元，占13%；城乡社区（类）支出200万元，占87%。",
                // no reason given: the sentence ends after the change
                "1. 社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。2024年预算数为30万元，与2023年预算相比，增加2万元，增长7.1%。",
                "2. 城乡社区支出（类）城乡社区管理事务（款）行政运行（项）。2024年预算数为200万元，与2023年预算相比，减少50万元，下降20%，主要是机构改革后人员减少。",
                // 180 / 230 = 78.26 %, 50 / 230 = 21.74 %
                "人员经费180万元，占78.3%，主要包括：基本工资、津贴补贴、机关事业单位基本养老保险缴费；",
                // 3 − 4.5 = −1.5; 1.5 / 4.5 = 33.33 %; 公务接待费 0 − 1.5: −100 %
                "平顶山市示例城市管理局2024年“三公”经费预算为3万元。2024年“三公”经费支出预算数比2023年减少1.5万元，下降33.3%，主要原因：压减公务接待。",
                "（二）公务接待费0万元，主要用于按规定开支的各类公务接待（含外宾接待）支出。预算数比2023年减少1.5万元，下降100%，主要原因：压减公务接待。",
                "我部门2024年政府性基金预算拨款安排的支出150万元，其中：基本支出0万元，项目支出150万元。主要用于：城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）120万元；其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）30万元。与2023年预算相比，增加50万元，增长50%。",
                // no 机关运行经费 given: 公用经费 50 of 一般公共预算基本支出表; 50 − 55 = −5, 5 / 55 = 9.09 %
                "我部门2024年机关运行经费支出预算50万元，主要保障机构正常运转及正常履职需要，比2023年减少5万元，下降9.1%。",
                "2024年政府采购预算安排0万元，其中：政府采购货物预算0万元、政府采购工程预算0万元、政府采购服务预算0万元。",
                "2023年期末，本部门共有车辆9辆，其中：一般公务用车1辆，一般执法执勤用车6辆，特种专业技术用车2辆，其他用车0辆；单价50万元以上通用设备0台（套），单位价值100万元以上专用设备1台（套）。",
                "我部门负责管理的专项转移支付项目共有2项，预算金额合计80万元，分别为：城市环境综合整治补助50万元、老旧小区改造补助30万元。我部门将按照《预算法》等有关规定，积极做好项目分配前期准备工作，在规定的时间内向财政部门提出资金分配意见，根据有关要求做好项目申报公开等相关工作。");
    }

    @Test
    void urbanManagementBureauWarnsAboutMissingReasonsAndOperatingCosts() {
        Enrichment e = new SubmissionEnricher().enrich(Submissions.resource("chengguan-803-2024.json"));
        assertThat(e.warnings()).containsExactlyInAnyOrder(
                "“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”较2023年有增减变化，但未填写变动原因。",
                "未填写机关运行经费，按一般公共预算基本支出表的公用经费50万元列示。",
                "“机关运行经费”较2023年有增减变化，但未填写变动原因。");
        assertThat(e.govFund().items()).extracting(Enrichment.ItemLine::code).containsExactly("2120801", "2296002");
    }

    // ------------------------------------------------------------------ 科技局 2025 without comparatives

    @Test
    void withoutComparativesNoComparisonIsWrittenAndAWarningSaysSo() {
        Submission s = Submissions.resource("keji-802-2025-no-comparatives.json");
        Enrichment e = new SubmissionEnricher().enrich(s);
        List<String> t = Submissions.narrative(s).part("part2").lines();
        assertThat(t).contains(
                "平顶山市示例科学技术局2025年收入总计300万元，支出总计300万元。",
                "平顶山市示例科学技术局2025年一般公共预算收支预算275万元，政府性基金收支预算0万元，国有资本经营收支预算0万元。",
                "平顶山市示例科学技术局2025年一般公共预算支出年初预算为275万元。其中：基本支出195万元，占70.9%；项目支出80万元，占29.1%。",
                "1. 科学技术支出（类）科学技术管理事务（款）行政运行（项）。2025年预算数为150万元。",
                "平顶山市示例科学技术局2025年“三公”经费预算为8万元。",
                "（二）公务接待费2万元，主要用于按规定开支的各类公务接待（含外宾接待）支出。",
                "我部门2025年机关运行经费支出预算30万元，主要保障机构正常运转及正常履职需要。");
        String all = String.join("\n", t);
        assertThat(all).doesNotContain("增长", "下降", "持平", "与2024年");
        assertThat(e.priorYearOrigin()).isEqualTo(PriorYearFigures.Origin.NONE);
        assertThat(e.warnings().get(0))
                .isEqualTo("提交材料未填写2024年预算数，档案中也没有本部门2024年已受理的预算，说明中的同比比较均已略去。");
        assertThat(e.warnings()).contains("“收入总计”缺少2024年预算数，说明中未作同比比较。");
    }

    @Test
    void withoutComparativesTheArchivedPriorYearSubmissionIsUsed() {
        Submission s2025 = Submissions.resource("keji-802-2025-no-comparatives.json");
        Submission s2024 = Submissions.resource("keji-802-2024.json");
        PriorYearSource archive = (dept, year) -> "802".equals(dept) && year == 2024 ? Optional.of(s2024) : Optional.empty();
        Enrichment e = new SubmissionEnricher(ClassificationNames.standard(), archive).enrich(s2025);
        assertThat(e.priorYearOrigin()).isEqualTo(PriorYearFigures.Origin.ARCHIVE);
        assertThat(e.warnings()).containsExactly("提交材料未填写2024年预算数，同比比较取自档案中本部门2024年已受理的预算。");
        List<String> t = partTwo(s2025, archive);
        assertThat(t).contains(
                "平顶山市示例科学技术局2025年收入总计300万元，支出总计300万元，与2024年预算相比，收入持平，无增减变动；支出持平，无增减变动。",
                "1. 科学技术支出（类）科学技术管理事务（款）行政运行（项）。2025年预算数为150万元，与2024年预算持平。",
                "平顶山市示例科学技术局2025年“三公”经费预算为8万元。2025年“三公”经费支出预算数与2024年持平，无增减变动。",
                "我部门2025年机关运行经费支出预算30万元，主要保障机构正常运转及正常履职需要，与2024年持平。");
    }
}
