package org.gongkai.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Submission;
import org.gongkai.profile.ComparisonSpec;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.Figures;
import org.gongkai.profile.TextFormat;

/**
 * The year-on-year comparisons the profile declares ({@code comparisons}) when it asks for reasons
 * ({@code requires} "changeReasons"): each needs a prior-year figure (a missing one is a warning, the narrative then
 * leaves that comparison out) and, where it states a reason, a change (or, where the profile asks, 持平) needs one.
 * The rule of a missing reason is the comparison's {@code rule}; comparisons sharing one reason field and rule are
 * reported together, at that field.
 */
final class ProfileComparisonCheck implements Check {

    /** One comparison that moved (or is flat where a reason is asked for) without a reason. */
    private record Unexplained(String what, BigDecimal before, BigDecimal now, Location where) {
    }

    @Override
    public boolean arithmetic() {
        return true;
    }

    @Override
    public void run(ValidationContext ctx) {
        DisclosureProfile p = ctx.profile();
        if (p == null || !p.requires("changeReasons")) {
            return;
        }
        Submission s = ctx.submission();
        Figures f = new Figures(s, p);
        String unit = f.submissionUnit();
        TextFormat fmt = p.text().forSubmission(unit);
        Map<String, List<Unexplained>> groups = new LinkedHashMap<>();
        Map<String, ComparisonSpec> groupSpec = new LinkedHashMap<>();
        for (ComparisonSpec c : p.comparisons()) {
            if (c.perItem()) {
                perItem(ctx, f, fmt, unit, c, groups, groupSpec);
                continue;
            }
            List<String> terms = p.figures().get(c.figure());
            Location where = locate(ctx, Figures.firstTerm(terms));
            if (where == null || where.table() == null && f.term(Figures.firstTerm(terms)) == null) {
                // its table is absent, or the field the submitter states it in is empty (a fallback the text may use is
                // not the submitter's figure; the empty field itself is reported where the profile requires it)
                continue;
            }
            BigDecimal prior = s.priorYear().field(c.prior());
            if (prior == null) {
                missing(ctx, c.title(), Figures.priorPath(c.prior()));
                continue;
            }
            BigDecimal cur = f.namedIn(c.figure(), unit);
            consider(f, fmt, unit, c, c.title(), c.reason(), cur, prior, where, groups, groupSpec);
        }
        Map<String, Long> sharing = new java.util.HashMap<>();
        p.comparisons().stream().filter(c -> c.reason() != null && !c.perItem())
                .forEach(c -> sharing.merge(ruleId(c) + " " + c.reason(), 1L, Long::sum));
        groups.forEach((key, list) -> report(ctx, groupSpec.get(key), key.substring(key.indexOf(' ') + 1), list,
                sharing.getOrDefault(key, 1L) > 1));
    }

    private void perItem(ValidationContext ctx, Figures f, TextFormat fmt, String unit, ComparisonSpec c,
                         Map<String, List<Unexplained>> groups, Map<String, ComparisonSpec> groupSpec) {
        TableView v = ctx.view(c.each());
        if (v == null || !v.present()) {
            return;
        }
        String tableUnit = ctx.profile().unitOf(v.spec(), unit);
        for (Map.Entry<String, CodeSums.Group> e : CodeSums.byKey(v, c.columnOrTotal(), code -> code).entrySet()) {
            String code = e.getKey();
            String name = v.rows().get(e.getValue().firstRow()).name();
            String what = ComparisonSpec.forRow(c.title(), code, name);
            String priorPath = ComparisonSpec.forRow(c.prior(), code, name);
            BigDecimal prior = s(ctx).priorYear().field(priorPath);
            if (prior == null) {
                missing(ctx, what, Figures.priorPath(priorPath));
                continue;
            }
            consider(f, fmt, unit, c, what, ComparisonSpec.forRow(c.reason(), code, name),
                    TextFormat.convert(e.getValue().sum(), tableUnit, unit), prior, v.cell(e.getValue().firstRow(), c.columnOrTotal()),
                    groups, groupSpec);
        }
    }

    private static void consider(Figures f, TextFormat fmt, String unit, ComparisonSpec c, String what, String reasonPath,
                                 BigDecimal cur, BigDecimal prior, Location where, Map<String, List<Unexplained>> groups,
                                 Map<String, ComparisonSpec> groupSpec) {
        if (reasonPath == null) {
            return;
        }
        BigDecimal now = cur == null ? BigDecimal.ZERO : cur;
        boolean changed = fmt.number(now.subtract(prior).abs(), unit).matches(".*[1-9].*");
        if ((changed || c.reasonEvenWhenFlat()) && f.reason(reasonPath) == null) {
            String key = ruleId(c) + " " + reasonPath;
            groupSpec.putIfAbsent(key, c);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Unexplained(what, prior, now, where));
        }
    }

    private static String ruleId(ComparisonSpec c) {
        return c.rule() == null ? Rules.PROFILE_CHANGE.id() : c.rule();
    }

    /** The comparison's rule: built in, or one its profile declares. */
    private static RuleDefinition ruleOf(ComparisonSpec c, DisclosureProfile profile) {
        return c.rule() == null ? Rules.PROFILE_CHANGE : RuleCatalog.find(c.rule(), profile)
                .orElseThrow(() -> new IllegalStateException("comparison " + c.id() + " names an unknown rule " + c.rule()));
    }

    /**
     * One finding per reason field: at the figure when one comparison asks for it, at the reason field listing every
     * moved figure when several comparisons share it ({@code words} "reason.<field>" names them together, e.g. 财政拨款收入).
     */
    private static void report(ValidationContext ctx, ComparisonSpec c, String reasonPath, List<Unexplained> list, boolean shared) {
        RuleDefinition rule = ruleOf(c, ctx.profile());
        String field = Figures.reasonPath(reasonPath);
        if (list.size() == 1 && !shared) {
            Unexplained u = list.get(0);
            int sign = u.now().compareTo(u.before());
            String direction = sign > 0 ? "增加" : sign < 0 ? "减少" : "持平";
            ctx.report(rule, u.what() + "比上年" + direction + "（上年 " + ctx.withUnit(plain(u.before())) + "，本年 "
                            + ctx.withUnit(plain(u.now())) + "），但没有说明原因（应填写 " + field + "）。", u.where(), "增减原因",
                    "上年 " + ValidationContext.print(plain(u.before())) + "，本年 " + ValidationContext.print(plain(u.now())),
                    "在 " + field + " 中写明" + direction + "的主要原因，如“绩效改革，增加基础绩效奖”（不必写“主要原因：”）"
                            + (sign == 0 ? "；本口径要求持平时也说明原因。" : "。"));
            return;
        }
        List<String> changed = list.stream().map(u -> u.what() + " 上年 " + ValidationContext.print(plain(u.before())) + "，本年 "
                + ValidationContext.print(plain(u.now()))).toList();
        String key = "reason." + reasonPath;
        String title = ctx.profile().words().containsKey(key) ? ctx.profile().word(key)
                : String.join("、", list.stream().map(Unexplained::what).toList());
        ctx.report(rule, title + "与上年相比有变化（" + String.join("；", changed) + "），但没有说明原因。", Location.field(field),
                "增减原因", null, "在 " + field + " 中写明" + title + "增减的主要原因（不必写“主要原因：”）。");
    }

    /** Where a figure's first term is: a table cell, or a field of the submission; null when its table is absent. */
    private static Location locate(ValidationContext ctx, String term) {
        if (term == null) {
            return null;
        }
        String[] parts = term.split("/");
        if (parts.length != 3) {
            return Location.field(term);
        }
        TableView v = ctx.view(parts[0]);
        if (v == null || !v.present()) {
            return null;
        }
        if ("total".equals(parts[1])) {
            return v.totalCell(parts[2]);
        }
        if (parts[1].startsWith("key=")) {
            return v.fixedCell(parts[1].substring(4), parts[2]);
        }
        return v.tableColumn(parts[2]);
    }

    /** A missing prior figure; {@code words} "上年数" names it as the profile does (上年预算数, say). */
    private static void missing(ValidationContext ctx, String what, String priorPath) {
        String word = ctx.profile().word("上年数");
        ctx.report(Rules.PRIOR_MISSING, "缺少“" + what + "”的" + word + "，说明中将不作同比比较。", Location.field(priorPath),
                word, null, "在 " + priorPath + " 中填写" + word + "（上年没有时填 0）。");
    }

    private static Submission s(ValidationContext ctx) {
        return ctx.submission();
    }

    /** An amount as written: a value converted between 元 and 万元 loses the zeros the conversion added. */
    private static BigDecimal plain(BigDecimal v) {
        if (v == null || v.scale() <= 2) {
            return v;
        }
        BigDecimal x = v.stripTrailingZeros();
        return x.scale() < 0 ? x.setScale(0) : x;
    }
}
