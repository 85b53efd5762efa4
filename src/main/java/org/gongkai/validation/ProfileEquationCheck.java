package org.gongkai.validation;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.model.TableRow;
import org.gongkai.profile.ColumnSpec;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.EquationSpec;
import org.gongkai.profile.TableSpec;
import org.gongkai.profile.TextFormat;

/**
 * The cross-table equations a profile declares ({@link EquationSpec}): Σ left = Σ right (or ≤, ≥), each amount converted
 * exactly to the unit of the cell a failure points at. A blank cell is absent (adds nothing); an equation whose cells
 * are all blank, or that needs a table the submission does not carry, is not checked. docs/profiles.md describes the
 * language.
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
        Memo memo = new Memo();
        for (EquationSpec eq : p.equations()) {
            RuleDefinition rule = eq.rule() == null ? Rules.PROFILE_EQUATION
                    : RuleCatalog.find(eq.rule(), p).orElse(Rules.PROFILE_EQUATION);
            Set<String> reported = new HashSet<>();
            for (Binding b : bindings(ctx, eq)) {
                check(ctx, eq, rule, b, reported, memo);
            }
        }
    }

    /**
     * What one run has looked up already: resolved terms that do not depend on the row {@code each} stands on, and per
     * table the rows of each code (item rows by exact code, leaf rows sorted by code for prefixes).
     */
    private static final class Memo {
        final Map<String, Term> terms = new HashMap<>();
        final Map<TableView, Map<String, List<Integer>>> items = new HashMap<>();
        final Map<TableView, java.util.NavigableMap<String, List<Integer>>> leaves = new HashMap<>();

        Map<String, List<Integer>> items(TableView v) {
            return items.computeIfAbsent(v, x -> {
                Map<String, List<Integer>> m = new HashMap<>();
                for (int i = 0; i < x.rows().size(); i++) {
                    TableRow r = x.rows().get(i);
                    String c = x.code(r);
                    if (c != null && r.rowKind() == TableRow.Kind.ITEM) {
                        m.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
                    }
                }
                return m;
            });
        }

        /** Leaf rows whose code starts with {@code prefix}, in table order. */
        List<Integer> leavesUnder(TableView v, String prefix) {
            java.util.NavigableMap<String, List<Integer>> m = leaves.computeIfAbsent(v, x -> {
                java.util.NavigableMap<String, List<Integer>> t = new java.util.TreeMap<>();
                for (int i = 0; i < x.rows().size(); i++) {
                    TableRow r = x.rows().get(i);
                    String c = x.code(r);
                    if (c != null && x.isLeaf(r)) {
                        t.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
                    }
                }
                return t;
            });
            List<Integer> out = new ArrayList<>();
            m.subMap(prefix, true, prefix + Character.MAX_VALUE, true).values().forEach(out::addAll);
            out.sort(null);
            return out;
        }
    }

    /** What {@code each} stands on: placeholder values and, for {@code each: row}, the row. */
    private record Binding(Map<String, String> vars, TableView view, int row) {
        Binding with(String key, String value) {
            Map<String, String> m = new HashMap<>(vars);
            m.put(key, value);
            return new Binding(m, view, row);
        }
    }

    /**
     * A resolved term: its printed figures (blank cells left out) in its table's unit, the unit, the decimals, whether
     * the table is exact, where it is; {@code located} when it names a row that exists, {@code missingRow} when it names
     * a fixed row the table does not define.
     */
    private record Term(String text, List<BigDecimal> figures, String unit, int decimals, boolean exact, Location location,
                        boolean located, boolean missingRow, String name, TableView view, String column) {
        boolean blank() {
            return figures.isEmpty();
        }
    }

    // ---- repetitions

    private List<Binding> bindings(ValidationContext ctx, EquationSpec eq) {
        List<Binding> out = List.of(new Binding(Map.of(), null, -1));
        for (String kind : eq.each()) {
            List<Binding> next = new ArrayList<>();
            for (Binding b : out) {
                switch (kind) {
                    case "functionClass" -> classes(ctx, eachTables(ctx, eq)).forEach(c -> next.add(b.with("class", c)));
                    case "column" -> columns(ctx, eq).forEach(c -> next.add(b.with("column", c)));
                    case "code" -> codes(ctx, eq).forEach((code, name) ->
                            next.add(b.with("code", code).with("class", code.substring(0, Math.min(3, code.length()))).with("name", name)));
                    case "row" -> next.addAll(rows(ctx, eq, b));
                    default -> {
                        // rejected when the profile is read
                    }
                }
            }
            out = next;
        }
        return out;
    }

    /** The present tables {@code each} looks in: {@code eachIn}, else every table a term names. */
    private static List<TableView> eachTables(ValidationContext ctx, EquationSpec eq) {
        List<String> ids = new ArrayList<>(eq.eachIn());
        if (ids.isEmpty()) {
            for (String t : concat(eq.left(), eq.right())) {
                if (!t.startsWith("@")) {
                    String id = t.split("/", 2)[0];
                    if (!ids.contains(id)) {
                        ids.add(id);
                    }
                }
            }
        }
        List<TableView> out = new ArrayList<>();
        for (String id : ids) {
            TableView v = ctx.view(id);
            if (v != null && v.present()) {
                out.add(v);
            }
        }
        return out;
    }

    /** The 类 codes found in the tables (fixed rows "expenditure.201" with a functionClass, coded rows "20101…"). */
    private static Set<String> classes(ValidationContext ctx, List<TableView> views) {
        Set<String> out = new LinkedHashSet<>();
        for (TableView v : views) {
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

    /** The amount columns of the first table {@code each} looks in that every table the terms name has too. */
    private static List<String> columns(ValidationContext ctx, EquationSpec eq) {
        List<TableView> views = eachTables(ctx, eq);
        List<String> out = new ArrayList<>();
        if (views.isEmpty()) {
            return out;
        }
        List<TableView> named = new ArrayList<>();
        for (String t : concat(eq.left(), eq.right())) {
            TableView v = t.startsWith("@") ? null : ctx.view(t.split("/", 2)[0]);
            if (v != null) {
                named.add(v);
            }
        }
        for (ColumnSpec c : views.get(0).spec().valueColumns()) {
            if (c.type() == ColumnSpec.Type.AMOUNT && named.stream().allMatch(v -> v.spec().column(c.id()).isPresent())) {
                out.add(c.id());
            }
        }
        return out;
    }

    /** Leaf codes of the tables with the name of their first row, in order of appearance. */
    private static Map<String, String> codes(ValidationContext ctx, EquationSpec eq) {
        Map<String, String> out = new LinkedHashMap<>();
        for (TableView v : eachTables(ctx, eq)) {
            for (TableRow r : v.rows()) {
                String c = v.code(r);
                if (c != null && v.isLeaf(r)) {
                    out.putIfAbsent(c, r.name() == null ? "" : r.name());
                }
            }
        }
        return out;
    }

    /** Leaf rows of the first table {@code each} looks in, filtered by {@code codes}. */
    private static List<Binding> rows(ValidationContext ctx, EquationSpec eq, Binding b) {
        List<Binding> out = new ArrayList<>();
        List<TableView> views = eachTables(ctx, eq);
        if (views.isEmpty()) {
            return out;
        }
        TableView v = views.get(0);
        List<TableRow> rows = v.rows();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            if (!v.isLeaf(r)) {
                continue;
            }
            String code = v.code(r);
            if (!eq.codes().isEmpty() && (code == null || eq.codes().stream().noneMatch(code::startsWith))) {
                continue;
            }
            Binding x = new Binding(b.vars(), v, i);
            if (code != null) {
                x = x.with("code", code).with("class", code.substring(0, Math.min(3, code.length())));
            }
            x = x.with("name", r.name() == null ? "" : r.name());
            for (ColumnSpec c : v.spec().textColumns()) {
                String t = r.text(c.id());
                x = x.with(c.id(), t == null ? "" : t.strip());
            }
            out.add(x);
        }
        return out;
    }

    // ---- one instance

    private void check(ValidationContext ctx, EquationSpec eq, RuleDefinition rule, Binding b, Set<String> reported, Memo memo) {
        for (EquationSpec.Condition c : eq.when()) {
            if (!holds(ctx, c, b, memo)) {
                return;
            }
        }
        if (!eq.unless().isEmpty() && eq.unless().stream().allMatch(c -> holds(ctx, c, b, memo))) {
            return;
        }
        List<Term> left = resolveAll(ctx, eq.left(), b, memo);
        List<Term> right = resolveAll(ctx, eq.right(), b, memo);
        if (left == null || right == null) {
            return;
        }
        List<Term> all = concat(left, right);
        EquationSpec.MissingRow missing = eq.missingRow();
        if (missing != null && all.stream().anyMatch(t -> t.view() != null && t.view().id().equals(missing.table()) && t.missingRow())) {
            if (missing.message() == null) {
                return;
            }
            Term at = all.stream().filter(t -> !t.missingRow() && t.located() && !t.blank()).findFirst().orElse(null);
            if (at != null) {
                Map<String, String> vars = new HashMap<>(b.vars());
                String found = b.vars().getOrDefault("code", b.vars().getOrDefault("class", ""));
                report(ctx, rule, reported, fill(missing.message(), vars), rowOf(at), fill(missing.expected(), vars), found,
                        fill(missing.hint() == null ? "核对两表。" : missing.hint(), vars));
            }
            return;
        }
        if (all.stream().allMatch(Term::blank)) {
            return;
        }
        Term target = target(left, right);
        String unit = target.unit();
        BigDecimal l = sum(left, unit);
        BigDecimal r = sum(right, unit);
        BigDecimal tol = tolerance(ctx, eq, left, right, unit);
        boolean holds = eq.atMost() ? l.compareTo(r.add(tol)) <= 0
                : eq.atLeast() ? l.add(tol).compareTo(r) >= 0
                : RoundingTolerance.within(l, r, tol);
        if (holds) {
            return;
        }
        if (eq.rule() == null && eq.finding() == null) {
            generic(ctx, eq, b, target, left, right, l, r, tol, unit, reported);
            return;
        }
        String suffix = "万元".equals(unit) || BASE_UNIT.equals(unit) ? unit : "";
        Map<String, String> vars = new HashMap<>(b.vars());
        vars.put("left", ValidationContext.print(l) + suffix);
        vars.put("right", ValidationContext.print(r) + suffix);
        vars.put("tolerance", tol.toPlainString());
        vars.put("difference", ValidationContext.print(l.subtract(r).abs()) + suffix);
        vars.put("column", target.view() == null || target.column() == null ? "" : target.view().columnTitle(null, target.column()));
        vars.putIfAbsent("name", all.stream().map(Term::name).filter(n -> n != null).findFirst().orElse(""));
        vars.put("leftLabel", left.isEmpty() || left.get(0).location().rowLabel() == null ? "" : left.get(0).location().rowLabel());
        vars.put("rightLabel", target.location().rowLabel() == null ? "" : target.location().rowLabel());
        EquationSpec.Words w = eq.finding() == null ? new EquationSpec.Words(null, null, null) : eq.finding();
        String message = w.message() != null ? fill(w.message(), vars)
                : "表间关系【" + eq.id() + "】" + eq.title() + "不成立：左边 " + vars.get("left") + "，右边 " + vars.get("right") + "。";
        String prefix = eq.atMost() ? "≥ " : eq.atLeast() ? "≤ " : "";
        String expected = w.expected() != null ? fill(w.expected(), vars) : prefix + ValidationContext.print(l);
        boolean emptyFields = !right.isEmpty() && right.stream().allMatch(t -> t.blank() && t.text().startsWith("@"));
        String found = emptyFields ? ValidationContext.print(null) : ValidationContext.print(r);
        Location where = target.location();
        if (eq.at() != null) {
            Term at = resolve(ctx, eq.at(), b, memo);
            where = at == null ? where : at.location();
        }
        String hint = w.hint() != null ? fill(w.hint(), vars) : "核对这几张表中的对应数字：" + String.join("、", eq.left()) + " 与 "
                + String.join("、", eq.right()) + "。";
        report(ctx, rule, reported, message, where, expected, found, hint);
    }

    /** The words of {@code cross.profile-equation} for an equation that names none: both sides in 元. */
    private void generic(ValidationContext ctx, EquationSpec eq, Binding b, Term target, List<Term> left, List<Term> right,
                         BigDecimal l, BigDecimal r, BigDecimal tol, String unit, Set<String> reported) {
        BigDecimal ly = TextFormat.convert(l, unit, BASE_UNIT);
        BigDecimal ry = TextFormat.convert(r, unit, BASE_UNIT);
        BigDecimal ty = TextFormat.convert(tol, unit, BASE_UNIT);
        String cls = b.vars().get("class");
        String what = (eq.description() == null ? "" : eq.description()) + (cls == null ? "" : "（" + cls + " 类）");
        String relation = eq.atMost() ? "（左边不得大于右边）" : eq.atLeast() ? "（左边不得小于右边）" : "";
        report(ctx, Rules.PROFILE_EQUATION, reported, "表间关系【" + eq.id() + "】" + eq.title() + "不成立" + relation + "：" + what
                        + " 左边 " + ValidationContext.print(ly) + "元，右边 " + ValidationContext.print(ry) + "元，差 "
                        + ValidationContext.print(ly.subtract(ry).abs()) + "元（允许误差 ±" + ty.stripTrailingZeros().toPlainString() + "元）。",
                target.location(), ValidationContext.print(ly) + "元", ValidationContext.print(ry) + "元",
                "核对这几张表中的对应数字：" + String.join("、", eq.left()) + " 与 " + String.join("、", eq.right()) + "。");
    }

    private static void report(ValidationContext ctx, RuleDefinition rule, Set<String> reported, String message, Location where,
                               String expected, String found, String hint) {
        if (reported.add(where.path() + "|" + message)) {
            ctx.report(rule, message, where, expected, found, hint);
        }
    }

    /** The row of a term's cell (for a missing row: the row that has no counterpart). */
    private static Location rowOf(Term t) {
        Location c = t.location();
        if (c.row() == null) {
            return c;
        }
        String path = c.path();
        int v = path == null ? -1 : path.indexOf(".values.");
        return new Location(c.table(), c.tableTitle(), c.row(), c.rowLabel(), null, null, v < 0 ? path : path.substring(0, v), null);
    }

    /** The cell a failure points at: the last located term on the right, else the first located on the left. */
    private static Term target(List<Term> left, List<Term> right) {
        for (int i = right.size() - 1; i >= 0; i--) {
            if (right.get(i).located()) {
                return right.get(i);
            }
        }
        for (Term t : left) {
            if (t.located()) {
                return t;
            }
        }
        return right.isEmpty() ? left.get(left.size() - 1) : right.get(right.size() - 1);
    }

    private static boolean holds(ValidationContext ctx, EquationSpec.Condition c, Binding b, Memo memo) {
        if (c.present() != null) {
            Term t = resolve(ctx, c.present(), b, memo);
            return t != null && (!t.blank() || t.text().startsWith("@") && t.located());
        }
        List<Term> l = new ArrayList<>();
        List<Term> r = new ArrayList<>();
        for (String s : c.left()) {
            Term t = resolve(ctx, s, b, memo);
            if (t != null) {
                l.add(t);
            }
        }
        for (String s : c.right()) {
            Term t = resolve(ctx, s, b, memo);
            if (t != null) {
                r.add(t);
            }
        }
        String unit = !l.isEmpty() ? l.get(0).unit() : !r.isEmpty() ? r.get(0).unit() : BASE_UNIT;
        int cmp = sum(l, unit).compareTo(sum(r, unit));
        return switch (c.relation()) {
            case "<=" -> cmp <= 0;
            case ">=" -> cmp >= 0;
            default -> cmp == 0;
        };
    }

    private static BigDecimal sum(List<Term> terms, String unit) {
        BigDecimal s = BigDecimal.ZERO;
        for (Term t : terms) {
            for (BigDecimal x : t.figures()) {
                s = s.add(TextFormat.convert(x, t.unit(), unit));
            }
        }
        return s;
    }

    /**
     * The named tolerance ({@link EquationSpec.Tolerance}) in half units of the submission's last decimal, none when
     * every table is exact; plus, when the terms are printed in different units, half a unit of the last decimal of
     * each figure printed in the coarser unit.
     */
    private static BigDecimal tolerance(ValidationContext ctx, EquationSpec eq, List<Term> left, List<Term> right, String unit) {
        List<Term> all = concat(left, right);
        int nl = left.stream().mapToInt(ProfileEquationCheck::count).sum();
        int nr = right.stream().mapToInt(ProfileEquationCheck::count).sum();
        BigDecimal tol = RoundingTolerance.EXACT;
        if (!all.stream().allMatch(Term::exact)) {
            EquationSpec.Tolerance kind = eq.toleranceKind() == null ? EquationSpec.Tolerance.SUM : eq.toleranceKind();
            tol = switch (kind) {
                case EXACT -> RoundingTolerance.EXACT;
                case SUM -> RoundingTolerance.forSum(ctx.precision(), Math.max(nl, nr));
                case SUMS -> nl + nr <= 2 ? RoundingTolerance.EXACT : RoundingTolerance.forSum(ctx.precision(), nl + nr);
            };
            String submissionUnit = ctx.profile().amountUnit() != null ? ctx.profile().amountUnit() : ctx.unit();
            tol = TextFormat.convert(tol, submissionUnit, unit);
        }
        Set<String> units = new HashSet<>();
        all.stream().filter(t -> !t.blank()).forEach(t -> units.add(t.unit()));
        if (units.size() > 1) {
            for (Term t : all) {
                if (!BASE_UNIT.equals(t.unit())) {
                    BigDecimal half = RoundingTolerance.halfUnit(t.decimals()).multiply(BigDecimal.valueOf(Math.max(1, t.figures().size())));
                    tol = tol.add(TextFormat.convert(half, t.unit(), unit));
                }
            }
        }
        return tol;
    }

    /**
     * How many printed figures a term adds: its non-blank cells; a single field ({@code @path} without {@code *}) is one
     * printed figure of its form even when empty.
     */
    private static int count(Term t) {
        return t.text().startsWith("@") && !t.text().contains("*") ? 1 : t.figures().size();
    }

    // ---- terms

    /** Every term resolved; null when one needs a table the submission does not carry. */
    private static List<Term> resolveAll(ValidationContext ctx, List<String> terms, Binding b, Memo memo) {
        List<Term> out = new ArrayList<>();
        for (String t : terms) {
            Term x = resolve(ctx, t, b, memo);
            if (x == null) {
                return null;
            }
            out.add(x);
        }
        return out;
    }

    /** A term with the placeholders of {@code b} filled; null when its table is absent or the term malformed. */
    private static Term resolve(ValidationContext ctx, String term, Binding b, Memo memo) {
        String t = fill(term, b.vars());
        if (t.contains("/row/") || t.contains("/match=")) {
            return compute(ctx, t, b, memo);
        }
        if (memo.terms.containsKey(t)) {
            return memo.terms.get(t);
        }
        Term x = compute(ctx, t, b, memo);
        memo.terms.put(t, x);
        return x;
    }

    private static Term compute(ValidationContext ctx, String t, Binding b, Memo memo) {
        if (t.startsWith("@")) {
            return field(ctx, t);
        }
        String[] parts = t.split("/");
        if (parts.length != 3) {
            return null;
        }
        TableView v = ctx.view(parts[0]);
        if (v == null || !v.present()) {
            return null;
        }
        DisclosureProfile p = ctx.profile();
        String unit = p.unitOf(v.spec(), ctx.unit());
        int decimals = v.spec().decimals() != null ? v.spec().decimals() : ctx.precision();
        boolean exact = p.exact(v.spec());
        String row = parts[1];
        String col = parts[2];
        List<TableRow> rows = v.rows();
        if ("total".equals(row)) {
            int i = v.totalIndex().orElse(-1);
            return new Term(t, i < 0 ? List.of() : figures(rows.get(i), col), unit, decimals, exact, v.totalCell(col), true, false,
                    null, v, col);
        }
        if (row.startsWith("key=")) {
            String key = row.substring(4);
            int i = v.fixedIndex(key);
            return new Term(t, i < 0 ? List.of() : figures(rows.get(i), col), unit, decimals, exact, v.fixedCell(key, col), true,
                    v.fixedSpec(key) == null, null, v, col);
        }
        if ("row".equals(row)) {
            if (b.view() != v || b.row() < 0) {
                return null;
            }
            return new Term(t, figures(rows.get(b.row()), col), unit, decimals, exact, v.cell(b.row(), col), true, false,
                    rows.get(b.row()).name(), v, col);
        }
        List<Integer> matched = new ArrayList<>();
        Location whole = v.tableColumn(col);
        if (row.startsWith("under=")) {
            matched.addAll(memo.leavesUnder(v, row.substring(6)));
        } else if (row.startsWith("code=")) {
            String code = row.substring(5);
            matched.addAll(memo.items(v).getOrDefault(code, List.of()));
            if (matched.isEmpty()) {
                matched.addAll(memo.leavesUnder(v, code));
            }
        } else if ("items".equals(row)) {
            for (int i = 0; i < rows.size(); i++) {
                if (v.isLeaf(rows.get(i))) {
                    matched.add(i);
                }
            }
            whole = v.table();
        } else if (row.startsWith("match=")) {
            String textColumn = row.substring(6);
            String wanted = b.vars().get(textColumn);
            for (int i = 0; wanted != null && !wanted.isEmpty() && i < rows.size(); i++) {
                String x = rows.get(i).text(textColumn);
                if (rows.get(i).rowKind() == TableRow.Kind.ITEM && x != null && x.strip().equals(wanted)) {
                    matched.add(i);
                }
            }
        } else {
            return null;
        }
        List<BigDecimal> values = new ArrayList<>();
        matched.forEach(i -> values.addAll(figures(rows.get(i), col)));
        boolean items = "items".equals(row);
        Location at = matched.isEmpty() || items ? whole : v.cell(matched.get(0), col);
        return new Term(t, values, unit, decimals, exact, at, !matched.isEmpty(), matched.isEmpty() && (row.startsWith("code=") || row.startsWith("under=")),
                matched.isEmpty() ? null : rows.get(matched.get(0)).name(), v, col);
    }

    private static List<BigDecimal> figures(TableRow r, String col) {
        BigDecimal x = r.has(col) ? r.values().get(col) : null;
        return x == null ? List.of() : List.of(x);
    }

    /** {@code @path|label}: a field of the submission ({@code *} for every entry of a map), in the submission's unit. */
    private static Term field(ValidationContext ctx, String term) {
        String spec = term.substring(1);
        int bar = spec.indexOf('|');
        String path = bar < 0 ? spec : spec.substring(0, bar);
        String label = bar < 0 ? null : spec.substring(bar + 1);
        List<Object> found = new ArrayList<>();
        navigate(ctx.submission(), List.of(path.split("\\.")), 0, found);
        List<BigDecimal> values = new ArrayList<>();
        for (Object o : found) {
            if (o instanceof BigDecimal d) {
                values.add(d);
            } else if (o instanceof Number n) {
                values.add(new BigDecimal(n.toString()));
            }
        }
        DisclosureProfile p = ctx.profile();
        String unit = p.amountUnit() != null ? p.amountUnit() : ctx.unit();
        boolean exact = Boolean.TRUE.equals(p.exactAmounts());
        return new Term(term, values, unit, ctx.precision(), exact, fieldLocation(ctx, path, label), !found.isEmpty(), false,
                null, null, null);
    }

    /** A field's place: in the form table filled from it (部门（单位）整体绩效目标表), else the field itself. */
    private static Location fieldLocation(ValidationContext ctx, String path, String label) {
        for (TableSpec t : ctx.profile().tables()) {
            if (t.source() != null && path.startsWith(t.source())) {
                return new Location(t.id(), t.title(), null, label, null, null, path, null);
            }
        }
        return Location.field(path);
    }

    /** Follows record components and map keys; {@code *} takes every map value or list element. */
    private static void navigate(Object at, List<String> path, int i, List<Object> out) {
        if (at == null) {
            return;
        }
        if (i == path.size()) {
            out.add(at);
            return;
        }
        String step = path.get(i);
        if ("*".equals(step)) {
            if (at instanceof Map<?, ?> m) {
                m.values().forEach(x -> navigate(x, path, i + 1, out));
            } else if (at instanceof List<?> l) {
                l.forEach(x -> navigate(x, path, i + 1, out));
            }
            return;
        }
        if (at instanceof Map<?, ?> m) {
            navigate(m.get(step), path, i + 1, out);
            return;
        }
        if (at.getClass().isRecord()) {
            for (RecordComponent c : at.getClass().getRecordComponents()) {
                if (c.getName().equals(step)) {
                    try {
                        navigate(c.getAccessor().invoke(at), path, i + 1, out);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + step, e);
                    }
                    return;
                }
            }
        }
    }

    /** Replaces {@code {name}} by the value of name; unknown names stay as written. */
    static String fill(String text, Map<String, String> vars) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int close = text.indexOf('}', i);
            int open = close < 0 ? -1 : text.lastIndexOf('{', close);
            if (open < i) {
                if (close < 0) {
                    sb.append(text, i, text.length());
                    break;
                }
                sb.append(text, i, close + 1);
                i = close + 1;
                continue;
            }
            String name = text.substring(open + 1, close);
            String v = placeholderName(name) ? vars.get(name) : null;
            sb.append(text, i, open).append(v == null ? text.substring(open, close + 1) : v);
            i = close + 1;
        }
        return sb.toString();
    }

    /** A placeholder name: letters, digits, {@code _} and {@code .}. */
    private static boolean placeholderName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
