package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Department and budget-unit codes become folder names on disk and on the publication server: digits only. */
class DepartmentCodeTest {

    private static List<Finding> codeFindings(ObjectNode tree) {
        return new SubmissionValidator().validate(ExampleFixture.bind(tree)).findings().stream()
                .filter(f -> f.ruleId().equals(Rules.DEPARTMENT_CODE.id())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"70/1", "../701", "七〇一", "７０１", "701 ", " 701", "70.1", "701a", "1234567890123", "-701", "701\n"})
    void aDepartmentCodeThatIsNotOneToTwelveAsciiDigitsIsAnError(String code) {
        ObjectNode tree = ExampleFixture.tree();
        ((ObjectNode) tree.path("department")).put("code", code);
        assertThat(codeFindings(tree)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().path()).isEqualTo("department.code");
            assertThat(f.found()).isEqualTo(code);
            assertThat(f.expected()).isEqualTo("1–12 位半角数字（0-9）");
            assertThat(f.message()).contains("部门编码").contains(code);
            assertThat(f.hint()).contains("半角数字");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"70/1001", "../701001", "七〇一〇〇一", "701-001"})
    void aBudgetUnitCodeThatIsNotDigitsIsAnErrorAtThatUnit(String code) {
        ObjectNode tree = ExampleFixture.tree();
        ((ObjectNode) tree.path("department").path("units").get(0)).put("code", code);
        assertThat(codeFindings(tree)).singleElement().satisfies(f -> {
            assertThat(f.location().path()).isEqualTo("department.units[0].code");
            assertThat(f.found()).isEqualTo(code);
            assertThat(f.message()).contains("第 1 个预算单位").contains(code);
        });
    }

    @Test
    void digitCodesFromOneToTwelveDigitsPass() {
        for (String code : List.of("7", "701", "701001", "123456789012")) {
            ObjectNode tree = ExampleFixture.tree();
            ((ObjectNode) tree.path("department")).put("code", code);
            ((ObjectNode) tree.path("department").path("units").get(0)).put("code", code);
            assertThat(codeFindings(tree)).as(code).isEmpty();
        }
        assertThat(new SubmissionValidator().validate(ExampleFixture.example()).findings())
                .noneMatch(f -> f.ruleId().equals(Rules.DEPARTMENT_CODE.id()));
    }

    @Test
    void aBlankCodeIsReportedOnceByTheRuleForMissingFields() {
        ObjectNode tree = ExampleFixture.tree();
        ((ObjectNode) tree.path("department")).put("code", " ");
        assertThat(codeFindings(tree)).isEmpty();
        assertThat(new SubmissionValidator().validate(ExampleFixture.bind(tree)).findings())
                .anyMatch(f -> f.ruleId().equals(Rules.DEPARTMENT.id()));
    }
}
