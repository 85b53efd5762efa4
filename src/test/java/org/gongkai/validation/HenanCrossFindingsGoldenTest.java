package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Henan's cross-table findings, word for word: for every mutated example, each finding of a {@code cross.*} rule that
 * henan-14.json's equations report (rule, message, place, JSON path, expected, found, hint). The golden file was
 * written when the equations replaced the Java check (CrossTableCheck) and matched its findings one for one; a change
 * of an equation's words, tolerance or place shows here. Regenerate with {@code -Dgongkai.golden.write=true}.
 */
class HenanCrossFindingsGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/henan-cross-findings.txt");

    /** The rules of henan-14.json's equations. */
    private static Set<String> rules() {
        Set<String> out = new TreeSet<>();
        org.gongkai.profile.DisclosureProfile.require("henan-14").equations().forEach(e -> {
            if (e.rule() != null) {
                out.add(e.rule());
            }
        });
        return out;
    }

    @Test
    void everyHenanCrossTableFindingIsWordForWordAsBefore() throws Exception {
        Set<String> rules = rules();
        assertThat(rules).contains("cross.t1-balance", "cross.t5-t3", "cross.t11-t3", "cross.prior-items-sum").hasSize(23);
        List<String> lines = new ArrayList<>();
        List<MutatedExampleTest.Case> cases = new ArrayList<>(MutatedExampleTest.cases().toList());
        cases.add(0, MutatedExampleTest.c("the example as published", "-", r -> { }));
        for (MutatedExampleTest.Case c : cases) {
            ObjectNode tree = ExampleFixture.tree();
            c.mutation().accept(tree);
            TreeSet<String> found = new TreeSet<>();
            for (Finding f : new SubmissionValidator().validate(ExampleFixture.bind(tree)).findings()) {
                if (rules.contains(f.ruleId())) {
                    found.add("  " + String.join(" | ", f.ruleId(), f.message(), f.location().describe(), String.valueOf(f.location().path()),
                            String.valueOf(f.expected()), String.valueOf(f.found()), f.hint()));
                }
            }
            if (!found.isEmpty()) {
                lines.add(c.name());
                lines.addAll(found);
            }
        }
        String text = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("gongkai.golden.write")) {
            Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
