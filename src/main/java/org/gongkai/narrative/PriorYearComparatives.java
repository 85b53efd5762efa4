package org.gongkai.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.model.PriorYear;
import org.gongkai.model.Submission;
import org.gongkai.profile.ComparisonSpec;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.Figures;
import org.gongkai.profile.TextFormat;

/**
 * This year's comparatives ({@code priorYear}) next to the figures of last year's archived budget, field by field,
 * both in this year's amount unit. The fields are those of the profile's {@code comparisons}; last year's figure is
 * what {@link PriorYearFigures#from} reads with last year's profile. Items of a per-item comparison (功能分类 项) are
 * matched by identical code or the catalogue's successor; a code present in only one year is reported as unmatched.
 */
public final class PriorYearComparatives {

    /** The base of a comparison when it is last year's executed budget: the archive holds only the budget. */
    public static final String EXECUTION_BASE = "上年预算执行数";

    /**
     * One comparative.
     *
     * @param path      the field under {@code priorYear}
     * @param title     what it is, in Chinese
     * @param given     what the submission gives (null: left out)
     * @param reference last year's figure in this year's unit, rounded to this year's precision (null: not in last year's budget)
     * @param execution whether the submission compares this figure with 上年预算执行数 (not checkable against the budget)
     */
    public record Entry(String path, String title, BigDecimal given, BigDecimal reference, boolean execution) {
    }

    private PriorYearComparatives() {
    }

    /** Every comparative that the submission gives or last year's budget provides. */
    public static List<Entry> entries(Submission s, DisclosureProfile profile, Submission last) {
        return entries(s, profile, last, CodeSuccessors.NONE);
    }

    /**
     * Every comparative, items matched through the catalogue's successor information: last year's item under a code
     * this year's edition replaced is compared with (or fills) the item under its successor code.
     */
    public static List<Entry> entries(Submission s, DisclosureProfile profile, Submission last, CodeSuccessors successors) {
        if (profile == null) {
            profile = DisclosureProfile.findForSubmission(s.profile()).orElse(null);
        }
        List<Entry> out = new ArrayList<>();
        if (profile == null) {
            return out;
        }
        String unit = unit(s, profile);
        int precision = s.precision() == null ? 1 : Math.max(0, Math.min(4, s.precision()));
        DisclosureProfile lastProfile = DisclosureProfile.findForSubmission(last.profile()).orElse(null);
        String lastUnit = unit(last, lastProfile);
        PriorYear lastYear = PriorYearFigures.from(last);
        PriorYear own = s.priorYear();
        Set<String> seen = new LinkedHashSet<>();
        for (ComparisonSpec c : profile.comparisons()) {
            if (!seen.add(c.prior())) {
                continue;
            }
            if (c.perItem()) {
                items(s, c, lastYear, successors, lastUnit, unit, precision, out);
                continue;
            }
            BigDecimal ref = lastYear.field(c.prior());
            String base = s.explanations().comparisonBases().get(c.baseKey());
            out.add(new Entry(c.prior(), c.title(), own.field(c.prior()),
                    round(ref == null ? null : TextFormat.convert(ref, lastUnit, unit), precision),
                    base != null && EXECUTION_BASE.equals(base.strip())));
        }
        return out;
    }

    /** A per-item comparison: every code this year's comparatives or last year's budget list, matched by code (or successor). */
    private static void items(Submission s, ComparisonSpec c, PriorYear lastYear, CodeSuccessors successors, String lastUnit,
                              String unit, int precision, List<Entry> out) {
        String field = c.prior().split("\\.", 2)[0];
        PriorYear ref = successorItems(lastYear, s, successors);
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String former : lastYear.map(field).keySet()) {
            successorOf(former, s, successors).ifPresent(now -> renamed.merge(now, former, (a, b) -> a + "、" + b));
        }
        Set<String> codes = new LinkedHashSet<>(s.priorYear().map(field).keySet());
        codes.addAll(ref.map(field).keySet());
        for (String code : codes) {
            String path = ComparisonSpec.forRow(c.prior(), code, null);
            BigDecimal r = ref.field(path);
            String t = title(path);
            String former = renamed.get(code);
            out.add(new Entry(path, former == null ? t : t + "（上年科目 " + former + "）", s.priorYear().field(path),
                    round(r == null ? null : TextFormat.convert(r, lastUnit, unit), precision), false));
        }
    }

    /** Last year's items re-keyed to this year's codes where the catalogue names a successor and this year has the code. */
    private static PriorYear successorItems(PriorYear ref, Submission s, CodeSuccessors successors) {
        if (successors == null || successors == CodeSuccessors.NONE) {
            return ref;
        }
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : ref.items().entrySet()) {
            String code = successorOf(e.getKey(), s, successors).orElse(e.getKey());
            items.merge(code, e.getValue(), BigDecimal::add);
        }
        return new PriorYear(ref.incomeTotal(), ref.expenditureTotal(), ref.fiscalAppropriation(), ref.generalBudgetExpenditure(),
                items, ref.threePublic(), ref.operatingCosts());
    }

    private static java.util.Optional<String> successorOf(String code, Submission s, CodeSuccessors successors) {
        if (successors == null || s.fiscalYear() == null) {
            return java.util.Optional.empty();
        }
        try {
            return successors.successor(code, s.fiscalYear()).filter(c -> !c.equals(code));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** The submission with every comparative it leaves out filled from last year's budget. */
    public static Submission fill(Submission s, DisclosureProfile profile, Submission last) {
        return fill(s, profile, last, CodeSuccessors.NONE);
    }

    /** The same, items matched through the catalogue's successor information. */
    public static Submission fill(Submission s, DisclosureProfile profile, Submission last, CodeSuccessors successors) {
        PriorYear p = s.priorYear();
        boolean changed = false;
        for (Entry e : entries(s, profile, last, successors)) {
            if (e.given() == null && e.reference() != null && !e.path().startsWith("items.")) {
                p = with(p, e.path(), e.reference());
                changed = true;
            }
        }
        if (s.priorYear().items().isEmpty()) {
            for (Entry e : entries(s, profile, last, successors)) {
                if (e.path().startsWith("items.") && e.reference() != null) {
                    p = with(p, e.path(), e.reference());
                    changed = true;
                }
            }
        }
        if (!changed) {
            return s;
        }
        return new Submission(s.formatVersion(), s.profile(), s.fiscalYear(), s.amountUnit(), s.precision(), s.approvalDate(),
                s.department(), s.tables(), s.explanations(), p, s.otherMatters(), s.performance());
    }

    /** Where a comparative comes from in last year's budget: {@code priorYear} field, what it is, last year's cells. */
    public record Source(String path, String title, String from) {
    }

    /** For docs/rules.md: where each comparative of a profile is read in last year's budget. */
    public static List<Source> sources(DisclosureProfile p) {
        List<Source> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ComparisonSpec c : p.comparisons()) {
            if (!seen.add(c.prior())) {
                continue;
            }
            if (c.perItem()) {
                out.add(new Source(c.prior().replace(ComparisonSpec.CODE, "<项编码>"),
                        p.table(c.each()).map(t -> t.title()).orElse(c.each()) + "各项（功能分类项，7位）",
                        c.each() + " 中编码相同的项行/" + c.columnOrTotal() + "（编码相同才对应）"));
            } else {
                out.add(new Source(c.prior(), c.title(), String.join(" + ", p.figures().getOrDefault(c.figure(), List.of()).stream()
                        .map(t -> t.contains("??") ? t.replaceFirst("\\s*\\?\\?\\s*", "（未填时 ") + "）" : t).toList())));
            }
        }
        return out;
    }

    /** What a prior-year field is, for messages: "功能分类科目 2080505" for an item, else the path. */
    public static String title(String path) {
        if (path.startsWith("items.")) {
            return "功能分类科目 " + path.substring(6);
        }
        return path;
    }

    static PriorYear with(PriorYear py, String path, BigDecimal v) {
        String[] parts = path.split("\\.", 2);
        Map<String, BigDecimal> fa = new LinkedHashMap<>(py.fiscalAppropriation());
        Map<String, BigDecimal> items = new LinkedHashMap<>(py.items());
        Map<String, BigDecimal> three = new LinkedHashMap<>(py.threePublic());
        BigDecimal income = py.incomeTotal();
        BigDecimal expenditure = py.expenditureTotal();
        BigDecimal general = py.generalBudgetExpenditure();
        BigDecimal operating = py.operatingCosts();
        switch (parts[0]) {
            case "incomeTotal" -> income = v;
            case "expenditureTotal" -> expenditure = v;
            case "generalBudgetExpenditure" -> general = v;
            case "operatingCosts" -> operating = v;
            case "fiscalAppropriation" -> fa.put(parts[1], v);
            case "threePublic" -> three.put(parts[1], v);
            case "items" -> items.put(parts[1], v);
            default -> {
                return py;
            }
        }
        return new PriorYear(income, expenditure, fa, general, items, three, operating);
    }

    private static String unit(Submission s, DisclosureProfile p) {
        if (s.amountUnit() != null && !s.amountUnit().isBlank()) {
            return s.amountUnit().strip();
        }
        return p == null || p.amountUnit() == null ? "万元" : p.amountUnit();
    }

    private static BigDecimal round(BigDecimal v, int precision) {
        if (v == null) {
            return null;
        }
        return v.scale() > precision ? v.setScale(precision, RoundingMode.HALF_UP) : v;
    }
}
