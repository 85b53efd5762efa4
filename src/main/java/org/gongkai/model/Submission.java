package org.gongkai.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One department's budget submission (format version 1), as read from JSON or a workbook.
 * Amounts are {@link java.math.BigDecimal} in {@link #amountUnit()} with {@link #precision()} decimals.
 */
public record Submission(
        Integer formatVersion,
        String profile,
        Integer fiscalYear,
        String amountUnit,
        Integer precision,
        String approvalDate,
        Department department,
        Map<String, BudgetTable> tables,
        Explanations explanations,
        PriorYear priorYear,
        OtherMatters otherMatters,
        Performance performance) {

    public Submission {
        tables = tables == null ? new LinkedHashMap<>() : tables;
        explanations = explanations == null ? Explanations.empty() : explanations;
        priorYear = priorYear == null ? PriorYear.empty() : priorYear;
        otherMatters = otherMatters == null ? OtherMatters.empty() : otherMatters;
        performance = performance == null ? new Performance(null) : performance;
    }

    /** The table with this profile id, or an empty table when the submission does not carry it. */
    public BudgetTable table(String id) {
        BudgetTable t = tables.get(id);
        return t == null ? BudgetTable.EMPTY : t;
    }

    public boolean hasTable(String id) {
        return tables.containsKey(id);
    }

    /** The approval date (批复日期), when present and a valid ISO date. */
    public Optional<LocalDate> approvalLocalDate() {
        if (approvalDate == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(approvalDate.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public int precisionOrDefault() {
        return precision == null ? 1 : precision;
    }

    public String departmentCode() {
        return department == null ? null : department.code();
    }

    public String departmentName() {
        return department == null ? null : department.name();
    }
}
