package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, defects 1 and 2: every free-text field of a submission has a named length limit, and characters that
 * cannot be published are findings. The test walks every text of the example (not a chosen few) and puts each kind
 * of bad character and an over-long text in turn into it.
 */
class PublishableTextTest {

    private final SubmissionValidator validator = new SubmissionValidator();

    /** One code point of each unpublishable class: Cc (C0, DEL, C1), lone surrogates, Cn, noncharacters, Co, U+FFFD, bidi. */
    static final List<String> BAD = List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\ud800", "\udfff",
            "\ufffe", "\uffff", "\ufdd0", "\ue000", "\ufffd", "\u202e", "\u2066", new String(Character.toChars(0x10FFFF)));

    @Test
    void theExampleIsStillValid() {
        assertThat(validator.validate(ExampleFixture.example()).findings()).extracting(Finding::ruleId)
                .doesNotContain(Rules.TEXT_CHARACTERS.id(), Rules.TEXT_LENGTH.id());
    }

    @Test
    void everyTextFieldWithAnUnpublishableCharacterIsAFinding() {
        List<String> paths = textPaths(ExampleFixture.tree());
        assertThat(paths).hasSizeGreaterThan(100);
        int i = 0;
        for (String path : paths) {
            String bad = BAD.get(i++ % BAD.size());
            ObjectNode tree = ExampleFixture.tree();
            replace(tree, path, s -> s.isEmpty() ? bad : s.substring(0, 1) + bad + s.substring(1));
            ValidationResult r = validator.validate(ExampleFixture.bind(tree));
            assertThat(r.findings()).as("%s with %s", path, PublishableText.describe(bad.codePointAt(0)))
                    .anySatisfy(f -> {
                        assertThat(f.ruleId()).isEqualTo(Rules.TEXT_CHARACTERS.id());
                        assertThat(f.found()).isEqualTo(PublishableText.describe(bad.codePointAt(0)));
                    });
            assertThat(r.valid()).isFalse();
            reportsCarryNoBadCharacter(r);
        }
    }

    /** The outside tester's file: a 200,000-character department name repeated in every row (4 MB). */
    @Test
    void aHugeNameInEveryRowIsOneQuickFindingPerPlaceAndABoundedReport() throws Exception {
        String huge = "平".repeat(200_000);
        ObjectNode tree = ExampleFixture.tree();
        ((ObjectNode) tree.path("department")).put("name", huge);
        tree.path("tables").forEach(t -> t.path("rows").forEach(r -> {
            if (r.has("name")) {
                ((ObjectNode) r).put("name", huge);
            }
        }));
        long start = System.nanoTime();
        ValidationResult r = validator.validate(ExampleFixture.bind(tree));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(30));
        assertThat(r.valid()).isFalse();
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals(Rules.TEXT_LENGTH.id())).hasSizeGreaterThan(10);
        reportsCarryNoBadCharacter(r);
        long reportChars = r.findings().stream().map(org.gongkai.report.ReportFinding::of)
                .mapToLong(f -> String.valueOf(f.message()).length() + String.valueOf(f.found()).length()
                        + String.valueOf(f.expected()).length()).sum();
        assertThat(reportChars).isLessThan(2_000_000); // not the 4 MB echoed back, finding after finding
    }

    @Test
    void lineBreaksArePartOfAParagraphButNotOfAName() {
        ObjectNode tree = ExampleFixture.tree();
        ((ObjectNode) tree.path("performance").path("department")).put("goal", "第一段。\n第二段。\r\n\t第三段。");
        assertThat(validator.validate(ExampleFixture.bind(tree)).findings()).extracting(Finding::ruleId)
                .doesNotContain(Rules.TEXT_CHARACTERS.id());
        tree = ExampleFixture.tree();
        ((ObjectNode) tree.path("department")).put("name", "平顶山市\n经济技术协作办公室");
        assertThat(validator.validate(ExampleFixture.bind(tree)).findings()).extracting(Finding::ruleId)
                .contains(Rules.TEXT_CHARACTERS.id());
    }

    @Test
    void everyTextFieldLongerThanItsKindAllowsIsAFinding() {
        for (String path : textPaths(ExampleFixture.tree())) {
            PublishableText.Kind kind = PublishableText.kindOf(path, "?");
            ObjectNode tree = ExampleFixture.tree();
            replace(tree, path, s -> "字".repeat(kind.maxChars() + 1));
            ValidationResult r = validator.validate(ExampleFixture.bind(tree));
            assertThat(r.findings()).as(path).anySatisfy(f -> {
                assertThat(f.ruleId()).isEqualTo(Rules.TEXT_LENGTH.id());
                assertThat(f.found()).isEqualTo((kind.maxChars() + 1) + "个字");
            });
            reportsCarryNoBadCharacter(r);
            // exactly at the limit is fine
            tree = ExampleFixture.tree();
            replace(tree, path, s -> "字".repeat(kind.maxChars()));
            assertThat(validator.validate(ExampleFixture.bind(tree)).findings()).as(path).extracting(Finding::ruleId)
                    .doesNotContain(Rules.TEXT_LENGTH.id());
        }
    }

    @Test
    void limitsAreNamedByKind() {
        assertThat(PublishableText.kindOf("department.name", "x")).isEqualTo(PublishableText.Kind.NAME);
        assertThat(PublishableText.kindOf("tables.expenditure_summary.rows[3].name", "x")).isEqualTo(PublishableText.Kind.NAME);
        assertThat(PublishableText.kindOf("department.contact.email", "x")).isEqualTo(PublishableText.Kind.SHORT);
        assertThat(PublishableText.kindOf("explanations.itemChanges.2080501", "x")).isEqualTo(PublishableText.Kind.PARAGRAPH);
        assertThat(PublishableText.kindOf("explanations.itemChanges.2080501", "2080501")).isEqualTo(PublishableText.Kind.SHORT);
        assertThat(PublishableText.kindOf("department.duties[2]", "x")).isEqualTo(PublishableText.Kind.PARAGRAPH);
        assertThat(PublishableText.NAME_MAX_CHARS).isLessThan(PublishableText.PARAGRAPH_MAX_CHARS);
    }

    @Test
    void aMapKeyIsCheckedToo() {
        ObjectNode tree = ExampleFixture.tree();
        ObjectNode changes = (ObjectNode) tree.path("explanations").path("itemChanges");
        changes.put("20805\u000001", "原因");
        assertThat(validator.validate(ExampleFixture.bind(tree)).findings()).extracting(Finding::ruleId)
                .contains(Rules.TEXT_CHARACTERS.id());
    }

    /** The JSON and HTML reports can be written and quote no unpublishable character. */
    private static void reportsCarryNoBadCharacter(ValidationResult r) {
        for (Finding f : r.findings()) {
            org.gongkai.report.ReportFinding rf = org.gongkai.report.ReportFinding.of(f);
            for (String s : new String[] {rf.message(), rf.found(), rf.expected(), rf.hint(), rf.place(), rf.path()}) {
                if (s != null) {
                    assertThat(PublishableText.firstUnpublishable(s, true)).as(s).isEqualTo(-1);
                    assertThat(s.length()).isLessThanOrEqualTo(3000);
                }
            }
        }
    }

    /** Path of every text node: "a.b[2].c" (field names and array indexes). */
    static List<String> textPaths(JsonNode root) {
        List<String> out = new ArrayList<>();
        collect(root, "", out);
        return out;
    }

    private static void collect(JsonNode node, String at, List<String> out) {
        if (node.isTextual()) {
            out.add(at);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "[" + i + "]", out);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), at.isEmpty() ? e.getKey() : at + "." + e.getKey(), out);
            }
        }
    }

    static void replace(JsonNode root, String path, UnaryOperator<String> change) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            int index = -1;
            if (part.endsWith("]")) {
                index = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1));
                part = part.substring(0, part.indexOf('['));
            }
            boolean last = p == parts.length - 1;
            if (last && index < 0) {
                ((ObjectNode) node).set(part, TextNode.valueOf(change.apply(node.path(part).asText())));
                return;
            }
            node = node.path(part);
            if (last) {
                ((ArrayNode) node).set(index, TextNode.valueOf(change.apply(node.get(index).asText())));
                return;
            }
            if (index >= 0) {
                node = node.get(index);
            }
        }
    }
}
