package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule of the catalogue has complete metadata (docs/rules.md is checked by RulesDocumentTest). */
class RuleCatalogDocTest {

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
