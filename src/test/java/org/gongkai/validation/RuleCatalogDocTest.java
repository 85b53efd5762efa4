package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the catalogue; this test fails when the two drift apart. */
class RuleCatalogDocTest {

    static final Path DOC = Path.of("docs/rules.md");

    @Test
    void docsRulesMdIsTheGeneratedCatalogue() throws Exception {
        String generated = RuleCatalog.markdown();
        if (Boolean.getBoolean("gongkai.docs.write")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/rules.md is stale: regenerate with mvn -o test -Dtest=RuleCatalogDocTest -Dgongkai.docs.write=true")
                .isEqualTo(generated);
    }

    @Test
    void everyRuleHasAUniqueStableIdAndCompleteMetadata() {
        Set<String> ids = new HashSet<>();
        for (RuleDefinition r : RuleCatalog.all()) {
            assertThat(ids.add(r.id())).as("unique id %s", r.id()).isTrue();
            assertThat(r.id()).matches("[a-z]+\\.[a-z0-9-]+");
            assertThat(r.title()).isNotBlank();
            assertThat(r.basis()).isNotBlank();
            assertThat(r.description()).isNotBlank();
            assertThat(r.severity()).isNotNull();
            assertThat(r.category()).isNotNull();
        }
        assertThat(RuleCatalog.all()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(RuleCatalog.find("cross.t1-balance")).isPresent();
        assertThat(RuleCatalog.find("no.such-rule")).isEmpty();
    }
}
