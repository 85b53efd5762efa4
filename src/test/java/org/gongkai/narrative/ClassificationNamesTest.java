package org.gongkai.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The narrative names classifications from the shipped catalogue: 类, the 款 the text names, and 项. */
class ClassificationNamesTest {

    @Test
    void standardNamesComeFromTheCatalogue() {
        ClassificationNames standard = ClassificationNames.standard();
        assertThat(standard.functionName("208")).contains("社会保障和就业支出");
        assertThat(standard.functionName("20805")).contains("行政事业单位养老支出");
        assertThat(standard.functionName("2080501")).contains("行政单位离退休");
        assertThat(standard.functionName("20601")).contains("科学技术管理事务");
        assertThat(standard.functionName("99999")).isEmpty();
        assertThat(standard.functionName(null)).isEmpty();
    }

    @Test
    void noArgumentEnricherUsesTheStandardNames() {
        Enrichment e = new SubmissionEnricher().enrich(Submissions.resource("keji-802-2024.json"));
        assertThat(e.generalBudget().items()).extracting(Enrichment.ItemLine::kuanName).contains("科学技术管理事务");
        assertThat(e.warnings()).noneMatch(w -> w.contains("名称未找到"));
    }
}
