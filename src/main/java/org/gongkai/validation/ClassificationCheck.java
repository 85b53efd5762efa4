package org.gongkai.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.catalog.CatalogKind;
import org.gongkai.catalog.Classification;
import org.gongkai.catalog.ClassificationCatalog;
import org.gongkai.catalog.ClassificationEntry;
import org.gongkai.catalog.CodeChange;
import org.gongkai.catalog.EconomicMappingEntry;
import org.gongkai.model.Department;
import org.gongkai.model.TableRow;

/**
 * Every 功能分类 and 经济分类 code against the catalogue edition of the submission's fiscal year: the 类 exists,
 * the code is not retired, names match, government codes follow the mapping (or are derived from it). A code the
 * catalogue lacks under a known 类 is a warning naming its nearest known parent, or an error in strict mode.
 */
final class ClassificationCheck implements Check {

    private static final Pattern FUNCTION_CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final Pattern ECON_CODE = Pattern.compile("\\d{3}|\\d{5}");

    @Override
    public void run(ValidationContext ctx) {
        Run run = new Run(ctx);
        boolean any = false;
        for (TableView v : ctx.dataViews()) {
            if (!v.present() || !(v.isFunctionCoded() || v.isEconomicCoded())) {
                continue;
            }
            any = true;
            for (TableRow r : v.rows()) {
                if (r.rowKind() == TableRow.Kind.ITEM && r.item() == null) {
                    run.remember(v, r);
                }
            }
        }
        if (any) {
            run.editionNotice();
        }
        for (TableView v : ctx.dataViews()) {
            if (!v.present() || !(v.isFunctionCoded() || v.isEconomicCoded())) {
                continue;
            }
            List<TableRow> rows = v.rows();
            for (int i = 0; i < rows.size(); i++) {
                TableRow r = rows.get(i);
                if (r.rowKind() != TableRow.Kind.ITEM || r.item() != null) {
                    continue;
                }
                if (v.isFunctionCoded()) {
                    run.function(v, i, r);
                } else {
                    run.economic(v, i, r);
                }
            }
        }
    }

    /** One validation run: the chosen edition, the names the submission gives its codes, and what was reported once. */
    private static final class Run {
        private final ValidationContext ctx;
        private final ClassificationCatalog cat;
        private final boolean publicInstitution;
        private final boolean onlyPublicInstitutions;
        private final Map<CatalogKind, Map<String, String>> submitted = new HashMap<>();
        private final Set<String> reportedOnce = new HashSet<>();

        Run(ValidationContext ctx) {
            this.ctx = ctx;
            this.cat = ctx.catalog();
            Department d = ctx.submission().department();
            List<Department.BudgetUnit> units = d == null ? List.of() : d.units().stream().filter(u -> u != null).toList();
            this.publicInstitution = units.stream().anyMatch(u -> u.kind() != null && u.kind().contains("事业"));
            this.onlyPublicInstitutions = !units.isEmpty() && units.stream().allMatch(u -> u.kind() != null && u.kind().contains("事业"));
            for (CatalogKind k : CatalogKind.values()) {
                submitted.put(k, new HashMap<>());
            }
        }

        void remember(TableView v, TableRow r) {
            String code = v.code(r);
            if (code == null) {
                return;
            }
            CatalogKind kind = v.isFunctionCoded() ? CatalogKind.FUNCTION : CatalogKind.DEPARTMENT_ECONOMIC;
            if (r.name() != null && !r.name().isBlank()) {
                submitted.get(kind).putIfAbsent(code, r.name().strip());
            }
            if (!v.isFunctionCoded() && r.govEconCode() != null && r.govEconName() != null && !r.govEconName().isBlank()) {
                submitted.get(CatalogKind.GOVERNMENT_ECONOMIC).putIfAbsent(r.govEconCode().strip(), r.govEconName().strip());
            }
        }

        void editionNotice() {
            int year = ctx.year();
            if (ctx.edition().exact() || year < 2000 || year > 2100) {
                return;
            }
            ctx.report(Rules.EDITION_FALLBACK, "没有" + year + "年的政府收支分类科目目录，科目编码和名称按" + cat.title() + "核对。",
                    Location.none(), year + "年目录", cat.year() + "年目录",
                    "如" + year + "年科目有调整，请财政局把" + year + "年目录放入目录文件夹（设置 gongkai.catalog.dir，见 docs/catalog.md）。");
        }

        void function(TableView v, int i, TableRow r) {
            String code = v.code(r);
            if (code == null || !FUNCTION_CODE.matcher(code).matches()) {
                return; // structure.row-key
            }
            Classification fn = cat.functions();
            ClassificationEntry e = fn.find(code).orElse(null);
            Location where = v.field(i, "functionCode", "fn.xiang");
            if (e == null) {
                unknown(CatalogKind.FUNCTION, fn, code, r.name(), where, Rules.FUNCTION_CODE);
                return;
            }
            if (code.length() == 7 && r.name() != null && !e.hasName(r.name())) {
                nameMismatch(e.verified() ? Rules.FUNCTION_NAME : Rules.NAME_UNVERIFIED, fn, e, r.name(), v.field(i, "name", "name"));
            }
        }

        void economic(TableView v, int i, TableRow r) {
            String code = v.code(r);
            if (code == null || !ECON_CODE.matcher(code).matches()) {
                return; // structure.row-key
            }
            Classification dep = cat.departmentEconomic();
            ClassificationEntry e = dep.find(code).orElse(null);
            if (e == null) {
                unknown(CatalogKind.DEPARTMENT_ECONOMIC, dep, code, r.name(), v.field(i, "econCode", keyColumn(v, "econ")), Rules.ECON_CODE);
            } else if (r.name() != null && !e.hasName(r.name())) {
                nameMismatch(e.verified() ? Rules.ECON_NAME : Rules.NAME_UNVERIFIED, dep, e, r.name(), v.field(i, "name", "name"));
            }
            Location govWhere = v.field(i, "govEconCode", keyColumn(v, "govEcon"));
            String gov = r.govEconCode() == null ? null : r.govEconCode().strip();
            EconomicMappingEntry m = cat.mapping().find(code).orElse(null);
            if (gov == null || gov.isEmpty()) {
                if (code.length() == 5 && publishesGovernmentEconomic(v)) {
                    missingGovernmentCode(code, e, m, govWhere);
                }
                return;
            }
            Classification govs = cat.governmentEconomic();
            ClassificationEntry g = govs.find(gov).orElse(null);
            if (g == null) {
                if (!ECON_CODE.matcher(gov).matches()) {
                    ctx.report(Rules.GOV_ECON_CODE, "政府预算支出经济分类编码“" + gov + "”不是3位或5位数字。", govWhere, "3位或5位数字", gov,
                            "核对政府经济分类编码（如 50101 工资奖金津补贴）。");
                } else {
                    unknown(CatalogKind.GOVERNMENT_ECONOMIC, govs, gov, r.govEconName(), govWhere, Rules.GOV_ECON_CODE);
                }
            } else if (r.govEconName() != null && !g.hasName(r.govEconName())) {
                nameMismatch(g.verified() ? Rules.GOV_ECON_NAME : Rules.NAME_UNVERIFIED, govs, g, r.govEconName(),
                        v.field(i, "govEconName", "govEconName"));
            }
            if (m == null || g == null) {
                return;
            }
            boolean ok = m.governmentCode().equals(gov) || publicInstitution && gov.equals(m.alternativeCode());
            if (!ok) {
                RuleDefinition rule = m.verified() ? Rules.GOV_ECON_MAPPING : Rules.GOV_ECON_MAPPING_UNVERIFIED;
                String expected = m.governmentCode() + (m.alternativeCode() != null ? "（事业单位 " + m.alternativeCode() + "）" : "");
                ctx.report(rule, "部门经济分类 " + code + " 应对应政府经济分类 " + expected + "，表中为 " + gov + "。"
                                + (m.verified() ? "" : "（该对应关系在目录中尚未核实）"),
                        govWhere, expected, gov, "按部门预算支出经济分类与政府预算支出经济分类的对应关系填写政府经济分类。");
            }
        }

        /** No 政府经济分类 given: derived from the mapping when the catalogue has one, otherwise demanded. */
        private void missingGovernmentCode(String code, ClassificationEntry e, EconomicMappingEntry m, Location where) {
            if (m == null) {
                ctx.report(Rules.GOV_ECON_CODE, "经济分类 " + code + " 缺少对应的政府预算支出经济分类编码，目录中也没有它的对应关系，无法推导。",
                        where, "政府经济分类编码", null, "填写 govEconCode（如 30101 对应 50101）。");
                return;
            }
            if (!reportedOnce.add("derived:" + code)) {
                return;
            }
            String derived = derivedCode(m);
            String name = cat.governmentEconomic().find(derived).map(ClassificationEntry::name).orElse("");
            ctx.report(Rules.GOV_ECON_DERIVED, "部门经济分类 " + code + (e == null ? "" : " " + e.name()) + " 没有填写政府经济分类，按对应关系推导为 "
                            + derived + (name.isEmpty() ? "" : " " + name) + (m.verified() ? "" : "（该对应关系尚未核实）") + "。",
                    where, derived, null, "如推导结果不对，请在表中填写政府经济分类编码和名称。");
        }

        private String derivedCode(EconomicMappingEntry m) {
            return onlyPublicInstitutions && m.alternativeCode() != null ? m.alternativeCode() : m.governmentCode();
        }

        /** A well-formed code the edition does not hold. */
        private void unknown(CatalogKind kind, Classification cl, String code, String printedName, Location where, RuleDefinition strictRule) {
            String title = cat.title();
            String label = cl.name() + "编码 " + code + (printedName == null || printedName.isBlank() ? "" : "“" + printedName.strip() + "”");
            CodeChange change = cl.change(code).orElse(null);
            if (change != null && change.retired()) {
                String successor = change.successor();
                String successorText = successor == null ? "目录中没有指定替代科目，请按新目录重新归类"
                        : "请改用 " + successor + cl.find(successor).map(s -> " " + s.name()).orElse("");
                ctx.report(Rules.CODE_RETIRED, label + "（" + change.formerName() + "）在" + title + "中已取消；" + successorText + "。",
                        where, successor, code, "按" + cat.year() + "年政府收支分类科目调整科目编码。");
                return;
            }
            String cls = code.substring(0, 3);
            if (!cl.contains(cls)) {
                ctx.report(strictRule, label + " 所属的类 " + cls + " 不在" + title + "中。", where, "目录中的类", cls,
                        "核对科目编码（" + (kind == CatalogKind.FUNCTION ? "类3位、款5位、项7位" : "类3位、款5位") + "）。");
                return;
            }
            String parent = nearestKnownParent(kind, cl, code);
            if (ctx.strictCatalog()) {
                ctx.report(strictRule, label + " 不在" + title + "中（财政局要求只使用目录中的科目）；最近的已知上级为 " + parent + "。",
                        where, "目录中的编码", code, "核对科目编码；如确为有效科目，请财政局把它补充到目录文件夹中的目录。");
                return;
            }
            if (!reportedOnce.add(kind + ":" + code)) {
                return;
            }
            ctx.report(Rules.CODE_UNLISTED, label + " 不在" + title + "中；最近的已知上级为 " + parent + "。公开文件使用表中的名称。",
                    where, parent, code, "如编码有误请更正；如为有效科目，无需处理（财政局可把完整目录放入目录文件夹，docs/catalog.md）。");
        }

        /** "20406 司法" from the catalogue, or from the submission's own rows, walking up to the 类 (which exists). */
        private String nearestKnownParent(CatalogKind kind, Classification cl, String code) {
            for (String p = kind.parentOf(code); p != null; p = kind.parentOf(p)) {
                ClassificationEntry e = cl.find(p).orElse(null);
                if (e != null) {
                    return p + " " + e.name();
                }
                String printed = submitted.get(kind).get(p);
                if (printed != null) {
                    return p + " " + printed + "（提交文件中的名称）";
                }
            }
            return code.substring(0, 3);
        }

        private void nameMismatch(RuleDefinition rule, Classification cl, ClassificationEntry e, String found, Location where) {
            CodeChange change = cl.change(e.code()).orElse(null);
            String renamed = change != null && !change.retired() && (found == null ? "" : found).strip().equals(change.formerName())
                    ? "（“" + change.formerName() + "”是" + cat.year() + "年以前的名称，该科目已更名）" : "";
            ctx.report(rule, cl.name() + " " + e.code() + " 的名称应为“" + e.name() + "”，表中为“" + found + "”。" + renamed
                            + (e.verified() ? "" : "（目录名称尚未核实）"), where, e.name(), found,
                    "按" + cat.title() + "填写科目名称" + (e.verified() ? "。" : "；如表中名称为正式名称，请告知财政局更新目录。"));
        }
    }

    /** The key column id carrying a code in this table (econCode in table 6, econ.kuan in table 7). */
    private static String keyColumn(TableView v, String prefix) {
        return v.spec().keyColumns().stream().map(c -> c.id())
                .filter(id -> id.equals(prefix + "Code") || id.equals(prefix + ".kuan")).findFirst().orElse(null);
    }

    /** Whether the table prints the 政府预算支出经济分类 beside the 部门 one (a profile may publish the 部门 one only). */
    private static boolean publishesGovernmentEconomic(TableView v) {
        return v.spec().keyColumns().stream().anyMatch(c -> c.type().json().startsWith("govEcon"));
    }
}
