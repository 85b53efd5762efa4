package org.gongkai.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.catalog.ClassificationCatalog;
import org.gongkai.model.Submission;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.TableSpec;

/** What every check needs: the submission, its profile, the catalogue, the tolerance and the findings so far. */
final class ValidationContext {

    private final Submission submission;
    private final Submission original;
    private final PriorYearReference priorYearReference;
    private final DisclosureProfile profile;
    private final CatalogEditions editions;
    private final CatalogEditions.Choice edition;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, TableView> views = new LinkedHashMap<>();
    private boolean arithmeticSafe = true;

    /**
     * @param submission the submission the checks see (comparatives left out filled from last year's budget)
     * @param original   the submission as read
     * @param reference  last year's budget of the department, or null
     * @param editions   the catalogue editions; the submission's fiscal year picks one
     */
    ValidationContext(Submission submission, Submission original, PriorYearReference reference, DisclosureProfile profile,
                      CatalogEditions editions) {
        this.submission = submission;
        this.original = original;
        this.priorYearReference = reference;
        this.profile = profile;
        this.editions = editions;
        this.edition = editions.forYear(submission.fiscalYear() == null ? 0 : submission.fiscalYear());
    }

    Submission submission() {
        return submission;
    }

    /** The submission as read, before comparatives were filled from last year's budget. */
    Submission original() {
        return original;
    }

    /** Last year's budget of the same department, or null when gongkai holds none. */
    PriorYearReference priorYearReference() {
        return priorYearReference;
    }

    /** The profile, or null when the submission names none that is known. */
    DisclosureProfile profile() {
        return profile;
    }

    /**
     * Whether the profile asks people to write this field ({@code requires} in the profile file); without a known
     * profile every field is asked for.
     */
    boolean requires(String field) {
        return profile == null || profile.requires(field);
    }

    /** The catalogue edition of the submission's fiscal year (or the nearest older one, see {@link #edition()}). */
    ClassificationCatalog catalog() {
        return edition.catalog();
    }

    /** Which edition the fiscal year picked, and whether it is the year's own. */
    CatalogEditions.Choice edition() {
        return edition;
    }

    /** Whether codes the catalogue lacks are errors (gongkai.catalog.strict). */
    boolean strictCatalog() {
        return editions.strict();
    }

    /** Declared precision clamped to 0..4 (an invalid declaration is reported by structure.precision). */
    int precision() {
        Integer p = submission.precision();
        return p == null ? 1 : Math.max(0, Math.min(4, p));
    }

    String unit() {
        return submission.amountUnit() == null ? "" : submission.amountUnit().strip();
    }

    /** The amount unit for messages ("万元"), or nothing when not declared. */
    String unitSuffix() {
        String u = unit();
        return "万元".equals(u) || "元".equals(u) ? u : "";
    }

    int year() {
        return submission.fiscalYear() == null ? 0 : submission.fiscalYear();
    }

    BigDecimal tolerance(int terms) {
        return RoundingTolerance.forSum(precision(), terms);
    }

    /** Tolerance for a sum inside one table: none when the profile says the table's amounts are exact. */
    BigDecimal tolerance(TableView v, int terms) {
        if (profile != null && v != null && v.spec() != null && profile.exact(v.spec())) {
            return RoundingTolerance.EXACT;
        }
        return tolerance(terms);
    }

    boolean arithmeticSafe() {
        return arithmeticSafe;
    }

    void markArithmeticUnsafe() {
        arithmeticSafe = false;
    }

    /** The view of a profile table (present or not); null without a profile or for an unknown id. */
    TableView view(String tableId) {
        if (profile == null) {
            return null;
        }
        return views.computeIfAbsent(tableId, id -> {
            TableSpec spec = profile.table(id).orElse(null);
            if (spec == null) {
                return null;
            }
            return new TableView(id, spec, submission.tables().get(id), submission.tables().containsKey(id));
        });
    }

    List<TableView> dataViews() {
        if (profile == null) {
            return List.of();
        }
        List<TableView> out = new ArrayList<>();
        for (TableSpec t : profile.dataTables()) {
            out.add(view(t.id()));
        }
        return out;
    }

    void report(RuleDefinition rule, String message, Location location, String expected, String found, String hint) {
        findings.add(new Finding(rule.id(), rule.severity(), message, location == null ? Location.none() : location,
                expected, found, hint));
    }

    List<Finding> findings() {
        return findings;
    }

    /** A figure as printed; short even for absurd values such as 1e999999999. */
    static String print(BigDecimal v) {
        if (v == null) {
            return "（空）";
        }
        if (v.precision() > 40 || Math.abs((long) v.scale()) > 40) {
            return v.toString();
        }
        return v.toPlainString();
    }

    String withUnit(BigDecimal v) {
        return print(v) + unitSuffix();
    }

    /** A text field's path in the submission: {@code tables.<id>.rows[<i>].[text.]<column>}. */
    private static final Pattern TABLE_TEXT_PATH =
            Pattern.compile("^tables\\.([^.\\[]+)\\.rows\\[(\\d+)]\\.(?:text\\.|)([^.]+)$");

    /**
     * Where a text field stands: its table, row and column when {@code path} is a table cell, else the field
     * ({@code shownPath}, the path as the report prints it).
     */
    Location textField(String path, String shownPath) {
        Matcher m = TABLE_TEXT_PATH.matcher(path);
        if (m.matches()) {
            TableView v = view(m.group(1));
            int row = Integer.parseInt(m.group(2));
            if (v != null && row < v.rows().size()) {
                Location r = v.row(row);
                String column = m.group(3);
                return new Location(r.table(), r.tableTitle(), r.row(), r.rowLabel(), PublishableText.visible(column, 40),
                        v.columnTitle(null, column), shownPath, null);
            }
        }
        return Location.field(shownPath);
    }
}
