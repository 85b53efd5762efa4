package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Prior-year comparatives (上年预算数) for every figure the narrative compares.
 *
 * @param fiscalAppropriation 财政拨款 by budget: general_budget, gov_fund, state_capital
 * @param items               一般公共预算 amount per 功能分类 项 code
 * @param threePublic         三公 by column id (total, outbound, vehicle, vehicle_purchase, vehicle_operation, reception)
 */
public record PriorYear(
        BigDecimal incomeTotal,
        BigDecimal expenditureTotal,
        Map<String, BigDecimal> fiscalAppropriation,
        BigDecimal generalBudgetExpenditure,
        Map<String, BigDecimal> items,
        Map<String, BigDecimal> threePublic,
        BigDecimal operatingCosts) {

    public PriorYear {
        fiscalAppropriation = fiscalAppropriation == null ? Map.of() : fiscalAppropriation;
        items = items == null ? Map.of() : items;
        threePublic = threePublic == null ? Map.of() : threePublic;
    }

    /**
     * A field by its path ({@code incomeTotal}, {@code fiscalAppropriation.general_budget}, {@code threePublic.reception},
     * {@code items.2010301}…), in the submission's unit; null when not given or when the path names no field.
     */
    public BigDecimal field(String path) {
        String[] parts = path.split("\\.", 2);
        return switch (parts[0]) {
            case "incomeTotal" -> incomeTotal;
            case "expenditureTotal" -> expenditureTotal;
            case "generalBudgetExpenditure" -> generalBudgetExpenditure;
            case "operatingCosts" -> operatingCosts;
            case "fiscalAppropriation" -> parts.length < 2 ? null : fiscalAppropriation.get(parts[1]);
            case "threePublic" -> parts.length < 2 ? null : threePublic.get(parts[1]);
            case "items" -> parts.length < 2 ? null : items.get(parts[1]);
            default -> null;
        };
    }

    /** A map field ({@code fiscalAppropriation}, {@code items}, {@code threePublic}); empty for any other name. */
    public Map<String, BigDecimal> map(String field) {
        return switch (field) {
            case "fiscalAppropriation" -> fiscalAppropriation;
            case "items" -> items;
            case "threePublic" -> threePublic;
            default -> Map.of();
        };
    }

    /** Whether {@code path} starts with a field name of {@link #field} (a map field's key may still be missing). */
    public static boolean isField(String path) {
        return switch (path.split("\\.", 2)[0]) {
            case "incomeTotal", "expenditureTotal", "generalBudgetExpenditure", "operatingCosts", "fiscalAppropriation",
                    "threePublic", "items" -> true;
            default -> false;
        };
    }

    public static PriorYear empty() {
        return new PriorYear(null, null, null, null, null, null, null);
    }
}
