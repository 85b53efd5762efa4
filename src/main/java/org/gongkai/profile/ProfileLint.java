package org.gongkai.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a profile file must satisfy beyond its JSON shape: safe ids (they become file names and addresses), unique
 * table and equation ids, and equations whose terms name tables, rows and columns the profile has. Each problem is
 * a place in the file (a JSON path) and a Chinese sentence.
 */
public final class ProfileLint {

    /** A profile id: lower-case letters, digits and inner hyphens, at most 40 characters ("city-14"). */
    public static final Pattern PROFILE_ID = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$");
    private static final Pattern TABLE_ID = Pattern.compile("^[a-z][a-z0-9_]{0,63}$");
    private static final Pattern TEMPLATE = Pattern.compile("^[A-Za-z0-9_][A-Za-z0-9_\\-/]*\\.ftl$");
    private static final Pattern FIELD = Pattern.compile("^@[A-Za-z][A-Za-z0-9_]*(\\.(?:[A-Za-z0-9_]+|\\*))*(\\|.+)?$");
    private static final Pattern ROW = Pattern.compile("^(total|items|row|(key|code|under|match)=.+)$");

    /** One problem: where in the file, what is wrong. */
    public record Problem(String place, String text) {
    }

    private ProfileLint() {
    }

    /**
     * @param ruleIds  the rule ids an equation may report under; null: not checked
     * @param template whether a narrative template of that name can be found
     */
    public static List<Problem> problems(DisclosureProfile p, Set<String> ruleIds, Predicate<String> template) {
        List<Problem> out = new ArrayList<>();
        if (p.id() == null || !PROFILE_ID.matcher(p.id()).matches()) {
            out.add(new Problem("id", "口径 id“" + p.id() + "”只能由小写字母、数字和中间的连字符组成（至多40个字符），如 city-14。"));
        }
        if (p.name() == null || p.name().isBlank()) {
            out.add(new Problem("name", "缺少口径的中文名称。"));
        }
        if (p.tables().isEmpty()) {
            out.add(new Problem("tables", "口径至少要有一张表。"));
        }
        Set<String> tableIds = new HashSet<>();
        for (int i = 0; i < p.tables().size(); i++) {
            TableSpec t = p.tables().get(i);
            if (t.id() == null || !TABLE_ID.matcher(t.id()).matches()) {
                out.add(new Problem("tables[" + i + "].id", "表 id“" + t.id() + "”只能由小写字母、数字和下划线组成，以字母开头。"));
            } else if (!tableIds.add(t.id())) {
                out.add(new Problem("tables[" + i + "].id", "表 id“" + t.id() + "”重复。"));
            }
            if (t.layout() == null) {
                out.add(new Problem("tables[" + i + "].layout", "缺少布局（grid、balance、fixed 或 form）。"));
            }
        }
        if (p.narrativeTemplate() != null && (!TEMPLATE.matcher(p.narrativeTemplate()).matches()
                || p.narrativeTemplate().contains("..") || !template.test(p.narrativeTemplate()))) {
            out.add(new Problem("narrativeTemplate", "找不到说明文字模板“" + p.narrativeTemplate()
                    + "”（写作 narrative/<口径id>.ftl，放在口径文件所在文件夹或 gongkai 的 templates/ 下）。"));
        }
        for (int i = 0; i < p.itemTables().size(); i++) {
            if (p.table(p.itemTables().get(i)).isEmpty()) {
                out.add(new Problem("itemTables[" + i + "]", "没有表“" + p.itemTables().get(i) + "”。"));
            }
        }
        for (var f : p.figures().entrySet()) {
            for (int i = 0; i < f.getValue().size(); i++) {
                String t = f.getValue().get(i);
                for (String alt : t == null ? new String[0] : t.split("\\?\\?")) {
                    String[] parts = alt.strip().split("/");
                    if (parts.length == 3 && p.table(parts[0]).isEmpty()) {
                        out.add(new Problem("figures." + f.getKey() + "[" + i + "]", "“" + t + "”：口径中没有表“" + parts[0] + "”。"));
                    }
                }
            }
        }
        Set<String> usable = ruleIds == null ? null : new HashSet<>(ruleIds);
        rules(p, ruleIds, usable, out);
        equations(p, usable, out);
        comparisons(p, usable, out);
        derived(p, out);
        charts(p, out);
        return out;
    }

    /** The profile's own rules: well-formed ids, no clash with a built-in rule or with each other. */
    private static void rules(DisclosureProfile p, Set<String> builtIn, Set<String> usable, List<Problem> out) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < p.rules().size(); i++) {
            RuleSpec r = p.rules().get(i);
            String at = "rules[" + i + "]";
            if (r.id() == null || r.id().length() > 60 || !RuleSpec.ID.matcher(r.id()).matches()) {
                out.add(new Problem(at + ".id", "规则编号“" + r.id() + "”格式不对：写作 类别.小写英文单词（以连字符连接），如 cross.county-business，至多60个字符。"));
                continue;
            }
            if (builtIn != null && builtIn.contains(r.id())) {
                out.add(new Problem(at + ".id", "规则编号“" + r.id() + "”与 gongkai 内置规则重复，请换一个编号（内置规则见 docs/rules.md）。"));
            } else if (!ids.add(r.id())) {
                out.add(new Problem(at + ".id", "规则编号“" + r.id() + "”重复。"));
            } else if (usable != null) {
                usable.add(r.id());
            }
            if (r.title() == null || r.title().isBlank()) {
                out.add(new Problem(at + ".title", "规则缺少标题（title）。"));
            }
            if (r.basis() == null || r.basis().isBlank()) {
                out.add(new Problem(at + ".basis", "规则缺少依据（basis）。"));
            }
            if (r.description() == null || r.description().isBlank()) {
                out.add(new Problem(at + ".description", "规则缺少说明（description）。"));
            }
            if (r.severity() != null && !RuleSpec.SEVERITIES.contains(r.severity())) {
                out.add(new Problem(at + ".severity", "级别“" + r.severity() + "”未知：只能是 error 或 warning。"));
            }
            if (r.category() != null && !RuleSpec.CATEGORIES.contains(r.category())) {
                out.add(new Problem(at + ".category", "类别“" + r.category() + "”未知：只能是 cross 或 explanation。"));
            }
        }
    }

    private static void comparisons(DisclosureProfile p, Set<String> ruleIds, List<Problem> out) {
        for (int i = 0; i < p.comparisons().size(); i++) {
            ComparisonSpec c = p.comparisons().get(i);
            if (ruleIds != null && c.rule() != null && !ruleIds.contains(c.rule())) {
                out.add(new Problem("comparisons[" + i + "].rule", "规则“" + c.rule() + "”不在规则目录中，也不是本口径 rules 中的规则。"));
            }
        }
    }

    /** The derived figures name figures and tables the profile has. */
    private static void derived(DisclosureProfile p, List<Problem> out) {
        DerivedSpec d = p.derived();
        if (d == null) {
            return;
        }
        slot(p, d.income(), "derived.income", out);
        slot(p, d.expenditure(), "derived.expenditure", out);
        group(p, d.fiscal(), "derived.fiscal", out);
        slot(p, d.generalBudget(), "derived.generalBudget", out);
        slot(p, d.basic(), "derived.basic", out);
        group(p, d.threePublic(), "derived.threePublic", out);
        slot(p, d.govFund(), "derived.govFund", out);
        slot(p, d.operatingCosts(), "derived.operatingCosts", out);
        slot(p, d.procurement(), "derived.procurement", out);
        slot(p, d.performance(), "derived.performance", out);
    }

    private static void group(DisclosureProfile p, DerivedSpec.Group g, String at, List<Problem> out) {
        if (g == null) {
            return;
        }
        slot(p, g.total(), at + ".total", out);
        for (int i = 0; i < g.parts().size(); i++) {
            slot(p, g.parts().get(i), at + ".parts[" + i + "]", out);
        }
    }

    private static void slot(DisclosureProfile p, DerivedSpec.Slot s, String at, List<Problem> out) {
        if (s == null) {
            return;
        }
        for (String f : s.figureRefs()) {
            if (!p.figures().containsKey(f)) {
                out.add(new Problem(at, "口径的 figures 中没有数“" + f + "”。"));
            }
        }
        if (s.table() != null && p.table(s.table()).isEmpty()) {
            out.add(new Problem(at + ".table", "没有表“" + s.table() + "”。"));
        }
        for (String prior : new String[]{s.prior(), s.itemPrior()}) {
            if (prior != null && !org.gongkai.model.PriorYear.isField(prior)) {
                out.add(new Problem(at + ".prior", "“" + prior + "”不是 priorYear 中的上年数。"));
            }
        }
    }

    private static void charts(DisclosureProfile p, List<Problem> out) {
        for (int i = 0; i < p.charts().size(); i++) {
            ChartSpec c = p.charts().get(i);
            String at = "charts[" + i + "]";
            if (c.id() == null || !TABLE_ID.matcher(c.id().replace('-', '_')).matches()) {
                out.add(new Problem(at + ".id", "图 id“" + c.id() + "”只能由小写字母、数字和连字符组成。"));
            }
            if (!ChartSpec.TYPES.contains(c.type())) {
                out.add(new Problem(at + ".type", "图的类型“" + c.type() + "”未知：只能是 classes、shares 或 years。"));
            }
            if (c.title() == null || c.title().isBlank()) {
                out.add(new Problem(at + ".title", "图缺少标题（title）。"));
            }
            if (p.derived() == null) {
                out.add(new Problem(at, "口径没有 derived（图读取其中的数）。"));
            }
        }
    }

    private static void equations(DisclosureProfile p, Set<String> ruleIds, List<Problem> out) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < p.equations().size(); i++) {
            EquationSpec e = p.equations().get(i);
            String at = "equations[" + i + "]";
            if (e.id() == null || e.id().isBlank()) {
                out.add(new Problem(at + ".id", "等式缺少编号（id）。"));
            } else if (!ids.add(e.id())) {
                out.add(new Problem(at + ".id", "等式编号“" + e.id() + "”重复。"));
            }
            if (e.title() == null || e.title().isBlank()) {
                out.add(new Problem(at + ".title", "等式缺少标题（title）。"));
            }
            if (!EquationSpec.RELATIONS.contains(e.relation())) {
                out.add(new Problem(at + ".relation", "关系“" + e.relation() + "”未知：只能是 =、<= 或 >=。"));
            }
            if (e.toleranceKind() == null) {
                out.add(new Problem(at + ".tolerance", "容差“" + e.tolerance() + "”未知：只能是 exact、sum 或 sums。"));
            }
            if (ruleIds != null && e.rule() != null && !ruleIds.contains(e.rule())) {
                out.add(new Problem(at + ".rule", "规则“" + e.rule() + "”不在规则目录中，也不是本口径 rules 中的规则（不写时为 cross.profile-equation）。"));
            }
            for (int k = 0; k < e.each().size(); k++) {
                if (!EquationSpec.EACH.contains(e.each().get(k))) {
                    out.add(new Problem(at + ".each[" + k + "]", "“" + e.each().get(k) + "”未知：只能是 " + String.join("、", EquationSpec.EACH) + "。"));
                }
            }
            for (int k = 0; k < e.eachIn().size(); k++) {
                if (p.table(e.eachIn().get(k)).isEmpty()) {
                    out.add(new Problem(at + ".eachIn[" + k + "]", "没有表“" + e.eachIn().get(k) + "”。"));
                }
            }
            if (e.left().isEmpty() && e.right().isEmpty()) {
                out.add(new Problem(at, "等式两边都没有项。"));
            }
            terms(p, e.left(), at + ".left", out);
            terms(p, e.right(), at + ".right", out);
            for (int k = 0; k < e.when().size(); k++) {
                condition(p, e.when().get(k), at + ".when[" + k + "]", out);
            }
            for (int k = 0; k < e.unless().size(); k++) {
                condition(p, e.unless().get(k), at + ".unless[" + k + "]", out);
            }
            if (e.at() != null) {
                term(p, e.at(), at + ".at", out);
            }
            if (e.missingRow() != null && p.table(String.valueOf(e.missingRow().table())).isEmpty()) {
                out.add(new Problem(at + ".missingRow.table", "没有表“" + e.missingRow().table() + "”。"));
            }
        }
    }

    private static void condition(DisclosureProfile p, EquationSpec.Condition c, String at, List<Problem> out) {
        if (!EquationSpec.RELATIONS.contains(c.relation())) {
            out.add(new Problem(at + ".relation", "关系“" + c.relation() + "”未知：只能是 =、<= 或 >=。"));
        }
        terms(p, c.left(), at + ".left", out);
        terms(p, c.right(), at + ".right", out);
        if (c.present() != null) {
            term(p, c.present(), at + ".present", out);
        }
    }

    private static void terms(DisclosureProfile p, List<String> terms, String at, List<Problem> out) {
        for (int i = 0; i < terms.size(); i++) {
            term(p, terms.get(i), at + "[" + i + "]", out);
        }
    }

    /** {@code @path} or {@code table/row/column}, the table, a placeholder-free fixed row and column checked. */
    private static void term(DisclosureProfile p, String term, String at, List<Problem> out) {
        if (term == null) {
            out.add(new Problem(at, "空的项。"));
            return;
        }
        if (term.startsWith("@")) {
            if (!FIELD.matcher(term).matches()) {
                out.add(new Problem(at, "“" + term + "”不是字段路径（如 @otherMatters.operatingCosts、@priorYear.items.*）。"));
            }
            return;
        }
        String[] parts = term.split("/");
        if (parts.length != 3) {
            out.add(new Problem(at, "“" + term + "”应写作 表id/行/列 或 @字段路径。"));
            return;
        }
        TableSpec t = p.table(parts[0]).orElse(null);
        if (t == null) {
            out.add(new Problem(at, "“" + term + "”：口径中没有表“" + parts[0] + "”。"));
            return;
        }
        if (!ROW.matcher(parts[1]).matches()) {
            out.add(new Problem(at, "“" + term + "”：行“" + parts[1] + "”应为 total、items、row、key=…、code=…、under=… 或 match=…。"));
        } else if (parts[1].startsWith("key=") && !parts[1].contains("{") && t.fixedRow(parts[1].substring(4)).isEmpty()) {
            out.add(new Problem(at, "“" + term + "”：表“" + t.id() + "”没有固定行“" + parts[1].substring(4) + "”。"));
        }
        if (!parts[2].contains("{") && t.column(parts[2]).isEmpty()) {
            out.add(new Problem(at, "“" + term + "”：表“" + t.id() + "”没有列“" + parts[2] + "”。"));
        }
    }
}
