package org.gongkai.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final boolean present;
    private final List<TableRow> rows;
    private final Map<String, RowSpec> fixedSpecs = new HashMap<>();
    private final Map<String, Side> sides = new HashMap<>();
    private final Map<String, Integer> fixedIndex = new HashMap<>();
    private final int[] ownerUnit;
    private final int totalIndex;
    private final List<ColumnSpec> incomeValueColumns;
    private final List<ColumnSpec> expenditureValueColumns;
    private final List<ColumnSpec> valueColumns;
    private final Map<String, String> columnTitles = new HashMap<>();
    private final String[] rowLabels;
    private final List<String> keyTextColumns;

    TableView(String id, TableSpec spec, BudgetTable table, boolean present) {
        this.id = id;
        this.spec = spec;
        this.present = present;
        List<TableRow> given = (table == null ? BudgetTable.EMPTY : table).rows();
        this.rows = given.stream().anyMatch(r -> r == null) ? given.stream().filter(r -> r != null).toList() : given;
        if (spec != null) {
            spec.allFixedRows().forEach(r -> fixedSpecs.putIfAbsent(r.key(), r));
            spec.incomeRows().forEach(r -> sides.putIfAbsent(r.key(), Side.INCOME));
            spec.expenditureRows().forEach(r -> sides.putIfAbsent(r.key(), Side.EXPENDITURE));
            for (List<RowSpec> pair : spec.footerRows()) {
                for (int i = 0; i < pair.size(); i++) {
                    sides.putIfAbsent(pair.get(i).key(), i == 0 ? Side.INCOME : Side.EXPENDITURE);
                }
            }
            incomeValueColumns = spec.incomeColumns().stream().filter(ColumnSpec::isValue).toList();
            expenditureValueColumns = spec.expenditureColumns().stream().filter(ColumnSpec::isValue).toList();
            valueColumns = spec.layout() == TableSpec.Layout.BALANCE ? spec.valueColumns()
                    : spec.columns().stream().filter(ColumnSpec::isValue).toList();
        } else {
            incomeValueColumns = List.of();
            expenditureValueColumns = List.of();
            valueColumns = List.of();
        }
        ownerUnit = new int[rows.size()];
        int unit = -1;
        int total = -1;
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            ownerUnit[i] = unit;
            if (r.rowKind() == TableRow.Kind.UNIT) {
                unit = i;
            }
            if (total < 0 && r.rowKind() == TableRow.Kind.TOTAL && r.item() == null) {
                total = i;
            }
            if (r.item() != null) {
                fixedIndex.putIfAbsent(r.item(), i);
            }
        }
        totalIndex = total;
        rowLabels = new String[rows.size()];
        keyTextColumns = spec == null ? List.of() : spec.keyColumns().stream()
                .filter(c -> c.type() == ColumnSpec.Type.TEXT).map(ColumnSpec::id).toList();
    }

    /** Ids of the text key columns (项目名称, 采购项目…) that identify an item row together with its code. */
    List<String> keyTextColumns() {
        return keyTextColumns;
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
        return rows;
    }

    /** The profile's spec of a fixed row key, or null. */
    RowSpec fixedSpec(String key) {
        return key == null ? null : fixedSpecs.get(key);
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
        return ownerUnit[index];
    }

    Optional<Integer> totalIndex() {
        return totalIndex < 0 ? Optional.empty() : Optional.of(totalIndex);
    }

    /** A value of the 合计 row; zero when the table has no 合计 row. */
    BigDecimal total(String column) {
        return totalIndex < 0 ? BigDecimal.ZERO : rows.get(totalIndex).amount(column);
    }

    Location totalCell(String column) {
        return totalIndex().map(i -> cell(i, column)).orElse(tableColumn(column));
    }

    int fixedIndex(String key) {
        return fixedIndex.getOrDefault(key, -1);
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
        RowSpec rs = fixedSpec(key);
        String label = rs == null ? key : rs.label();
        return new Location(id, title(), null, label, column, columnTitle(null, column), "tables." + id + ".rows", null);
    }

    /** Empty: no rows, only 合计 rows, or (fixed tables with emptyWhen allZero) every amount zero. */
    boolean isEmpty() {
        if (spec != null && spec.layout() == TableSpec.Layout.BALANCE) {
            return false;
        }
        if (spec != null && spec.layout() == TableSpec.Layout.FIXED) {
            return rows.stream().allMatch(r -> r.values().values().stream().allMatch(v -> v == null || v.signum() == 0));
        }
        return rows.stream().allMatch(r -> r.rowKind() == TableRow.Kind.TOTAL);
    }

    Side side(TableRow r) {
        return r.item() == null ? null : sides.get(r.item());
    }

    /** Value columns a row may carry: the side's columns for balance tables, else the table's. */
    List<ColumnSpec> valueColumnsFor(TableRow r) {
        if (spec != null && spec.layout() == TableSpec.Layout.BALANCE) {
            Side s = side(r);
            return s == Side.INCOME ? incomeValueColumns : s == Side.EXPENDITURE ? expenditureValueColumns : valueColumns;
        }
        return valueColumns;
    }

    Optional<ColumnSpec> valueColumn(TableRow r, String column) {
        for (ColumnSpec c : valueColumnsFor(r)) {
            if (c.id().equals(column)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    String columnTitle(TableRow r, String column) {
        if (spec == null || column == null) {
            return column;
        }
        Side s = r == null ? null : side(r);
        return columnTitles.computeIfAbsent(column + "|" + s, k -> computeColumnTitle(r, column));
    }

    private String computeColumnTitle(TableRow r, String column) {
        if (r != null && spec.layout() == TableSpec.Layout.BALANCE) {
            Optional<ColumnSpec> c = valueColumn(r, column);
            if (c.isPresent()) {
                return String.join("/", c.get().header());
            }
        }
        return spec.columnTitle(column);
    }

    String rowLabel(int index) {
        String label = rowLabels[index];
        if (label == null) {
            label = computeRowLabel(index);
            rowLabels[index] = label;
        }
        return label;
    }

    private String computeRowLabel(int index) {
        TableRow r = rows.get(index);
        if (r.item() != null) {
            RowSpec rs = fixedSpec(r.item());
            return rs == null ? r.item() : rs.label().isBlank() ? "本年预算" : rs.label();
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

}
