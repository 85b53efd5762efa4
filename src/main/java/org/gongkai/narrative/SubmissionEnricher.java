package org.gongkai.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Explanations;
import org.gongkai.model.PriorYear;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.RowSpec;
import org.gongkai.profile.TableSpec;

/** Derives totals, shares, changes and names from a (valid) submission. Independent of Camel. */
public final class SubmissionEnricher {

    private static final String[] THREE_PUBLIC_IDS = {"outbound", "reception", "vehicle", "vehicle_operation", "vehicle_purchase"};
    private static final Map<String, String> THREE_PUBLIC_LABELS = Map.of(
            "total", "“三公”经费", "outbound", "因公出国（境）费", "reception", "公务接待费",
            "vehicle", "公务用车购置及运行费", "vehicle_operation", "公务用车运行维护费", "vehicle_purchase", "公务用车购置费");

    private final ClassificationNames names;
    private final PriorYearSource priorYears;

    /** {@code names} null: {@link ClassificationNames#standard()}; {@code priorYears} null: no archive. */
    public SubmissionEnricher(ClassificationNames names, PriorYearSource priorYears) {
        this.names = names == null ? ClassificationNames.standard() : names;
        this.priorYears = priorYears == null ? PriorYearSource.NONE : priorYears;
    }

    /** Names from the classification catalogue, no archive. */
    public SubmissionEnricher() {
        this(ClassificationNames.standard(), PriorYearSource.NONE);
    }

    /** Tables the figures, shares and charts of this enricher are read from. */
    private static final List<String> TABLES = List.of("income_expenditure_summary", "expenditure_summary",
            "fiscal_appropriation_summary", "general_budget_expenditure", "general_budget_basic_expenditure",
            "three_public_expenses", "government_fund_expenditure", "government_procurement", "project_expenditure");

    /** Whether a profile has the layout this enricher reads (its figures feed the charts and the open data's derived figures). */
    public static boolean applies(DisclosureProfile p) {
        return TABLES.stream().allMatch(t -> p.table(t).isPresent());
    }

    public Enrichment enrich(Submission s) {
        DisclosureProfile profile = DisclosureProfile.forSubmission(s.profile());
        int year = s.fiscalYear() == null ? 0 : s.fiscalYear();
        int prior = year - 1;
        List<String> warnings = new ArrayList<>();
        PriorYearFigures.Resolved resolved = PriorYearFigures.resolve(s, priorYears);
        PriorYear py = resolved.figures();
        if (resolved.origin() == PriorYearFigures.Origin.NONE) {
            warnings.add("提交材料未填写" + prior + "年预算数，档案中也没有本部门" + prior + "年已受理的预算，说明中的同比比较均已略去。");
        } else if (resolved.origin() == PriorYearFigures.Origin.ARCHIVE) {
            warnings.add("提交材料未填写" + prior + "年预算数，同比比较取自档案中本部门" + prior + "年已受理的预算。");
        }
        Explanations ex = s.explanations();
        Ctx c = new Ctx(warnings, prior);

        // 收入
        BudgetTable t1 = s.table("income_expenditure_summary");
        BigDecimal incomeTotal = fixed(t1, "income.grand_total", "amount");
        List<Enrichment.Source> sources = new ArrayList<>();
        TableSpec t1Spec = profile.requireTable("income_expenditure_summary");
        for (RowSpec r : t1Spec.incomeRows()) {
            if (r.partOf() == null) {
                sources.add(new Enrichment.Source(stripOrdinal(r.label()), fixed(t1, r.key(), "amount")));
            }
        }
        for (List<RowSpec> pair : t1Spec.footerRows()) {
            for (RowSpec r : pair) {
                if (r.key().startsWith("income.") && r.sumOf().isEmpty()) {
                    sources.add(new Enrichment.Source(stripOrdinal(r.label()), fixed(t1, r.key(), "amount")));
                }
            }
        }
        Change incomeChange = c.change("收入总计", incomeTotal, py.incomeTotal(), ex.incomeChange());
        Enrichment.Income income = new Enrichment.Income(incomeTotal, incomeChange, clean(ex.incomeChange()), sources);

        // 支出 (部门支出总体情况表)
        BudgetTable t3 = s.table("expenditure_summary");
        BigDecimal expTotal = fixed(t1, "expenditure.grand_total", "amount");
        TableRow t3Total = t3.totalRow().orElse(null);
        BigDecimal t3All = t3Total == null ? expTotal : t3Total.amount("total");
        BigDecimal basic = t3Total == null ? BigDecimal.ZERO : t3Total.amount("basic");
        BigDecimal project = t3Total == null ? BigDecimal.ZERO : t3Total.amount("project");
        Change expChange = c.change("支出总计", expTotal, py.expenditureTotal(), ex.expenditureChange());
        Enrichment.Expenditure expenditure = new Enrichment.Expenditure(expTotal, t3All, expChange, clean(ex.expenditureChange()),
                basic, Amounts.share(basic, t3All), project, Amounts.share(project, t3All));

        // 财政拨款
        BudgetTable t4 = s.table("fiscal_appropriation_summary");
        BigDecimal fGeneral = fixed(t4, "expenditure.total", "general_budget");
        BigDecimal fFund = fixed(t4, "expenditure.total", "gov_fund");
        BigDecimal fCapital = fixed(t4, "expenditure.total", "state_capital");
        Map<String, BigDecimal> pf = py.fiscalAppropriation();
        String fReason = ex.fiscalAppropriationChange();
        Enrichment.Fiscal fiscal = new Enrichment.Fiscal(fGeneral, fFund, fCapital,
                c.change("一般公共预算收支预算", fGeneral, pf.isEmpty() ? null : Amounts.nz(pf.get("general_budget")), fReason),
                c.change("政府性基金收支预算", fFund, pf.isEmpty() ? null : Amounts.nz(pf.get("gov_fund")), fReason),
                c.change("国有资本经营收支预算", fCapital, pf.isEmpty() ? null : Amounts.nz(pf.get("state_capital")), fReason),
                clean(fReason));

        // 一般公共预算支出
        BudgetTable t5 = s.table("general_budget_expenditure");
        TableRow t5Total = t5.totalRow().orElse(null);
        BigDecimal gTotal = t5Total == null ? sum(t5.items(), "total") : t5Total.amount("total");
        BigDecimal gBasic = t5Total == null ? sum(t5.items(), "basic") : t5Total.amount("basic");
        BigDecimal gProject = t5Total == null ? sum(t5.items(), "project") : t5Total.amount("project");
        Change gChange = c.change("一般公共预算支出", gTotal, py.generalBudgetExpenditure(), ex.generalBudgetChange());
        List<Enrichment.ItemLine> items = itemLines(t5, py.items(), ex.itemChanges(), c, true);
        Map<String, BigDecimal> byClass = new LinkedHashMap<>();
        items.stream().sorted((a, b) -> a.code().compareTo(b.code()))
                .forEach(i -> byClass.merge(i.code().substring(0, 3), i.amount(), BigDecimal::add));
        List<Enrichment.ClassShare> classes = new ArrayList<>();
        byClass.forEach((code, amount) -> classes.add(new Enrichment.ClassShare(code, c.name(code, names), amount,
                Amounts.share(amount, gTotal))));
        Enrichment.GeneralBudget general = new Enrichment.GeneralBudget(gTotal, gChange, clean(ex.generalBudgetChange()),
                gBasic, Amounts.share(gBasic, gTotal), gProject, Amounts.share(gProject, gTotal), classes, items);

        // 基本支出
        BudgetTable t6 = s.table("general_budget_basic_expenditure");
        TableRow t6Total = t6.totalRow().orElse(null);
        BigDecimal bTotal = t6Total == null ? sum(t6.items(), "total") : t6Total.amount("total");
        BigDecimal bPersonnel = t6Total == null ? sum(t6.items(), "personnel") : t6Total.amount("personnel");
        BigDecimal bPublic = t6Total == null ? sum(t6.items(), "public") : t6Total.amount("public");
        List<TableRow> econRows = t6.items().stream().filter(r -> r.econCode() != null)
                .sorted((a, b) -> a.econCode().compareTo(b.econCode())).toList();
        List<String> personnelItems = econRows.stream()
                .filter(r -> r.econCode().startsWith("301") || r.econCode().startsWith("303")).map(TableRow::name)
                .filter(n -> n != null && !n.isBlank()).toList();
        List<String> publicItems = econRows.stream()
                .filter(r -> r.econCode().startsWith("302") || r.econCode().startsWith("310")).map(TableRow::name)
                .filter(n -> n != null && !n.isBlank()).toList();
        Enrichment.Basic basicInfo = new Enrichment.Basic(bTotal, bPersonnel, Amounts.share(bPersonnel, bTotal),
                bPublic, Amounts.share(bPublic, bTotal), personnelItems, publicItems);

        // 三公
        TableRow t8 = s.table("three_public_expenses").fixedRow("current").orElse(null);
        Map<String, BigDecimal> p3 = py.threePublic();
        Enrichment.ThreePublicPart total3 = threePart("total", t8, p3, ex.threePublicChanges(), c);
        List<Enrichment.ThreePublicPart> parts3 = new ArrayList<>();
        for (String id : THREE_PUBLIC_IDS) {
            parts3.add(threePart(id, t8, p3, ex.threePublicChanges(), c));
        }
        Enrichment.ThreePublic three = new Enrichment.ThreePublic(total3, parts3);

        // 政府性基金
        BudgetTable t9 = s.table("government_fund_expenditure");
        TableRow t9Total = t9.totalRow().orElse(null);
        List<Enrichment.ItemLine> fundItems = itemLines(t9, Map.of(), Map.of(), c, false);
        Enrichment.GovFund govFund = new Enrichment.GovFund(
                t9Total == null ? sum(t9.items(), "total") : t9Total.amount("total"),
                t9Total == null ? sum(t9.items(), "basic") : t9Total.amount("basic"),
                t9Total == null ? sum(t9.items(), "project") : t9Total.amount("project"),
                fundItems);

        // 机关运行经费
        BigDecimal operating = s.otherMatters().operatingCosts();
        if (operating == null) {
            operating = bPublic;
            warnings.add("未填写机关运行经费，按一般公共预算基本支出表的公用经费" + AmountUnit.of(s.amountUnit()).money(bPublic) + "列示。");
        }
        Change opChange = c.change("机关运行经费", operating, py.operatingCosts(), ex.operatingCostChange());
        Enrichment.Operating op = new Enrichment.Operating(operating, opChange, clean(ex.operatingCostChange()));

        // 政府采购
        Enrichment.Procurement procurement = procurement(s.table("government_procurement"), warnings);

        // 绩效
        BigDecimal perfPersonnel = t3Total == null ? bPersonnel : t3Total.amount("basic_wages").add(t3Total.amount("basic_family"));
        BigDecimal perfPublic = t3Total == null ? bPublic : t3Total.amount("basic_goods").add(t3Total.amount("basic_capital"));
        Enrichment.PerformanceTotals perf = new Enrichment.PerformanceTotals(t3All, perfPersonnel, perfPublic, project,
                s.table("project_expenditure").items().size());

        return new Enrichment(year, prior, resolved.origin(), income, expenditure, fiscal, general, basicInfo, three,
                govFund, op, procurement, perf, List.copyOf(warnings));
    }

    private Enrichment.ThreePublicPart threePart(String id, TableRow row, Map<String, BigDecimal> prior,
                                                 Map<String, String> reasons, Ctx c) {
        BigDecimal amount = row == null ? BigDecimal.ZERO : row.amount(id);
        BigDecimal p = prior.isEmpty() ? null : prior.get(id);
        if (p == null && !prior.isEmpty() && "vehicle".equals(id) && prior.containsKey("vehicle_purchase")) {
            p = Amounts.nz(prior.get("vehicle_purchase")).add(Amounts.nz(prior.get("vehicle_operation")));
        }
        String label = THREE_PUBLIC_LABELS.get(id);
        String reason = reasons.get(id);
        Change change = c.change(label, amount, p, reason, !"vehicle".equals(id));
        return new Enrichment.ThreePublicPart(id, label, amount, change, clean(reason));
    }

    private List<Enrichment.ItemLine> itemLines(BudgetTable t, Map<String, BigDecimal> priorItems,
                                                Map<String, String> reasons, Ctx c, boolean compare) {
        List<Enrichment.ItemLine> lines = new ArrayList<>();
        for (TableRow r : t.items()) {
            String code = r.functionCode();
            if (code == null || code.length() != 7) {
                continue;
            }
            String className = c.name(code.substring(0, 3), names);
            String kuanName = c.name(code.substring(0, 5), names);
            String xiang = r.name() != null && !r.name().isBlank() ? r.name() : c.name(code, names);
            String label = className + "（类）" + kuanName + "（款）" + xiang + "（项）";
            Change change;
            if (compare) {
                BigDecimal p = priorItems.isEmpty() ? null : priorItems.getOrDefault(code, BigDecimal.ZERO);
                change = c.change(label, r.amount("total"), p, reasons.get(code));
            } else {
                change = Change.of(r.amount("total"), null);
            }
            lines.add(new Enrichment.ItemLine(code, className, kuanName, xiang, r.amount("total"), r.amount("basic"),
                    r.amount("project"), change, clean(reasons.get(code))));
        }
        return lines;
    }

    private static Enrichment.Procurement procurement(BudgetTable t14, List<String> warnings) {
        BigDecimal goods = BigDecimal.ZERO;
        BigDecimal works = BigDecimal.ZERO;
        BigDecimal services = BigDecimal.ZERO;
        BigDecimal itemSum = BigDecimal.ZERO;
        for (TableRow r : t14.items()) {
            BigDecimal a = r.amount("amount");
            itemSum = itemSum.add(a);
            switch (procurementCategory(r.text("procurementCatalog"))) {
                case 'A' -> goods = goods.add(a);
                case 'B' -> works = works.add(a);
                case 'C' -> services = services.add(a);
                default -> warnings.add("政府采购项目“" + nn(r.text("procurementItem")) + "”的采购目录“"
                        + nn(r.text("procurementCatalog")) + "”无法归入货物、工程或服务，只计入采购总额。");
            }
        }
        BigDecimal total = t14.totalRow().map(r -> r.amount("amount")).orElse(itemSum);
        return new Enrichment.Procurement(total, goods, works, services, t14.items().size());
    }

    /**
     * 政府采购品目分类目录: codes starting A are 货物, B 工程, C 服务; a catalogue written as text
     * ("货物类/办公设备", "服务") is classified by its words.
     */
    static char procurementCategory(String catalog) {
        return org.gongkai.catalog.ProcurementCategory.of(catalog);
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private static BigDecimal fixed(BudgetTable t, String key, String column) {
        return t.fixedRow(key).map(r -> r.amount(column)).orElse(BigDecimal.ZERO);
    }

    private static BigDecimal sum(List<TableRow> rows, String column) {
        return rows.stream().map(r -> r.amount(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** "一、一般公共预算" → "一般公共预算"; "（一）一般公共预算拨款" → "一般公共预算拨款". */
    static String stripOrdinal(String label) {
        return label.replaceFirst("^[一二三四五六七八九十]+、", "").replaceFirst("^[（(][一二三四五六七八九十]+[）)]\\s*", "");
    }

    /** A reason as the narrative inserts it: trimmed, without a final full stop or a prefix the narrative adds itself. */
    static String clean(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String r = reason.trim();
        r = r.replaceFirst("^(主要原因[:：]|主要是)", "").trim();
        while (r.endsWith("。") || r.endsWith(".") || r.endsWith("；") || r.endsWith(";")) {
            r = r.substring(0, r.length() - 1).trim();
        }
        return r.isEmpty() ? null : r;
    }

    /** Collects warnings while computing changes and names. */
    private static final class Ctx {
        private final List<String> warnings;
        private final int prior;

        Ctx(List<String> warnings, int prior) {
            this.warnings = warnings;
            this.prior = prior;
        }

        Change change(String label, BigDecimal current, BigDecimal priorValue, String reason) {
            return change(label, current, priorValue, reason, true);
        }

        Change change(String label, BigDecimal current, BigDecimal priorValue, String reason, boolean needsReason) {
            Change ch = Change.of(current, priorValue);
            switch (ch.direction()) {
                case UNKNOWN -> warnings.add("“" + label + "”缺少" + prior + "年预算数，说明中未作同比比较。");
                case NEW -> warnings.add("“" + label + "”" + prior + "年预算数为0，说明中只写增加额，不写增长率。");
                default -> {
                }
            }
            if (needsReason && ch.moved() && clean(reason) == null) {
                warnings.add("“" + label + "”较" + prior + "年有增减变化，但未填写变动原因。");
            }
            return ch;
        }

        String name(String code, ClassificationNames names) {
            return names.functionName(code).orElseGet(() -> {
                warnings.add("功能分类科目" + code + "的名称未找到，说明中以编码代替。");
                return code;
            });
        }
    }
}
