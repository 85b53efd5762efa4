package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.narrative.Submissions;
import org.junit.jupiter.api.Test;

/** Every figure of the seed's tables, row by row, equals what gongkai prints from the example. */
class SeedTablesGoldenTest {

    private final List<TableModel> tables = new TableModelBuilder().build(Submissions.example());

    private TableModel table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyFigureOfEveryGridAndBalanceTableEqualsTheSeed() throws Exception {
        Map<String, List<List<String>>> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/golden/pingdingshan-2024-tables.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t");
            expected.computeIfAbsent(p[0], k -> new ArrayList<>()).add(List.of(p[1].split(" ")));
        }
        assertThat(expected).hasSize(12);
        expected.forEach((id, rows) -> {
            List<List<String>> actual = table(id).figures().stream().filter(r -> !r.isEmpty()).toList();
            assertThat(actual).as(id).isEqualTo(rows);
        });
        assertThat(table("project_performance_targets").rows()).isEmpty();
    }

    @Test
    void fourteenTablesInSeedOrderWithNotes() {
        assertThat(tables).extracting(TableModel::title).containsExactly("部门收支总体情况表", "部门收入总体情况表",
                "部门支出总体情况表", "财政拨款收支总体情况表", "一般公共预算支出情况表", "一般公共预算基本支出表", "支出经济分类汇总表",
                "一般公共预算“三公”经费支出情况表", "政府性基金预算支出情况表", "项目支出预算表", "部门（单位）整体绩效目标表",
                "部门预算项目绩效目标表", "国有资本经营预算支出情况表", "政府采购汇总表");
        assertThat(table("three_public_expenses").notes()).containsExactly("注：报表金额单位转换时可能存在四舍五入尾数误差。",
                "本部门2024年度没有一般公共预算“三公”经费支出，故本表无数据。");
        assertThat(table("government_procurement").notes()).contains("本部门2024年度没有政府采购支出，故本表无数据。");
        assertThat(table("general_budget_expenditure").notes()).containsExactly("注：报表金额单位转换时可能存在四舍五入尾数误差。",
                "本表仅含当年财政拨款安排的支出。");
        assertThat(table("expenditure_summary").empty()).isFalse();
        assertThat(table("government_fund_expenditure").empty()).isTrue();
    }

    @Test
    void balanceTablePutsIncomeBesideExpenditureThenFooterPairs() {
        TableModel t1 = table("income_expenditure_summary");
        List<TableModel.Cell> first = t1.rows().get(0).cells();
        assertThat(first).extracting(TableModel.Cell::text).containsExactly("一、一般公共预算", "121.3", "一、一般公共服务", "0");
        List<TableModel.Cell> last = t1.rows().get(t1.rows().size() - 1).cells();
        assertThat(last).extracting(TableModel.Cell::text).containsExactly("收入总计", "121.3", "支出总计", "121.3");
        assertThat(t1.rows().get(12).cells()).extracting(TableModel.Cell::text).containsExactly("", "", "十三、农林水事务", "0");
    }

    @Test
    void multiLevelHeadersSpanLikeTheSeed() {
        TableModel t3 = table("expenditure_summary");
        assertThat(t3.headerRows()).hasSize(3);
        List<TableModel.Cell> top = t3.headerRows().get(0);
        assertThat(top).extracting(TableModel.Cell::text)
                .containsExactly("科目编码", "单位代码", "单位（科目名称）", "合计", "基本支出", "项目支出");
        assertThat(top.get(0).colspan()).isEqualTo(3);
        assertThat(top.get(1).rowspan()).isEqualTo(3);
        assertThat(top.get(4).colspan()).isEqualTo(5);
        assertThat(top.get(5).colspan()).isEqualTo(3);
        List<TableModel.Cell> second = t3.headerRows().get(1);
        assertThat(second).extracting(TableModel.Cell::text)
                .containsExactly("类", "款", "项", "小计", "人员经费", "公用经费", "小计", "其他运转类", "特定目标类");
        assertThat(second.get(3).rowspan()).isEqualTo(2);
        assertThat(second.get(4).colspan()).isEqualTo(2);
        assertThat(t3.headerRows().get(2)).extracting(TableModel.Cell::text)
                .containsExactly("工资福利支出", "对个人和家庭的补助", "商品和服务支出", "资本性支出");
    }

    @Test
    void itemRowsCarryTheirCodesSplitIntoClassKuanXiang() {
        TableModel t5 = table("general_budget_expenditure");
        assertThat(t5.rows().get(2).cells().subList(0, 5)).extracting(TableModel.Cell::text)
                .containsExactly("208", "05", "01", "", "行政单位离退休");
        TableModel t7 = table("economic_classification_summary");
        assertThat(t7.rows().get(1).cells().get(0).text()).isEqualTo("701");
        assertThat(t7.rows().get(2).cells().subList(0, 6)).extracting(TableModel.Cell::text)
                .containsExactly("301", "01", "基本工资", "501", "01", "工资奖金津补贴");
    }

    @Test
    void departmentPerformanceFormCarriesGoalTasksBudgetAndIndicators() {
        TableModel t11 = table("department_performance");
        assertThat(t11.form()).isTrue();
        List<String> texts = t11.rows().stream().flatMap(r -> r.cells().stream()).map(TableModel.Cell::text).toList();
        assertThat(texts).contains("做好现有职工及离退休老干部职工的稳定工作；处理协作办成立以来的历史遗留问题。", "任务二",
                "部门预算总额（万元）", "121.3", "重点工作任务完成率", "≥95%", "明显促进");
        assertThat(t11.figures().stream().flatMap(List::stream).toList()).containsExactly("121.3", "121.3", "121.3");
    }
}
