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

    public static PriorYear empty() {
        return new PriorYear(null, null, null, null, null, null, null);
    }
}
