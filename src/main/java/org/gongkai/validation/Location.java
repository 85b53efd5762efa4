package org.gongkai.validation;

/**
 * Where a finding points: the table, row and column in the submission's terms, the JSON path,
 * and for workbooks the sheet cell a clerk can find ({@code '部门支出总体情况表'!F9}). Any part may be null.
 *
 * @param table       table id (e.g. expenditure_summary), or null for fields outside tables
 * @param tableTitle  the table's Chinese title
 * @param row         1-based row number within the table's rows, or null
 * @param rowLabel    what the row is called (科目编码+名称, unit, fixed row label)
 * @param column      column id
 * @param columnTitle the column's printed header ("基本支出/人员经费/工资福利支出")
 * @param path        JSON path of the value ("tables.expenditure_summary.rows[3].values.total")
 * @param cell        workbook cell reference, when the submission came from a workbook
 */
public record Location(
        String table,
        String tableTitle,
        Integer row,
        String rowLabel,
        String column,
        String columnTitle,
        String path,
        String cell) {

    public static Location field(String path) {
        return new Location(null, null, null, null, null, null, path, null);
    }

    public static Location none() {
        return new Location(null, null, null, null, null, null, null, null);
    }

    public Location withCell(String cellRef) {
        return new Location(table, tableTitle, row, rowLabel, column, columnTitle, path, cellRef);
    }

    /** A one-line Chinese description: 表“部门支出总体情况表” 第3行（208 05 01 行政单位离退休） “合计”列. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (tableTitle != null || table != null) {
            sb.append("表“").append(tableTitle != null ? tableTitle : table).append("”");
        }
        if (row != null) {
            sb.append(" 第").append(row).append("行");
            if (rowLabel != null && !rowLabel.isBlank()) {
                sb.append("（").append(rowLabel).append("）");
            }
        } else if (rowLabel != null && !rowLabel.isBlank()) {
            sb.append(" “").append(rowLabel).append("”行");
        }
        if (columnTitle != null || column != null) {
            sb.append(" “").append(columnTitle != null ? columnTitle : column).append("”列");
        }
        if (cell != null) {
            sb.append(" 单元格 ").append(cell);
        }
        if (sb.length() == 0 && path != null) {
            sb.append("字段 ").append(path);
        }
        return sb.toString().trim();
    }
}
