package org.gongkai.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.model.TableRow;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.EquationSpec;
import org.gongkai.profile.TableSpec;
import org.gongkai.profile.TextFormat;

/**
 * The cross-table equations a profile declares ({@link EquationSpec}): Σ left = Σ right, every amount converted to 元
 * with its table's unit. A blank cell is absent (adds nothing); an equation whose cells are all blank, or that needs a
 * table the submission does not carry, is not checked.
 */
final class ProfileEquationCheck implements Check {

    private static final String BASE_UNIT = "元";

    @Override
    public boolean arithmetic() {
        return true;
    }

    @Override
    public void run(ValidationContext ctx) {
        DisclosureProfile p = ctx.profile();
        if (p == null) {
            return;
        }
        for (EquationSpec eq : p.equations()) {
            if ("functionClass".equals(eq.each())) {
                for (String cls : classes(ctx, eq)) {
                    check(ctx, eq, cls);
                }
            } else {
                check(ctx, eq, null);
            }
        }
    }

    /** A resolved term: its value in 元 (null when blank), the table's unit, whether it is exact, and where it is. */
    private record Term(String text, BigDecimal yuan, String unit, boolean exact, Location location) {
    }

    private void check(ValidationContext ctx, EquationSpec eq, String cls) {
        List<Term> left = new ArrayList<>();
        List<Term> right = new ArrayList<>();
        for (String t : eq.left()) {
            Term x = resolve(ctx, t, cls);
            if (x == null) {
                return;
            }
            left.add(x);
        }
        for (String t : eq.right()) {
            Term x = resolve(ctx, t, cls);
            if (x == null) {
                return;
            }
            right.add(x);
        }
        List<Term> all = new ArrayList<>(left);
        all.addAll(right);
        if (all.stream().allMatch(x -> x.yuan() == null)) {
            return;
        }
        BigDecimal l = sum(left);
        BigDecimal r = sum(right);
        BigDecimal tol = tolerance(ctx, left, right);
        if (eq.atMost() ? l.compareTo(r.add(tol)) <= 0 : RoundingTolerance.within(l, r, tol)) {
            return;
        }
        Term target = right.get(right.size() - 1);
        String what = eq.description() + (cls == null ? "" : "（" + cls + " 类）");
        ctx.report(Rules.PROFILE_EQUATION, "表间关系【" + eq.id() + "】" + eq.title() + "不成立" + (eq.atMost() ? "（左边不得大于右边）" : "") + "：" + what + " 左边 "
                        + ValidationContext.print(l) + "元，右边 " + ValidationContext.print(r) + "元，差 "
                        + ValidationContext.print(l.subtract(r).abs()) + "元（允许误差 ±" + tol.toPlainString() + "元）。",
                target.location(), ValidationContext.print(l) + "元", ValidationContext.print(r) + "元",
                "核对这几张表中的对应数字：" + String.join("、", eq.left()) + " 与 " + String.join("、", eq.right()) + "。");
    }

    private static BigDecimal sum(List<Term> terms) {
        BigDecimal s = BigDecimal.ZERO;
        for (Term t : terms) {
            if (t.yuan() != null) {
                s = s.add(t.yuan());
            }
        }
        return s;
    }

    /**
     * Copies of one figure in the same unit are exact; a sum of n printed figures may be off by (n + 1) half units; a
     * figure printed in 万元 may be off its 元 counterpart by half a unit of its last 万元 decimal.
     */
    private static BigDecimal tolerance(ValidationContext ctx, List<Term> left, List<Term> right) {
        int terms = Math.max(left.size(), right.size());
        List<Term> all = concat(left, right);
        BigDecimal tol = all.stream().allMatch(Term::exact) ? RoundingTolerance.EXACT : RoundingTolerance.forSum(ctx.precision(), terms);
        for (Term t : all) {
            if (!BASE_UNIT.equals(t.unit())) {
                tol = tol.add(TextFormat.convert(RoundingTolerance.halfUnit(ctx.precision()), t.unit(), BASE_UNIT));
            }
        }
        return tol;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** {@code table/row/column} → the term; null when the table is absent or the term malformed. */
    private Term resolve(ValidationContext ctx, String term, String cls) {
        String t = cls == null ? term : term.replace("{class}", cls);
        String[] parts = t.split("/");
        if (parts.length != 3) {
            return null;
        }
        TableView v = ctx.view(parts[0]);
        if (v == null || !v.present()) {
            return null;
        }
        String unit = ctx.profile().unitOf(v.spec(), ctx.unit());
        boolean exact = ctx.profile().exact(v.spec());
        String row = parts[1];
        String col = parts[2];
        if ("total".equals(row)) {
            int i = v.totalIndex().orElse(-1);
            BigDecimal raw = i < 0 ? null : value(v.rows().get(i), col);
            return new Term(t, toYuan(raw, unit), unit, exact, v.totalCell(col));
        }
        if (row.startsWith("key=")) {
            String key = row.substring(4);
            int i = v.fixedIndex(key);
            BigDecimal raw = i < 0 ? null : value(v.rows().get(i), col);
            return new Term(t, toYuan(raw, unit), unit, exact, v.fixedCell(key, col));
        }
        if (row.startsWith("code=")) {
            String code = row.substring(5);
            List<TableRow> rows = v.rows();
            for (int i = 0; i < rows.size(); i++) {
                if (code.equals(v.code(rows.get(i))) && rows.get(i).rowKind() == TableRow.Kind.ITEM) {
                    return new Term(t, toYuan(value(rows.get(i), col), unit), unit, exact, v.cell(i, col));
                }
            }
            BigDecimal s = null;
            int first = -1;
            for (int i = 0; i < rows.size(); i++) {
                TableRow r = rows.get(i);
                String c = v.code(r);
                if (v.isLeaf(r) && c != null && c.startsWith(code)) {
                    BigDecimal x = value(r, col);
                    if (x != null) {
                        s = s == null ? x : s.add(x);
                    }
                    first = first < 0 ? i : first;
                }
            }
            return new Term(t, toYuan(s, unit), unit, exact, first < 0 ? v.tableColumn(col) : v.cell(first, col));
        }
        return null;
    }

    private static BigDecimal value(TableRow r, String col) {
        return r.has(col) ? r.values().get(col) : null;
    }

    private static BigDecimal toYuan(BigDecimal v, String unit) {
        return v == null ? null : TextFormat.convert(v, unit, BASE_UNIT);
    }

    /** The 类 codes found in the tables an equation names (fixed rows "expenditure.201", coded rows "20101…"). */
    private static Set<String> classes(ValidationContext ctx, EquationSpec eq) {
        Set<String> out = new LinkedHashSet<>();
        for (String term : concat(eq.left(), eq.right())) {
            String[] parts = term.split("/");
            TableView v = parts.length == 3 ? ctx.view(parts[0]) : null;
            if (v == null || !v.present()) {
                continue;
            }
            for (TableRow r : v.rows()) {
                if (v.spec().layout() == TableSpec.Layout.BALANCE || v.spec().layout() == TableSpec.Layout.FIXED) {
                    var rs = r.item() == null ? null : v.fixedSpec(r.item());
                    if (rs != null && rs.functionClass() != null) {
                        out.add(rs.functionClass());
                    }
                } else {
                    String c = v.code(r);
                    if (c != null && c.length() >= 3 && v.isFunctionCoded()) {
                        out.add(c.substring(0, 3));
                    }
                }
            }
        }
        return out;
    }
}
