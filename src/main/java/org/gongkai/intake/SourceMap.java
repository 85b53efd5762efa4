package org.gongkai.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a submission came from in its source file, for files whose locations a clerk
 * thinks in other terms than the model's (a workbook's sheet and cell). JSON submissions have an empty map:
 * their findings carry the JSON path instead.
 */
public final class SourceMap {
    private final Map<String, String> cells = new HashMap<>();

    public static SourceMap empty() {
        return new SourceMap();
    }

    /** Records the cell of a table value: row index is 0-based in the table's rows; column may be null (whole row). */
    public void put(String tableId, int rowIndex, String column, String cellRef) {
        cells.put(key(tableId, rowIndex, column), cellRef);
    }

    /** Records the cell of a field outside the tables, by its JSON-style path ("department.name"). */
    public void putField(String path, String cellRef) {
        cells.put("field:" + path, cellRef);
    }

    public Optional<String> cell(String tableId, int rowIndex, String column) {
        String c = cells.get(key(tableId, rowIndex, column));
        if (c == null && column != null) {
            c = cells.get(key(tableId, rowIndex, null));
        }
        return Optional.ofNullable(c);
    }

    public Optional<String> field(String path) {
        return Optional.ofNullable(cells.get("field:" + path));
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    private static String key(String tableId, int rowIndex, String column) {
        return tableId + "|" + rowIndex + "|" + (column == null ? "" : column);
    }
}
