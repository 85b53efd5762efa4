package org.gongkai.narrative;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.PriorYear;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;

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

    /** The comparatives a year's submission provides for the following year. */
    public static PriorYear from(Submission last) {
        BudgetTable t1 = last.table("income_expenditure_summary");
        BudgetTable t4 = last.table("fiscal_appropriation_summary");
        BudgetTable t5 = last.table("general_budget_expenditure");
        BudgetTable t8 = last.table("three_public_expenses");
        Map<String, BigDecimal> fiscal = new LinkedHashMap<>();
        t4.fixedRow("expenditure.total").ifPresent(r -> {
            fiscal.put("general_budget", r.amount("general_budget"));
            fiscal.put("gov_fund", r.amount("gov_fund"));
            fiscal.put("state_capital", r.amount("state_capital"));
        });
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        for (TableRow r : t5.items()) {
            if (r.functionCode() != null && r.functionCode().length() == 7) {
                items.merge(r.functionCode(), r.amount("total"), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> three = new LinkedHashMap<>();
        t8.fixedRow("current").ifPresent(r -> r.values().forEach((k, v) -> {
            if (v != null) {
                three.put(k, v);
            }
        }));
        BigDecimal operating = last.otherMatters().operatingCosts();
        if (operating == null) {
            operating = last.table("general_budget_basic_expenditure").totalRow().map(r -> r.amount("public")).orElse(null);
        }
        return new PriorYear(
                t1.fixedRow("income.grand_total").map(r -> r.amount("amount")).orElse(null),
                t1.fixedRow("expenditure.grand_total").map(r -> r.amount("amount")).orElse(null),
                fiscal,
                t5.totalRow().map(r -> r.amount("total")).orElse(null),
                items, three, operating);
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
