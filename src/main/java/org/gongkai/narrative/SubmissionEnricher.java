package org.gongkai.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.PriorYear;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.gongkai.profile.ComparisonSpec;
import org.gongkai.profile.DerivedSpec;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.Figures;
import org.gongkai.profile.RowSpec;
import org.gongkai.profile.TableSpec;

/** Derives totals, shares, changes and names from a (valid) submission. Independent of Camel. */
public final class SubmissionEnricher {

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

    /** Whether a profile declares derived figures ({@code derived}): they feed the charts and the open data. */
    public static boolean applies(DisclosureProfile p) {
        return p.derived() != null;
    }

    /** The derived figures the submission's profile declares ({@code derived}), in the submission's unit. */
    public Enrichment enrich(Submission s) {
        DisclosureProfile profile = DisclosureProfile.forSubmission(s.profile());
        DerivedSpec d = profile.derived();
        if (d == null) {
            throw new IllegalArgumentException("profile " + profile.id() + " declares no derived figures");
        }
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
        Ctx c = new Ctx(warnings, prior, s, profile, py);

        // 收入
        Enrichment.Income income = null;
        if (d.income() != null) {
            DerivedSpec.Slot sl = d.income();
            List<Enrichment.Source> sources = new ArrayList<>();
            if (sl.table() != null) {
                BudgetTable t1 = s.table(sl.table());
                TableSpec t1Spec = profile.requireTable(sl.table());
                String col = sl.amountColumn() == null ? "amount" : sl.amountColumn();
                for (RowSpec r : t1Spec.incomeRows()) {
                    if (r.partOf() == null) {
                        sources.add(new Enrichment.Source(stripOrdinal(r.label()), fixed(t1, r.key(), col)));
                    }
                }
                for (List<RowSpec> pair : t1Spec.footerRows()) {
                    for (RowSpec r : pair) {
                        if (r.key().startsWith("income.") && r.sumOf().isEmpty()) {
                            sources.add(new Enrichment.Source(stripOrdinal(r.label()), fixed(t1, r.key(), col)));
                        }
                    }
                }
            }
            BigDecimal total = c.amount(sl.figure());
            income = new Enrichment.Income(total, c.change(sl, total), clean(c.reason(sl)), sources);
        }

        // 支出
        Enrichment.Expenditure expenditure = null;
        if (d.expenditure() != null) {
            DerivedSpec.Slot sl = d.expenditure();
            BigDecimal grand = c.amount(sl.figure());
            BigDecimal all = sl.total() == null ? grand : c.value(sl.total());
            all = all == null ? grand : all;
            BigDecimal basic = c.amount(sl.basic());
            BigDecimal project = c.amount(sl.project());
            expenditure = new Enrichment.Expenditure(grand, all, c.change(sl, grand), clean(c.reason(sl)),
                    basic, Amounts.share(basic, all), project, Amounts.share(project, all));
        }

        // 财政拨款
        Enrichment.Fiscal fiscal = null;
        if (d.fiscal() != null) {
            DerivedSpec.Group g = d.fiscal();
            String reason = c.reasonAt(g.reason());
            BigDecimal[] amounts = new BigDecimal[3];
            Change[] changes = new Change[3];
            String[] ids = {"generalBudget", "govFund", "stateCapital"};
            for (int i = 0; i < ids.length; i++) {
                DerivedSpec.Slot sl = g.part(ids[i]);
                amounts[i] = sl == null ? BigDecimal.ZERO : c.amount(sl.figure());
                changes[i] = sl == null ? Change.of(amounts[i], null) : c.change(sl, amounts[i], reason);
            }
            fiscal = new Enrichment.Fiscal(amounts[0], amounts[1], amounts[2], changes[0], changes[1], changes[2], clean(reason));
        }

        // 一般公共预算支出
        Enrichment.GeneralBudget general = null;
        if (d.generalBudget() != null) {
            DerivedSpec.Slot sl = d.generalBudget();
            BigDecimal gTotal = c.amount(sl.figure());
            BigDecimal gBasic = c.amount(sl.basic());
            BigDecimal gProject = c.amount(sl.project());
            String gReason = c.reason(sl);
            Change gChange = c.change(sl, gTotal, gReason); // the total's warnings before its 项 lines
            List<Enrichment.ItemLine> items = sl.table() == null ? List.of() : itemLines(s.table(sl.table()), sl, c, true);
            Map<String, BigDecimal> byClass = new LinkedHashMap<>();
            items.stream().sorted((a, b) -> a.code().compareTo(b.code()))
                    .forEach(i -> byClass.merge(i.code().substring(0, 3), i.amount(), BigDecimal::add));
            List<Enrichment.ClassShare> classes = new ArrayList<>();
            byClass.forEach((code, amount) -> classes.add(new Enrichment.ClassShare(code, c.name(code, names), amount,
                    Amounts.share(amount, gTotal))));
            general = new Enrichment.GeneralBudget(gTotal, gChange, clean(gReason),
                    gBasic, Amounts.share(gBasic, gTotal), gProject, Amounts.share(gProject, gTotal), classes, items);
        }

        // 基本支出
        Enrichment.Basic basicInfo = null;
        if (d.basic() != null) {
            DerivedSpec.Slot sl = d.basic();
            BigDecimal bTotal = c.amount(sl.figure());
            BigDecimal bPersonnel = c.amount(sl.personnel());
            BigDecimal bPublic = c.amount(sl.publicCosts());
            List<TableRow> econRows = sl.table() == null ? List.of() : s.table(sl.table()).items().stream()
                    .filter(r -> r.econCode() != null).sorted((a, b) -> a.econCode().compareTo(b.econCode())).toList();
            basicInfo = new Enrichment.Basic(bTotal, bPersonnel, Amounts.share(bPersonnel, bTotal),
                    bPublic, Amounts.share(bPublic, bTotal), econNames(econRows, sl.personnelCodes()),
                    econNames(econRows, sl.publicCodes()));
        }

        // 三公
        Enrichment.ThreePublic three = null;
        if (d.threePublic() != null && d.threePublic().total() != null) {
            DerivedSpec.Group g = d.threePublic();
            Enrichment.ThreePublicPart total3 = threePart(g.total(), c);
            List<Enrichment.ThreePublicPart> parts3 = new ArrayList<>();
            for (DerivedSpec.Slot part : g.parts()) {
                parts3.add(threePart(part, c));
            }
            three = new Enrichment.ThreePublic(total3, parts3);
        }

        // 政府性基金
        Enrichment.GovFund govFund = null;
        if (d.govFund() != null) {
            DerivedSpec.Slot sl = d.govFund();
            govFund = new Enrichment.GovFund(c.amount(sl.figure()), c.amount(sl.basic()), c.amount(sl.project()),
                    sl.table() == null ? List.of() : itemLines(s.table(sl.table()), sl, c, false));
        }

        // 机关运行经费
        Enrichment.Operating op = null;
        if (d.operatingCosts() != null) {
            DerivedSpec.Slot sl = d.operatingCosts();
            BigDecimal operating = c.value(sl.figure());
            if (operating == null && sl.fallback() != null) {
                operating = c.amount(sl.fallback());
                if (sl.fallbackWarning() != null) {
                    warnings.add(sl.fallbackWarning().replace("{amount}", AmountUnit.of(s.amountUnit()).money(operating)));
                }
            }
            operating = Amounts.nz(operating);
            op = new Enrichment.Operating(operating, c.change(sl, operating), clean(c.reason(sl)));
        }

        // 政府采购
        Enrichment.Procurement procurement = null;
        if (d.procurement() != null && d.procurement().table() != null) {
            procurement = procurement(s.table(d.procurement().table()), d.procurement(), warnings);
        }

        // 绩效
        Enrichment.PerformanceTotals perf = null;
        if (d.performance() != null) {
            DerivedSpec.Slot sl = d.performance();
            perf = new Enrichment.PerformanceTotals(c.amount(sl.figure()), c.amount(sl.personnel()), c.amount(sl.publicCosts()),
                    c.amount(sl.project()), sl.table() == null ? 0 : s.table(sl.table()).items().size());
        }

        return new Enrichment(year, prior, resolved.origin(), income, expenditure, fiscal, general, basicInfo, three,
                govFund, op, procurement, perf, List.copyOf(warnings));
    }

    private static List<String> econNames(List<TableRow> econRows, List<String> prefixes) {
        return econRows.stream().filter(r -> prefixes.stream().anyMatch(p -> r.econCode().startsWith(p)))
                .map(TableRow::name).filter(n -> n != null && !n.isBlank()).toList();
    }

    private Enrichment.ThreePublicPart threePart(DerivedSpec.Slot sl, Ctx c) {
        BigDecimal amount = c.amount(sl.figure());
        String reason = c.reason(sl);
        Change change = c.change(sl, amount, reason);
        return new Enrichment.ThreePublicPart(sl.id(), sl.label(), amount, change, clean(reason));
    }

    private List<Enrichment.ItemLine> itemLines(BudgetTable t, DerivedSpec.Slot sl, Ctx c, boolean compare) {
        List<Enrichment.ItemLine> lines = new ArrayList<>();
        boolean priorListed = compare && sl.itemPrior() != null
                && !c.py.map(sl.itemPrior().split("\\.", 2)[0]).isEmpty();
        for (TableRow r : t.items()) {
            String code = r.functionCode();
            if (code == null || code.length() != 7) {
                continue;
            }
            String className = c.name(code.substring(0, 3), names);
            String kuanName = c.name(code.substring(0, 5), names);
            String xiang = r.name() != null && !r.name().isBlank() ? r.name() : c.name(code, names);
            String label = className + "（类）" + kuanName + "（款）" + xiang + "（项）";
            String reason = sl.itemReason() == null ? null : c.reasonAt(ComparisonSpec.forRow(sl.itemReason(), code, null));
            Change change;
            if (compare && sl.itemPrior() != null) {
                BigDecimal p = priorListed ? Amounts.nz(c.py.field(ComparisonSpec.forRow(sl.itemPrior(), code, null))) : null;
                change = c.change(label, r.amount("total"), p, reason, true);
            } else {
                change = Change.of(r.amount("total"), null);
            }
            lines.add(new Enrichment.ItemLine(code, className, kuanName, xiang, r.amount("total"), r.amount("basic"),
                    r.amount("project"), change, clean(reason)));
        }
        return lines;
    }

    private static Enrichment.Procurement procurement(BudgetTable t14, DerivedSpec.Slot sl, List<String> warnings) {
        String amountCol = sl.amountColumn() == null ? "amount" : sl.amountColumn();
        BigDecimal goods = BigDecimal.ZERO;
        BigDecimal works = BigDecimal.ZERO;
        BigDecimal services = BigDecimal.ZERO;
        BigDecimal itemSum = BigDecimal.ZERO;
        for (TableRow r : t14.items()) {
            BigDecimal a = r.amount(amountCol);
            itemSum = itemSum.add(a);
            switch (procurementCategory(r.text(sl.catalogColumn()))) {
                case 'A' -> goods = goods.add(a);
                case 'B' -> works = works.add(a);
                case 'C' -> services = services.add(a);
                default -> warnings.add("政府采购项目“" + nn(r.text(sl.nameColumn())) + "”的采购目录“"
                        + nn(r.text(sl.catalogColumn())) + "”无法归入货物、工程或服务，只计入采购总额。");
            }
        }
        BigDecimal total = t14.totalRow().map(r -> r.amount(amountCol)).orElse(itemSum);
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

    /** Reads the profile's figures and collects warnings while computing changes and names. */
    private static final class Ctx {
        private final List<String> warnings;
        private final int prior;
        private final Submission s;
        private final DisclosureProfile profile;
        private final PriorYear py;
        private final Figures figures;
        private final String unit;

        Ctx(List<String> warnings, int prior, Submission s, DisclosureProfile profile, PriorYear py) {
            this.warnings = warnings;
            this.prior = prior;
            this.s = s;
            this.profile = profile;
            this.py = py;
            this.figures = new Figures(s, profile);
            this.unit = figures.submissionUnit();
        }

        /** A named figure ({@code "a ?? b"}: the first not blank), 0 when blank or not declared. */
        BigDecimal amount(String figure) {
            return Amounts.nz(value(figure));
        }

        /**
         * A named figure in the submission's unit, null when blank; a blank figure on a table's total row is the sum
         * of the table's rows.
         */
        BigDecimal value(String figure) {
            if (figure == null) {
                return null;
            }
            for (String alt : figure.split("\\?\\?")) {
                String name = alt.strip();
                BigDecimal v = figures.namedIn(name, unit);
                if (v == null) {
                    v = itemSum(profile.figures().get(name));
                }
                if (v != null) {
                    return v;
                }
            }
            return null;
        }

        /** A figure that is one cell of a table's total row, when the table has no total row: the sum of its rows. */
        private BigDecimal itemSum(List<String> terms) {
            if (terms == null || terms.size() != 1) {
                return null;
            }
            String[] parts = Figures.firstTerm(terms).split("/");
            if (parts.length != 3 || !"total".equals(parts[1]) || profile.table(parts[0]).isEmpty()) {
                return null;
            }
            BudgetTable t = s.table(parts[0]);
            if (t.totalRow().isPresent()) {
                return null;
            }
            TableSpec spec = profile.requireTable(parts[0]);
            return org.gongkai.profile.TextFormat.convert(sum(t.items(), parts[2]), profile.unitOf(spec, unit), unit);
        }

        String reason(DerivedSpec.Slot sl) {
            return reasonAt(sl.reason());
        }

        String reasonAt(String path) {
            return path == null ? null : figures.reason(path);
        }

        /** The prior-year figure of a slot, from the resolved comparatives; null when not compared or not given. */
        BigDecimal priorOf(DerivedSpec.Slot sl) {
            if (sl.prior() == null) {
                return null;
            }
            BigDecimal p = py.field(sl.prior());
            String mapName = sl.prior().split("\\.", 2)[0];
            boolean mapGiven = !py.map(mapName).isEmpty();
            if (p == null && Boolean.TRUE.equals(sl.absentIsZero()) && mapGiven) {
                return BigDecimal.ZERO;
            }
            if (p == null && !sl.priorSumOf().isEmpty() && py.field(sl.priorSumOf().get(0)) != null) {
                BigDecimal sum = BigDecimal.ZERO;
                for (String f : sl.priorSumOf()) {
                    sum = sum.add(Amounts.nz(py.field(f)));
                }
                return sum;
            }
            return p;
        }

        Change change(DerivedSpec.Slot sl, BigDecimal current) {
            return change(sl, current, reason(sl));
        }

        Change change(DerivedSpec.Slot sl, BigDecimal current, String reason) {
            if (sl.prior() == null) {
                return Change.of(current, null);
            }
            return change(sl.label(), current, priorOf(sl), reason, sl.reasonRequired());
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
