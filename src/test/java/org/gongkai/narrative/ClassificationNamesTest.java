package org.gongkai.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The standard names are the catalogue's; the built-in list only fills codes the catalogue lacks. */
class ClassificationNamesTest {

    @Test
    void whereTheCatalogueKnowsACodeTheBuiltInListAgreesWithIt() {
        assertThat(BuiltInClassificationNames.codes()).hasSizeGreaterThan(70);
        for (String code : BuiltInClassificationNames.codes()) {
            CatalogClassificationNames.STANDARD_2024.functionName(code).ifPresent(catalogue ->
                    assertThat(BuiltInClassificationNames.INSTANCE.functionName(code)).as(code).contains(catalogue));
        }
    }

    @Test
    void standardNamesComeFromTheCatalogueAndFallBackForMissingKuan() {
        ClassificationNames standard = ClassificationNames.standard();
        assertThat(standard.functionName("2080501")).contains("行政单位离退休");         // a 项: only the catalogue has 项
        assertThat(BuiltInClassificationNames.INSTANCE.functionName("2080501")).isEmpty();
        assertThat(standard.functionName("20805")).contains("行政事业单位养老支出");
        assertThat(standard.functionName("20601")).contains("科学技术管理事务");          // missing from the catalogue
        assertThat(CatalogClassificationNames.STANDARD_2024.functionName("20601")).isEmpty();
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
