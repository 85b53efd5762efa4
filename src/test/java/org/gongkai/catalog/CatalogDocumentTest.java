package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/catalog.md is generated from the catalogue: sources, counts and every unverified [R] entry. */
class CatalogDocumentTest {

    static final Path DOC = Path.of("docs/catalog.md");

    @Test
    void docsCatalogMdIsGeneratedFromTheCatalogue() throws Exception {
        String generated = CatalogDocument.markdown(CatalogEditions.shipped());
        if (Boolean.getBoolean("gongkai.docs.write")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/catalog.md is stale: regenerate with mvn -o test -Dtest=CatalogDocumentTest -Dgongkai.docs.write=true")
                .isEqualTo(generated);
    }

    @Test
    void everyUnverifiedEntryIsListedAndEverySourceIsDocumented() {
        ClassificationCatalog c = ClassificationCatalog.standard2024();
        String doc = CatalogDocument.markdown(CatalogEditions.shipped());
        for (Classification cl : java.util.List.of(c.functions(), c.departmentEconomic(), c.governmentEconomic())) {
            for (ClassificationEntry e : cl.all()) {
                assertThat(CatalogDocument.SOURCES).as("source of %s", e.code()).containsKey(e.source());
                if (e.status() == VerificationStatus.R) {
                    assertThat(doc).contains("| " + e.code() + " | " + e.levelName() + " | " + e.name() + " |");
                }
            }
        }
        for (EconomicMappingEntry m : c.mapping().all()) {
            assertThat(CatalogDocument.SOURCES).containsKey(m.source());
        }
    }
}
