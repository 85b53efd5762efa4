package org.gongkai.narrative;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.PriorYear;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.gongkai.profile.ComparisonSpec;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.Figures;
import org.gongkai.profile.TableSpec;
import org.gongkai.profile.TextFormat;

/** Prior-year comparatives: from the submission, else derived from last year's archived submission, field by field. */
public final class PriorYearFigures {

    /** Where the comparatives came from. */
    public enum Origin { SUBMISSION, ARCHIVE, MIXED, NONE }

    /** The comparatives and their origin. */
    public record Resolved(PriorYear figures, Origin origin) {
    }

    private PriorYearFigures() {
    }

    public static Resolved resolve(Submission s, PriorYearSource source) {
        PriorYear own = s.priorYear();
        boolean ownEmpty = isEmpty(own);
        boolean ownComplete = isComplete(own);
        if (ownComplete) {
            return new Resolved(own, Origin.SUBMISSION);
        }
        Optional<PriorYear> archived = Optional.empty();
        if (s.fiscalYear() != null && s.departmentCode() != null) {
            archived = source.find(s.departmentCode(), s.fiscalYear() - 1).map(PriorYearFigures::from);
        }
        if (archived.isEmpty()) {
            return new Resolved(own, ownEmpty ? Origin.NONE : Origin.SUBMISSION);
        }
        PriorYear a = archived.get();
        if (ownEmpty) {
            return new Resolved(a, Origin.ARCHIVE);
        }
        return new Resolved(new PriorYear(
                or(own.incomeTotal(), a.incomeTotal()),
                or(own.expenditureTotal(), a.expenditureTotal()),
                own.fiscalAppropriation().isEmpty() ? a.fiscalAppropriation() : own.fiscalAppropriation(),
                or(own.generalBudgetExpenditure(), a.generalBudgetExpenditure()),
                own.items().isEmpty() ? a.items() : own.items(),
                own.threePublic().isEmpty() ? a.threePublic() : own.threePublic(),
                or(own.operatingCosts(), a.operatingCosts())), Origin.MIXED);
    }

    /**
     * The comparatives a year's submission provides for the following year, as its profile declares them
     * ({@code comparisons}): each comparison's prior-year field takes the comparison's figure; a per-item comparison
     * ({@code each}) lists every 项 of its table by code. Amounts are in the submission's own unit.
     */
    public static PriorYear from(Submission last) {
        DisclosureProfile p = DisclosureProfile.findForSubmission(last.profile())
                .orElse(null);
        PriorYear out = PriorYear.empty();
        if (p == null) {
            return out;
        }
        Figures f = new Figures(last, p);
        String unit = f.submissionUnit();
        for (ComparisonSpec c : p.comparisons()) {
            if (c.perItem()) {
                for (Map.Entry<String, BigDecimal> e : items(last, p, c).entrySet()) {
                    out = PriorYearComparatives.with(out, ComparisonSpec.forRow(c.prior(), e.getKey(), null), e.getValue());
                }
            } else if (p.figures().containsKey(c.figure()) && out.field(c.prior()) == null) {
                BigDecimal v = f.namedIn(c.figure(), unit);
                if (v != null) {
                    out = PriorYearComparatives.with(out, c.prior(), v);
                }
            }
        }
        return out;
    }

    /** A per-item comparison's 项 of a submission: 7-digit code → amount of the compared column, in the submission's unit. */
    static Map<String, BigDecimal> items(Submission s, DisclosureProfile p, ComparisonSpec c) {
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        TableSpec spec = p.table(c.each()).orElse(null);
        if (spec == null) {
            return items;
        }
        String unit = new Figures(s, p).submissionUnit();
        String tableUnit = p.unitOf(spec, unit);
        for (TableRow r : s.table(c.each()).items()) {
            String code = Figures.code(spec, r);
            if (code != null && code.length() == 7) {
                items.merge(code, TextFormat.convert(r.amount(c.columnOrTotal()), tableUnit, unit), BigDecimal::add);
            }
        }
        return items;
    }


    static boolean isEmpty(PriorYear p) {
        return p.incomeTotal() == null && p.expenditureTotal() == null && p.fiscalAppropriation().isEmpty()
                && p.generalBudgetExpenditure() == null && p.items().isEmpty() && p.threePublic().isEmpty()
                && p.operatingCosts() == null;
    }

    static boolean isComplete(PriorYear p) {
        return p.incomeTotal() != null && p.expenditureTotal() != null && !p.fiscalAppropriation().isEmpty()
                && p.generalBudgetExpenditure() != null && !p.items().isEmpty() && !p.threePublic().isEmpty()
                && p.operatingCosts() != null;
    }

    private static BigDecimal or(BigDecimal a, BigDecimal b) {
        return a != null ? a : b;
    }
}
