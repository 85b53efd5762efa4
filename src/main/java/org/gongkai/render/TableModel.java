package org.gongkai.render;

import java.math.BigDecimal;
import java.util.List;

/**
 * A disclosure table ready to print: header rows (multi-level, with spans), body rows, notes.
 * The HTML, the PDF and the CSV are all written from this one model.
 *
 * @param id         profile table id
 * @param number     1..14
 * @param title      "部门收支总体情况表"
 * @param columns    the leaf columns, in order: their id, joined header path and whether they carry numbers
 * @param headerRows header cells per header row (colspan/rowspan computed from the header paths)
 * @param rows       body rows
 * @param notes      notes printed under the table (rounding note, empty-table note)
 * @param empty      true when the table has no data and carries the empty-table note
 * @param form       true for the 部门整体绩效目标表 (a form, not a grid)
 * @param unit       the unit of the table's amounts ("元", "万元"): the profile's unit of this table
 */
public record TableModel(String id, int number, String title, List<Column> columns, List<List<Cell>> headerRows,
                         List<Row> rows, List<String> notes, boolean empty, boolean form, String unit) {

    /** A leaf column. */
    public record Column(String id, String title, boolean numeric) {
    }

    /** A body row; {@code kind} is total, unit, item or fixed. */
    public record Row(String kind, List<Cell> cells) {
    }

    /**
     * A cell. {@code text} is what is printed; {@code value} the number behind it (null for text cells).
     * {@code header} cells are printed as {@code <th>} with {@code scope}.
     */
    public record Cell(String text, BigDecimal value, int colspan, int rowspan, boolean header, String scope) {

        public static Cell ofText(String text) {
            return new Cell(text == null ? "" : text, null, 1, 1, false, null);
        }

        public static Cell ofNumber(String text, BigDecimal value) {
            return new Cell(text, value, 1, 1, false, null);
        }

        public static Cell rowHeader(String text, int colspan) {
            return new Cell(text == null ? "" : text, null, colspan, 1, true, "row");
        }

        public boolean numeric() {
            return value != null;
        }

        public Cell withSpan(int cs, int rs) {
            return new Cell(text, value, cs, rs, header, scope);
        }
    }

    /** Printed figures of the value cells of each row, left to right, empty cells skipped (what a reader sees). */
    public List<List<String>> figures() {
        return rows.stream().map(r -> r.cells().stream().filter(Cell::numeric).map(Cell::text).toList()).toList();
    }
}
