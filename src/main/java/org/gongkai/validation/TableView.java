package org.gongkai.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.TableRow;
import org.gongkai.profile.ColumnSpec;
import org.gongkai.profile.RowSpec;
import org.gongkai.profile.TableSpec;

/** One table of a submission seen through its profile spec: row roles, labels and locations. */
final class TableView {

    /** The side of a balance-table row. */
    enum Side { INCOME, EXPENDITURE }

    private final String id;
    private final TableSpec spec;
    private final BudgetTable table;
    private final boolean present;

    TableView(String id, TableSpec spec, BudgetTable table, boolean present) {
        this.id = id;
        this.spec = spec;
        this.table = table == null ? BudgetTable.EMPTY : table;
        this.present = present;
    }

    String id() {
        return id;
    }

    TableSpec spec() {
        return spec;
    }

    boolean present() {
        return present;
    }

    List<TableRow> rows() {
        List<TableRow> rows = table.rows();
        return rows.stream().anyMatch(r -> r == null) ? rows.stream().filter(r -> r != null).toList() : rows;
    }

    String title() {
        return spec == null ? id : spec.title();
    }

    String rowCodeKind() {
        return spec == null || spec.rowCode() == null ? "none" : spec.rowCode();
    }

    boolean isFunctionCoded() {
        return "function".equals(rowCodeKind());
    }

    boolean isEconomicCoded() {
        return "economic".equals(rowCodeKind());
    }

    /** The classification code a grid row is keyed by (function or economic), or null. */
    String code(TableRow r) {
        String c = isFunctionCoded() ? r.functionCode() : isEconomicCoded() ? r.econCode() : null;
        return c == null ? null : c.strip();
    }

    /** A leaf item: 7-digit 功能分类 项, 5-digit 经济分类 款, or any item of an uncoded table. */
    boolean isLeaf(TableRow r) {
        if (r.rowKind() != TableRow.Kind.ITEM) {
            return false;
        }
        String c = code(r);
        if (isFunctionCoded()) {
            return c != null && c.length() == 7;
        }
        if (isEconomicCoded()) {
            return c != null && c.length() == 5;
        }
        return true;
    }

    /** A 类/款 subtotal row of a coded table. */
    boolean isSubtotal(TableRow r) {
        if (r.rowKind() != TableRow.Kind.ITEM) {
            return false;
        }
        String c = code(r);
        if (c == null || !c.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return isFunctionCoded() ? c.length() == 3 || c.length() == 5 : isEconomicCoded() && c.length() == 3;
    }

    /** Index of the unit row an item belongs to (the last unit row above it), or -1. */
    int ownerUnit(int index) {
        List<TableRow> rows = rows();
        for (int i = index - 1; i >= 0; i--) {
            if (rows.get(i).rowKind() == TableRow.Kind.UNIT) {
                return i;
            }
        }
        return -1;
    }

    Optional<Integer> totalIndex() {
        List<TableRow> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).rowKind() == TableRow.Kind.TOTAL && rows.get(i).item() == null) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** A value of the 合计 row; zero when the table has no 合计 row. */
    BigDecimal total(String column) {
        return totalIndex().map(i -> rows().get(i).amount(column)).orElse(BigDecimal.ZERO);
    }

    Location totalCell(String column) {
        return totalIndex().map(i -> cell(i, column)).orElse(tableColumn(column));
    }

    int fixedIndex(String key) {
        List<TableRow> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (key.equals(rows.get(i).item())) {
                return i;
            }
        }
        return -1;
    }

    /** A value of a fixed row; zero when the row is absent. */
    BigDecimal fixed(String key, String column) {
        int i = fixedIndex(key);
        return i < 0 ? BigDecimal.ZERO : rows().get(i).amount(column);
    }

    Location fixedCell(String key, String column) {
        int i = fixedIndex(key);
        if (i >= 0) {
            return cell(i, column);
        }
        String label = spec == null ? key : spec.fixedRow(key).map(RowSpec::label).orElse(key);
        return new Location(id, title(), null, label, column, columnTitle(null, column), "tables." + id + ".rows", null);
    }

    /** Empty: no rows, only 合计 rows, or (fixed tables with emptyWhen allZero) every amount zero. */
    boolean isEmpty() {
        List<TableRow> rows = rows();
        if (spec != null && spec.layout() == TableSpec.Layout.BALANCE) {
            return false;
        }
        if (spec != null && spec.layout() == TableSpec.Layout.FIXED) {
            return rows.stream().allMatch(r -> r.values().values().stream().allMatch(v -> v == null || v.signum() == 0));
        }
        return rows.stream().allMatch(r -> r.rowKind() == TableRow.Kind.TOTAL);
    }

    Side side(TableRow r) {
        if (spec == null || r.item() == null) {
            return null;
        }
        String key = r.item();
        if (spec.incomeRows().stream().anyMatch(x -> x.key().equals(key))) {
            return Side.INCOME;
        }
        if (spec.expenditureRows().stream().anyMatch(x -> x.key().equals(key))) {
            return Side.EXPENDITURE;
        }
        for (List<RowSpec> pair : spec.footerRows()) {
            for (int i = 0; i < pair.size(); i++) {
                if (pair.get(i).key().equals(key)) {
                    return i == 0 ? Side.INCOME : Side.EXPENDITURE;
                }
            }
        }
        return null;
    }

    /** Value columns a row may carry: the side's columns for balance tables, else the table's. */
    List<ColumnSpec> valueColumnsFor(TableRow r) {
        if (spec == null) {
            return List.of();
        }
        if (spec.layout() == TableSpec.Layout.BALANCE) {
            Side s = side(r);
            List<ColumnSpec> cols = s == Side.INCOME ? spec.incomeColumns()
                    : s == Side.EXPENDITURE ? spec.expenditureColumns() : spec.valueColumns();
            return cols.stream().filter(ColumnSpec::isValue).toList();
        }
        return spec.columns().stream().filter(ColumnSpec::isValue).toList();
    }

    Optional<ColumnSpec> valueColumn(TableRow r, String column) {
        return valueColumnsFor(r).stream().filter(c -> c.id().equals(column)).findFirst();
    }

    String columnTitle(TableRow r, String column) {
        if (spec == null || column == null) {
            return column;
        }
        if (r != null && spec.layout() == TableSpec.Layout.BALANCE) {
            Optional<ColumnSpec> c = valueColumn(r, column);
            if (c.isPresent()) {
                return String.join("/", c.get().header());
            }
        }
        return spec.columnTitle(column);
    }

    String rowLabel(int index) {
        TableRow r = rows().get(index);
        if (r.item() != null) {
            return spec == null ? r.item() : spec.fixedRow(r.item()).map(x -> x.label().isBlank() ? "本年预算" : x.label())
                    .orElse(r.item());
        }
        return switch (r.rowKind()) {
            case TOTAL -> "合计";
            case UNIT -> join(r.unitCode(), r.name());
            case ITEM -> join(printedCode(r), itemName(r));
        };
    }

    private String itemName(TableRow r) {
        if (r.name() != null) {
            return r.name();
        }
        for (String key : List.of("projectName", "procurementItem")) {
            if (r.text(key) != null) {
                return r.text(key);
            }
        }
        return null;
    }

    private String printedCode(TableRow r) {
        String c = code(r);
        if (c == null) {
            return null;
        }
        if (isFunctionCoded() && c.length() == 7) {
            return c.substring(0, 3) + " " + c.substring(3, 5) + " " + c.substring(5);
        }
        if (isFunctionCoded() && c.length() == 5) {
            return c.substring(0, 3) + " " + c.substring(3);
        }
        return c;
    }

    private static String join(String a, String b) {
        List<String> parts = new ArrayList<>();
        if (a != null && !a.isBlank()) {
            parts.add(a.strip());
        }
        if (b != null && !b.isBlank()) {
            parts.add(b.strip());
        }
        return String.join(" ", parts);
    }

    Location table() {
        return new Location(id, title(), null, null, null, null, "tables." + id, null);
    }

    Location tableColumn(String column) {
        return new Location(id, title(), null, null, column, columnTitle(null, column), "tables." + id, null);
    }

    Location row(int index) {
        return new Location(id, title(), index + 1, rowLabel(index), null, null, "tables." + id + ".rows[" + index + "]", null);
    }

    Location cell(int index, String column) {
        TableRow r = rows().get(index);
        return new Location(id, title(), index + 1, rowLabel(index), column, columnTitle(r, column),
                "tables." + id + ".rows[" + index + "].values." + column, null);
    }

    Location text(int index, String column) {
        return new Location(id, title(), index + 1, rowLabel(index), column, columnTitle(null, column),
                "tables." + id + ".rows[" + index + "].text." + column, null);
    }

    Location field(int index, String field, String columnId) {
        return new Location(id, title(), index + 1, rowLabel(index), columnId, columnId == null ? null : columnTitle(null, columnId),
                "tables." + id + ".rows[" + index + "]." + field, null);
    }

    static Map<String, BigDecimal> values(TableRow r) {
        return r.values();
    }
}
