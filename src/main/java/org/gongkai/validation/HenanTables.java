package org.gongkai.validation;

/**
 * Table ids the cross-table rules refer to. They are the ids of the henan-14 profile; a profile without one of these
 * tables simply skips the relations that need it.
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
