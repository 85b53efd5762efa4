package org.gongkai.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named disclosure profile: which standard tables a province publishes, their columns, fixed rows and notes.
 * The submission format, the validation rules and the documents all refer to tables through the profile,
 * so a province with another table set is a new profile file (shipped under {@code profiles/} or in the bureau's
 * profile folder), not new code.
 */
public record DisclosureProfile(
        String id,
        String name,
        String description,
        List<TableSpec> tables,
        String amountUnit,
        Integer precision,
        Boolean tableGrouping,
        TextFormat text,
        String narrativeTemplate,
        List<GlossaryEntry> glossary,
        List<EquationSpec> equations,
        List<String> requires,
        Map<String, String> words,
        Map<String, List<String>> figures,
        List<ComparisonSpec> comparisons,
        List<String> itemTables,
        Boolean exactAmounts,
        String priorYearMismatch,
        DerivedSpec derived,
        List<ChartSpec> charts,
        String chartsAfter,
        List<RuleSpec> rules,
        @JsonProperty("default") Boolean defaultProfile) {

    public DisclosureProfile {
        tables = tables == null ? List.of() : tables;
        text = text == null ? TextFormat.DEFAULT : text;
        glossary = glossary == null ? List.of() : glossary;
        equations = equations == null ? List.of() : equations;
        requires = requires == null ? List.of() : requires;
        words = words == null ? Map.of() : words;
        figures = figures == null ? Map.of() : figures;
        comparisons = comparisons == null ? List.of() : comparisons;
        itemTables = itemTables == null ? List.of() : itemTables;
        charts = charts == null ? List.of() : charts;
        rules = rules == null ? List.of() : rules;
    }

    /** A rule this profile declares ({@code rules}). */
    public Optional<RuleSpec> rule(String ruleId) {
        return rules.stream().filter(r -> r.id() != null && r.id().equals(ruleId)).findFirst();
    }

    /**
     * The id used when a submission names no profile: the shipped profile whose file says {@code "default": true} (the
     * first layout gongkai served, so submissions written before profiles existed name none).
     */
    public static String defaultId() {
        return ProfileRegistry.defaultId();
    }

    /**
     * Every profile id gongkai knows: the shipped {@code profiles/*.json} and the finance bureau's profile folder
     * ({@link ProfileRegistry}).
     */
    public static List<String> known() {
        return ProfileRegistry.ids();
    }

    public static Optional<DisclosureProfile> find(String id) {
        return Optional.ofNullable(ProfileRegistry.get(id));
    }

    public static DisclosureProfile require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown disclosure profile: " + id));
    }

    /** The profile a submission names, or the default profile when it names none. */
    public static DisclosureProfile forSubmission(String profileId) {
        return require(idOf(profileId));
    }

    /** The profile a submission names (the default profile when it names none), if gongkai knows it. */
    public static Optional<DisclosureProfile> findForSubmission(String profileId) {
        return find(idOf(profileId));
    }

    private static String idOf(String profileId) {
        return profileId == null ? defaultId() : profileId.strip();
    }

    /** Whether the profile demands a field a person must write ({@code requires} in the profile file). */
    public boolean requires(String field) {
        return requires.contains(field);
    }

    /** The unit a table's amounts are in: the table's own, else the profile's, else {@code submissionUnit}. */
    public String unitOf(TableSpec t, String submissionUnit) {
        if (t.unit() != null) {
            return t.unit();
        }
        return amountUnit != null ? amountUnit : submissionUnit;
    }

    /**
     * Whether a table's amounts are exact (元 to the 分, as the Shanghai tables print them) rather than rounded from finer
     * figures: sums over exact amounts must agree to the last 分, without rounding tolerance.
     */
    public boolean exact(TableSpec t) {
        return t.exact() != null ? t.exact() : Boolean.TRUE.equals(exactAmounts);
    }

    /** A word of the profile ({@code words}), or the key itself. */
    public String word(String key) {
        return words.getOrDefault(key, key);
    }

    /** One entry of the default 名词解释. */
    public record GlossaryEntry(String term, String text) {
    }

    public Optional<TableSpec> table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst();
    }

    public TableSpec requireTable(String tableId) {
        return table(tableId).orElseThrow(() -> new IllegalArgumentException("profile " + id + " has no table " + tableId));
    }

    /** Tables whose data lives in the submission's {@code tables} map (all but form layouts). */
    public List<TableSpec> dataTables() {
        return tables.stream().filter(t -> t.layout() != TableSpec.Layout.FORM).toList();
    }
}
