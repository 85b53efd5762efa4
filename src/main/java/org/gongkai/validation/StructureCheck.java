package org.gongkai.validation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.model.Department;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.gongkai.profile.ColumnSpec;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.RowSpec;
import org.gongkai.profile.TableSpec;
import org.gongkai.support.EmailAddresses;

/** Structure rules: required fields, known tables, rows and columns, duplicates, legacy rows. */
final class StructureCheck implements Check {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    private static final Pattern CODE = Pattern.compile("\\d+");
    /** Department and budget-unit codes: they become folder names in staging and on the publication server. */
    private static final Pattern ORGANISATION_CODE = Pattern.compile("[0-9]{1,12}");

    @Override
    public void run(ValidationContext ctx) {
        header(ctx);
        department(ctx);
        if (ctx.profile() != null) {
            tables(ctx);
        }
    }

    private void header(ValidationContext ctx) {
        Submission s = ctx.submission();
        if (s.formatVersion() == null || s.formatVersion() != 1) {
            ctx.report(Rules.FORMAT_VERSION, "格式版本必须为 1。", Location.field("formatVersion"), "1",
                    s.formatVersion() == null ? null : s.formatVersion().toString(), "在文件开头写 \"formatVersion\": 1。");
        }
        if (ctx.profile() == null) {
            ctx.report(Rules.PROFILE, "公开口径“" + (s.profile() == null ? "" : s.profile()) + "”不是已知口径，无法核对各表。",
                    Location.field("profile"), String.join("、", DisclosureProfile.known()), s.profile(),
                    "填写已知口径之一：" + String.join("、", DisclosureProfile.known()) + "。");
        }
        Integer y = s.fiscalYear();
        if (y == null || y < MIN_YEAR || y > MAX_YEAR) {
            ctx.report(Rules.FISCAL_YEAR, y == null ? "缺少预算年度。" : "预算年度 " + y + " 不合理。",
                    Location.field("fiscalYear"), MIN_YEAR + "–" + MAX_YEAR, y == null ? null : y.toString(),
                    "填写四位数的预算年度，如 \"fiscalYear\": 2024。");
        }
        String unit = s.amountUnit() == null ? null : s.amountUnit().strip();
        if (!"万元".equals(unit) && !"元".equals(unit)) {
            ctx.report(Rules.AMOUNT_UNIT, "金额单位必须为“万元”或“元”。", Location.field("amountUnit"), "万元 或 元",
                    s.amountUnit(), "填写 \"amountUnit\": \"万元\"（与公开表格的“单位：万元”一致）。");
        } else if (ctx.profile() != null && ctx.profile().amountUnit() != null && !ctx.profile().amountUnit().equals(unit)) {
            ctx.report(Rules.AMOUNT_UNIT, "公开口径“" + ctx.profile().name() + "”的表以“" + ctx.profile().amountUnit() + "”为单位，提交却声明为“"
                            + unit + "”。", Location.field("amountUnit"), ctx.profile().amountUnit(), unit,
                    "按公开表格照抄金额，填写 \"amountUnit\": \"" + ctx.profile().amountUnit() + "\"。");
        }
        Integer p = s.precision();
        if (p == null || p < 0 || p > 4) {
            ctx.report(Rules.PRECISION, p == null ? "缺少金额小数位数。" : "金额小数位数 " + p + " 不在 0 到 4 之间。",
                    Location.field("precision"), "0–4", p == null ? null : p.toString(),
                    "填写表格金额保留的小数位数，如以万元为单位保留一位小数时 \"precision\": 1。");
        }
        approvalDate(ctx, s);
    }

    private void approvalDate(ValidationContext ctx, Submission s) {
        String hint = "填写财政部门批复部门预算的日期，格式为 YYYY-MM-DD，如 \"approvalDate\": \"2024-02-06\"。";
        if (s.approvalDate() == null || s.approvalDate().isBlank()) {
            ctx.report(Rules.APPROVAL_DATE, "缺少批复日期。", Location.field("approvalDate"), "YYYY-MM-DD", null, hint);
            return;
        }
        LocalDate d = s.approvalLocalDate().orElse(null);
        if (d == null) {
            ctx.report(Rules.APPROVAL_DATE, "批复日期“" + s.approvalDate() + "”不是有效日期。", Location.field("approvalDate"),
                    "YYYY-MM-DD", s.approvalDate(), hint);
            return;
        }
        Integer y = s.fiscalYear();
        if (y != null && y >= MIN_YEAR && y <= MAX_YEAR) {
            LocalDate from = LocalDate.of(y - 1, 1, 1);
            LocalDate to = LocalDate.of(y, 12, 31);
            if (d.isBefore(from) || d.isAfter(to)) {
                ctx.report(Rules.APPROVAL_DATE, "批复日期 " + d + " 不在 " + y + " 年度预算可能的批复期间内。",
                        Location.field("approvalDate"), from + " 至 " + to, d.toString(), hint);
            }
        }
    }

    private void department(ValidationContext ctx) {
        Department d = ctx.submission().department();
        if (d == null || blank(d.code()) || blank(d.name())) {
            String what = d == null ? "缺少部门信息" : blank(d.code()) ? "缺少部门编码" : "缺少部门名称";
            ctx.report(Rules.DEPARTMENT, what + "。", Location.field(d == null ? "department" : blank(d.code())
                            ? "department.code" : "department.name"), null, null,
                    "填写 department.code（如 701）和 department.name（部门全称）。");
        }
        if (d != null && !blank(d.code()) && !ORGANISATION_CODE.matcher(d.code()).matches()) {
            ctx.report(Rules.DEPARTMENT_CODE, "部门编码“" + d.code() + "”不是 1 至 12 位半角数字。", Location.field("department.code"),
                    "1–12 位半角数字（0-9）", d.code(),
                    "填写财政部门核定的部门编码，只用半角数字，不加空格或其他符号，如 \"code\": \"701\"；编码会用作公开网站的目录名。");
        }
        Department.Contact c = d == null ? null : d.contact();
        String email = c == null ? null : c.email();
        if (email == null || !EmailAddresses.isWellFormed(email.strip())) {
            ctx.report(Rules.CONTACT_EMAIL, email == null ? "缺少提交联系人的电子邮箱。" : "联系人邮箱“" + email + "”格式不正确。",
                    Location.field("department.contact.email"), "name@example.gov.cn", email,
                    "填写能收到退回通知的邮箱，如 \"email\": \"budget@example.gov.cn\"。");
        }
        List<Department.BudgetUnit> units = d == null ? List.of() : d.units();
        if (units.isEmpty()) {
            ctx.report(Rules.BUDGET_UNITS, "没有列出任何预算单位。", Location.field("department.units"), "至少 1 个", "0",
                    "在 department.units 中列出部门本级及所属预算单位（代码和名称）。");
        }
        for (int i = 0; i < units.size(); i++) {
            Department.BudgetUnit u = units.get(i);
            if (u == null || blank(u.code()) || blank(u.name())) {
                ctx.report(Rules.BUDGET_UNITS, "第 " + (i + 1) + " 个预算单位缺少代码或名称。",
                        Location.field("department.units[" + i + "]"), null, null, "为每个预算单位填写 code 和 name。");
            } else if (!ORGANISATION_CODE.matcher(u.code()).matches()) {
                ctx.report(Rules.DEPARTMENT_CODE, "第 " + (i + 1) + " 个预算单位的代码“" + u.code() + "”不是 1 至 12 位半角数字。",
                        Location.field("department.units[" + i + "].code"), "1–12 位半角数字（0-9）", u.code(),
                        "填写财政部门核定的预算单位代码，只用半角数字，不加空格或其他符号，如 \"code\": \"701001\"。");
            }
        }
    }

    private void tables(ValidationContext ctx) {
        DisclosureProfile profile = ctx.profile();
        Set<String> dataIds = profile.dataTables().stream().map(TableSpec::id).collect(Collectors.toSet());
        for (String id : ctx.submission().tables().keySet()) {
            if (!dataIds.contains(id)) {
                String known = profile.table(id).map(t -> "“" + t.title() + "”由 " + t.source() + " 填写，不在 tables 中提交。")
                        .orElse("公开口径 " + profile.id() + " 中没有此表。");
                ctx.report(Rules.TABLE_UNKNOWN, "未知的表“" + id + "”：" + known, Location.field("tables." + id),
                        null, id, "删除此表，或改用公开口径中的表标识（见 docs/submission-format.md）。");
            }
        }
        for (TableView v : ctx.dataViews()) {
            if (!v.present()) {
                ctx.report(Rules.TABLE_MISSING, "缺少“" + v.title() + "”。", v.table(), v.id(), null,
                        "提交此表；没有数据时提交空表（\"rows\": []，或只有合计行）。");
                continue;
            }
            switch (v.spec().layout()) {
                case BALANCE, FIXED -> fixedRows(ctx, v);
                default -> gridRows(ctx, v);
            }
            columns(ctx, v);
        }
    }

    private void fixedRows(ValidationContext ctx, TableView v) {
        List<TableRow> rows = v.rows();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            if (r.item() == null || r.item().isBlank()) {
                ctx.report(Rules.ROW_KIND, "“" + v.title() + "”是固定行表，第 " + (i + 1) + " 行缺少 item。", v.row(i),
                        "item", r.kind(), "每行用 item 写明固定行，如 \"item\": \"" + v.spec().allFixedRows().get(0).key() + "\"。");
                continue;
            }
            RowSpec spec = v.fixedSpec(r.item());
            if (spec == null) {
                ctx.report(Rules.FIXED_ROW, "“" + v.title() + "”没有固定行“" + r.item() + "”。", v.row(i), null, r.item(),
                        "使用公开口径中的行标识（见 docs/submission-format.md）。");
                continue;
            }
            if (!seen.add(r.item())) {
                ctx.report(Rules.DUPLICATE_ROW, "“" + v.title() + "”中固定行“" + spec.label() + "”重复出现。", v.row(i),
                        "1 次", "多次", "删除重复的行。");
            }
            if (spec.isLegacy()) {
                for (Map.Entry<String, java.math.BigDecimal> e : r.values().entrySet()) {
                    if (e.getValue() != null && e.getValue().signum() != 0) {
                        ctx.report(Rules.LEGACY_ROW, "“" + spec.label() + "”是旧表样保留行，金额必须为零。",
                                v.cell(i, e.getKey()), "0", ValidationContext.print(e.getValue()),
                                "把这部分支出列在现行科目（如 210 卫生健康支出）下，本行填 0。");
                    }
                }
            }
        }
        if (!rows.isEmpty() && !v.isEmpty()) {
            for (RowSpec spec : v.spec().allFixedRows()) {
                if (!seen.contains(spec.key()) && !(v.spec().hasFreeRows() && spec.functionClass() != null)) {
                    ctx.report(Rules.FIXED_ROW, "“" + v.title() + "”缺少固定行“" + (spec.label().isBlank() ? spec.key()
                                    : spec.label()) + "”。", v.table(), spec.key(), null,
                            "补上 {\"item\": \"" + spec.key() + "\", \"values\": {…}}，没有金额时填 0。");
                }
            }
        }
    }

    private void gridRows(ValidationContext ctx, TableView v) {
        totalRowPresent(ctx, v);
        List<TableRow> rows = v.rows();
        List<String> allowed = v.spec().rowKinds();
        Set<String> unitCodes = knownUnitCodes(ctx);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            String kind = r.rowKind().name().toLowerCase(java.util.Locale.ROOT);
            if (r.item() != null || !allowed.contains(kind)) {
                ctx.report(Rules.ROW_KIND, "“" + v.title() + "”不允许" + kindName(kind) + (r.item() != null ? "（固定行 item）" : "")
                                + "。", v.row(i), String.join("/", allowed), r.item() != null ? "item" : kind,
                        "本表允许的行类型：" + allowed.stream().map(StructureCheck::kindName).collect(Collectors.joining("、")) + "。");
                continue;
            }
            String key = switch (r.rowKind()) {
                case TOTAL -> "total";
                case UNIT -> unitRow(ctx, v, i, r, unitCodes);
                case ITEM -> itemRow(ctx, v, i, r);
            };
            if (key == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                ctx.report(Rules.DUPLICATE_ROW, "“" + v.title() + "”第 " + (i + 1) + " 行与第 " + (first + 1) + " 行重复（"
                                + v.rowLabel(i) + "）。", v.row(i), "不重复", v.rowLabel(i),
                        "合并重复的行，或改正编码。");
            }
        }
    }

    private static void totalRowPresent(ValidationContext ctx, TableView v) {
        if (v.spec().rowKinds().contains("total") && !v.rows().isEmpty() && v.totalIndex().isEmpty()) {
            ctx.report(Rules.ROW_KIND, "“" + v.title() + "”有数据行，但缺少合计行。", v.table(), "合计行", null,
                    "在表的第一行加上合计行 {\"kind\": \"total\", \"values\": {…}}。");
        }
    }

    private String unitRow(ValidationContext ctx, TableView v, int i, TableRow r, Set<String> unitCodes) {
        String code = r.unitCode() == null ? null : r.unitCode().strip();
        if (blank(code)) {
            ctx.report(Rules.ROW_KEY, "“" + v.title() + "”第 " + (i + 1) + " 行是单位行，但没有单位代码。", v.field(i, "unitCode", "unitCode"),
                    "单位代码", null, "填写 unitCode（部门代码或预算单位代码）。");
            return null;
        }
        if (!unitCodes.isEmpty() && !unitCodes.contains(code)) {
            ctx.report(Rules.UNIT_UNKNOWN, "单位代码 " + code + " 既不是部门代码，也不在预算单位构成中。", v.field(i, "unitCode", "unitCode"),
                    String.join("、", unitCodes), code, "改正单位代码，或在 department.units 中补列该单位。");
        }
        return "unit:" + code;
    }

    private String itemRow(ValidationContext ctx, TableView v, int i, TableRow r) {
        String segment = v.ownerUnit(i) + "|";
        if (v.isFunctionCoded() || v.isEconomicCoded()) {
            String code = v.code(r);
            boolean fn = v.isFunctionCoded();
            boolean ok = code != null && CODE.matcher(code).matches()
                    && (fn ? code.length() == 3 || code.length() == 5 || code.length() == 7 : code.length() == 3 || code.length() == 5);
            if (!ok) {
                // the procurement table may have item rows without a code
                if (code == null && !v.keyTextColumns().isEmpty()) {
                    return segment + textKey(v, r);
                }
                ctx.report(Rules.ROW_KEY, "“" + v.title() + "”第 " + (i + 1) + " 行的" + (fn ? "功能分类" : "经济分类") + "编码"
                                + (code == null ? "缺失" : "“" + code + "”格式不正确") + "。",
                        v.field(i, fn ? "functionCode" : "econCode", codeColumn(v, fn)), fn ? "3、5或7位数字" : "3或5位数字", code,
                        fn ? "填写完整的功能分类编码，如 2080501（类208 款05 项01）。" : "填写经济分类款编码，如 30101。");
                return null;
            }
            return segment + code + "|" + textKey(v, r);
        }
        return segment + textKey(v, r);
    }

    /** The key column that prints a row's code: 科目编码/项 for function tables, the econ code column otherwise. */
    static String codeColumn(TableView v, boolean function) {
        List<String> ids = v.spec().keyColumns().stream().map(ColumnSpec::id).toList();
        for (String id : function ? List.of("fn.xiang") : List.of("econCode", "econ.kuan")) {
            if (ids.contains(id)) {
                return id;
            }
        }
        return null;
    }

    private static String textKey(TableView v, TableRow r) {
        List<String> cols = v.keyTextColumns();
        if (cols.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String c : cols) {
            sb.append(r.text(c)).append('|');
        }
        return sb.toString();
    }

    private void columns(ValidationContext ctx, TableView v) {
        List<TableRow> rows = v.rows();
        Set<String> textIds = v.spec().textColumns().stream().map(ColumnSpec::id)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            if (v.spec().layout() == TableSpec.Layout.BALANCE && v.side(r) == null) {
                continue; // unknown fixed row: already reported
            }
            for (String col : r.values().keySet()) {
                if (v.valueColumn(r, col).isEmpty()) {
                    Set<String> valueIds = v.valueColumnsFor(r).stream().map(ColumnSpec::id)
                            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
                    ctx.report(Rules.COLUMN_UNKNOWN, "“" + v.title() + "”第 " + (i + 1) + " 行有未知的金额列“" + col + "”。",
                            v.cell(i, col), String.join("、", valueIds), col, "改用本表的列标识（见 docs/submission-format.md）。");
                }
            }
            for (String col : r.text().keySet()) {
                if (!textIds.contains(col)) {
                    ctx.report(Rules.COLUMN_UNKNOWN, "“" + v.title() + "”第 " + (i + 1) + " 行有未知的文字列“" + col + "”。",
                            v.text(i, col), String.join("、", textIds), col, "改用本表的文字列标识（见 docs/submission-format.md）。");
                }
            }
        }
    }

    private static Set<String> knownUnitCodes(ValidationContext ctx) {
        Set<String> codes = new java.util.LinkedHashSet<>();
        Department d = ctx.submission().department();
        if (d != null) {
            if (!blank(d.code())) {
                codes.add(d.code().strip());
            }
            for (Department.BudgetUnit u : d.units()) {
                if (u != null && !blank(u.code())) {
                    codes.add(u.code().strip());
                }
            }
        }
        return codes;
    }

    static String kindName(String kind) {
        return switch (kind) {
            case "total" -> "合计行";
            case "unit" -> "单位行";
            default -> "科目行";
        };
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
