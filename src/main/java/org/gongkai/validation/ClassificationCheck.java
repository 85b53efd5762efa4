package org.gongkai.validation;

import java.util.List;
import org.gongkai.catalog.Classification;
import org.gongkai.catalog.ClassificationEntry;
import org.gongkai.catalog.EconomicMappingEntry;
import org.gongkai.model.Department;
import org.gongkai.model.TableRow;

/** Every 功能分类 and 经济分类 code exists in the 2024 catalogue, names match, government codes follow the mapping. */
final class ClassificationCheck implements Check {

    private static final java.util.regex.Pattern FUNCTION_CODE = java.util.regex.Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final java.util.regex.Pattern ECON_CODE = java.util.regex.Pattern.compile("\\d{3}|\\d{5}");

    @Override
    public void run(ValidationContext ctx) {
        boolean publicInstitution = hasPublicInstitution(ctx);
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
                    function(ctx, v, i, r);
                } else {
                    economic(ctx, v, i, r, publicInstitution);
                }
            }
        }
    }

    private void function(ValidationContext ctx, TableView v, int i, TableRow r) {
        String code = v.code(r);
        if (code == null || !FUNCTION_CODE.matcher(code).matches()) {
            return; // structure.row-key
        }
        Classification fn = ctx.catalog().functions();
        ClassificationEntry e = fn.find(code).orElse(null);
        if (e == null) {
            ctx.report(Rules.FUNCTION_CODE, "支出功能分类编码 " + code + " 不在2024年政府收支分类科目目录中。", v.field(i, "functionCode", "fn.xiang"),
                    "目录中的编码", code, "核对科目编码（类3位、款5位、项7位）；如确为2024年有效科目，请联系财政局补充目录（docs/catalog.md）。");
            return;
        }
        if (code.length() == 7 && r.name() != null && !e.hasName(r.name())) {
            nameMismatch(ctx, e.verified() ? Rules.FUNCTION_NAME : Rules.NAME_UNVERIFIED, "支出功能分类", e, r.name(),
                    v.field(i, "name", "name"));
        }
    }

    private void economic(ValidationContext ctx, TableView v, int i, TableRow r, boolean publicInstitution) {
        String code = v.code(r);
        if (code == null || !ECON_CODE.matcher(code).matches()) {
            return; // structure.row-key
        }
        ClassificationEntry e = ctx.catalog().departmentEconomic().find(code).orElse(null);
        if (e == null) {
            ctx.report(Rules.ECON_CODE, "部门预算支出经济分类编码 " + code + " 不在2024年目录中。", v.field(i, "econCode", keyColumn(v, "econ")),
                    "目录中的编码", code, "核对经济分类编码（类3位、款5位，如 30101 基本工资）。");
        } else if (r.name() != null && !e.hasName(r.name())) {
            nameMismatch(ctx, e.verified() ? Rules.ECON_NAME : Rules.NAME_UNVERIFIED, "部门预算支出经济分类", e, r.name(),
                    v.field(i, "name", "name"));
        }
        String gov = r.govEconCode() == null ? null : r.govEconCode().strip();
        if (gov == null || gov.isEmpty()) {
            if (code.length() == 5 && publishesGovernmentEconomic(v)) {
                ctx.report(Rules.GOV_ECON_CODE, "经济分类 " + code + " 缺少对应的政府预算支出经济分类编码。",
                        v.field(i, "govEconCode", keyColumn(v, "govEcon")), "政府经济分类编码", null,
                        "填写 govEconCode（如 30101 对应 50101）。");
            }
            return;
        }
        ClassificationEntry g = ctx.catalog().governmentEconomic().find(gov).orElse(null);
        if (g == null) {
            ctx.report(Rules.GOV_ECON_CODE, "政府预算支出经济分类编码 " + gov + " 不在2024年目录中。",
                    v.field(i, "govEconCode", keyColumn(v, "govEcon")), "目录中的编码", gov, "核对政府经济分类编码（如 50101 工资奖金津补贴）。");
        } else if (r.govEconName() != null && !g.hasName(r.govEconName())) {
            nameMismatch(ctx, g.verified() ? Rules.GOV_ECON_NAME : Rules.NAME_UNVERIFIED, "政府预算支出经济分类", g, r.govEconName(),
                    v.field(i, "govEconName", "govEconName"));
        }
        EconomicMappingEntry m = ctx.catalog().mapping().find(code).orElse(null);
        if (m == null || g == null) {
            return;
        }
        boolean ok = m.governmentCode().equals(gov) || publicInstitution && gov.equals(m.alternativeCode());
        if (!ok) {
            RuleDefinition rule = m.verified() ? Rules.GOV_ECON_MAPPING : Rules.GOV_ECON_MAPPING_UNVERIFIED;
            String expected = m.governmentCode() + (m.alternativeCode() != null ? "（事业单位 " + m.alternativeCode() + "）" : "");
            ctx.report(rule, "部门经济分类 " + code + " 应对应政府经济分类 " + expected + "，表中为 " + gov + "。"
                            + (m.verified() ? "" : "（该对应关系在目录中尚未核实）"),
                    v.field(i, "govEconCode", keyColumn(v, "govEcon")), expected, gov,
                    "按部门预算支出经济分类与政府预算支出经济分类的对应关系填写政府经济分类。");
        }
    }

    private static void nameMismatch(ValidationContext ctx, RuleDefinition rule, String classification, ClassificationEntry e,
                                     String found, Location where) {
        ctx.report(rule, classification + " " + e.code() + " 的名称应为“" + e.name() + "”，表中为“" + found + "”。"
                        + (e.verified() ? "" : "（目录名称尚未核实）"), where, e.name(), found,
                "按2024年政府收支分类科目填写科目名称" + (e.verified() ? "。" : "；如表中名称为正式名称，请告知财政局更新目录。"));
    }

    /** The key column id carrying a code in this table (econCode in table 6, econ.kuan in table 7). */
    private static String keyColumn(TableView v, String prefix) {
        return v.spec().keyColumns().stream().map(c -> c.id())
                .filter(id -> id.equals(prefix + "Code") || id.equals(prefix + ".kuan")).findFirst().orElse(null);
    }

    private static boolean hasPublicInstitution(ValidationContext ctx) {
        Department d = ctx.submission().department();
        return d != null && d.units().stream().anyMatch(u -> u != null && u.kind() != null && u.kind().contains("事业"));
    }

    /** Whether the table prints the 政府预算支出经济分类 beside the 部门 one (a profile may publish the 部门 one only). */
    private static boolean publishesGovernmentEconomic(TableView v) {
        return v.spec().keyColumns().stream().anyMatch(c -> c.type().json().startsWith("govEcon"));
    }
}
