package org.gongkai.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.TableRow;
import org.gongkai.profile.ColumnSpec;
import org.gongkai.profile.RowSpec;
import org.gongkai.profile.TableSpec;

/** Inside each table: row identities, "其中" parts, 合计/unit/类款 subtotal rows, balance-table sum rows. */
final class TableSumCheck implements Check {

    @Override
    public boolean arithmetic() {
        return true;
    }

    @Override
    public void run(ValidationContext ctx) {
        for (TableView v : ctx.dataViews()) {
            if (!v.present()) {
                continue;
            }
            rowSums(ctx, v);
            partOfColumns(ctx, v);
            if (v.spec().layout() == TableSpec.Layout.BALANCE) {
                balanceRows(ctx, v);
            } else if (v.spec().layout() == TableSpec.Layout.GRID) {
                totalRow(ctx, v);
                unitRows(ctx, v);
                subtotalRows(ctx, v);
            }
        }
    }

    private void rowSums(ValidationContext ctx, TableView v) {
        List<TableRow> rows = v.rows();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            for (TableSpec.SumSpec s : v.spec().rowSums()) {
                if (v.valueColumn(r, s.total()).isEmpty()) {
                    continue;
                }
                if (!r.has(s.total()) && s.parts().stream().noneMatch(part -> nonZero(r, part))) {
                    continue; // blank total over blank or zero parts: nothing published to compare
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (String part : s.parts()) {
                    sum = sum.add(r.amount(part));
                }
                BigDecimal found = r.amount(s.total());
                // only published parts carry a rounding error; a blank part adds neither amount nor tolerance
                BigDecimal tol = ctx.tolerance(v, (int) s.parts().stream().filter(r::has).count());
                if (!RoundingTolerance.within(sum, found, tol)) {
                    String parts = String.join(" + ", s.parts().stream().map(p -> v.columnTitle(r, p)).toList());
                    ctx.report(Rules.ROW_SUM, "“" + v.columnTitle(r, s.total()) + "”应等于 " + parts + "，差 "
                                    + ValidationContext.print(found.subtract(sum).abs()) + "（允许舍入误差 ±"
                                    + tol.toPlainString() + "）。",
                            v.cell(i, s.total()), ValidationContext.print(sum), ValidationContext.print(found),
                            "核对本行各分项；合计应为各分项之和。");
                }
            }
        }
    }

    private void partOfColumns(ValidationContext ctx, TableView v) {
        List<TableRow> rows = v.rows();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            for (TableSpec.PartSpec p : v.spec().partOf()) {
                if (v.valueColumn(r, p.part()).isEmpty()) {
                    continue;
                }
                BigDecimal part = r.amount(p.part());
                BigDecimal whole = r.amount(p.whole());
                if (part.compareTo(whole) > 0) {
                    ctx.report(Rules.PART_OF, "“" + v.columnTitle(r, p.part()) + "”不得大于“" + v.columnTitle(r, p.whole()) + "”。",
                            v.cell(i, p.part()), "≤ " + ValidationContext.print(whole), ValidationContext.print(part),
                            "“其中”数是所属数的一部分，请核对两列。");
                }
            }
        }
    }

    private void balanceRows(ValidationContext ctx, TableView v) {
        TableSpec spec = v.spec();
        List<TableRow> rows = v.rows();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            RowSpec rs = v.fixedSpec(r.item());
            if (rs == null) {
                continue;
            }
            if (rs.partOf() != null) {
                for (ColumnSpec c : v.valueColumnsFor(r)) {
                    BigDecimal part = r.amount(c.id());
                    BigDecimal whole = v.fixed(rs.partOf(), c.id());
                    if (part.compareTo(whole) > 0) {
                        String wholeLabel = spec.fixedRow(rs.partOf()).map(RowSpec::label).orElse(rs.partOf());
                        ctx.report(Rules.PART_OF, "“" + rs.label() + "”不得大于“" + wholeLabel + "”。", v.cell(i, c.id()),
                                "≤ " + ValidationContext.print(whole), ValidationContext.print(part), "“其中”数是所属数的一部分，请核对两行。");
                    }
                }
            }
            if (rs.sumOf().isEmpty()) {
                continue;
            }
            List<String> parts = partsOf(spec, rs);
            for (ColumnSpec c : v.valueColumnsFor(r)) {
                if (!r.has(c.id()) && parts.stream().allMatch(key -> v.fixed(key, c.id()).signum() == 0)) {
                    continue; // blank sum row over blank or zero rows
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (String key : parts) {
                    sum = sum.add(v.fixed(key, c.id()));
                }
                BigDecimal found = r.amount(c.id());
                BigDecimal tol = ctx.tolerance(v, (int) parts.stream().filter(key -> v.fixedIndex(key) >= 0
                        && v.rows().get(v.fixedIndex(key)).has(c.id())).count());
                if (!RoundingTolerance.within(sum, found, tol)) {
                    ctx.report(Rules.BALANCE_ROW, "“" + rs.label() + "”应等于其组成行之和（" + describe(spec, parts) + "），允许舍入误差 ±"
                                    + tol.toPlainString() + "。", v.cell(i, c.id()), ValidationContext.print(sum),
                            ValidationContext.print(found), "核对“" + rs.label() + "”及其组成行。");
                }
            }
        }
    }

    /** The row keys a sumOf row adds up: named rows, or the income/expenditure/class rows (no "其中", sums or legacy rows). */
    static List<String> partsOf(TableSpec spec, RowSpec row) {
        List<String> keys = new ArrayList<>();
        for (String s : row.sumOf()) {
            switch (s) {
                case "incomeRows" -> spec.incomeRows().stream().filter(TableSumCheck::plain).forEach(r -> keys.add(r.key()));
                case "expenditureRows" -> spec.expenditureRows().stream().filter(TableSumCheck::plain).forEach(r -> keys.add(r.key()));
                case "classes" -> spec.expenditureRows().stream().filter(r -> r.functionClass() != null).forEach(r -> keys.add(r.key()));
                default -> keys.add(s);
            }
        }
        return keys;
    }

    private static boolean plain(RowSpec r) {
        return r.partOf() == null && r.sumOf().isEmpty() && !r.isLegacy();
    }

    private static String describe(TableSpec spec, List<String> keys) {
        if (keys.size() > 4) {
            return keys.size() + " 行";
        }
        return String.join(" + ", keys.stream().map(k -> spec.fixedRow(k).map(RowSpec::label).orElse(k)).toList());
    }

    private void totalRow(ValidationContext ctx, TableView v) {
        List<TableRow> rows = v.rows();
        int t = v.totalIndex().orElse(-1);
        if (t < 0) {
            return;
        }
        List<Integer> parts = new ArrayList<>();
        boolean hasUnits = rows.stream().anyMatch(r -> r.rowKind() == TableRow.Kind.UNIT);
        if (hasUnits) {
            List<String> codes = rows.stream().filter(r -> r.rowKind() == TableRow.Kind.UNIT && r.unitCode() != null)
                    .map(r -> r.unitCode().strip()).toList();
            for (int i = 0; i < rows.size(); i++) {
                TableRow r = rows.get(i);
                if (r.rowKind() == TableRow.Kind.UNIT && r.unitCode() != null && parentUnit(r.unitCode().strip(), codes) == null) {
                    parts.add(i);
                }
            }
        } else {
            for (int i = 0; i < rows.size(); i++) {
                if (v.isLeaf(rows.get(i))) {
                    parts.add(i);
                }
            }
        }
        compareSum(ctx, v, t, parts, Rules.TOTAL_ROW, hasUnits ? "各顶层单位行" : "各末级科目行");
    }

    private void unitRows(ValidationContext ctx, TableView v) {
        List<TableRow> rows = v.rows();
        List<String> codes = rows.stream().filter(r -> r.rowKind() == TableRow.Kind.UNIT && r.unitCode() != null)
                .map(r -> r.unitCode().strip()).toList();
        for (int u = 0; u < rows.size(); u++) {
            TableRow unit = rows.get(u);
            if (unit.rowKind() != TableRow.Kind.UNIT || unit.unitCode() == null) {
                continue;
            }
            String code = unit.unitCode().strip();
            List<Integer> children = new ArrayList<>();
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                TableRow r = rows.get(i);
                if (r.rowKind() == TableRow.Kind.UNIT && r.unitCode() != null && code.equals(parentUnit(r.unitCode().strip(), codes))) {
                    children.add(i);
                }
                if (v.isLeaf(r) && v.ownerUnit(i) == u) {
                    items.add(i);
                }
            }
            if (!children.isEmpty()) {
                compareSum(ctx, v, u, children, Rules.UNIT_ROW, "其下属单位行");
            } else if (!items.isEmpty()) {
                compareSum(ctx, v, u, items, Rules.UNIT_ROW, "其后所列的末级科目行");
            }
        }
    }

    private void subtotalRows(ValidationContext ctx, TableView v) {
        List<TableRow> rows = v.rows();
        for (int s = 0; s < rows.size(); s++) {
            TableRow sub = rows.get(s);
            if (!v.isSubtotal(sub)) {
                continue;
            }
            String prefix = v.code(sub);
            int owner = v.ownerUnit(s);
            List<Integer> parts = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                TableRow r = rows.get(i);
                if (v.isLeaf(r) && v.ownerUnit(i) == owner && v.code(r).startsWith(prefix)) {
                    parts.add(i);
                }
            }
            if (!parts.isEmpty()) {
                compareSum(ctx, v, s, parts, Rules.SUBTOTAL_ROW, "以 " + prefix + " 开头的各项");
            }
        }
    }

    /** The longest other unit code that is a proper prefix of this one (its parent unit), or null. */
    static String parentUnit(String code, List<String> codes) {
        String best = null;
        for (String c : codes) {
            if (!c.equals(code) && code.startsWith(c) && (best == null || c.length() > best.length())) {
                best = c;
            }
        }
        return best;
    }

    private void compareSum(ValidationContext ctx, TableView v, int target, List<Integer> parts, RuleDefinition rule, String what) {
        List<TableRow> rows = v.rows();
        TableRow t = rows.get(target);
        for (ColumnSpec c : v.valueColumnsFor(t)) {
            // only published cells carry a rounding error; a blank cell adds neither amount nor tolerance
            BigDecimal tol = ctx.tolerance(v, (int) parts.stream().filter(i -> rows.get(i).has(c.id())).count());
            if (c.type() != ColumnSpec.Type.AMOUNT) {
                continue;
            }
            if (!t.has(c.id()) && parts.stream().noneMatch(i -> nonZero(rows.get(i), c.id()))) {
                continue; // a blank (unpublished) cell over blank or zero rows: nothing to compare
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int i : parts) {
                sum = sum.add(rows.get(i).amount(c.id()));
            }
            BigDecimal found = t.amount(c.id());
            if (!RoundingTolerance.within(sum, found, tol)) {
                ctx.report(rule, "“" + v.rowLabel(target) + "”的“" + v.columnTitle(t, c.id()) + "”应等于" + what + "之和（" + parts.size()
                                + " 行，允许舍入误差 ±" + tol.toPlainString() + "）。", v.cell(target, c.id()),
                        ValidationContext.print(sum), ValidationContext.print(found),
                        "核对本行与" + what + "；合计应为各行之和。");
            }
        }
    }

    /** Whether a row publishes a non-zero amount in a column (a blank cell is absent, not zero, but adds nothing). */
    private static boolean nonZero(TableRow r, String column) {
        return r.has(column) && r.values().get(column).signum() != 0;
    }
}
