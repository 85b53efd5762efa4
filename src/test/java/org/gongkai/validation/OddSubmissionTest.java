package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.junit.jupiter.api.Test;

/** Partial and odd submissions: rules report, they never crash. */
class OddSubmissionTest {

    private final SubmissionValidator validator = new SubmissionValidator();

    @Test
    void anEmptySubmissionIsReportedNotCrashed() {
        Submission empty = new Submission(null, null, null, null, null, null, null, null, null, null, null, null);
        ValidationResult r = validator.validate(empty);
        assertThat(r.valid()).isFalse();
        assertThat(r.findings()).extracting(Finding::ruleId)
                .contains("structure.format-version", "structure.profile", "structure.fiscal-year", "structure.department",
                        "explain.department-duties", "explain.performance-goal")
                .doesNotContain("internal.check-failed");
        assertThat(validator.validate(null).valid()).isFalse();
    }

    @Test
    void aSubmissionWithTheProfileButNoTablesReportsEachMissingTable() {
        ObjectNode tree = ExampleFixture.tree();
        tree.remove("tables");
        ValidationResult r = validator.validate(ExampleFixture.bind(tree));
        assertThat(r.findings().stream().filter(f -> f.ruleId().equals("structure.table-missing"))).hasSize(13);
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("internal.check-failed");
    }

    @Test
    void nullRowsMapsAndTablesDoNotCrash() {
        Submission s = ExampleFixture.example();
        Map<String, BudgetTable> tables = new java.util.LinkedHashMap<>(s.tables());
        tables.put("expenditure_summary", new BudgetTable(null));
        tables.put("income_summary", null);
        List<TableRow> odd = new ArrayList<>();
        odd.add(new TableRow("unit", null, null, null, null, null, null, null, null, null));
        odd.add(new TableRow("item", null, null, null, "3", "5", null, null, null, null));
        odd.add(new TableRow("total", "x", null, null, null, null, null, null, null, null));
        odd.add(null);
        tables.put("general_budget_basic_expenditure", new BudgetTable(odd));
        Submission mutated = new Submission(s.formatVersion(), s.profile(), s.fiscalYear(), s.amountUnit(), s.precision(),
                s.approvalDate(), null, tables, null, null, null, null);
        ValidationResult r = validator.validate(mutated);
        assertThat(r.valid()).isFalse();
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("internal.check-failed");
    }

    @Test
    void removingOrNullingAnySingleFieldOfTheExampleNeverCrashes() {
        ObjectNode original = ExampleFixture.tree();
        List<String> paths = new ArrayList<>();
        collect(original, "", paths);
        // every field kind, but only the first three elements of each list (the rest repeat the same shapes)
        paths.removeIf(p -> java.util.Arrays.stream(p.split("/")).anyMatch(seg -> seg.matches("\\d+") && Integer.parseInt(seg) > 2));
        assertThat(paths).hasSizeGreaterThan(300);
        for (String path : paths) {
            for (boolean toNull : new boolean[] {false, true}) {
                ObjectNode tree = original.deepCopy();
                mutate(tree, path, toNull);
                Submission s;
                try {
                    s = ExampleFixture.bind(tree);
                } catch (RuntimeException e) {
                    continue; // not bindable (e.g. null in a list of records is fine, a null primitive is not): the reader's job
                }
                assertThatCode(() -> {
                    ValidationResult r = validator.validate(s);
                    assertThat(r.findings()).extracting(Finding::ruleId).as(path).doesNotContain("internal.check-failed");
                }).as(path + (toNull ? " = null" : " removed")).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void absurdNumbersAreRejectedQuicklyWithoutArithmetic() {
        for (String absurd : new String[] {"1e999999999", "-1e999999999", "1e-999999999", "0E-999999999"}) {
            ObjectNode tree = ExampleFixture.tree();
            ((ObjectNode) tree.path("tables").path("expenditure_summary").path("rows").get(2).path("values"))
                    .put("total", new java.math.BigDecimal(absurd));
            ((ObjectNode) tree.path("priorYear").path("items")).put("2080501", new java.math.BigDecimal(absurd));
            Submission s = ExampleFixture.bind(tree);
            long start = System.nanoTime();
            ValidationResult r = validator.validate(s);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(r.findings()).extracting(Finding::ruleId).as(absurd).contains("amount.magnitude")
                    .doesNotContain("table.row-sum", "internal.check-failed");
        }
    }

    @Test
    void aZeroWrittenWithExtraDecimalsIsAcceptedButANonZeroIsNot() {
        ObjectNode tree = ExampleFixture.tree();
        ExampleFixture.set(tree, "government_fund_expenditure", "kind", "total", "total", "0.000");
        assertThat(validator.validate(ExampleFixture.bind(tree)).findings()).isEmpty();
        ExampleFixture.set(tree, "government_fund_expenditure", "kind", "total", "total", "0.001");
        assertThat(validator.validate(ExampleFixture.bind(tree)).findings()).extracting(Finding::ruleId).contains("amount.precision");
    }

    @Test
    void anEmptyTableIsResolvedByATableNoteOverride() {
        ObjectNode tree = ExampleFixture.tree();
        ArrayNode rows = ExampleFixture.rows(tree, "general_budget_basic_expenditure");
        rows.removeAll();
        ((ObjectNode) tree.path("explanations").path("tableNotes")).put("general_budget_basic_expenditure", "本部门没有基本支出。");
        List<String> ids = validator.validate(ExampleFixture.bind(tree)).findings().stream().map(Finding::ruleId).toList();
        assertThat(ids).doesNotContain("explain.empty-table-note").contains("cross.t6-t5-basic");
        ((ObjectNode) tree.path("explanations").path("tableNotes")).put("general_budget_basic_expenditure", " ");
        assertThat(validator.validate(ExampleFixture.bind(tree)).findings()).extracting(Finding::ruleId)
                .contains("explain.empty-table-note");
    }

    @Test
    void findingsListErrorsFirstInCatalogueOrder() {
        ObjectNode tree = ExampleFixture.tree();
        ((ObjectNode) tree.path("priorYear").path("items")).remove("2101101");
        tree.put("formatVersion", 3);
        ExampleFixture.set(tree, "general_budget_basic_expenditure", "kind", "total", "total", "121.2");
        List<Finding> f = validator.validate(ExampleFixture.bind(tree)).findings();
        assertThat(f.get(0).ruleId()).isEqualTo("structure.format-version");
        assertThat(f.get(f.size() - 1).severity()).isEqualTo(Severity.WARNING);
        for (int i = 1; i < f.size(); i++) {
            Finding a = f.get(i - 1);
            Finding b = f.get(i);
            assertThat(a.severity().compareTo(b.severity()) < 0 || a.severity() == b.severity()
                    && RuleCatalog.indexOf(a.ruleId()) <= RuleCatalog.indexOf(b.ruleId())).isTrue();
        }
    }

    private static void collect(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "/" + e.getKey();
                out.add(p);
                collect(e.getValue(), p, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = path + "/" + i;
                out.add(p);
                collect(node.get(i), p, out);
            }
        }
    }

    private static void mutate(ObjectNode root, String path, boolean toNull) {
        String[] parts = path.split("/");
        JsonNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (parent instanceof ObjectNode o) {
            if (toNull) {
                o.putNull(last);
            } else {
                o.remove(last);
            }
        } else if (parent instanceof ArrayNode a) {
            int i = Integer.parseInt(last);
            if (toNull) {
                a.set(i, JsonNodeFactory.instance.nullNode());
            } else {
                a.remove(i);
            }
        }
    }
}
