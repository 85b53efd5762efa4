package org.gongkai.profile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Explanations;
import org.gongkai.model.PriorYear;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;

/**
 * Reads the figures a profile names out of a submission, in 元: a term {@code table/row/column} as in
 * {@link EquationSpec}, a named figure of the profile ({@code figures}), a prior-year field, a reason.
 * Blank (unpublished) cells are null.
 */
public final class Figures {

    private final Submission s;
    private final DisclosureProfile p;

    public Figures(Submission s, DisclosureProfile p) {
        this.s = s;
        this.p = p;
    }

    /** The unit the submission's own amounts (and its priorYear) are in. */
    public String submissionUnit() {
        return s.amountUnit() == null ? (p.amountUnit() == null ? "万元" : p.amountUnit()) : s.amountUnit().strip();
    }

    /** A named figure of the profile: the sum of its terms in 元, null when every term is blank. */
    public BigDecimal named(String name) {
        return namedIn(name, "元");
    }

    /** A named figure in {@code unit} (元 or 万元), converted exactly from each table's unit; null when every term is blank. */
    public BigDecimal namedIn(String name, String unit) {
        List<String> terms = p.figures().get(name);
        if (terms == null) {
            throw new IllegalArgumentException("profile " + p.id() + " has no figure " + name);
        }
        BigDecimal sum = null;
        for (String t : terms) {
            BigDecimal v = firstOf(t, unit);
            if (v != null) {
                sum = sum == null ? v : sum.add(v);
            }
        }
        return sum;
    }

    /** {@code a ?? b}: the first of the alternatives that is not blank (null when all are). */
    private BigDecimal firstOf(String term, String unit) {
        for (String alt : term.split("\\?\\?")) {
            BigDecimal v = termIn(alt.strip(), unit);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * One term in 元; null when blank or absent: {@code table/row/column}, or a field of the submission's
     * {@code otherMatters} ({@code otherMatters.operatingCosts}, in the submission's unit).
     */
    public BigDecimal term(String term) {
        return termIn(term, "元");
    }

    private BigDecimal termIn(String term, String target) {
        if (term.startsWith(OTHER_MATTERS)) {
            BigDecimal raw = otherMatter(term.substring(OTHER_MATTERS.length()));
            return raw == null ? null : TextFormat.convert(raw, submissionUnit(), target);
        }
        String[] parts = term.split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("term " + term + " is not table/row/column");
        }
        TableSpec spec = p.table(parts[0]).orElseThrow(() -> new IllegalArgumentException("no table " + parts[0]));
        BudgetTable t = s.table(parts[0]);
        String unit = p.unitOf(spec, submissionUnit());
        String row = parts[1];
        String col = parts[2];
        BigDecimal raw = null;
        if ("total".equals(row)) {
            raw = t.totalRow().map(r -> value(r, col)).orElse(null);
        } else if (row.startsWith("key=")) {
            raw = t.fixedRow(row.substring(4)).map(r -> value(r, col)).orElse(null);
        } else if (row.startsWith("code=")) {
            String code = row.substring(5);
            for (TableRow r : t.rows()) {
                if (r != null && code.equals(code(spec, r))) {
                    raw = value(r, col);
                    break;
                }
            }
        }
        return raw == null ? null : TextFormat.convert(raw, unit, target);
    }

    private static final String OTHER_MATTERS = "otherMatters.";

    private BigDecimal otherMatter(String field) {
        try {
            Object v = s.otherMatters().getClass().getMethod(field).invoke(s.otherMatters());
            if (v == null || v instanceof BigDecimal) {
                return (BigDecimal) v;
            }
        } catch (ReflectiveOperationException e) {
            // reported below
        }
        throw new IllegalArgumentException("otherMatters." + field + " is not an amount");
    }

    /** Whether a figure's first term is a table cell (then {@link #firstTerm} names it), not a submission field. */
    public static String firstTerm(List<String> terms) {
        return terms == null || terms.isEmpty() ? null : terms.get(0).split("\\?\\?")[0].strip();
    }

    /** A prior-year field ({@code fiscalAppropriation.income}, {@code threePublic.reception}, {@code incomeTotal}…) in 元. */
    public BigDecimal prior(String path) {
        if (!PriorYear.isField(path)) {
            throw new IllegalArgumentException("unknown prior-year field " + path);
        }
        BigDecimal raw = s.priorYear().field(path);
        return raw == null ? null : TextFormat.convert(raw, submissionUnit(), "元");
    }

    /**
     * Whether the submission gives any prior figure of the list a per-item path names ({@code items.{code}}: any of
     * {@code priorYear.items}): then an item missing from it was not in last year's budget (0).
     */
    public boolean priorListGiven(String perItemPath) {
        return perItemPath != null && !s.priorYear().map(perItemPath.split("\\.", 2)[0]).isEmpty();
    }

    /** A reason in {@code explanations} ({@code fiscalAppropriationChange}, {@code threePublicChanges.reception}…), trimmed. */
    public String reason(String path) {
        if (path == null) {
            return null;
        }
        Explanations e = s.explanations();
        String[] parts = path.split("\\.", 2);
        String raw = switch (parts[0]) {
            case "incomeChange" -> e.incomeChange();
            case "expenditureChange" -> e.expenditureChange();
            case "fiscalAppropriationChange" -> e.fiscalAppropriationChange();
            case "generalBudgetChange" -> e.generalBudgetChange();
            case "operatingCostChange" -> e.operatingCostChange();
            case "threePublicChanges" -> parts.length < 2 ? null : e.threePublicChanges().get(parts[1]);
            case "itemChanges" -> parts.length < 2 ? null : e.itemChanges().get(parts[1]);
            default -> throw new IllegalArgumentException("unknown reason field " + path);
        };
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** The JSON path of a prior-year or reason field. */
    public static String priorPath(String path) {
        return "priorYear." + path;
    }

    public static String reasonPath(String path) {
        return "explanations." + path;
    }

    /** The classification code of a row of a coded table (功能 or 经济分类), null for other tables. */
    public static String code(TableSpec spec, TableRow r) {
        if (r == null) {
            return null;
        }
        String c = "economic".equals(spec.rowCode()) ? r.econCode() : r.functionCode();
        return c == null ? null : c.strip();
    }

    private static BigDecimal value(TableRow r, String col) {
        return r.has(col) ? r.values().get(col) : null;
    }

    /** Every submitted named figure, for documentation and tests. */
    public Map<String, List<String>> declared() {
        return p.figures();
    }
}
