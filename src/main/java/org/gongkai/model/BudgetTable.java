package org.gongkai.model;

import java.util.List;

/**
 * One standard table of the disclosure: its rows in the order submitted.
 * The columns a row may carry and what the rows mean are defined by the disclosure profile.
 */
public record BudgetTable(List<TableRow> rows) {

    public static final BudgetTable EMPTY = new BudgetTable(List.of());

    public BudgetTable {
        rows = rows == null ? List.of() : rows;
    }

    /** Rows that are data items (not totals or unit subtotals). */
    public List<TableRow> items() {
        return rows.stream().filter(r -> r != null && r.rowKind() == TableRow.Kind.ITEM).toList();
    }

    /** The 合计 row, if present. */
    public java.util.Optional<TableRow> totalRow() {
        return rows.stream().filter(r -> r != null && r.rowKind() == TableRow.Kind.TOTAL).findFirst();
    }

    /** The row with this fixed item key (fixed-row tables such as 部门收支总体情况表). */
    public java.util.Optional<TableRow> fixedRow(String itemKey) {
        return rows.stream().filter(r -> r != null && itemKey.equals(r.item())).findFirst();
    }
}
