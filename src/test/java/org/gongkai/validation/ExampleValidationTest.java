package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleValidationTest {

    private final SubmissionValidator validator = new SubmissionValidator();

    @Test
    void theSeedExampleHasNoErrorsAndNoWarnings() {
        ValidationResult result = validator.validate(ExampleFixture.example());
        assertThat(result.findings()).as("findings of the acceptance fixture").isEmpty();
        assertThat(result.valid()).isTrue();
    }

    @Test
    void aFindingNamesTableRowColumnPathAndTheExpectedAndFoundFigures() {
        ObjectNode tree = ExampleFixture.tree();
        ExampleFixture.set(tree, "general_budget_expenditure", "functionCode", "2101101", "total", "6.6");
        Finding f = validator.validate(ExampleFixture.bind(tree)).findings().stream()
                .filter(x -> x.ruleId().equals("table.row-sum")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.location()).isEqualTo(new Location("general_budget_expenditure", "一般公共预算支出情况表", 5, "210 11 01 行政单位医疗",
                "total", "合计", "tables.general_budget_expenditure.rows[4].values.total", null));
        assertThat(f.expected()).isEqualTo("5.6");
        assertThat(f.found()).isEqualTo("6.6");
        assertThat(f.message()).contains("合计", "基本支出/小计", "项目支出/小计", "±0.15");
        assertThat(f.location().describe()).isEqualTo("表“一般公共预算支出情况表” 第5行（210 11 01 行政单位医疗） “合计”列");
    }

    @Test
    void aBalanceTableFindingUsesTheHeaderOfItsSide() {
        ObjectNode tree = ExampleFixture.tree();
        ExampleFixture.set(tree, "income_expenditure_summary", "item", "expenditure.grand_total", "amount", "121.4");
        List<Finding> f = validator.validate(ExampleFixture.bind(tree)).findings();
        Finding balance = f.stream().filter(x -> x.ruleId().equals("cross.t1-balance")).findFirst().orElseThrow();
        assertThat(balance.location().columnTitle()).isEqualTo("支出/金额");
        assertThat(balance.location().rowLabel()).isEqualTo("支出总计");
        assertThat(balance.expected()).isEqualTo("121.3");
        assertThat(balance.found()).isEqualTo("121.4");
    }

    @Test
    void aPublicInstitutionMayMapWagesTo50501() {
        ObjectNode tree = ExampleFixture.tree();
        for (String t : List.of("general_budget_basic_expenditure", "economic_classification_summary")) {
            ExampleFixture.row(tree, t, "econCode", "30101").put("govEconCode", "50501").put("govEconName", "工资福利支出");
        }
        assertThat(validator.validate(ExampleFixture.bind(tree)).findings()).extracting(Finding::ruleId)
                .contains("class.gov-econ-mapping");
        ((ObjectNode) tree.path("department").path("units").get(0)).put("kind", "事业单位");
        assertThat(validator.validate(ExampleFixture.bind(tree)).findings()).extracting(Finding::ruleId)
                .doesNotContain("class.gov-econ-mapping", "class.gov-econ-mapping-unverified");
    }
}
