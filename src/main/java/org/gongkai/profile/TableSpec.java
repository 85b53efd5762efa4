package org.gongkai.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One standard table of a profile.
 *
 * <p>{@code printedTitle} is the title as the document prints it ({@code {year}} replaced), {@code unit} and {@code decimals}
 * the unit and decimals of the table's amounts when they differ from the submission's ({@code amountUnit}, {@code
 * precision}); {@code freeRows} marks a balance table whose fixed rows are a catalogue: only the submitted rows are
 * required and printed, numbered 一、二、… in order; {@code totalLast} says the 合计 row is printed under the rows it
 * adds up (the workbook reader keeps it there), not above them; {@code exact} overrides the profile's
 * {@code exactAmounts} for this table (a 万元 table of a 元 profile holds rounded figures).
 *
 * <ul>
 *   <li>{@code grid}: rows are 合计/unit/item rows keyed by classification codes ({@link #rowCode()}).</li>
 *   <li>{@code balance}: income rows beside expenditure rows, then footer pairs (部门收支总体情况表, 财政拨款收支总体情况表).</li>
 *   <li>{@code fixed}: a fixed list of rows named by key (三公经费表).</li>
 *   <li>{@code form}: not a grid; filled from another part of the submission ({@link #source()}).</li>
 * </ul>
 */
public record TableSpec(
        String id,
        int number,
        String title,
        Layout layout,
        List<String> rowKinds,
        String rowCode,
        List<ColumnSpec> keyColumns,
        List<ColumnSpec> columns,
        List<RowSpec> fixedRows,
        List<ColumnSpec> incomeColumns,
        List<String> incomeLabelHeader,
        List<ColumnSpec> expenditureColumns,
        List<String> expenditureLabelHeader,
        List<RowSpec> incomeRows,
        List<RowSpec> expenditureRows,
        List<List<RowSpec>> footerRows,
        List<SumSpec> rowSums,
        List<PartSpec> partOf,
        List<String> notes,
        String emptyNote,
        String emptyWhen,
        String source,
        String printedTitle,
        String unit,
        Integer decimals,
        Boolean freeRows,
        Boolean totalLast,
        Boolean exact) {

    public TableSpec {
        rowKinds = nz(rowKinds);
        keyColumns = nz(keyColumns);
        columns = nz(columns);
        fixedRows = nz(fixedRows);
        incomeColumns = nz(incomeColumns);
        incomeLabelHeader = nz(incomeLabelHeader);
        expenditureColumns = nz(expenditureColumns);
        expenditureLabelHeader = nz(expenditureLabelHeader);
        incomeRows = nz(incomeRows);
        expenditureRows = nz(expenditureRows);
        footerRows = nz(footerRows);
        rowSums = nz(rowSums);
        partOf = nz(partOf);
        notes = nz(notes);
    }

    private static <T> List<T> nz(List<T> l) {
        return l == null ? List.of() : l;
    }

    /** Layout kinds. */
    public enum Layout {
        GRID, BALANCE, FIXED, FORM;

        @JsonCreator
        public static Layout of(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The title as printed for a fiscal year: {@link #printedTitle()} with the year, or the plain title. */
    public String titleFor(int year) {
        return printedTitle == null || printedTitle.isBlank() ? title : printedTitle.replace("{year}", Integer.toString(year));
    }

    public boolean printsTotalLast() {
        return Boolean.TRUE.equals(totalLast);
    }

    /** Whether only the submitted fixed rows are required and printed (a catalogue of rows, not a fixed form). */
    public boolean hasFreeRows() {
        return Boolean.TRUE.equals(freeRows);
    }

    /** "第N张" title used in the document's list of tables: "一、部门收支总体情况表". */
    public String numberedTitle() {
        return ChineseNumerals.of(number) + "、" + title;
    }

    /** Every fixed row key of a balance or fixed table, in display order. */
    public List<RowSpec> allFixedRows() {
        List<RowSpec> all = new ArrayList<>(fixedRows);
        all.addAll(incomeRows);
        all.addAll(expenditureRows);
        footerRows.forEach(all::addAll);
        return all;
    }

    public Optional<RowSpec> fixedRow(String key) {
        return allFixedRows().stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** Amount and number columns a row of this table may carry (all sides for balance tables). */
    public List<ColumnSpec> valueColumns() {
        List<ColumnSpec> all = new ArrayList<>();
        for (ColumnSpec c : columns) {
            if (c.isValue()) {
                all.add(c);
            }
        }
        for (ColumnSpec c : incomeColumns) {
            if (c.isValue() && all.stream().noneMatch(x -> x.id().equals(c.id()))) {
                all.add(c);
            }
        }
        for (ColumnSpec c : expenditureColumns) {
            if (c.isValue() && all.stream().noneMatch(x -> x.id().equals(c.id()))) {
                all.add(c);
            }
        }
        return all;
    }

    /** Text columns (key columns of type text and text data columns). */
    public List<ColumnSpec> textColumns() {
        List<ColumnSpec> all = new ArrayList<>();
        for (ColumnSpec c : keyColumns) {
            if (c.type() == ColumnSpec.Type.TEXT) {
                all.add(c);
            }
        }
        for (ColumnSpec c : columns) {
            if (c.type() == ColumnSpec.Type.TEXT) {
                all.add(c);
            }
        }
        return all;
    }

    public Optional<ColumnSpec> column(String columnId) {
        return java.util.stream.Stream.of(columns, keyColumns, incomeColumns, expenditureColumns)
                .flatMap(List::stream).filter(c -> c.id().equals(columnId)).findFirst();
    }

    /** The printed header of a column, levels joined by "/" ("基本支出/人员经费/工资福利支出"). */
    public String columnTitle(String columnId) {
        return column(columnId).map(c -> String.join("/", c.header())).orElse(columnId);
    }

    /** The empty-table note for a year, or null when the profile has none. */
    public String emptyNoteFor(int year) {
        return emptyNote == null ? null : emptyNote.replace("{year}", Integer.toString(year));
    }

    /** A row identity: the row-level sum "total = Σ parts" of one row. */
    public record SumSpec(String total, List<String> parts) {
    }

    /** "其中" relation: a column that is part of another (其中：财政拨款 ≤ 一般公共预算). */
    public record PartSpec(String part, String whole) {
    }
}
