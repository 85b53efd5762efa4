package org.gongkai.model;

import java.util.List;
import java.util.Map;

/**
 * What only a person can write: the reasons behind year-on-year changes and notes on tables.
 * Reasons are written without a prefix ("绩效改革，增加基础绩效奖"); the narrative adds "主要原因：" or "主要是".
 *
 * @param itemChanges        reason per 功能分类 项 code (7 digits)
 * @param threePublicChanges reason per 三公 column id (total, outbound, vehicle_purchase, vehicle_operation, reception)
 * @param tableNotes         a note per table id that replaces the profile's default note for an empty table
 * @param itemPurposes       what each 功能分类 项 of 财政拨款支出 is used for, by 项 code ("机关行政运行和机关人员经费支出");
 *                           the narrative adds "主要用于"
 * @param comparisonBases    the base of each comparison the narrative states, by comparison id: "上年预算" or "上年预算执行数"
 * @param glossary           the department's own 名词解释, replacing the profile's default when not empty
 */
public record Explanations(
        String incomeChange,
        String expenditureChange,
        String fiscalAppropriationChange,
        String generalBudgetChange,
        Map<String, String> itemChanges,
        Map<String, String> threePublicChanges,
        String operatingCostChange,
        Map<String, String> tableNotes,
        Map<String, String> itemPurposes,
        Map<String, String> comparisonBases,
        List<GlossaryEntry> glossary) {

    public Explanations {
        itemChanges = itemChanges == null ? Map.of() : itemChanges;
        threePublicChanges = threePublicChanges == null ? Map.of() : threePublicChanges;
        tableNotes = tableNotes == null ? Map.of() : tableNotes;
        itemPurposes = itemPurposes == null ? Map.of() : itemPurposes;
        comparisonBases = comparisonBases == null ? Map.of() : comparisonBases;
        glossary = glossary == null ? List.of() : glossary;
    }

    /** The explanations of a profile that asks for reasons only (no purposes, comparison bases or glossary). */
    public Explanations(String incomeChange, String expenditureChange, String fiscalAppropriationChange, String generalBudgetChange,
            Map<String, String> itemChanges, Map<String, String> threePublicChanges, String operatingCostChange,
            Map<String, String> tableNotes) {
        this(incomeChange, expenditureChange, fiscalAppropriationChange, generalBudgetChange, itemChanges, threePublicChanges,
                operatingCostChange, tableNotes, null, null, null);
    }

    /** One entry of 名词解释: the term and its explanation. */
    public record GlossaryEntry(String term, String text) {
    }

    public static Explanations empty() {
        return new Explanations(null, null, null, null, null, null, null, null);
    }
}
