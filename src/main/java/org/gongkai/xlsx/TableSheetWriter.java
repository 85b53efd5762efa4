package org.gongkai.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes the top of a table sheet as in the published tables: the title, 部门名称：…, 单位：…, then the
 * multi-level header rows with merged cells. Shared by the workbook writer and the blank template.
 */
final class TableSheetWriter {
    static final int TITLE_ROW = 0;
    static final int DEPARTMENT_ROW = 1;
    static final int UNIT_ROW = 2;
    static final int HEADER_ROW = 3;

    private final Styles styles;

    TableSheetWriter(Styles styles) {
        this.styles = styles;
    }

    /** Writes title, department, unit and header rows; returns the index of the first data row. */
    int writeHeader(Sheet sheet, TableLayout layout, String title, String departmentName, String unit) {
        List<TableLayout.Column> cols = layout.columns();
        int width = Math.max(1, cols.size());
        text(sheet, TITLE_ROW, 0, title, styles.title);
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, width - 1));
        }
        text(sheet, DEPARTMENT_ROW, 0, "部门名称：" + (departmentName == null ? "" : departmentName), styles.plain);
        text(sheet, UNIT_ROW, 0, "单位：" + (unit == null ? "万元" : unit), styles.plain);

        int depth = layout.headerDepth();
        for (int level = 0; level < depth; level++) {
            Row row = row(sheet, HEADER_ROW + level);
            for (int c = 0; c < width && c < cols.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(styles.header);
            }
        }
        for (int level = 0; level < depth; level++) {
            int c = 0;
            while (c < cols.size()) {
                List<String> path = cols.get(c).header();
                if (path.size() <= level) {
                    c++;
                    continue;
                }
                int end = c;
                while (end + 1 < cols.size() && samePrefix(cols.get(end + 1).header(), path, level)) {
                    end++;
                }
                boolean leaf = path.size() == level + 1 && end == c;
                text(sheet, HEADER_ROW + level, c, path.get(level), styles.header);
                int lastRow = leaf ? HEADER_ROW + depth - 1 : HEADER_ROW + level;
                if (end > c || lastRow > HEADER_ROW + level) {
                    sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW + level, lastRow, c, end));
                }
                c = end + 1;
            }
        }
        for (int c = 0; c < cols.size(); c++) {
            TableLayout.Column col = cols.get(c);
            int chars = col.role() == TableLayout.Role.VALUE ? 12
                    : col.type() == org.gongkai.profile.ColumnSpec.Type.NAME || col.role() == TableLayout.Role.LABEL ? 32
                    : col.role() == TableLayout.Role.TEXT ? 20 : 8;
            sheet.setColumnWidth(c, chars * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + depth);
        return HEADER_ROW + depth;
    }

    private static boolean samePrefix(List<String> other, List<String> path, int level) {
        if (other.size() <= level) {
            return false;
        }
        if (other.size() == level + 1 || path.size() == level + 1) {
            return false;
        }
        for (int i = 0; i <= level; i++) {
            if (!other.get(i).equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }

    static Row row(Sheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r == null ? sheet.createRow(index) : r;
    }

    static Cell text(Sheet sheet, int row, int col, String value, CellStyle style) {
        Cell cell = row(sheet, row).getCell(col);
        if (cell == null) {
            cell = row(sheet, row).createCell(col);
        }
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    Cell amount(Sheet sheet, int row, int col, BigDecimal value) {
        Cell cell = row(sheet, row).createCell(col);
        if (value == null) {
            cell.setCellStyle(styles.general);
            return cell;
        }
        BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
        cell.setCellValue(v.doubleValue());
        cell.setCellStyle(styles.number(v.scale()));
        return cell;
    }
}
