package org.gongkai.shanghai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.shanghai.ShanghaiSubmissions.EXAMPLE;
import static org.gongkai.shanghai.ShanghaiSubmissions.FIXTURE;
import static org.gongkai.shanghai.ShanghaiSubmissions.add;
import static org.gongkai.shanghai.ShanghaiSubmissions.errors;
import static org.gongkai.shanghai.ShanghaiSubmissions.findings;
import static org.gongkai.shanghai.ShanghaiSubmissions.values;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.gongkai.validation.Finding;
import org.junit.jupiter.api.Test;

/**
 * The rules on Shanghai submissions: every arithmetic error a published document can carry is found, a blank cell is
 * absent (not zero), and what only people can write is asked for where it is missing.
 */
class ShanghaiRulesTest {

    private static List<String> ids(List<Finding> fs) {
        return fs.stream().map(Finding::ruleId).toList();
    }

    @Test
    void theHandMadeSubmissionIsValid() {
        assertThat(findings(FIXTURE, t -> { })).extracting(f -> f.ruleId() + " " + f.location().describe() + " " + f.message())
                .isEmpty();
    }

    @Test
    void aKuanSubtotalOneYuanOffItsItemsIsAnErrorNamingTheRow() {
        List<Finding> e = errors(EXAMPLE, t -> {
            ObjectNode v = values(t, "expenditure_budget", "20113");
            add(v, "total", "1");
            add(v, "basic", "1");
        });
        assertThat(e).filteredOn(f -> f.ruleId().equals("table.subtotal-row")).hasSize(2).allSatisfy(f -> {
            assertThat(f.location().rowLabel()).contains("201 13").contains("商贸事务");
            assertThat(f.location().table()).isEqualTo("expenditure_budget");
        });
        assertThat(e).filteredOn(f -> f.ruleId().equals("table.subtotal-row"))
                .extracting(f -> f.expected() + "→" + f.found()).contains("21601733.00→21601734.00");
    }

    @Test
    void aClassSubtotalOneYuanOffIsFoundInEveryGridTable() {
        for (String table : List.of("income_budget", "expenditure_budget", "general_budget_function")) {
            List<Finding> e = errors(EXAMPLE, t -> add(values(t, table, "208"), "total", "-1"));
            assertThat(e).as(table).anySatisfy(f -> {
                assertThat(f.ruleId()).isEqualTo("table.subtotal-row");
                assertThat(f.location().rowLabel()).contains("208").contains("社会保障和就业支出");
            });
        }
        List<Finding> econ = errors(EXAMPLE, t -> add(values(t, "general_budget_basic_economic", "302"), "public", "1"));
        assertThat(ids(econ)).contains("table.subtotal-row", "table.row-sum");
    }

    @Test
    void aTotalRowOneYuanOffIsFound() {
        assertThat(ids(errors(EXAMPLE, t -> add(values(t, "general_budget_function", "total"), "project", "1"))))
                .contains("table.total-row", "table.row-sum");
        assertThat(ids(errors(EXAMPLE, t -> add(values(t, "finance_summary", "income.total"), "amount", "1"))))
                .contains("table.balance-row", "cross.profile-equation");
    }

    @Test
    void aFigureCopiedWrongFromOneTableToAnotherIsFoundByTheProfilesEquations() {
        List<Finding> e = errors(EXAMPLE, t -> {
            add(values(t, "finance_summary", "expenditure.206"), "amount", "100");
            add(values(t, "finance_summary", "expenditure.215"), "amount", "-100");
        });
        assertThat(e).filteredOn(f -> f.ruleId().equals("cross.profile-equation"))
                .extracting(Finding::message).anyMatch(m -> m.contains("【t1-t3-class】") && m.contains("206 类"))
                .anyMatch(m -> m.contains("215 类"));
        List<Finding> t8 = errors(EXAMPLE, t -> {
            add(values(t, "general_budget_basic_economic", "total"), "total", "1");
            add(values(t, "general_budget_basic_economic", "total"), "public", "1");
        });
        assertThat(t8).extracting(Finding::message).anyMatch(m -> m.contains("【t5-t8-basic】"));
    }

    @Test
    void aTableInWanYuanIsComparedWithTheYuanTablesExactlyAfterConversion() {
        // 302 17 公务接待费 (元) may not exceed the 三公 公务接待费 1.00万元, which stands for 9,950–10,050元 once rounded:
        // 10,100元 does, 10,049元 is within the rounding of the 万元 figure.
        List<Finding> e = errors(EXAMPLE, t -> {
            add(values(t, "general_budget_basic_economic", "30217"), "total", "100");
            add(values(t, "general_budget_basic_economic", "30217"), "public", "100");
            add(values(t, "general_budget_basic_economic", "302"), "total", "100");
            add(values(t, "general_budget_basic_economic", "302"), "public", "100");
        });
        assertThat(e).extracting(Finding::message).anyMatch(m -> m.contains("【t9-t8-reception】") && m.contains("允许误差 ±50元"));
        assertThat(errors(EXAMPLE, t -> {
            add(values(t, "general_budget_basic_economic", "30217"), "total", "49");
            add(values(t, "general_budget_basic_economic", "30217"), "public", "49");
            add(values(t, "general_budget_basic_economic", "302"), "total", "49");
            add(values(t, "general_budget_basic_economic", "302"), "public", "49");
        })).extracting(Finding::message).noneMatch(m -> m.contains("【t9-t8-reception】"));
        // 三公 合计 must be the sum of its parts in 万元 too.
        assertThat(ids(errors(EXAMPLE, t -> add(values(t, "three_public_operating", "current"), "total", "0.01"))))
                .contains("table.row-sum");
    }

    @Test
    void aBlankCellIsAbsentNotZeroButABlankTotalOverPublishedPartsIsAnError() {
        // blank 基本支出 and 项目支出 beside a published 合计 of zero: nothing to check
        assertThat(errors(EXAMPLE, t -> values(t, "state_capital_function", "total").put("total", 0))).isEmpty();
        // a blank 合计 over a published part is not "0 = part": it is reported
        List<Finding> e = errors(EXAMPLE, t -> values(t, "expenditure_budget", "2011301").remove("total"));
        assertThat(e).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("table.row-sum");
            assertThat(f.found()).isEqualTo("0");
            assertThat(f.location().rowLabel()).contains("201 13 01");
        });
    }

    @Test
    void aMissingPurposeSaysWhereToWriteIt() {
        List<Finding> e = errors(FIXTURE, t -> ((ObjectNode) t.path("explanations").path("itemPurposes")).remove("2070308"));
        assertThat(e).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("explain.item-purpose");
            assertThat(f.location().table()).isEqualTo("gov_fund_function");
            assertThat(f.location().rowLabel()).contains("207 03 08");
            assertThat(f.hint()).contains("explanations.itemPurposes.\"2070308\"");
        });
    }

    @Test
    void eachComparisonNeedsABaseAndEachChangeAReasonEvenWhenFlatWhereTheProfileSaysSo() {
        List<Finding> base = errors(FIXTURE, t -> ((ObjectNode) t.path("explanations").path("comparisonBases")).put("threePublic", "去年"));
        assertThat(base).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("explain.comparison-base");
            assertThat(f.location().path()).isEqualTo("explanations.comparisonBases.threePublic");
        });
        List<Finding> reason = errors(FIXTURE, t -> ((ObjectNode) t.path("explanations")).remove("fiscalAppropriationChange"));
        assertThat(reason).extracting(Finding::ruleId).containsOnly("explain.profile-change");
        assertThat(reason).extracting(f -> f.location().path()).containsOnly("explanations.fiscalAppropriationChange");
        // 因公出国（境）费 is flat (2.00 = 2.00): the profile still asks why
        List<Finding> flat = errors(FIXTURE, t -> ((ObjectNode) t.path("explanations").path("threePublicChanges")).remove("outbound"));
        assertThat(flat).singleElement().satisfies(f -> assertThat(f.message()).contains("因公出国（境）费").contains("持平"));
        List<Finding> prior = findings(FIXTURE, t -> ((ObjectNode) t.path("priorYear").path("fiscalAppropriation")).remove("income"));
        assertThat(prior).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("explain.prior-missing");
            assertThat(f.isError()).isFalse();
        });
    }

    @Test
    void projectStatementsVehiclesPurchasesProcurementAndCoverageAreAskedFor() {
        List<Finding> e = errors(FIXTURE, t -> {
            ObjectNode om = (ObjectNode) t.path("otherMatters");
            ((ObjectNode) om.path("projectStatements").get(0)).remove("plan");
            ((ObjectNode) om.path("assets").path("vehicleCategories")).remove("retired_cadres");
            ((ObjectNode) om.path("plannedPurchases").path("vehicleCategories")).put("bus", 1);
            ((ObjectNode) om.path("procurement")).remove("works");
            ((ObjectNode) om.path("performanceCoverage")).remove("projects");
        });
        assertThat(e).extracting(f -> f.location().path()).containsExactlyInAnyOrder(
                "otherMatters.projectStatements[0].plan", "otherMatters.assets.vehicleCategories.retired_cadres",
                "otherMatters.plannedPurchases.vehicleCategories.bus", "otherMatters.procurement.works",
                "otherMatters.performanceCoverage.projects");
    }

    @Test
    void theDeclaredUnitMustBeTheProfiles() {
        assertThat(errors(EXAMPLE, t -> t.put("amountUnit", "万元"))).first().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("structure.amount-unit");
            assertThat(f.expected()).isEqualTo("元");
        });
    }

    @Test
    void henanRequirementsDoNotApplyToShanghaiAndShanghaiRequirementsDoNotApplyToHenan() {
        assertThat(ids(findings(EXAMPLE, t -> { }))).doesNotContain("explain.performance-goal", "cross.operating-costs");
        assertThat(ids(new org.gongkai.validation.SubmissionValidator().validate(org.gongkai.narrative.Submissions.example())
                .findings())).doesNotContain("explain.item-purpose", "explain.comparison-base", "explain.project-statement");
    }
}
