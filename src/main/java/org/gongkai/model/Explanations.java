package org.gongkai.model;

import java.util.Map;

/**
 * What only a person can write: the reasons behind year-on-year changes and notes on tables.
 * Reasons are written without a prefix ("绩效改革，增加基础绩效奖"); the narrative adds "主要原因：" or "主要是".
 *
 * @param itemChanges        reason per 功能分类 项 code (7 digits)
 * @param threePublicChanges reason per 三公 column id (total, outbound, vehicle_purchase, vehicle_operation, reception)
 * @param tableNotes         a note per table id that replaces the profile's default note for an empty table
 */
public record Explanations(
        String incomeChange,
        String expenditureChange,
        String fiscalAppropriationChange,
        String generalBudgetChange,
        Map<String, String> itemChanges,
        Map<String, String> threePublicChanges,
        String operatingCostChange,
        Map<String, String> tableNotes) {

    public Explanations {
        itemChanges = itemChanges == null ? Map.of() : itemChanges;
        threePublicChanges = threePublicChanges == null ? Map.of() : threePublicChanges;
        tableNotes = tableNotes == null ? Map.of() : tableNotes;
    }

    public static Explanations empty() {
        return new Explanations(null, null, null, null, null, null, null, null);
    }
}
