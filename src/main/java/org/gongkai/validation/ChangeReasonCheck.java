package org.gongkai.validation;

import static org.gongkai.validation.HenanTables.T1;
import static org.gongkai.validation.HenanTables.T4;
import static org.gongkai.validation.HenanTables.T5;
import static org.gongkai.validation.HenanTables.T8;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Explanations;
import org.gongkai.model.PriorYear;

/**
 * Year-on-year changes the narrative states need a reason, and the comparison needs a prior-year figure.
 * A missing comparative is a warning: the narrative then leaves that comparison out.
 */
final class ChangeReasonCheck implements Check {

    /** 三公 columns the narrative states one by one, with their Chinese names. */
    private static final String[][] THREE_PUBLIC = {
            {"total", "“三公”经费合计"}, {"outbound", "因公出国（境）费"}, {"vehicle_purchase", "公务用车购置费"},
            {"vehicle_operation", "公务用车运行费"}, {"reception", "公务接待费"}};

    @Override
    public boolean arithmetic() {
        return true;
    }

    @Override
    public void run(ValidationContext ctx) {
        PriorYear prior = ctx.submission().priorYear();
        Explanations ex = ctx.submission().explanations();
        TableView t1 = present(ctx, T1);
        if (t1 != null) {
            change(ctx, Rules.TOTAL_CHANGE, "收入总计", t1.fixed("income.grand_total", "amount"), prior.incomeTotal(),
                    "priorYear.incomeTotal", ex.incomeChange(), "explanations.incomeChange", t1.fixedCell("income.grand_total", "amount"));
            change(ctx, Rules.TOTAL_CHANGE, "支出总计", t1.fixed("expenditure.grand_total", "amount"), prior.expenditureTotal(),
                    "priorYear.expenditureTotal", ex.expenditureChange(), "explanations.expenditureChange",
                    t1.fixedCell("expenditure.grand_total", "amount"));
        }
        TableView t4 = present(ctx, T4);
        if (t4 != null) {
            fiscal(ctx, t4, prior, ex);
        }
        TableView t5 = present(ctx, T5);
        if (t5 != null) {
            change(ctx, Rules.GENERAL_BUDGET_CHANGE, "一般公共预算支出", t5.total("total"), prior.generalBudgetExpenditure(),
                    "priorYear.generalBudgetExpenditure", ex.generalBudgetChange(), "explanations.generalBudgetChange",
                    t5.totalCell("total"));
            items(ctx, t5, prior, ex);
        }
        TableView t8 = present(ctx, T8);
        if (t8 != null) {
            for (String[] c : THREE_PUBLIC) {
                change(ctx, Rules.THREE_PUBLIC_CHANGE, c[1], t8.fixed("current", c[0]), prior.threePublic().get(c[0]),
                        "priorYear.threePublic." + c[0], ex.threePublicChanges().get(c[0]),
                        "explanations.threePublicChanges." + c[0], t8.fixedCell("current", c[0]));
            }
        }
        BigDecimal oc = ctx.submission().otherMatters().operatingCosts();
        if (oc != null) {
            change(ctx, Rules.OPERATING_COST_CHANGE, "机关运行经费", oc, prior.operatingCosts(), "priorYear.operatingCosts",
                    ex.operatingCostChange(), "explanations.operatingCostChange", Location.field("otherMatters.operatingCosts"));
        }
    }

    private void fiscal(ValidationContext ctx, TableView t4, PriorYear prior, Explanations ex) {
        String[][] sources = {{"general_budget", "income.current.general_budget", "一般公共预算拨款"},
                {"gov_fund", "income.current.gov_fund", "政府性基金预算拨款"},
                {"state_capital", "income.current.state_capital", "国有资本经营预算拨款"}};
        List<String> changed = new ArrayList<>();
        for (String[] s : sources) {
            BigDecimal now = t4.fixed(s[1], "amount");
            BigDecimal before = prior.fiscalAppropriation().get(s[0]);
            if (before == null) {
                missing(ctx, s[2], "priorYear.fiscalAppropriation." + s[0]);
            } else if (now.compareTo(before) != 0) {
                changed.add(s[2] + " 上年 " + ValidationContext.print(before) + "，本年 " + ValidationContext.print(now));
            }
        }
        if (!changed.isEmpty() && blank(ex.fiscalAppropriationChange())) {
            ctx.report(Rules.FISCAL_CHANGE, "财政拨款收入与上年相比有变化（" + String.join("；", changed) + "），但没有说明原因。",
                    Location.field("explanations.fiscalAppropriationChange"), "增减原因", null,
                    "在 explanations.fiscalAppropriationChange 中写明财政拨款增减的主要原因（不必写“主要原因：”）。");
        }
    }

    private void items(ValidationContext ctx, TableView t5, PriorYear prior, Explanations ex) {
        Map<String, CodeSums.Group> current = CodeSums.byKey(t5, "total", c -> c);
        for (Map.Entry<String, CodeSums.Group> e : current.entrySet()) {
            String code = e.getKey();
            String name = t5.rows().get(e.getValue().firstRow()).name();
            String what = "科目 " + code + (name == null ? "" : " " + name);
            BigDecimal before = prior.items().get(code);
            Location where = t5.cell(e.getValue().firstRow(), "total");
            if (before == null) {
                missing(ctx, what, "priorYear.items." + code);
                continue;
            }
            BigDecimal now = e.getValue().sum();
            if (now.compareTo(before) != 0 && blank(ex.itemChanges().get(code))) {
                reportChange(ctx, Rules.ITEM_CHANGE, what, now, before, "explanations.itemChanges." + code, where);
            }
        }
    }

    private void change(ValidationContext ctx, RuleDefinition rule, String what, BigDecimal now, BigDecimal before, String priorPath,
                        String reason, String reasonPath, Location where) {
        if (before == null) {
            missing(ctx, what, priorPath);
            return;
        }
        if (now.compareTo(before) != 0 && blank(reason)) {
            reportChange(ctx, rule, what, now, before, reasonPath, where);
        }
    }

    private static void reportChange(ValidationContext ctx, RuleDefinition rule, String what, BigDecimal now, BigDecimal before,
                                     String reasonPath, Location where) {
        String direction = now.compareTo(before) > 0 ? "增加" : "减少";
        ctx.report(rule, what + "比上年" + direction + "（上年 " + ctx.withUnit(before) + "，本年 " + ctx.withUnit(now)
                        + "），但没有说明原因（应填写 " + reasonPath + "）。", where, "增减原因",
                "上年 " + ValidationContext.print(before) + "，本年 " + ValidationContext.print(now),
                "在 " + reasonPath + " 中写明" + direction + "的主要原因，如“绩效改革，增加基础绩效奖”（不必写“主要原因：”）。");
    }

    private static void missing(ValidationContext ctx, String what, String priorPath) {
        ctx.report(Rules.PRIOR_MISSING, "缺少“" + what + "”的上年预算数，说明中将不作同比比较。", Location.field(priorPath),
                "上年预算数", null, "在 " + priorPath + " 中填写上年预算数（上年没有时填 0）。");
    }

    private static TableView present(ValidationContext ctx, String id) {
        TableView v = ctx.view(id);
        return v != null && v.present() ? v : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
