package org.gongkai.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Explanations;
import org.gongkai.model.OtherMatters;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.gongkai.profile.ComparisonSpec;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.Figures;
import org.gongkai.profile.TableSpec;

/**
 * What only people can write, as the profile asks for it ({@code requires}): a purpose for each 项 of 财政拨款支出, the
 * base and the reason of each comparison the profile declares, the 项目经费情况说明, vehicles by category, planned
 * purchases, procurement, 绩效 coverage, the department's own 名词解释. Each missing piece is a finding naming the
 * field to write it in.
 */
final class ProfileRequirementsCheck implements Check {

    static final List<String> BASES = List.of("上年预算", "上年预算执行数");

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
        Submission s = ctx.submission();
        if (p.requires("itemPurposes")) {
            itemPurposes(ctx, p, s);
        }
        if (p.requires("comparisonBases")) {
            comparisons(ctx, p, s);
        }
        OtherMatters om = s.otherMatters();
        if (p.requires("projectStatements")) {
            projects(ctx, om);
        }
        if (p.requires("vehicleCategories")) {
            OtherMatters.Assets a = om.assets();
            if (a == null || a.asOf() == null || a.asOf().isBlank()) {
                missing(ctx, "otherMatters.assets.asOf", "国有资产占有使用情况的截止日期", "如“2024年8月31日”");
            }
            vehicles(ctx, p, a == null ? Map.of() : a.vehicleCategories(), "otherMatters.assets.vehicleCategories", "现有车辆");
            count(ctx, a == null ? null : a.equipmentOver1m(), "otherMatters.assets.equipmentOver1m", "单价100万元（含）以上设备台（套）数");
        }
        if (p.requires("plannedPurchases")) {
            OtherMatters.PlannedPurchases pp = om.plannedPurchases();
            vehicles(ctx, p, pp == null ? Map.of() : pp.vehicleCategories(), "otherMatters.plannedPurchases.vehicleCategories",
                    "拟购置车辆");
            count(ctx, pp == null ? null : pp.equipmentOver1m(), "otherMatters.plannedPurchases.equipmentOver1m",
                    "拟购置单价100万元（含）以上设备台（套）数");
        }
        if (p.requires("procurement")) {
            OtherMatters.Procurement pr = om.procurement();
            amount(ctx, pr == null ? null : pr.goods(), "otherMatters.procurement.goods", "政府采购货物预算");
            amount(ctx, pr == null ? null : pr.works(), "otherMatters.procurement.works", "政府采购工程预算");
            amount(ctx, pr == null ? null : pr.services(), "otherMatters.procurement.services", "政府采购服务预算");
            if (pr != null && pr.smeReserved() != null && pr.smeReserved().compareTo(pr.total()) > 0) {
                ctx.report(Rules.OTHER_MATTERS_FIELDS, "面向中小企业预留的采购额 " + ctx.withUnit(pr.smeReserved()) + " 大于政府采购预算合计 "
                                + ctx.withUnit(pr.total()) + "。", Location.field("otherMatters.procurement.smeReserved"),
                        "≤ " + ValidationContext.print(pr.total()), ValidationContext.print(pr.smeReserved()), "核对预留额与采购预算。");
            }
            if (pr != null && pr.smallMicroReserved() != null && pr.smeReserved() != null
                    && pr.smallMicroReserved().compareTo(pr.smeReserved()) > 0) {
                ctx.report(Rules.OTHER_MATTERS_FIELDS, "预留给小型和微型企业的采购额大于面向中小企业预留的采购额。",
                        Location.field("otherMatters.procurement.smallMicroReserved"), "≤ " + ValidationContext.print(pr.smeReserved()),
                        ValidationContext.print(pr.smallMicroReserved()), "预留给小微企业的部分包含在面向中小企业预留之中。");
            }
        }
        if (p.requires("performanceCoverage")) {
            OtherMatters.PerformanceCoverage pc = om.performanceCoverage();
            count(ctx, pc == null ? null : pc.projects(), "otherMatters.performanceCoverage.projects", "编报绩效目标的项目个数");
            amount(ctx, pc == null ? null : pc.amount(), "otherMatters.performanceCoverage.amount", "编报绩效目标的项目预算资金");
        }
        if (p.requires("glossary")) {
            List<Explanations.GlossaryEntry> g = s.explanations().glossary();
            if (g.isEmpty() && p.glossary().isEmpty()) {
                missing(ctx, "explanations.glossary", "名词解释", "每条写 {\"term\": \"财政拨款收入\", \"text\": \"是……\"}");
            }
            for (int i = 0; i < g.size(); i++) {
                if (blank(g.get(i).term()) || blank(g.get(i).text())) {
                    ctx.report(Rules.GLOSSARY, "名词解释第 " + (i + 1) + " 条缺少名词或解释。", Location.field("explanations.glossary[" + i + "]"),
                            "名词和解释", null, "写明 term（名词）和 text（解释）。");
                }
            }
        }
    }

    private void itemPurposes(ValidationContext ctx, DisclosureProfile p, Submission s) {
        Map<String, String> purposes = s.explanations().itemPurposes();
        for (String tableId : p.itemTables()) {
            TableView v = ctx.view(tableId);
            if (v == null || !v.present()) {
                continue;
            }
            TableSpec spec = v.spec();
            List<TableRow> rows = v.rows();
            for (int i = 0; i < rows.size(); i++) {
                TableRow r = rows.get(i);
                String code = Figures.code(spec, r);
                if (!v.isLeaf(r) || code == null || code.length() != 7) {
                    continue;
                }
                String purpose = purposes.get(code);
                if (blank(purpose)) {
                    ctx.report(Rules.ITEM_PURPOSE, "财政拨款支出“" + v.rowLabel(i) + "”没有写明用途。", v.row(i), "用途", null,
                            "在 explanations.itemPurposes.\"" + code + "\" 中写明这一项主要用于什么（不写“主要用于”，说明中会加上），"
                                    + "如“机关行政运行和机关人员经费支出”。");
                }
            }
        }
    }

    private void comparisons(ValidationContext ctx, DisclosureProfile p, Submission s) {
        java.util.Set<String> basesChecked = new java.util.HashSet<>();
        for (ComparisonSpec c : p.comparisons()) {
            if (basesChecked.add(c.baseKey())) {
                String base = s.explanations().comparisonBases().get(c.baseKey());
                if (blank(base) || !BASES.contains(base.strip())) {
                    ctx.report(Rules.COMPARISON_BASE, (blank(base) ? "没有写明“" + c.title() + "”与上年比较的基数。"
                                    : "“" + c.title() + "”的比较基数“" + base + "”不是“上年预算”或“上年预算执行数”。"),
                            Location.field("explanations.comparisonBases." + c.baseKey()), "上年预算 或 上年预算执行数", base,
                            "在 explanations.comparisonBases.\"" + c.baseKey() + "\" 中填“上年预算”或“上年预算执行数”"
                                    + "（说明中写作“比" + (ctx.year() - 1) + "年预算…”或“比" + (ctx.year() - 1) + "年预算执行数…”）。");
                }
            }
        }
    }

    private void projects(ValidationContext ctx, OtherMatters om) {
        List<OtherMatters.ProjectStatement> ps = om.projectStatements();
        if (ps.isEmpty()) {
            missing(ctx, "otherMatters.projectStatements", "项目经费情况说明", "每个主要项目写一条，含七个部分");
            return;
        }
        String[][] parts = {{"name", "项目名称"}, {"overview", "一、项目概述"}, {"basis", "二、立项依据"}, {"implementer", "三、实施主体"},
                {"plan", "四、实施方案"}, {"period", "五、实施周期"}, {"budget", "六、年度预算安排"}, {"target", "七、绩效目标"}};
        for (int i = 0; i < ps.size(); i++) {
            OtherMatters.ProjectStatement x = ps.get(i);
            String[] values = {x.name(), x.overview(), x.basis().stream().allMatch(ProfileRequirementsCheck::blank) ? null : "ok",
                    x.implementer(), x.plan(), x.period(), x.budget(), x.target()};
            for (int k = 0; k < parts.length; k++) {
                if (blank(values[k])) {
                    String name = blank(x.name()) ? "第 " + (i + 1) + " 个项目" : "“" + x.name() + "”";
                    ctx.report(Rules.PROJECT_STATEMENT, name + "的项目经费情况说明缺少“" + parts[k][1] + "”。",
                            Location.field("otherMatters.projectStatements[" + i + "]." + parts[k][0]), parts[k][1], null,
                            "在 otherMatters.projectStatements[" + i + "]." + parts[k][0] + " 中填写" + parts[k][1] + "。");
                }
            }
        }
    }

    private void vehicles(ValidationContext ctx, DisclosureProfile p, Map<String, Integer> byKey, String path, String what) {
        for (Map.Entry<String, String> w : p.words().entrySet()) {
            if (!w.getKey().startsWith("vehicle.")) {
                continue;
            }
            String key = w.getKey().substring("vehicle.".length());
            count(ctx, byKey.get(key), path + "." + key, what + "：" + w.getValue() + "辆数");
        }
        for (String key : byKey.keySet()) {
            if (!p.words().containsKey("vehicle." + key)) {
                ctx.report(Rules.OTHER_MATTERS_FIELDS, what + "中有未知的车辆类别“" + key + "”。", Location.field(path + "." + key),
                        String.join("、", p.words().keySet().stream().filter(k -> k.startsWith("vehicle.")).map(k -> k.substring(8)).toList()),
                        key, "车辆类别只能是公开口径列出的八类。");
            }
        }
    }

    private void count(ValidationContext ctx, Integer n, String path, String what) {
        if (n == null) {
            missing(ctx, path, what, "没有时填 0");
        } else if (n < 0) {
            ctx.report(Rules.OTHER_MATTERS_FIELDS, what + "不得为负数。", Location.field(path), "≥ 0", n.toString(), "填写实际数量。");
        }
    }

    private void amount(ValidationContext ctx, BigDecimal v, String path, String what) {
        if (v == null) {
            missing(ctx, path, what, "金额，单位" + ctx.unitSuffix() + "，没有时填 0");
        }
    }

    private static void missing(ValidationContext ctx, String path, String what, String how) {
        RuleDefinition rule = path.startsWith("explanations.glossary") ? Rules.GLOSSARY
                : path.startsWith("otherMatters.projectStatements") ? Rules.PROJECT_STATEMENT : Rules.OTHER_MATTERS_FIELDS;
        ctx.report(rule, "没有填写" + what + "。", Location.field(path), what, null, "在 " + path + " 中填写" + what + "（" + how + "）。");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
