package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.RuleDefinition;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the rule catalogues; this test fails when the two drift apart. */
class RulesDocumentTest {

    static final Path DOC = Path.of("docs/rules.md");

    @Test
    void docsRulesMdIsTheGeneratedCatalogue() throws Exception {
        String generated = RulesDocument.markdown();
        if (Boolean.getBoolean("gongkai.docs.write")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/rules.md is stale: regenerate with mvn -o test -Dtest=RulesDocumentTest -Dgongkai.docs.write=true")
                .isEqualTo(generated);
    }

    @Test
    void readingRulesAndValidationRulesNeverShareAnId() {
        Set<String> ids = new HashSet<>();
        for (RuleDefinition r : RulesDocument.readingRules()) {
            assertThat(ids.add(r.id())).isTrue();
            assertThat(r.id()).matches("[a-z]+\\.[a-z0-9-]+");
        }
        for (RuleDefinition r : RuleCatalog.all()) {
            assertThat(ids.add(r.id())).as("id %s used twice", r.id()).isTrue();
        }
    }
}
