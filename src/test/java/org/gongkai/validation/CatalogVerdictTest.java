package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.model.Submission;
import org.junit.jupiter.api.Test;

/** Real budgets with codes beyond the seed's: what the catalogue knows passes, what it lacks is a warning, never a refusal. */
class CatalogVerdictTest {

    private static List<Finding> findings(Submission s) {
        return new SubmissionValidator().validate(s).findings();
    }

    /** A 司法局: the seed's 216 item becomes 2040604 基层司法业务, with 普法宣传, 信息化建设 and 其他司法支出 listed too. */
    static ObjectNode justiceBureau() {
        ObjectNode root = ExampleFixture.tree();
        Recoded.move(root, "2169999", "2040604", "基层司法业务");
        Recoded.addEmpty(root, "2040605", "普法宣传");
        Recoded.addEmpty(root, "2040613", "信息化建设");
        Recoded.addEmpty(root, "2040699", "其他司法支出");
        return root;
    }

    @Test
    void theFourJusticeCodesOfIssue8Validate() {
        List<Finding> f = findings(ExampleFixture.bind(justiceBureau()));
        assertThat(f).as("%s", f).noneMatch(x -> x.severity() == Severity.ERROR);
        assertThat(f).as("the four 项 are in the catalogue now: no unlisted warning").noneMatch(x -> x.ruleId().equals("class.code-unlisted"));
    }

    @Test
    void aJusticeCodeTheCatalogueLacksIsAWarningNamingItsParentAndTheSubmittersName() {
        ObjectNode root = justiceBureau();
        Recoded.addEmpty(root, "2040611", "社区矫正");
        List<Finding> f = findings(ExampleFixture.bind(root));
        assertThat(f).noneMatch(x -> x.severity() == Severity.ERROR);
        assertThat(f).filteredOn(x -> x.ruleId().equals("class.code-unlisted")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("2040611", "社区矫正", "20406 司法");
        });
    }

    @Test
    void aSubmissionWithCodesOfTenClassesValidatesWithWarningsOnlyForCodesTheCatalogueLacks() {
        ObjectNode root = ExampleFixture.tree();
        Recoded.move(root, "2169999", "2010301", "行政运行");            // 201, in the catalogue (doc)
        Recoded.move(root, "2101101", "2040604", "基层司法业务");         // 204
        Recoded.addEmpty(root, "2050201", "学前教育");                   // 205, recalled [R]
        Recoded.addEmpty(root, "2050399", "其他职业教育支出");            // 205, not in the catalogue
        Recoded.addEmpty(root, "2060702", "科普活动");                   // 206 (doc)
        Recoded.addEmpty(root, "2070308", "群众体育");                   // 207 (doc)
        Recoded.addEmpty(root, "2120104", "城管执法");                   // 212 (doc)
        Recoded.addEmpty(root, "2130501", "行政运行");                   // 213 (web)
        Recoded.addEmpty(root, "2150899", "其他支持中小企业发展和管理支出"); // 215
        Recoded.addEmpty(root, "2240101", "行政运行");                   // 224, pattern [R]
        Recoded.addEmpty(root, "2110301", "大气");                       // 211, recalled [R]
        Recoded.addEmpty(root, "2070899", "其他广播电视支出");            // 207, not in the catalogue
        Submission s = ExampleFixture.bind(root);
        Set<String> classes = s.table(HenanTables.T3).items().stream().map(r -> r.functionCode().substring(0, 3)).collect(Collectors.toSet());
        assertThat(classes).hasSizeGreaterThanOrEqualTo(10);

        List<Finding> f = findings(s);
        assertThat(f).as("%s", f).noneMatch(x -> x.severity() == Severity.ERROR);
        assertThat(f).filteredOn(x -> x.ruleId().equals("class.code-unlisted")).extracting(Finding::found)
                .containsExactlyInAnyOrder("2050399", "2070899");
        assertThat(f).filteredOn(x -> x.ruleId().equals("class.code-unlisted") && x.found().equals("2070899")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("20708 广播电视", "其他广播电视支出"));
    }

    @Test
    void strictModeMakesCodesTheCatalogueLacksErrors() {
        ObjectNode root = ExampleFixture.tree();
        Recoded.move(root, "2169999", "2169998", "其他商业服务业等支出");
        Submission s = ExampleFixture.bind(root);
        ValidationResult lenient = new SubmissionValidator(CatalogEditions.shipped()).validate(s);
        ValidationResult strict = new SubmissionValidator(CatalogEditions.shipped().withStrict(true)).validate(s);
        assertThat(lenient.valid()).isTrue();
        assertThat(lenient.findings()).extracting(Finding::ruleId).contains("class.code-unlisted");
        assertThat(strict.valid()).isFalse();
        assertThat(strict.findings()).filteredOn(x -> x.ruleId().equals("class.function-code"))
                .isNotEmpty().allSatisfy(x -> assertThat(x.message()).contains("2169998", "21699"));
    }

    @Test
    void aCodeOfAClassThatDoesNotExistStaysAnError() {
        ObjectNode root = ExampleFixture.tree();
        Recoded.addEmpty(root, "2189901", "不存在的类");
        assertThat(findings(ExampleFixture.bind(root))).filteredOn(x -> x.ruleId().equals("class.function-code")).isNotEmpty()
                .allSatisfy(x -> assertThat(x.message()).contains("218"));
    }

    @Test
    void aMissingGovernmentCodeIsDerivedFromTheMappingNotDemanded() {
        ObjectNode root = ExampleFixture.tree();
        for (String t : new String[] {HenanTables.T6, HenanTables.T7}) {
            ObjectNode r = ExampleFixture.row(root, t, "econCode", "30101");
            r.remove("govEconCode");
            r.remove("govEconName");
        }
        List<Finding> f = findings(ExampleFixture.bind(root));
        assertThat(f).noneMatch(x -> x.severity() == Severity.ERROR);
        assertThat(f).filteredOn(x -> x.ruleId().equals("class.gov-econ-derived")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("30101", "50101", "工资奖金津补贴"));
    }

    @Test
    void aGovernmentCodeContradictingTheMappingIsStillAFinding() {
        ObjectNode root = ExampleFixture.tree();
        for (String t : new String[] {HenanTables.T6, HenanTables.T7}) {
            ExampleFixture.row(root, t, "econCode", "30101").put("govEconCode", "50102").put("govEconName", "社会保障缴费");
        }
        assertThat(findings(ExampleFixture.bind(root))).extracting(Finding::ruleId).contains("class.gov-econ-mapping");
    }

    @Test
    void aYearWithoutAnEditionUsesTheNearestOlderOneAndSaysSo() {
        ObjectNode root = ExampleFixture.tree();
        root.put("fiscalYear", 2027);
        root.put("approvalDate", "2027-01-20");
        List<Finding> f = findings(ExampleFixture.bind(root));
        assertThat(f).filteredOn(x -> x.ruleId().equals("class.edition-fallback")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("2027", "2026年"));
    }

    @Test
    void theSeedExampleHasNoCatalogueFindings() {
        assertThat(findings(ExampleFixture.example())).isEmpty();
    }

    @Test
    void theNearestKnownParentMayBeTheSubmissionsOwnRow() {
        ObjectNode root = ExampleFixture.tree();
        Recoded.addEmpty(root, "21999", "援助其他地区的其他支出");
        Recoded.addEmpty(root, "2199901", "对口援助");
        List<Finding> f = findings(ExampleFixture.bind(root));
        assertThat(f).as("%s", f).noneMatch(x -> x.severity() == Severity.ERROR);
        assertThat(f).filteredOn(x -> x.ruleId().equals("class.code-unlisted") && "2199901".equals(x.found())).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("21999 援助其他地区的其他支出（提交文件中的名称）"));
    }
}
