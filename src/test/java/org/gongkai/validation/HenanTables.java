package org.gongkai.validation;

/**
 * The table ids of the henan-14 profile, for the tests that mutate the Henan example. No main code names a province's
 * tables: their relations are the equations of profiles/henan-14.json.
 */
final class HenanTables {
    static final String T1 = "income_expenditure_summary";
    static final String T2 = "income_summary";
    static final String T3 = "expenditure_summary";
    static final String T4 = "fiscal_appropriation_summary";
    static final String T5 = "general_budget_expenditure";
    static final String T6 = "general_budget_basic_expenditure";
    static final String T7 = "economic_classification_summary";
    static final String T8 = "three_public_expenses";
    static final String T9 = "government_fund_expenditure";
    static final String T10 = "project_expenditure";
    static final String T12 = "project_performance_targets";
    static final String T13 = "state_capital_expenditure";
    static final String T14 = "government_procurement";

    private HenanTables() {
    }
}
