package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundingToleranceTest {

    @Test
    void envelopeIsTermsPlusOneHalfUnits() {
        assertThat(RoundingTolerance.halfUnit(1)).isEqualByComparingTo("0.05");
        assertThat(RoundingTolerance.forSum(1, 5)).isEqualByComparingTo("0.30");
        assertThat(RoundingTolerance.forSum(0, 2)).isEqualByComparingTo("1.5");
        assertThat(RoundingTolerance.forSum(2, 3)).isEqualByComparingTo("0.020");
        // one part (or none): the total is the same rounded figure, so it must be identical
        assertThat(RoundingTolerance.forSum(1, 1)).isEqualByComparingTo("0");
        assertThat(RoundingTolerance.forSum(4, 0)).isEqualByComparingTo("0");
    }

    @Test
    void theEnvelopeCoversTheWorstCaseOfRoundedParts() {
        // three parts of 0.05 each are printed as 0.1 (half-up); their true total 0.15 is printed as 0.2:
        // printed parts add up to 0.3, off by 0.1 from the printed total, within (3 + 1) × 0.05
        BigDecimal printedParts = new BigDecimal("0.3");
        BigDecimal printedTotal = new BigDecimal("0.2");
        assertThat(RoundingTolerance.within(printedParts, printedTotal, RoundingTolerance.forSum(1, 3))).isTrue();
        assertThat(RoundingTolerance.within(printedParts, printedTotal, RoundingTolerance.EXACT)).isFalse();
    }

    @Test
    void aRowSumOffByLessThanTheToleranceIsAcceptedAndByMoreIsNot() {
        // 一般公共预算基本支出表 合计 = 人员经费 + 公用经费 = 111.8 + 9.5: two parts, tolerance 0.15
        assertThat(rowSumFindingsOnT6Total("121.4")).isEmpty();
        assertThat(rowSumFindingsOnT6Total("121.2")).isEmpty();
        assertThat(rowSumFindingsOnT6Total("121.5")).hasSize(1);
        assertThat(rowSumFindingsOnT6Total("121.1")).hasSize(1);
    }

    @Test
    void aClassWithASingleItemMustMatchItExactly() {
        // 卫生健康 has one 项 (2101101 = 5.6): 5.7 in table 1 is off by less than (1 + 1) × 0.05 but is not the same figure
        ObjectNode tree = ExampleFixture.tree();
        ExampleFixture.set(tree, "income_expenditure_summary", "item", "expenditure.210", "amount", "5.7");
        ValidationResult r = new SubmissionValidator().validate(ExampleFixture.bind(tree));
        assertThat(r.findings()).extracting(Finding::ruleId).contains("cross.t1-t3-classes");
    }

    @Test
    void aCopiedFigureMustBeIdentical() {
        // the same 121.4 is within the row-sum tolerance but is not the 基本支出 of table 5
        ObjectNode tree = ExampleFixture.tree();
        ExampleFixture.set(tree, "general_budget_basic_expenditure", "kind", "total", "total", "121.4");
        ValidationResult r = new SubmissionValidator().validate(ExampleFixture.bind(tree));
        assertThat(r.findings()).extracting(Finding::ruleId).contains("cross.t6-t5-basic");
    }

    private static List<Finding> rowSumFindingsOnT6Total(String total) {
        ObjectNode tree = ExampleFixture.tree();
        ExampleFixture.set(tree, "general_budget_basic_expenditure", "kind", "total", "total", total);
        ValidationResult r = new SubmissionValidator().validate(ExampleFixture.bind(tree));
        return r.findings().stream().filter(f -> f.ruleId().equals("table.row-sum")
                && "general_budget_basic_expenditure".equals(f.location().table()) && Integer.valueOf(1).equals(f.location().row()))
                .toList();
    }
}
