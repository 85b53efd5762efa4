package org.gongkai.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.catalog.ProcurementCategory;
import org.gongkai.model.Department;
import org.gongkai.model.OtherMatters;
import org.gongkai.model.PriorYear;
import org.gongkai.model.TableRow;
import org.gongkai.profile.TextFormat;

/**
 * Statements that contradict the document they sit in: a note calling a table with figures empty, prior-year comparatives
 * that do not add up, a unit printed under two names, key projects absent from the project table, assets missing or dated
 * in the wrong year, vehicle costs without vehicles, and a budget of zeros
 * (procurement reserves above the procurement budget are explain.other-matters, in ProfileRequirementsCheck). Column
 * ids used here ({@code projectName}, {@code total}, {@code vehicle_operation}) are the submission format's shared ids,
 * not one province's layout.
 */
final class ConsistencyCheck implements Check {

    /**
     * A note that says its table has no data: "本表无数据", "故本表为空", "本表为空表", "以空表列示", "没有……，故本表无数据",
     * or a note that is nothing but "无"/"暂无数据". A note about part of a table ("下属单位无数据") does not match: the
     * phrase must be about the table (本表/此表/该表) or conclude with 故/因此.
     */
    static final Pattern EMPTY_NOTE = Pattern.compile(
            "(本|此|该)(张)?表(格)?(中|内)?(均|全部|暂|暂时)?(为空|无数据|没有数据|无内容|没有内容|无相关数据|无数|是空表|空白|不涉及|无此项)"
                    + "|(故|因此|所以|因而|因)[^。；;]{0,8}(无数据|没有数据|为空|空表)"
                    + "|(为|是|以|列)空表"
                    + "|^\\s*(无|暂无|没有)(数据)?[。.]?\\s*$");

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");

    /** Shared column ids of the submission format (see docs/submission-format.md). */
    private static final String PROJECT_NAME = "projectName";
    private static final String TOTAL = "total";
    private static final String VEHICLE_OPERATION = "vehicle_operation";
    private static final String PROCUREMENT_CATALOG = "procurementCatalog";

    @Override
    public boolean arithmetic() {
        return true;
    }

    @Override
    public void run(ValidationContext ctx) {
        if (ctx.profile() == null) {
            return;
        }
        notesAgainstTables(ctx);
        prior(ctx);
        unitNames(ctx);
        keyProjects(ctx);
        assets(ctx);
        procurementCatalog(ctx);
        allZero(ctx);
    }

    // ---------------------------------------------------------------- 表下说明

    private void notesAgainstTables(ValidationContext ctx) {
        for (Map.Entry<String, String> e : ctx.submission().explanations().tableNotes().entrySet()) {
            TableView v = ctx.view(e.getKey());
            String note = e.getValue();
            if (v == null || !v.present() || note == null || !EMPTY_NOTE.matcher(note).find()) {
                continue;
            }
            int[] at = firstFigure(v);
            if (at == null) {
                continue;
            }
            TableRow r = v.rows().get(at[0]);
            String col = v.valueColumnsFor(r).get(at[1]).id();
            BigDecimal x = r.values().get(col);
            ctx.report(Rules.NOTE_CONTRADICTS_TABLE, "“" + v.title() + "”下的说明写着没有数据（“" + note.strip() + "”），但本表有数据："
                            + v.rowLabel(at[0]) + " " + v.columnTitle(r, col) + " " + ctx.withUnit(x) + "。",
                    v.cell(at[0], col), "本表有数据（" + ValidationContext.print(x) + "）", note.strip(),
                    "删除 explanations.tableNotes.\"" + v.id() + "\" 中的这段说明，或核对本表的数据。");
        }
    }

    /** The first non-zero figure of a table: {row index, value column index}, or null. */
    private static int[] firstFigure(TableView v) {
        for (int i = 0; i < v.rows().size(); i++) {
            TableRow r = v.rows().get(i);
            var cols = v.valueColumnsFor(r);
            for (int c = 0; c < cols.size(); c++) {
                BigDecimal x = r.values().get(cols.get(c).id());
                if (x != null && x.signum() != 0) {
                    return new int[] {i, c};
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- 上年比较数

    private void prior(ValidationContext ctx) {
        PriorYear p = ctx.submission().priorYear();
        if (p == null) {
            return;
        }
        equal(ctx, "上年收入总计与上年支出总计", p.incomeTotal(), "priorYear.incomeTotal", p.expenditureTotal(), "priorYear.expenditureTotal", 1);
        Map<String, BigDecimal> t = p.threePublic();
        sumOf(ctx, "上年“三公”经费合计", t, "priorYear.threePublic", "total", List.of("outbound", "vehicle", "reception"));
        sumOf(ctx, "上年公务用车购置及运行费", t, "priorYear.threePublic", "vehicle", List.of("vehicle_purchase", "vehicle_operation"));
        Map<String, BigDecimal> f = p.fiscalAppropriation();
        List<String> sources = List.of("general_budget", "gov_fund", "state_capital");
        // No "total = Σ sources" here: a profile may compare each source with a different base (上年预算 / 上年预算执行数).
        BigDecimal fiscal = null;
        if (sources.stream().anyMatch(f::containsKey)) {
            fiscal = sources.stream().map(f::get).filter(x -> x != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        atMost(ctx, "上年财政拨款", fiscal, "priorYear.fiscalAppropriation", "上年收入总计", p.incomeTotal(), "priorYear.incomeTotal", sources.size());
        atMost(ctx, "上年一般公共预算支出", p.generalBudgetExpenditure(), "priorYear.generalBudgetExpenditure", "上年支出总计",
                p.expenditureTotal(), "priorYear.expenditureTotal", 1);
        if (ctx.requires("priorGeneralBudgetBalanced") && f.get("general_budget") != null && p.generalBudgetExpenditure() != null
                && !RoundingTolerance.within(f.get("general_budget"), p.generalBudgetExpenditure(), ctx.tolerance(1))) {
            ctx.report(Rules.PRIOR_GENERAL_BUDGET, "上年一般公共预算财政拨款（" + ctx.withUnit(f.get("general_budget"))
                            + "）与上年一般公共预算支出（" + ctx.withUnit(p.generalBudgetExpenditure()) + "）不同；说明中两处比较会互相矛盾。",
                    Location.field("priorYear.generalBudgetExpenditure"), ValidationContext.print(f.get("general_budget")),
                    ValidationContext.print(p.generalBudgetExpenditure()),
                    "核对 priorYear.fiscalAppropriation.general_budget 与 priorYear.generalBudgetExpenditure（上年公开的同一个数）。");
        }
    }

    private void equal(ValidationContext ctx, String what, BigDecimal a, String aPath, BigDecimal b, String bPath, int terms) {
        if (a == null || b == null || RoundingTolerance.within(a, b, ctx.tolerance(terms))) {
            return;
        }
        ctx.report(Rules.PRIOR_CONSISTENCY, what + "不同：" + aPath + " 为 " + ctx.withUnit(a) + "，" + bPath + " 为 " + ctx.withUnit(b)
                        + "；上年预算收支平衡，两数应相同。", Location.field(bPath), ValidationContext.print(a), ValidationContext.print(b),
                "核对上年公开的部门预算中的这两个数。");
    }

    private void sumOf(ValidationContext ctx, String what, Map<String, BigDecimal> m, String path, String total, List<String> parts) {
        BigDecimal whole = m.get(total);
        if (whole == null || !parts.stream().allMatch(m::containsKey) || parts.stream().anyMatch(k -> m.get(k) == null)) {
            return;
        }
        BigDecimal sum = parts.stream().map(m::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (RoundingTolerance.within(whole, sum, ctx.tolerance(parts.size()))) {
            return;
        }
        ctx.report(Rules.PRIOR_CONSISTENCY, what + "（" + path + "." + total + "）为 " + ctx.withUnit(whole) + "，而各项（"
                        + String.join(" + ", parts) + "）之和为 " + ctx.withUnit(sum) + "。", Location.field(path + "." + total),
                ValidationContext.print(sum), ValidationContext.print(whole), "核对上年公开的部门预算中的合计与各项。");
    }

    private void atMost(ValidationContext ctx, String part, BigDecimal a, String aPath, String whole, BigDecimal b, String bPath,
                        int terms) {
        if (a == null || b == null || a.compareTo(b.add(ctx.tolerance(terms))) <= 0) {
            return;
        }
        ctx.report(Rules.PRIOR_CONSISTENCY, part + "（" + aPath + "，" + ctx.withUnit(a) + "）大于" + whole + "（" + bPath + "，"
                        + ctx.withUnit(b) + "）；部分不能大于整体。", Location.field(aPath), "≤ " + ValidationContext.print(b),
                ValidationContext.print(a), "核对上年公开的部门预算中的这两个数。");
    }

    // ---------------------------------------------------------------- 单位名称

    private void unitNames(ValidationContext ctx) {
        Department d = ctx.submission().department();
        if (d == null) {
            return;
        }
        Map<String, String> names = new HashMap<>();
        for (Department.BudgetUnit u : d.units()) {
            if (u != null && u.code() != null && u.name() != null && !u.name().isBlank()) {
                names.put(u.code().strip(), u.name().strip());
            }
        }
        if (d.code() != null && d.name() != null && !d.name().isBlank()) {
            names.putIfAbsent(d.code().strip(), d.name().strip());
        }
        for (TableView v : ctx.dataViews()) {
            if (!v.present()) {
                continue;
            }
            for (int i = 0; i < v.rows().size(); i++) {
                TableRow r = v.rows().get(i);
                if (r.rowKind() != TableRow.Kind.UNIT || r.unitCode() == null || r.name() == null || r.name().isBlank()) {
                    continue;
                }
                String expected = names.get(r.unitCode().strip());
                if (expected != null && !normal(expected).equals(normal(r.name()))) {
                    ctx.report(Rules.UNIT_NAME, "“" + v.title() + "”第" + (i + 1) + "行单位 " + r.unitCode().strip() + " 的名称“" + r.name().strip()
                                    + "”与预算单位名称“" + expected + "”不同；同一单位在文件中会出现两个名称。", v.field(i, "name", null),
                            expected, r.name().strip(), "把表中的单位名称改为“" + expected + "”，或改正 department.units 中的名称。");
                }
            }
        }
    }

    private static String normal(String s) {
        return s.replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
    }

    // ---------------------------------------------------------------- 重点项目

    private void keyProjects(ValidationContext ctx) {
        List<OtherMatters.KeyProject> projects = ctx.submission().otherMatters().keyProjects();
        if (projects.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> amounts = new HashMap<>();
        Set<String> tables = new HashSet<>();
        String title = null;
        for (TableView v : ctx.dataViews()) {
            if (!v.present() || !v.keyTextColumns().contains(PROJECT_NAME)) {
                continue;
            }
            title = title == null ? v.title() : title;
            tables.add(v.id());
            String unit = ctx.profile().unitOf(v.spec(), ctx.unit());
            for (TableRow r : v.rows()) {
                String name = r.text(PROJECT_NAME);
                BigDecimal total = r.amount(TOTAL);
                if (r.rowKind() == TableRow.Kind.ITEM && name != null && !name.isBlank() && total != null) {
                    amounts.merge(normal(name), TextFormat.convert(total, unit, ctx.unit()), BigDecimal::max);
                }
            }
        }
        if (tables.isEmpty()) {
            return;
        }
        for (int i = 0; i < projects.size(); i++) {
            OtherMatters.KeyProject k = projects.get(i);
            if (k == null || k.name() == null || k.name().isBlank()) {
                continue;
            }
            BigDecimal limit = amounts.get(normal(k.name()));
            String path = "otherMatters.keyProjects[" + i + "]";
            if (limit == null) {
                ctx.report(Rules.KEY_PROJECTS, "重点项目“" + k.name().strip() + "”不在“" + title + "”中。", Location.field(path + ".name"),
                        "“" + title + "”中的项目名称", k.name().strip(), "重点项目名称须与项目支出表中的项目名称完全相同；核对名称或补上该项目。");
            } else if (k.amount() != null && k.amount().compareTo(limit.add(ctx.tolerance(1))) > 0) {
                ctx.report(Rules.KEY_PROJECTS, "重点项目“" + k.name().strip() + "”的金额 " + ctx.withUnit(k.amount()) + " 大于“" + title
                                + "”中该项目的合计 " + ctx.withUnit(limit) + "。", Location.field(path + ".amount"),
                        "≤ " + ValidationContext.print(limit), ValidationContext.print(k.amount()), "核对重点项目的金额与项目支出表。");
            }
        }
    }

    // ---------------------------------------------------------------- 国有资产占用

    private void assets(ValidationContext ctx) {
        OtherMatters.Assets a = ctx.submission().otherMatters().assets();
        if (ctx.requires("assets") && a == null) {
            ctx.report(Rules.ASSETS, "没有填写国有资产占用情况；公开文件会写“本部门未报送国有资产占用情况”。", Location.field("otherMatters.assets"),
                    "国有资产占用情况", null, "填写 otherMatters.assets（截至日期、车辆、大型设备；没有时填 0）。");
            return;
        }
        if (a == null) {
            return;
        }
        int year = ctx.year();
        if (a.asOf() == null || a.asOf().isBlank()) {
            if (ctx.requires("assets")) {
                ctx.report(Rules.ASSETS, "国有资产占用情况没有写明截至日期。", Location.field("otherMatters.assets.asOf"),
                        (year - 1) + "年12月31日", null, "在 otherMatters.assets.asOf 中写明截至日期，如“" + (year - 1) + "年12月31日”。");
            }
        } else if (year > 0) {
            Matcher m = YEAR.matcher(a.asOf());
            boolean any = false;
            boolean ok = false;
            while (m.find()) {
                any = true;
                int y = Integer.parseInt(m.group(1));
                ok |= y == year - 1 || y == year;
            }
            if (any && !ok) {
                ctx.report(Rules.ASSETS, "国有资产占用情况的截至日期“" + a.asOf().strip() + "”不是" + (year - 1) + "年或" + year
                                + "年；" + year + "年预算应说明截至上年末的资产。", Location.field("otherMatters.assets.asOf"),
                        (year - 1) + "年", a.asOf().strip(), "核对截至日期，更新车辆和设备数量。");
            }
        }
        int vehicles = a.vehicles() == null ? 0 : a.vehicles().total();
        for (Integer n : a.vehicleCategories().values()) {
            vehicles += n == null ? 0 : Math.max(0, n);
        }
        BigDecimal running = null;
        TableView at = null;
        for (TableView v : ctx.dataViews()) {
            if (v.present() && v.spec().columns().stream().anyMatch(c -> VEHICLE_OPERATION.equals(c.id()))) {
                BigDecimal s = BigDecimal.ZERO;
                for (TableRow r : v.rows()) {
                    BigDecimal x = r.amount(VEHICLE_OPERATION);
                    s = x == null ? s : s.add(x);
                }
                running = s;
                at = v;
                break;
            }
        }
        if (running == null || at == null) {
            return;
        }
        if (vehicles == 0 && running.signum() > 0) {
            ctx.report(Rules.VEHICLE_COSTS, "“" + at.title() + "”安排公务用车运行费 " + ValidationContext.print(running)
                            + "，但国有资产占用情况中车辆为 0 辆。", at.tableColumn(VEHICLE_OPERATION), "有车辆", "0 辆",
                    "核对车辆数（otherMatters.assets）或运行费；车辆由其他单位保障时可不改。");
        } else if (vehicles > 0 && running.signum() == 0) {
            ctx.report(Rules.VEHICLE_COSTS, "国有资产占用情况中有车辆 " + vehicles + " 辆，但“" + at.title() + "”的公务用车运行费为 0。",
                    at.tableColumn(VEHICLE_OPERATION), "运行费 > 0", "0", "核对车辆数（otherMatters.assets）或运行费。");
        }
    }

    // ---------------------------------------------------------------- 政府采购目录

    private void procurementCatalog(ValidationContext ctx) {
        for (TableView v : ctx.dataViews()) {
            if (!v.present() || !v.keyTextColumns().contains(PROCUREMENT_CATALOG)) {
                continue;
            }
            for (int i = 0; i < v.rows().size(); i++) {
                TableRow r = v.rows().get(i);
                if (r.rowKind() != TableRow.Kind.ITEM || r.values().values().stream().allMatch(x -> x == null || x.signum() == 0)) {
                    continue;
                }
                String catalog = r.text(PROCUREMENT_CATALOG);
                if (ProcurementCategory.of(catalog) == ProcurementCategory.UNKNOWN) {
                    String item = r.text("procurementItem");
                    ctx.report(Rules.PROCUREMENT_CATALOG, "“" + v.title() + "”第" + (i + 1) + "行" + (item == null || item.isBlank() ? "" : "（" + item.strip() + "）")
                                    + "的采购目录“" + (catalog == null ? "" : catalog.strip()) + "”无法归入货物、工程或服务；说明中的货物、工程、服务之和会小于采购总额。",
                            v.text(i, PROCUREMENT_CATALOG), "A 货物 / B 工程 / C 服务", catalog == null ? "" : catalog.strip(),
                            "填写《政府采购品目分类目录》中的品目编码（如 A02010104），或写明货物、工程、服务。");
                }
            }
        }
    }

    // ---------------------------------------------------------------- 全部为零

    private void allZero(ValidationContext ctx) {
        boolean anyTable = false;
        for (TableView v : ctx.dataViews()) {
            if (!v.present()) {
                continue;
            }
            anyTable = true;
            if (firstFigure(v) != null) {
                return;
            }
        }
        if (anyTable) {
            ctx.report(Rules.ALL_ZERO, "全部数据表的金额都是零或空白：这是空模板，不是部门预算。", Location.field("tables"),
                    "部门预算收支数", "全部为 0", "填入本部门的预算数后再提交。");
        }
    }
}
