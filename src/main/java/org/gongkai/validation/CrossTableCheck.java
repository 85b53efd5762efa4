package org.gongkai.validation;

import static org.gongkai.validation.HenanTables.T1;
import static org.gongkai.validation.HenanTables.T10;
import static org.gongkai.validation.HenanTables.T12;
import static org.gongkai.validation.HenanTables.T13;
import static org.gongkai.validation.HenanTables.T2;
import static org.gongkai.validation.HenanTables.T3;
import static org.gongkai.validation.HenanTables.T4;
import static org.gongkai.validation.HenanTables.T5;
import static org.gongkai.validation.HenanTables.T6;
import static org.gongkai.validation.HenanTables.T7;
import static org.gongkai.validation.HenanTables.T8;
import static org.gongkai.validation.HenanTables.T9;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.model.Performance;
import org.gongkai.model.PriorYear;
import org.gongkai.model.TableRow;
import org.gongkai.profile.ColumnSpec;
import org.gongkai.profile.RowSpec;

/** Relations across tables (勾稽关系), budget-rules.md §2.3. */
final class CrossTableCheck implements Check {

    private static final List<String[]> T2_T1_PAIRS = List.of(
            new String[] {"total", "income.grand_total"},
            new String[] {"current_total", "income.current_total"},
            new String[] {"general_budget", "income.general_budget"},
            new String[] {"general_budget_fiscal", "income.general_budget.fiscal"},
            new String[] {"gov_fund", "income.gov_fund"},
            new String[] {"state_capital", "income.state_capital"},
            new String[] {"special_account", "income.special_account"},
            new String[] {"business", "income.business"},
            new String[] {"operating", "income.operating"},
            new String[] {"superior_subsidy", "income.superior_subsidy"},
            new String[] {"subsidiary_remit", "income.subsidiary_remit"},
            new String[] {"other", "income.other"},
            new String[] {"carryover_total", "income.carryover"});

    /** 三公 column → the 部门经济分类 款 that is part of it. */
    private static final List<String[]> THREE_PUBLIC_ECON = List.of(
            new String[] {"30212", "outbound"},
            new String[] {"30217", "reception"},
            new String[] {"30231", "vehicle_operation"},
            new String[] {"31013", "vehicle_purchase"});

    @Override
    public boolean arithmetic() {
        return true;
    }

    @Override
    public void run(ValidationContext ctx) {
        TableView t1 = present(ctx, T1);
        TableView t2 = present(ctx, T2);
        TableView t3 = present(ctx, T3);
        TableView t4 = present(ctx, T4);
        TableView t5 = present(ctx, T5);
        TableView t6 = present(ctx, T6);
        TableView t7 = present(ctx, T7);
        if (t1 != null) {
            copy(ctx, Rules.T1_BALANCE, t1.fixed("income.grand_total", "amount"), "收入总计",
                    t1.fixedCell("expenditure.grand_total", "amount"), t1.fixed("expenditure.grand_total", "amount"),
                    "支出总计必须等于收入总计。");
        }
        if (t1 != null && t3 != null) {
            t1t3Classes(ctx, t1, t3);
            copy(ctx, Rules.T1_T3_TOTAL, t1.fixed("expenditure.current_total", "amount"), "部门收支总体情况表“本年支出合计”",
                    t3.totalCell("total"), t3.total("total"), "部门支出总体情况表的合计与部门收支总体情况表的本年支出合计是同一数字。");
        }
        if (t1 != null && t4 != null) {
            t1t4Classes(ctx, t1, t4);
        }
        if (t1 != null && t2 != null) {
            for (String[] p : T2_T1_PAIRS) {
                copy(ctx, Rules.T2_T1, t1.fixed(p[1], "amount"), "部门收支总体情况表“" + label(t1, p[1]) + "”",
                        t2.totalCell(p[0]), t2.total(p[0]), "部门收入总体情况表合计行与部门收支总体情况表是同一组数字。");
            }
        }
        if (t4 != null) {
            copy(ctx, Rules.T4_BALANCE, t4.fixed("income.total", "amount"), "收入合计", t4.fixedCell("expenditure.total", "total"),
                    t4.fixed("expenditure.total", "total"), "财政拨款支出合计必须等于财政拨款收入合计。");
        }
        if (t4 != null && t5 != null) {
            copy(ctx, Rules.T4_T5_TOTAL, t4.fixed("expenditure.current", "general_budget"),
                    "财政拨款收支总体情况表“本年支出”一般公共预算小计", t5.totalCell("total"), t5.total("total"),
                    "一般公共预算支出情况表的合计与财政拨款收支总体情况表的一般公共预算本年支出是同一数字。");
            t4t5Classes(ctx, t4, t5);
        }
        if (t5 != null && t3 != null) {
            t5WithinT3(ctx, t5, t3);
        }
        if (t6 != null && t5 != null) {
            copy(ctx, Rules.T6_T5_BASIC, t5.total("basic"), "一般公共预算支出情况表合计行“基本支出/小计”", t6.totalCell("total"),
                    t6.total("total"), "一般公共预算基本支出表的合计与一般公共预算支出情况表的基本支出是同一数字。");
            sum(ctx, Rules.T6_T5_PERSONNEL, t5.total("basic_wages").add(t5.total("basic_family")), 2,
                    "一般公共预算支出情况表 工资福利支出 + 对个人和家庭的补助", t6.totalCell("personnel"), t6.total("personnel"),
                    "人员经费 = 工资福利支出 + 对个人和家庭的补助，请核对两表。");
            sum(ctx, Rules.T6_T5_PERSONNEL, t5.total("basic_goods").add(t5.total("basic_capital")), 2,
                    "一般公共预算支出情况表 商品和服务支出 + 资本性支出", t6.totalCell("public"), t6.total("public"),
                    "公用经费 = 商品和服务支出 + 资本性支出，请核对两表。");
        }
        if (t6 != null) {
            econSplit(ctx, t6);
        }
        if (t7 != null && t3 != null) {
            copy(ctx, Rules.T7_T3_TOTAL, t3.total("total"), "部门支出总体情况表合计", t7.totalCell("total"), t7.total("total"),
                    "支出经济分类汇总表的总计与部门支出总体情况表的合计是同一数字。");
            t3t7Types(ctx, t3, t7);
        }
        if (t7 != null && t6 != null) {
            t7t6Econ(ctx, t7, t6, t5 == null || t5.total("project").signum() == 0);
        }
        TableView t9 = present(ctx, T9);
        if (t9 != null && t4 != null) {
            copy(ctx, Rules.T9_T4, t4.fixed("expenditure.current", "gov_fund"), "财政拨款收支总体情况表“本年支出”政府性基金",
                    t9.totalCell("total"), t9.total("total"), "政府性基金预算支出情况表的合计与财政拨款收支总体情况表的政府性基金支出是同一数字。");
        }
        TableView t13 = present(ctx, T13);
        if (t13 != null && t4 != null) {
            copy(ctx, Rules.T13_T4, t4.fixed("expenditure.current", "state_capital"), "财政拨款收支总体情况表“本年支出”国有资本经营预算",
                    t13.totalCell("total"), t13.total("total"), "国有资本经营预算支出情况表的合计与财政拨款收支总体情况表的国有资本经营预算支出是同一数字。");
        }
        TableView t10 = present(ctx, T10);
        if (t10 != null && t3 != null) {
            copy(ctx, Rules.T10_T3, t3.total("project"), "部门支出总体情况表合计行“项目支出/小计”", t10.totalCell("total"),
                    t10.total("total"), "项目支出预算表的合计与部门支出总体情况表的项目支出是同一数字。");
        }
        TableView t12 = present(ctx, T12);
        if (t12 != null && t10 != null) {
            t12t10(ctx, t12, t10);
        }
        if (t3 != null) {
            t11(ctx, t3);
        }
        TableView t8 = present(ctx, T8);
        if (t8 != null && t6 != null) {
            for (String[] p : THREE_PUBLIC_ECON) {
                CodeSums.Group g = CodeSums.sumWhere(t6, "total", p[0]::equals);
                BigDecimal whole = t8.fixed("current", p[1]);
                if (g.terms() > 0 && g.sum().compareTo(whole) > 0) {
                    ctx.report(Rules.THREE_PUBLIC_ECON, "基本支出中的 " + p[0] + " " + t6.rows().get(g.firstRow()).name() + " 为 "
                                    + ctx.withUnit(g.sum()) + "，大于“三公”经费表的“" + t8.columnTitle(null, p[1]) + "”。",
                            t8.fixedCell("current", p[1]), "≥ " + ValidationContext.print(g.sum()), ValidationContext.print(whole),
                            "“三公”经费包括基本支出和项目支出中的该类费用，不能小于基本支出中的对应科目；请核对两表。");
                }
            }
        }
        BigDecimal oc = ctx.submission().otherMatters().operatingCosts();
        if (oc != null && t6 != null && oc.compareTo(t6.total("public")) > 0) {
            ctx.report(Rules.OPERATING_COSTS, "机关运行经费 " + ctx.withUnit(oc) + " 大于一般公共预算基本支出的公用经费。",
                    Location.field("otherMatters.operatingCosts"), "≤ " + ValidationContext.print(t6.total("public")),
                    ValidationContext.print(oc), "机关运行经费是公用经费中保障机关运行的部分，不能大于公用经费合计。");
        }
        priorItems(ctx);
    }

    private static TableView present(ValidationContext ctx, String id) {
        TableView v = ctx.view(id);
        return v != null && v.present() ? v : null;
    }

    private static String label(TableView v, String key) {
        RowSpec rs = v.fixedSpec(key);
        return rs == null ? key : rs.label();
    }

    /** A copy of the same printed figure: must be identical. */
    private static void copy(ValidationContext ctx, RuleDefinition rule, BigDecimal expected, String expectedWhat,
                             Location where, BigDecimal found, String hint) {
        if (expected.compareTo(found) != 0) {
            ctx.report(rule, "应与" + expectedWhat + "（" + ctx.withUnit(expected) + "）相同，实际为 " + ctx.withUnit(found) + "。",
                    where, ValidationContext.print(expected), ValidationContext.print(found), hint);
        }
    }

    /** A figure that is a sum of {@code terms} printed figures: equal within the rounding tolerance. */
    private static void sum(ValidationContext ctx, RuleDefinition rule, BigDecimal expected, int terms, String expectedWhat,
                            Location where, BigDecimal found, String hint) {
        BigDecimal tol = ctx.tolerance(terms);
        if (!RoundingTolerance.within(expected, found, tol)) {
            ctx.report(rule, "应等于" + expectedWhat + "（" + ctx.withUnit(expected) + "，允许舍入误差 ±" + tol.toPlainString()
                    + "），实际为 " + ctx.withUnit(found) + "。", where, ValidationContext.print(expected),
                    ValidationContext.print(found), hint);
        }
    }

    private void t1t3Classes(ValidationContext ctx, TableView t1, TableView t3) {
        Map<String, CodeSums.Group> byClass = CodeSums.byKey(t3, "total", c -> c.substring(0, 3));
        Set<String> listed = new LinkedHashSet<>();
        for (RowSpec rs : t1.spec().expenditureRows()) {
            if (rs.functionClass() == null) {
                continue;
            }
            listed.add(rs.functionClass());
            CodeSums.Group g = byClass.get(rs.functionClass());
            BigDecimal expected = g == null ? BigDecimal.ZERO : g.sum();
            sum(ctx, Rules.T1_T3_CLASSES, expected, g == null ? 0 : g.terms(),
                    "部门支出总体情况表 " + rs.functionClass() + " 类各项之和", t1.fixedCell(rs.key(), "amount"),
                    t1.fixed(rs.key(), "amount"), "收支总表每类支出应为支出总表该类各项之和；请核对两表。");
        }
        for (Map.Entry<String, CodeSums.Group> e : byClass.entrySet()) {
            if (!listed.contains(e.getKey())) {
                ctx.report(Rules.T1_T3_CLASSES, "支出功能分类 " + e.getKey() + " 类在部门收支总体情况表中没有对应的支出行。",
                        t3.row(e.getValue().firstRow()), "收支总表列示的类", e.getKey(), "改正科目编码，或核对所用的公开口径。");
            }
        }
    }

    private void t1t4Classes(ValidationContext ctx, TableView t1, TableView t4) {
        boolean allFiscal = t1.fixed("income.current_total", "amount").compareTo(t4.fixed("income.current", "amount")) == 0
                && t1.fixed("income.carryover", "amount").compareTo(t4.fixed("income.carryover", "amount")) == 0;
        for (RowSpec rs : t1.spec().expenditureRows()) {
            if (rs.functionClass() == null) {
                continue;
            }
            RowSpec r4 = t4.spec().expenditureRows().stream().filter(x -> rs.functionClass().equals(x.functionClass()))
                    .findFirst().orElse(null);
            if (r4 == null) {
                continue;
            }
            BigDecimal v1 = t1.fixed(rs.key(), "amount");
            BigDecimal v4 = t4.fixed(r4.key(), "total");
            if (allFiscal ? v1.compareTo(v4) != 0 : v1.compareTo(v4) < 0) {
                ctx.report(Rules.T1_T4_CLASSES, allFiscal
                                ? "收入全部为财政拨款，“" + rs.label() + "”应与财政拨款收支总体情况表“" + r4.label() + "”的合计相同。"
                                : "“" + rs.label() + "”不应小于财政拨款收支总体情况表“" + r4.label() + "”的合计。",
                        t1.fixedCell(rs.key(), "amount"), (allFiscal ? "" : "≥ ") + ValidationContext.print(v4),
                        ValidationContext.print(v1), "核对两表同一类的支出数。");
            }
        }
    }

    private void t4t5Classes(ValidationContext ctx, TableView t4, TableView t5) {
        Map<String, CodeSums.Group> byClass = CodeSums.byKey(t5, "total", c -> c.substring(0, 3));
        Set<String> listed = new LinkedHashSet<>();
        for (RowSpec rs : t4.spec().expenditureRows()) {
            if (rs.functionClass() == null) {
                continue;
            }
            listed.add(rs.functionClass());
            CodeSums.Group g = byClass.get(rs.functionClass());
            sum(ctx, Rules.T4_T5_CLASSES, g == null ? BigDecimal.ZERO : g.sum(), g == null ? 0 : g.terms(),
                    "一般公共预算支出情况表 " + rs.functionClass() + " 类各项之和", t4.fixedCell(rs.key(), "general_budget"),
                    t4.fixed(rs.key(), "general_budget"), "核对两表同一类的一般公共预算支出。");
        }
        for (Map.Entry<String, CodeSums.Group> e : byClass.entrySet()) {
            if (!listed.contains(e.getKey())) {
                ctx.report(Rules.T4_T5_CLASSES, "支出功能分类 " + e.getKey() + " 类在财政拨款收支总体情况表中没有对应的支出行。",
                        t5.row(e.getValue().firstRow()), "财政拨款收支总表列示的类", e.getKey(), "改正科目编码。");
            }
        }
    }

    private void t5WithinT3(ValidationContext ctx, TableView t5, TableView t3) {
        for (ColumnSpec c : t5.spec().columns()) {
            if (!c.isValue() || t3.spec().column(c.id()).isEmpty()) {
                continue;
            }
            BigDecimal v5 = t5.total(c.id());
            BigDecimal v3 = t3.total(c.id());
            if (v5.compareTo(v3) > 0) {
                ctx.report(Rules.T5_T3, "一般公共预算支出合计的“" + t5.columnTitle(null, c.id()) + "”大于部门支出总体情况表的对应数。",
                        t5.totalCell(c.id()), "≤ " + ValidationContext.print(v3), ValidationContext.print(v5),
                        "一般公共预算支出是部门支出的一部分；请核对两表。");
            }
            Map<String, CodeSums.Group> s5 = CodeSums.byKey(t5, c.id(), x -> x);
            Map<String, CodeSums.Group> s3 = CodeSums.byKey(t3, c.id(), x -> x);
            for (Map.Entry<String, CodeSums.Group> e : s5.entrySet()) {
                CodeSums.Group g3 = s3.get(e.getKey());
                CodeSums.Group g5 = e.getValue();
                if (g3 == null) {
                    if ("total".equals(c.id())) {
                        ctx.report(Rules.T5_T3, "科目 " + e.getKey() + " 出现在一般公共预算支出情况表中，但部门支出总体情况表中没有。",
                                t5.row(g5.firstRow()), "部门支出总表中的科目", e.getKey(), "在部门支出总体情况表中补列该项，或改正编码。");
                    }
                    continue;
                }
                BigDecimal tol = g5.terms() == 1 && g3.terms() == 1 ? RoundingTolerance.EXACT
                        : ctx.tolerance(g5.terms() + g3.terms());
                if (g5.sum().subtract(g3.sum()).compareTo(tol) > 0) {
                    ctx.report(Rules.T5_T3, "科目 " + e.getKey() + " 的一般公共预算“" + t5.columnTitle(null, c.id())
                                    + "”大于部门支出总体情况表的对应数。", t5.cell(g5.firstRow(), c.id()),
                            "≤ " + ValidationContext.print(g3.sum()), ValidationContext.print(g5.sum()), "核对两表中该项的金额。");
                }
            }
        }
    }

    private void econSplit(ValidationContext ctx, TableView t6) {
        List<TableRow> rows = t6.rows();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            String code = t6.code(r);
            if (!t6.isLeaf(r) || code == null) {
                continue;
            }
            String cls = code.substring(0, 3);
            String wrong = cls.equals("301") || cls.equals("303") ? "public" : cls.equals("302") || cls.equals("310") ? "personnel" : null;
            if (wrong != null && r.amount(wrong).signum() != 0) {
                String right = wrong.equals("public") ? "人员经费" : "公用经费";
                ctx.report(Rules.T6_ECON_SPLIT, cls + " 类科目 " + code + " 应全部计入" + right + "。", t6.cell(i, wrong), "0",
                        ValidationContext.print(r.amount(wrong)), "把该科目的金额填在“" + right + "”列。");
            }
        }
    }

    private void t3t7Types(ValidationContext ctx, TableView t3, TableView t7) {
        if (t3.total("project").signum() != 0) {
            return;
        }
        String[][] pairs = {{"basic_wages", "301"}, {"basic_family", "303"}, {"basic_goods", "302"}, {"basic_capital", "310"}};
        for (String[] p : pairs) {
            // 309 资本性支出（基本建设） is capital as well
            CodeSums.Group g = CodeSums.sumWhere(t7, "total", c -> c.startsWith(p[1]) || "310".equals(p[1]) && c.startsWith("309"));
            sum(ctx, Rules.T3_T7_TYPES, g.sum(), g.terms(), "支出经济分类汇总表 " + p[1] + " 类各款之和", t3.totalCell(p[0]),
                    t3.total(p[0]), "没有项目支出时，基本支出各经济类应与支出经济分类汇总表一致；请核对两表。");
        }
    }

    private void t7t6Econ(ValidationContext ctx, TableView t7, TableView t6, boolean equal) {
        Map<String, CodeSums.Group> s7 = CodeSums.byKey(t7, "general_budget", x -> x);
        Map<String, CodeSums.Group> s6 = CodeSums.byKey(t6, "total", x -> x);
        Set<String> codes = new LinkedHashSet<>(s6.keySet());
        if (equal) {
            codes.addAll(s7.keySet());
        }
        for (String code : codes) {
            CodeSums.Group g7 = s7.get(code);
            CodeSums.Group g6 = s6.get(code);
            BigDecimal v7 = g7 == null ? BigDecimal.ZERO : g7.sum();
            BigDecimal v6 = g6 == null ? BigDecimal.ZERO : g6.sum();
            int terms = (g7 == null ? 0 : g7.terms()) + (g6 == null ? 0 : g6.terms());
            BigDecimal tol = terms <= 2 ? RoundingTolerance.EXACT : ctx.tolerance(terms);
            boolean bad = equal ? !RoundingTolerance.within(v6, v7, tol) : v6.subtract(v7).compareTo(tol) > 0;
            if (bad) {
                Location where = g7 != null ? t7.cell(g7.firstRow(), "general_budget") : t6.cell(g6.firstRow(), "total");
                ctx.report(Rules.T7_T6_ECON, "经济分类 " + code + "：支出经济分类汇总表的一般公共预算为 " + ctx.withUnit(v7) + "，基本支出表为 "
                                + ctx.withUnit(v6) + (equal ? "，一般公共预算没有项目支出时两者应相同。" : "，前者不应小于后者。"), where,
                        (equal ? "" : "≥ ") + ValidationContext.print(v6), ValidationContext.print(v7), "核对两表中该经济分类款的金额。");
            }
        }
    }

    private void t12t10(ValidationContext ctx, TableView t12, TableView t10) {
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        List<TableRow> rows = t12.rows();
        List<TableRow> projects = t10.rows();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            if (r.rowKind() != TableRow.Kind.ITEM) {
                continue;
            }
            sum = sum.add(r.amount("total"));
            n++;
            String name = r.text("projectName");
            for (TableRow p : projects) {
                if (p.rowKind() == TableRow.Kind.ITEM && name != null && name.strip().equals(p.text("projectName") == null ? null
                        : p.text("projectName").strip()) && r.amount("total").compareTo(p.amount("total")) > 0) {
                    ctx.report(Rules.T12_T10, "项目“" + name + "”绩效目标表的资金总额大于项目支出预算表中该项目的合计。",
                            t12.cell(i, "total"), "≤ " + ValidationContext.print(p.amount("total")),
                            ValidationContext.print(r.amount("total")), "核对两表中该项目的金额。");
                }
            }
        }
        BigDecimal limit = t10.total("total");
        if (n > 0 && sum.subtract(limit).compareTo(ctx.tolerance(n)) > 0) {
            ctx.report(Rules.T12_T10, "项目绩效目标表的资金总额之和 " + ctx.withUnit(sum) + " 大于项目支出预算表合计 " + ctx.withUnit(limit) + "。",
                    t12.table(), "≤ " + ValidationContext.print(limit), ValidationContext.print(sum),
                    "绩效目标表只列项目支出中的项目；请核对两表。");
        }
    }

    private void t11(ValidationContext ctx, TableView t3) {
        Performance.DepartmentTargets d = ctx.submission().performance().department();
        if (d == null) {
            return; // explain.performance-goal reports the missing form
        }
        Performance.TargetBudget b = d.budget();
        if (b == null) {
            ctx.report(Rules.T11_T3, "部门（单位）整体绩效目标表缺少预算情况。", t11Location(ctx, "部门预算总额", "performance.department.budget"),
                    ValidationContext.print(t3.total("total")), null, "填写 performance.department.budget（总额、资金来源、基本支出、项目支出）。");
            return;
        }
        BigDecimal total = b.total() == null ? BigDecimal.ZERO : b.total();
        BigDecimal sources = nz(b.governmentFunds()).add(nz(b.specialAccount())).add(nz(b.unitFunds()));
        if (!RoundingTolerance.within(total, sources, ctx.tolerance(3))) {
            ctx.report(Rules.T11_T3, "整体绩效目标表的资金来源之和（" + ctx.withUnit(sources) + "）与部门预算总额不一致。",
                    t11Location(ctx, "部门预算总额", "performance.department.budget"), ValidationContext.print(total), ValidationContext.print(sources),
                    "政府预算资金 + 财政专户管理资金 + 单位资金应等于部门预算总额。");
        }
        BigDecimal structure = nz(b.basic()).add(nz(b.project()));
        if (!RoundingTolerance.within(total, structure, ctx.tolerance(2))) {
            ctx.report(Rules.T11_T3, "整体绩效目标表的资金结构之和（" + ctx.withUnit(structure) + "）与部门预算总额不一致。",
                    t11Location(ctx, "部门预算总额", "performance.department.budget"), ValidationContext.print(total), ValidationContext.print(structure),
                    "基本支出 + 项目支出应等于部门预算总额。");
        }
        String[][] pairs = {{"total", "部门预算总额"}, {"basic", "基本支出"}, {"project", "项目支出"}};
        BigDecimal[] values = {b.total(), b.basic(), b.project()};
        for (int i = 0; i < pairs.length; i++) {
            BigDecimal v = values[i] == null ? BigDecimal.ZERO : values[i];
            BigDecimal expected = t3.total(pairs[i][0]);
            if (v.compareTo(expected) != 0) {
                ctx.report(Rules.T11_T3, "整体绩效目标表的“" + pairs[i][1] + "”应与部门支出总体情况表的对应数（" + ctx.withUnit(expected)
                                + "）相同。", t11Location(ctx, pairs[i][1], "performance.department.budget." + pairs[i][0]),
                        ValidationContext.print(expected), values[i] == null ? "（空）" : ValidationContext.print(v),
                        "整体绩效目标表的预算情况抄自部门支出总体情况表；请核对。");
            }
        }
    }

    /** A location in the form table 部门（单位）整体绩效目标表, which is filled from performance.department. */
    private static Location t11Location(ValidationContext ctx, String label, String path) {
        String title = ctx.profile() == null ? null
                : ctx.profile().tables().stream().filter(t -> path.startsWith(String.valueOf(t.source())))
                .map(org.gongkai.profile.TableSpec::title).findFirst().orElse(null);
        String id = ctx.profile() == null ? null
                : ctx.profile().tables().stream().filter(t -> path.startsWith(String.valueOf(t.source())))
                .map(org.gongkai.profile.TableSpec::id).findFirst().orElse(null);
        return new Location(id, title, null, label, null, null, path, null);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private void priorItems(ValidationContext ctx) {
        PriorYear p = ctx.submission().priorYear();
        if (p.items().isEmpty() || p.generalBudgetExpenditure() == null) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : p.items().values()) {
            sum = sum.add(v == null ? BigDecimal.ZERO : v);
        }
        BigDecimal tol = ctx.tolerance(p.items().size());
        if (!RoundingTolerance.within(sum, p.generalBudgetExpenditure(), tol)) {
            ctx.report(Rules.PRIOR_ITEMS_SUM, "上年各项预算数之和 " + ctx.withUnit(sum) + " 与上年一般公共预算支出 "
                            + ctx.withUnit(p.generalBudgetExpenditure()) + " 不一致（允许舍入误差 ±" + tol.toPlainString() + "）。",
                    Location.field("priorYear.generalBudgetExpenditure"), ValidationContext.print(sum),
                    ValidationContext.print(p.generalBudgetExpenditure()), "核对上年预算数：各项之和应等于上年一般公共预算支出。");
        }
    }
}
