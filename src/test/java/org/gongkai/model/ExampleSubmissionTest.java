package org.gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.TableSpec;
import org.junit.jupiter.api.Test;

class ExampleSubmissionTest {

    @Test
    void exampleBindsToTheModelKeepingDecimalScale() throws Exception {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Submission s = mapper.readValue(Path.of("examples/pingdingshan-701-2024.json").toFile(), Submission.class);
        assertThat(s.fiscalYear()).isEqualTo(2024);
        assertThat(s.department().divisions()).containsExactly("秘书科", "综合科", "技术科");
        TableRow medical = s.table("general_budget_basic_expenditure").items().stream()
                .filter(r -> "30112".equals(r.econCode())).findFirst().orElseThrow();
        // 0.0 (an amount that rounds to zero) and 0 (no amount) stay distinguishable
        assertThat(medical.amount("total").scale()).isEqualTo(1);
        assertThat(medical.amount("public").scale()).isZero();
        assertThat(s.priorYear().items().get("2080501")).isEqualByComparingTo(new BigDecimal("7.5"));
    }

    @Test
    void henanProfileHasFourteenTablesInSeedOrder() {
        DisclosureProfile p = DisclosureProfile.require("henan-14");
        assertThat(p.tables()).extracting(TableSpec::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(p.requireTable("income_expenditure_summary").numberedTitle()).isEqualTo("一、部门收支总体情况表");
        assertThat(p.requireTable("fiscal_appropriation_summary").fixedRow("expenditure.legacy_health").orElseThrow().isLegacy()).isTrue();
        assertThat(p.requireTable("government_procurement").emptyNoteFor(2024)).isEqualTo("本部门2024年度没有政府采购支出，故本表无数据。");
    }
}
