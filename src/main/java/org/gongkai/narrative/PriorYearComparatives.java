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
 * both in this year's amount unit. Where the profile declares its comparisons, last year's figure is the profile's
 * named figure read from last year's tables; otherwise (henan-14) it is what {@link PriorYearFigures#from} derives.
 * Items (功能分类 项) are matched by identical code; a code present in only one year is reported as unmatched.
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

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("incomeTotal", "收入总计"), Map.entry("expenditureTotal", "支出总计"),
            Map.entry("generalBudgetExpenditure", "一般公共预算支出"), Map.entry("operatingCosts", "机关运行经费"),
            Map.entry("fiscalAppropriation.general_budget", "一般公共预算拨款"),
            Map.entry("fiscalAppropriation.gov_fund", "政府性基金预算拨款"),
            Map.entry("fiscalAppropriation.state_capital", "国有资本经营预算拨款"),
            Map.entry("threePublic.total", "“三公”经费合计"), Map.entry("threePublic.outbound", "因公出国（境）费"),
            Map.entry("threePublic.vehicle", "公务用车购置及运行费"), Map.entry("threePublic.vehicle_purchase", "公务用车购置费"),
            Map.entry("threePublic.vehicle_operation", "公务用车运行费"), Map.entry("threePublic.reception", "公务接待费"));

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
        String unit = unit(s, profile);
        int precision = s.precision() == null ? 1 : Math.max(0, Math.min(4, s.precision()));
        DisclosureProfile lastProfile = DisclosureProfile.find(last.profile() == null ? DisclosureProfile.DEFAULT_ID
                : last.profile().strip()).orElse(null);
        List<Entry> out = new ArrayList<>();
        if (profile != null && !profile.comparisons().isEmpty()) {
            Figures lastFigures = lastProfile == null ? null : new Figures(last, lastProfile);
            Set<String> seen = new LinkedHashSet<>();
            for (ComparisonSpec c : profile.comparisons()) {
                if (!seen.add(c.prior())) {
                    continue;
                }
                BigDecimal ref = null;
                if (lastFigures != null && lastProfile.figures().containsKey(c.figure())) {
                    ref = lastFigures.named(c.figure());
                }
                String base = s.explanations().comparisonBases().get(c.baseKey());
                out.add(new Entry(c.prior(), c.title(), s.priorYear().field(c.prior()),
                        round(ref == null ? null : TextFormat.convert(ref, "元", unit), precision),
                        base != null && EXECUTION_BASE.equals(base.strip())));
            }
            return out;
        }
        PriorYear ref = successorItems(PriorYearFigures.from(last), s, successors);
        String lastUnit = unit(last, lastProfile);
        PriorYear own = s.priorYear();
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String former : PriorYearFigures.from(last).items().keySet()) {
            successorOf(former, s, successors).ifPresent(now -> renamed.merge("items." + now, former, (a, b) -> a + "、" + b));
        }
        List<String> paths = new ArrayList<>(List.of("incomeTotal", "expenditureTotal"));
        Set<String> keys = new LinkedHashSet<>(ref.fiscalAppropriation().keySet());
        keys.addAll(own.fiscalAppropriation().keySet());
        keys.forEach(k -> paths.add("fiscalAppropriation." + k));
        paths.add("generalBudgetExpenditure");
        Set<String> codes = new LinkedHashSet<>(own.items().keySet());
        codes.addAll(ref.items().keySet());
        codes.forEach(k -> paths.add("items." + k));
        Set<String> cols = new LinkedHashSet<>(ref.threePublic().keySet());
        cols.addAll(own.threePublic().keySet());
        cols.forEach(k -> paths.add("threePublic." + k));
        paths.add("operatingCosts");
        for (String p : paths) {
            BigDecimal r = ref.field(p);
            String t = title(p);
            String former = renamed.get(p);
            out.add(new Entry(p, former == null ? t : t + "（上年科目 " + former + "）", own.field(p),
                    round(r == null ? null : TextFormat.convert(r, lastUnit, unit), precision), false));
        }
        return out;
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
        if (!p.comparisons().isEmpty()) {
            Set<String> seen = new LinkedHashSet<>();
            for (ComparisonSpec c : p.comparisons()) {
                if (seen.add(c.prior())) {
                    out.add(new Source(c.prior(), c.title(), String.join(" + ", p.figures().getOrDefault(c.figure(), List.of()))));
                }
            }
            return out;
        }
        // henan-14: what PriorYearFigures.from reads
        out.add(new Source("incomeTotal", title("incomeTotal"), "income_expenditure_summary/key=income.grand_total/amount"));
        out.add(new Source("expenditureTotal", title("expenditureTotal"), "income_expenditure_summary/key=expenditure.grand_total/amount"));
        for (String k : List.of("general_budget", "gov_fund", "state_capital")) {
            out.add(new Source("fiscalAppropriation." + k, title("fiscalAppropriation." + k),
                    "fiscal_appropriation_summary/key=expenditure.total/" + k));
        }
        out.add(new Source("generalBudgetExpenditure", title("generalBudgetExpenditure"), "general_budget_expenditure/total/total"));
        out.add(new Source("items.<项编码>", "一般公共预算支出各项（功能分类项，7位）",
                "general_budget_expenditure 中编码相同的项行/total（编码相同才对应）"));
        for (String k : List.of("total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception")) {
            out.add(new Source("threePublic." + k, title("threePublic." + k), "three_public_expenses/key=current/" + k));
        }
        out.add(new Source("operatingCosts", title("operatingCosts"),
                "otherMatters.operatingCosts（未填时 general_budget_basic_expenditure/total/public）"));
        return out;
    }

    public static String title(String path) {
        String t = TITLES.get(path);
        if (t != null) {
            return t;
        }
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
