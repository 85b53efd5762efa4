package org.gongkai.shanghai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.shanghai.ShanghaiSubmissions.EXAMPLE;
import static org.gongkai.shanghai.ShanghaiSubmissions.FIXTURE;
import static org.gongkai.shanghai.ShanghaiSubmissions.findings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.gongkai.validation.Finding;
import org.junit.jupiter.api.Test;

/** The rules of issue 16 on Shanghai submissions: each mutant is caught by its rule alone; the examples raise nothing. */
class ShanghaiGapRulesTest {

    private static List<String> ids(List<Finding> fs) {
        return fs.stream().map(Finding::ruleId).distinct().toList();
    }

    private static ObjectNode procurement(ObjectNode t) {
        return (ObjectNode) t.path("otherMatters").path("procurement");
    }

    @Test
    void thePublishedExampleAndTheFixtureRaiseNothing() {
        assertThat(findings(EXAMPLE, t -> { })).isEmpty();
        assertThat(findings(FIXTURE, t -> { })).isEmpty();
    }

    // 面向中小企业预留 ≤ total and 小微企业 ≤ 预留 are checked by explain.other-matters (issue 10); these pin the mutants.
    @Test
    void smeReservedAboveTheProcurementBudgetIsAnError() {
        // goods 120000 + works 0 + services 300000 = 420000
        List<Finding> f = findings(FIXTURE, t -> procurement(t).put("smeReserved", new BigDecimal("420000.01")));
        assertThat(ids(f)).containsOnly("explain.other-matters");
        assertThat(f.get(0).expected()).isEqualTo("≤ 420000.00");
        assertThat(f.get(0).found()).isEqualTo("420000.01");
        assertThat(f.get(0).location().path()).isEqualTo("otherMatters.procurement.smeReserved");
        assertThat(findings(FIXTURE, t -> procurement(t).put("smeReserved", new BigDecimal("420000.00")).put("smallMicroReserved", 0)))
                .as("equal to the total is allowed").isEmpty();
    }

    @Test
    void smallMicroReservedAboveSmeReservedIsAnError() {
        List<Finding> f = findings(FIXTURE, t -> procurement(t).put("smallMicroReserved", new BigDecimal("300000.01")));
        assertThat(ids(f)).containsOnly("explain.other-matters");
        assertThat(f.get(0).location().path()).isEqualTo("otherMatters.procurement.smallMicroReserved");
        assertThat(f.get(0).expected()).isEqualTo("≤ 300000.00");
    }

    @Test
    void aNoteCallingATableWithFiguresEmptyIsAnError() {
        List<Finding> f = findings(EXAMPLE, t -> ((ObjectNode) t.path("explanations")).putObject("tableNotes")
                .put("general_budget_function", "本单位2025年度没有一般公共预算拨款支出，故本表无数据。"));
        assertThat(ids(f)).containsOnly("explain.note-contradicts-table");
        assertThat(f.get(0).location().table()).isEqualTo("general_budget_function");
        assertThat(f.get(0).found()).contains("故本表无数据");
        // the same note under a table that really is empty is what the note is for
        List<Finding> empty = findings(EXAMPLE, t -> ((ObjectNode) t.path("explanations")).putObject("tableNotes")
                .put("state_capital_function", "本单位2025年度没有国有资本经营预算拨款支出，故本表无数据。"));
        assertThat(empty).isEmpty();
    }

    @Test
    void assetsDatedTwoYearsBackAndVehicleCostsWithoutVehicles() {
        List<Finding> date = findings(EXAMPLE, t -> ((ObjectNode) t.path("otherMatters").path("assets")).put("asOf", "2022年12月31日"));
        assertThat(ids(date)).containsOnly("explain.assets");
        List<Finding> vehicles = findings(FIXTURE, t -> ((ObjectNode) t.path("otherMatters").path("assets")).putObject("vehicleCategories")
                .put("ministerial", 0).put("principal_leader", 0).put("confidential", 0).put("emergency", 0).put("law_enforcement", 0)
                .put("special_technical", 0).put("retired_cadres", 0).put("other", 0));
        assertThat(ids(vehicles)).containsOnly("cross.vehicle-costs");
        assertThat(vehicles.get(0).location().table()).isEqualTo("three_public_operating");
    }
}
