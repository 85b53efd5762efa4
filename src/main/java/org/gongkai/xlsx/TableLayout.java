package org.gongkai.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.profile.ColumnSpec;
import org.gongkai.profile.RowSpec;
import org.gongkai.profile.TableSpec;

/**
 * The columns of a table's sheet, derived from the profile only: key columns then value columns (grid),
 * an optional label column then values (fixed), income label + values beside expenditure label + values
 * (balance). Writer, template and reader all use it, so the layout read is exactly the layout written.
 */
final class TableLayout {

    /** Which side of a balance table a column belongs to. */
    enum Side { NONE, INCOME, EXPENDITURE }

    /** What a column holds. */
    enum Role { KEY, VALUE, TEXT, LABEL }

    /** One sheet column. For LABEL columns {@code spec} is null. */
    record Column(ColumnSpec spec, List<String> header, Side side, Role role) {
        String id() {
            return spec == null ? "label" : spec.id();
        }

        ColumnSpec.Type type() {
            return spec == null ? ColumnSpec.Type.TEXT : spec.type();
        }
    }

    private final TableSpec table;
    private final List<Column> columns = new ArrayList<>();

    TableLayout(TableSpec table) {
        this.table = table;
        switch (table.layout()) {
            case GRID -> {
                for (ColumnSpec c : table.keyColumns()) {
                    columns.add(new Column(c, c.header(), Side.NONE, c.type() == ColumnSpec.Type.TEXT ? Role.TEXT : Role.KEY));
                }
                for (ColumnSpec c : table.columns()) {
                    columns.add(new Column(c, c.header(), Side.NONE, c.isValue() ? Role.VALUE : Role.TEXT));
                }
            }
            case FIXED -> {
                if (hasFixedLabels()) {
                    columns.add(new Column(null, List.of("项目"), Side.NONE, Role.LABEL));
                }
                for (ColumnSpec c : table.columns()) {
                    columns.add(new Column(c, c.header(), Side.NONE, c.isValue() ? Role.VALUE : Role.TEXT));
                }
            }
            case BALANCE -> {
                columns.add(new Column(null, labelHeader(table.incomeLabelHeader(), "收入"), Side.INCOME, Role.LABEL));
                for (ColumnSpec c : table.incomeColumns()) {
                    columns.add(new Column(c, c.header(), Side.INCOME, Role.VALUE));
                }
                columns.add(new Column(null, labelHeader(table.expenditureLabelHeader(), "支出"), Side.EXPENDITURE, Role.LABEL));
                for (ColumnSpec c : table.expenditureColumns()) {
                    columns.add(new Column(c, c.header(), Side.EXPENDITURE, Role.VALUE));
                }
            }
            case FORM -> {
                // filled from 基本信息与说明
            }
        }
    }

    private static List<String> labelHeader(List<String> header, String side) {
        return header.isEmpty() ? List.of(side, "项目") : header;
    }

    TableSpec table() {
        return table;
    }

    List<Column> columns() {
        return columns;
    }

    boolean hasSheet() {
        return table.layout() != TableSpec.Layout.FORM;
    }

    boolean hasFixedLabels() {
        return table.fixedRows().stream().anyMatch(r -> r.label() != null && !r.label().isBlank());
    }

    int headerDepth() {
        return columns.stream().mapToInt(c -> c.header().size()).max().orElse(1);
    }

    int indexOf(Column c) {
        return columns.indexOf(c);
    }

    Column firstOfType(ColumnSpec.Type type) {
        return columns.stream().filter(c -> c.spec() != null && c.type() == type).findFirst().orElse(null);
    }

    boolean hasType(ColumnSpec.Type type) {
        return firstOfType(type) != null;
    }

    /** The column where a grid table prints 合计: the name column, else the first text key after codes, else the last key. */
    int totalLabelColumn() {
        Column name = firstOfType(ColumnSpec.Type.NAME);
        if (name != null) {
            return indexOf(name);
        }
        boolean coded = columns.stream().anyMatch(c -> c.role() == Role.KEY);
        int lastKey = 0;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.role() == Role.VALUE) {
                break;
            }
            if (coded && c.role() == Role.TEXT && table.keyColumns().contains(c.spec())) {
                return i;
            }
            lastKey = i;
        }
        return lastKey;
    }

    /** The column where a unit row's code goes: the unit-code column, else the first code column. */
    int unitCodeColumn() {
        Column u = firstOfType(ColumnSpec.Type.UNIT_CODE);
        if (u != null) {
            return indexOf(u);
        }
        return 0;
    }

    /** Rows of the income side then the expenditure side, each followed by its footer rows (canonical model order). */
    List<RowSpec> balanceOrder() {
        List<RowSpec> order = new ArrayList<>(table.incomeRows());
        for (List<RowSpec> pair : table.footerRows()) {
            if (!pair.isEmpty() && pair.get(0) != null) {
                order.add(pair.get(0));
            }
        }
        order.addAll(table.expenditureRows());
        for (List<RowSpec> pair : table.footerRows()) {
            if (pair.size() > 1 && pair.get(1) != null) {
                order.add(pair.get(1));
            }
        }
        return order;
    }

    /** Income-side rows of the sheet in sheet order (body then footers). */
    List<RowSpec> incomeSide() {
        List<RowSpec> l = new ArrayList<>(table.incomeRows());
        for (List<RowSpec> pair : table.footerRows()) {
            l.add(pair.isEmpty() ? null : pair.get(0));
        }
        return l;
    }

    /** Expenditure-side rows of the sheet in sheet order (body then footers). */
    List<RowSpec> expenditureSide() {
        List<RowSpec> l = new ArrayList<>(table.expenditureRows());
        for (List<RowSpec> pair : table.footerRows()) {
            l.add(pair.size() > 1 ? pair.get(1) : null);
        }
        return l;
    }
}
