package org.gongkai.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gongkai.model.OtherMatters;
import org.gongkai.model.Performance;
import org.gongkai.model.PriorYear;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.gongkai.profile.ColumnSpec;

/**
 * Amount rules: non-negative, declared precision, plausible magnitude. Runs before any arithmetic and marks the
 * context unsafe when a value could blow up a sum, so the sum checks are skipped.
 */
final class AmountCheck implements Check {

    @Override
    public void run(ValidationContext ctx) {
        for (TableView v : ctx.dataViews()) {
            List<TableRow> rows = v.rows();
            for (int i = 0; i < rows.size(); i++) {
                TableRow r = rows.get(i);
                int row = i;
                for (Map.Entry<String, BigDecimal> e : r.values().entrySet()) {
                    boolean amount = v.valueColumn(r, e.getKey()).map(c -> c.type() == ColumnSpec.Type.AMOUNT).orElse(true);
                    check(ctx, e.getValue(), () -> v.cell(row, e.getKey()), amount);
                }
            }
        }
        Submission s = ctx.submission();
        PriorYear p = s.priorYear();
        field(ctx, p.incomeTotal(), "priorYear.incomeTotal");
        field(ctx, p.expenditureTotal(), "priorYear.expenditureTotal");
        map(ctx, p.fiscalAppropriation(), "priorYear.fiscalAppropriation");
        field(ctx, p.generalBudgetExpenditure(), "priorYear.generalBudgetExpenditure");
        map(ctx, p.items(), "priorYear.items");
        map(ctx, p.threePublic(), "priorYear.threePublic");
        field(ctx, p.operatingCosts(), "priorYear.operatingCosts");
        OtherMatters o = s.otherMatters();
        field(ctx, o.operatingCosts(), "otherMatters.operatingCosts");
        for (int i = 0; i < o.keyProjects().size(); i++) {
            OtherMatters.KeyProject k = o.keyProjects().get(i);
            field(ctx, k == null ? null : k.amount(), "otherMatters.keyProjects[" + i + "].amount");
        }
        for (int i = 0; i < o.specialTransferProjects().size(); i++) {
            OtherMatters.SpecialTransfer t = o.specialTransferProjects().get(i);
            field(ctx, t == null ? null : t.amount(), "otherMatters.specialTransferProjects[" + i + "].amount");
        }
        OtherMatters.Assets assets = o.assets();
        if (assets != null) {
            count(ctx, assets.generalEquipmentOver500k(), "otherMatters.assets.generalEquipmentOver500k");
            count(ctx, assets.specialEquipmentOver1m(), "otherMatters.assets.specialEquipmentOver1m");
            OtherMatters.Vehicles vh = assets.vehicles();
            if (vh != null) {
                count(ctx, vh.general(), "otherMatters.assets.vehicles.general");
                count(ctx, vh.lawEnforcement(), "otherMatters.assets.vehicles.lawEnforcement");
                count(ctx, vh.specialTechnical(), "otherMatters.assets.vehicles.specialTechnical");
                count(ctx, vh.other(), "otherMatters.assets.vehicles.other");
            }
        }
        Performance.DepartmentTargets d = s.performance().department();
        Performance.TargetBudget b = d == null ? null : d.budget();
        if (b != null) {
            String base = "performance.department.budget.";
            field(ctx, b.total(), base + "total");
            field(ctx, b.governmentFunds(), base + "governmentFunds");
            field(ctx, b.specialAccount(), base + "specialAccount");
            field(ctx, b.unitFunds(), base + "unitFunds");
            field(ctx, b.basic(), base + "basic");
            field(ctx, b.project(), base + "project");
        }
    }

    private void count(ValidationContext ctx, Integer n, String path) {
        if (n != null && n < 0) {
            ctx.report(Rules.AMOUNT_NEGATIVE, "数量不得为负数。", Location.field(path), "≥ 0", n.toString(), "填写实际数量，没有时填 0。");
        }
    }

    private void map(ValidationContext ctx, Map<String, BigDecimal> values, String path) {
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            field(ctx, e.getValue(), path + "." + e.getKey());
        }
    }

    private void field(ValidationContext ctx, BigDecimal v, String path) {
        check(ctx, v, () -> Location.field(path), true);
    }

    private void check(ValidationContext ctx, BigDecimal v, Supplier<Location> where, boolean amount) {
        if (v == null) {
            return;
        }
        if (!AmountLimits.safe(v, ctx.unit())) {
            Location loc = where.get();
            ctx.markArithmeticUnsafe();
            boolean scale = v.scale() > AmountLimits.MAX_SCALE;
            BigDecimal max = AmountLimits.maximum(ctx.unit());
            ctx.report(Rules.AMOUNT_MAGNITUDE, scale ? "金额的小数位数异常（" + v.scale() + " 位）。" : "金额的数量级不合理，超过 "
                            + max.toPlainString() + (ctx.unitSuffix().isEmpty() ? "元" : ctx.unitSuffix()) + "。", loc,
                    scale ? "不超过 " + ctx.precision() + " 位小数" : "不超过 " + max.toPlainString(), ValidationContext.print(v),
                    "检查金额单位（元/万元）和数字是否录入正确；在改正之前，其他金额核对已跳过。");
            return;
        }
        if (v.signum() < 0) {
            ctx.report(Rules.AMOUNT_NEGATIVE, "金额不得为负数。", where.get(), "≥ 0", v.toPlainString(),
                    "预算安排数不能为负；核减的数额应直接减少相应金额。");
        }
        Integer declared = ctx.submission().precision();
        int precision = declared == null ? 1 : declared;
        if (amount && v.signum() != 0 && v.scale() > precision) {
            ctx.report(Rules.AMOUNT_PRECISION, "金额 " + v.toPlainString() + " 的小数位数超过声明的 " + precision + " 位。", where.get(),
                    "最多 " + precision + " 位小数", v.toPlainString(),
                    "按公开表格的精度四舍五入后填写（保留 " + precision + " 位小数）。");
        }
    }
}
