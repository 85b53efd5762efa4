package org.gongkai.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.intake.SourceMap;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.TableRow;
import org.gongkai.profile.ColumnSpec;
import org.gongkai.profile.RowSpec;
import org.gongkai.profile.TableSpec;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Location;

/**
 * Reads one table sheet into a {@link BudgetTable}, driven by the profile's {@link TableLayout}: finds the
 * header rows, maps each profile column to a sheet column by its header path, then reads the data rows.
 */
final class TableSheetReader {
    private static final Set<String> TOTAL_WORDS = Set.of("合计", "总计");
    private static final int HEADER_SCAN_ROWS = 40;
    private static final java.util.regex.Pattern UNIT_LINE = java.util.regex.Pattern.compile("^(?:金额)?单位:(.+)$");

    private final TableLayout layout;
    private final TableSpec spec;
    private final SheetCells cells;
    private final List<Finding> findings;
    private final Set<String> unitCodes;

    TableSheetReader(TableLayout layout, SheetCells cells, List<Finding> findings, Set<String> unitCodes) {
        this.layout = layout;
        this.spec = layout.table();
        this.cells = cells;
        this.findings = findings;
        this.unitCodes = unitCodes;
    }

    /** A row read from the sheet with the cells its parts came from. */
    private record ReadRow(TableRow row, String rowRef, Map<String, String> refs) {
    }

    /** Reads the table; empty when the header was not recognised (a finding says why). */
    Optional<BudgetTable> read(String amountUnit, SourceMap sources) {
        int start = findHeaderStart();
        if (start < 0) {
            findings.add(FindingFactory.cellError(XlsxRules.HEADER,
                    "工作表“" + cells.name() + "”中找不到表头（前 " + HEADER_SCAN_ROWS + " 行没有“"
                            + String.join("”“", topHeaders()) + "”等列标题）。",
                    location(null, null).withCell(FindingFactory.quote(cells.name()) + "!A1"), null,
                    "请保留模板中的表头行，不要删除或改写列标题。"));
            return Optional.empty();
        }
        checkUnit(start, amountUnit);
        int end = headerEnd(start);
        Map<TableLayout.Column, Integer> columnIndex = matchColumns(start, end);
        if (columnIndex == null) {
            return Optional.empty();
        }
        List<ReadRow> rows = switch (spec.layout()) {
            case GRID -> readGrid(end + 1, columnIndex);
            case FIXED, BALANCE -> readFixed(end + 1, columnIndex);
            case FORM -> List.of();
        };
        List<TableRow> model = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ReadRow r = rows.get(i);
            model.add(r.row());
            sources.put(spec.id(), i, null, r.rowRef());
            for (Map.Entry<String, String> e : r.refs().entrySet()) {
                sources.put(spec.id(), i, e.getKey(), e.getValue());
            }
        }
        return Optional.of(new BudgetTable(model));
    }

    // ---------------------------------------------------------------- header

    private List<String> topHeaders() {
        List<String> l = new ArrayList<>();
        for (TableLayout.Column c : layout.columns()) {
            String h = c.header().isEmpty() ? "" : c.header().get(0);
            if (!l.contains(h)) {
                l.add(h);
            }
        }
        return l.subList(0, Math.min(4, l.size()));
    }

    private int findHeaderStart() {
        Set<String> top = new HashSet<>();
        for (TableLayout.Column c : layout.columns()) {
            if (!c.header().isEmpty()) {
                top.add(TextNormalizer.key(c.header().get(0)));
            }
        }
        int need = Math.min(2, top.size());
        int last = Math.min(cells.lastRow(), HEADER_SCAN_ROWS);
        for (int r = 0; r <= last; r++) {
            Set<String> seen = new HashSet<>();
            for (int c = 0; c <= cells.lastColumn(r); c++) {
                String t = cells.text(r, c, null);
                if (t != null && top.contains(TextNormalizer.key(t))) {
                    seen.add(TextNormalizer.key(t));
                }
            }
            if (seen.size() >= need && need > 0) {
                return r;
            }
        }
        return -1;
    }

    private void checkUnit(int headerStart, String amountUnit) {
        String expected = amountUnit == null ? "万元" : amountUnit;
        for (int r = 0; r < headerStart; r++) {
            for (int c = 0; c <= cells.lastColumn(r); c++) {
                String t = cells.text(r, c, null);
                if (t == null) {
                    continue;
                }
                java.util.regex.Matcher m = UNIT_LINE.matcher(TextNormalizer.key(t));
                if (m.matches()) {
                    String unit = m.group(1);
                    if (!unit.isEmpty() && !unit.equals(TextNormalizer.key(expected))) {
                        findings.add(FindingFactory.cellError(XlsxRules.UNIT,
                                "工作表“" + cells.name() + "”的金额单位是“" + unit + "”，而本次报送的金额单位是“" + expected
                                        + "”（单元格 " + cells.ref(r, c) + "）。",
                                location(null, null).withCell(cells.ref(r, c)), unit,
                                "请把金额换算为“" + expected + "”后填写，并把单位行改为“单位：" + expected + "”。"));
                    }
                }
            }
        }
    }

    private int headerEnd(int start) {
        int end = Math.min(start + layout.headerDepth() - 1, cells.lastRow());
        Set<String> tokens = new HashSet<>();
        for (TableLayout.Column c : layout.columns()) {
            c.header().forEach(h -> tokens.add(TextNormalizer.key(h)));
        }
        for (int extra = 0; extra < 3 && end + 1 <= cells.lastRow(); extra++) {
            int r = end + 1;
            boolean any = false;
            boolean allTokens = true;
            for (int c = 0; c <= Math.max(cells.lastColumn(r), layout.columns().size()); c++) {
                if (cells.isBlank(r, c)) {
                    continue;
                }
                any = true;
                String t = cells.text(r, c, null);
                if (cells.isNumeric(r, c) || t == null || !tokens.contains(TextNormalizer.key(t))) {
                    allTokens = false;
                    break;
                }
            }
            if (any && allTokens && !onlyTotalLabel(r)) {
                end = r;
            } else {
                break;
            }
        }
        return end;
    }

    /** A 合计 row whose amounts are all blank (an empty table of a profile that prints blank cells) is data, not header. */
    private boolean onlyTotalLabel(int r) {
        int nonBlank = 0;
        boolean total = false;
        for (int c = 0; c <= cells.lastColumn(r); c++) {
            if (!cells.isBlank(r, c)) {
                nonBlank++;
                String t = cells.text(r, c, null);
                total |= t != null && ("合计".equals(TextNormalizer.key(t)) || "总计".equals(TextNormalizer.key(t)));
            }
        }
        return total && nonBlank == 1;
    }

    private Map<TableLayout.Column, Integer> matchColumns(int start, int end) {
        int width = 0;
        for (int r = start; r <= end; r++) {
            width = Math.max(width, cells.lastColumn(r) + 1);
        }
        int levels = end - start + 1;
        String[][] grid = new String[levels][width];
        for (int l = 0; l < levels; l++) {
            for (int c = 0; c < width; c++) {
                String t = cells.text(start + l, c, null);
                grid[l][c] = t == null ? "" : TextNormalizer.key(t);
            }
        }
        // unmerged exports print a group title only above its first column: carry it right within its parent
        for (int l = 0; l < levels - 1; l++) {
            for (int c = 1; c < width; c++) {
                if (!grid[l][c].isEmpty() || grid[l][c - 1].isEmpty()) {
                    continue;
                }
                if (!deeper(grid, l, c, "") || !deeper(grid, l, c - 1, grid[l][c - 1])) {
                    continue;
                }
                if (l > 0 && !grid[l - 1][c].equals(grid[l - 1][c - 1])) {
                    continue;
                }
                grid[l][c] = grid[l][c - 1];
            }
        }
        List<List<String>> paths = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> p = new ArrayList<>();
            for (int l = 0; l < levels; l++) {
                String t = grid[l][c];
                if (!t.isEmpty() && (p.isEmpty() || !p.get(p.size() - 1).equals(t))) {
                    p.add(t);
                }
            }
            paths.add(p);
        }
        Map<TableLayout.Column, Integer> index = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        for (TableLayout.Column col : layout.columns()) {
            List<String> want = col.header().stream().map(TextNormalizer::key).toList();
            for (int c = 0; c < paths.size(); c++) {
                if (!used.contains(c) && paths.get(c).equals(want)) {
                    index.put(col, c);
                    used.add(c);
                    break;
                }
            }
        }
        List<TableLayout.Column> missing = new ArrayList<>();
        for (TableLayout.Column col : layout.columns()) {
            if (index.containsKey(col)) {
                continue;
            }
            List<String> want = col.header().stream().map(TextNormalizer::key).toList();
            Integer only = null;
            int count = 0;
            for (int c = 0; c < paths.size(); c++) {
                List<String> have = paths.get(c);
                if (used.contains(c) || have.isEmpty()) {
                    continue;
                }
                if (endsWith(have, want) || endsWith(want, have) && have.size() >= Math.min(2, want.size())) {
                    only = c;
                    count++;
                }
            }
            if (count == 1) {
                index.put(col, only);
                used.add(only);
            } else {
                missing.add(col);
            }
        }
        if (missing.isEmpty()) {
            return index;
        }
        for (TableLayout.Column col : missing) {
            String title = String.join("/", col.header());
            findings.add(FindingFactory.cellError(XlsxRules.HEADER,
                    "工作表“" + cells.name() + "”的表头（第 " + (start + 1) + "–" + (end + 1) + " 行）中找不到列“" + title + "”。",
                    location(col.spec() == null ? null : col.id(), title).withCell(cells.ref(start, 0)), null,
                    "请使用模板的表头，不要删除、合并或改写列标题。"));
        }
        return null;
    }

    private static boolean deeper(String[][] grid, int level, int col, String self) {
        for (int l = level + 1; l < grid.length; l++) {
            if (!grid[l][col].isEmpty() && !grid[l][col].equals(self)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(List<String> have, List<String> suffix) {
        if (suffix.isEmpty() || suffix.size() > have.size()) {
            return false;
        }
        return have.subList(have.size() - suffix.size(), have.size()).equals(suffix);
    }

    // ---------------------------------------------------------------- data rows

    private boolean isBlankRow(int r, Map<TableLayout.Column, Integer> idx) {
        for (Integer c : idx.values()) {
            if (!cells.isBlank(r, c)) {
                return false;
            }
        }
        return true;
    }

    /** A note line under the table (注：…, 本表…, 故本表无数据): one text cell and no amounts. */
    private boolean isNoteRow(int r, Map<TableLayout.Column, Integer> idx) {
        String only = null;
        int count = 0;
        for (int c = 0; c <= Math.max(cells.lastColumn(r), 0); c++) {
            if (!cells.isBlank(r, c)) {
                count++;
                if (cells.isNumeric(r, c)) {
                    return false;
                }
                only = cells.text(r, c, null);
            }
        }
        if (count != 1 || only == null) {
            return false;
        }
        String k = TextNormalizer.key(only);
        if (k.startsWith("注") || k.contains("故本表无数据") || k.startsWith("本表")) {
            return true;
        }
        return spec.notes().stream().anyMatch(n -> TextNormalizer.key(n).equals(k));
    }

    private Location location(String column, String columnTitle) {
        return new Location(spec.id(), spec.title(), null, null, column, columnTitle, null, null);
    }

    private Location cellLocation(TableLayout.Column col) {
        return location(col.spec() == null ? null : col.id(), String.join("/", col.header()));
    }

    private List<ReadRow> readGrid(int first, Map<TableLayout.Column, Integer> idx) {
        List<ReadRow> totals = new ArrayList<>();
        boolean totalsLast = false;
        List<ReadRow> others = new ArrayList<>();
        int firstCol = idx.values().stream().min(Integer::compare).orElse(0);
        for (int r = first; r <= cells.lastRow(); r++) {
            if (isBlankRow(r, idx) || isNoteRow(r, idx)) {
                continue;
            }
            Map<String, String> refs = new LinkedHashMap<>();
            Map<ColumnSpec.Type, String> keys = new HashMap<>();
            Map<ColumnSpec.Type, Integer> keyCols = new HashMap<>();
            Map<String, String> text = new LinkedHashMap<>();
            boolean total = false;
            for (Map.Entry<TableLayout.Column, Integer> e : idx.entrySet()) {
                TableLayout.Column col = e.getKey();
                if (col.role() == TableLayout.Role.VALUE) {
                    continue;
                }
                String t = cells.text(r, e.getValue(), cellLocation(col));
                if (t == null) {
                    continue;
                }
                if (TOTAL_WORDS.contains(TextNormalizer.key(t))) {
                    total = true;
                    continue;
                }
                if (col.role() == TableLayout.Role.TEXT) {
                    text.put(col.id(), t);
                    refs.put(col.id(), cells.ref(r, e.getValue()));
                } else {
                    keys.putIfAbsent(col.type(), t);
                    keyCols.putIfAbsent(col.type(), e.getValue());
                }
            }
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (Map.Entry<TableLayout.Column, Integer> e : idx.entrySet()) {
                TableLayout.Column col = e.getKey();
                if (col.role() != TableLayout.Role.VALUE) {
                    continue;
                }
                Optional<BigDecimal> v = cells.amount(r, e.getValue(), cellLocation(col));
                if (v.isPresent()) {
                    values.put(col.id(), v.get());
                    refs.put(col.id(), cells.ref(r, e.getValue()));
                }
            }
            String rowRef = cells.ref(r, firstCol);
            if (total) {
                totals.add(new ReadRow(new TableRow("total", null, null, null, null, null, null, null, values, text), rowRef, refs));
                totalsLast = !others.isEmpty();
                continue;
            }
            totalsLast = false;
            others.add(new ReadRow(keyedRow(r, keys, keyCols, values, text, refs), rowRef, refs));
        }
        if (totalsLast && !others.isEmpty() && spec.printsTotalLast()) {
            // the sheet prints 合计 under its rows (as the Shanghai tables do): keep it there
            List<ReadRow> all = new ArrayList<>(others);
            all.addAll(totals);
            return all;
        }
        List<ReadRow> all = new ArrayList<>(totals);
        all.addAll(others);
        return all;
    }

    private TableRow keyedRow(int r, Map<ColumnSpec.Type, String> keys, Map<ColumnSpec.Type, Integer> keyCols,
                              Map<String, BigDecimal> values, Map<String, String> text, Map<String, String> refs) {
        String name = keys.get(ColumnSpec.Type.NAME);
        String govEconName = keys.get(ColumnSpec.Type.GOV_ECON_NAME);
        String unitCode = keys.get(ColumnSpec.Type.UNIT_CODE);
        if (unitCode != null) {
            unitCode = TextNormalizer.noSpace(TextNormalizer.halfWidth(unitCode));
            refs.put("unitCode", cells.ref(r, keyCols.get(ColumnSpec.Type.UNIT_CODE)));
        }
        if (name != null) {
            refs.put("name", cells.ref(r, keyCols.get(ColumnSpec.Type.NAME)));
        }
        boolean unitsHere = spec.rowKinds().contains("unit");
        // tables without a unit-code column print a unit row's code in the first code column
        if (unitsHere && !layout.hasType(ColumnSpec.Type.UNIT_CODE)) {
            ColumnSpec.Type first = layout.columns().get(layout.unitCodeColumn()).type();
            String c = keys.get(first);
            boolean onlyThat = keys.keySet().stream().filter(t -> isCodeType(t)).count() == 1;
            if (c != null && onlyThat) {
                String digits = TextNormalizer.noSpace(TextNormalizer.halfWidth(c));
                if (unitCodes.contains(digits) || !validCodeLength(first, digits)) {
                    refs.put("unitCode", cells.ref(r, keyCols.get(first)));
                    return new TableRow("unit", null, digits, null, null, null, name, govEconName, values, text);
                }
            }
        }
        String fn = code(r, keys, keyCols, ColumnSpec.Type.FUNCTION_CLASS, ColumnSpec.Type.FUNCTION_KUAN, ColumnSpec.Type.FUNCTION_XIANG,
                ColumnSpec.Type.FUNCTION_CODE);
        String econ = code(r, keys, keyCols, ColumnSpec.Type.ECON_CLASS, ColumnSpec.Type.ECON_KUAN, null,
                keys.containsKey(ColumnSpec.Type.ECON_CODE_SPACED) ? ColumnSpec.Type.ECON_CODE_SPACED : ColumnSpec.Type.ECON_CODE);
        String gov = code(r, keys, keyCols, ColumnSpec.Type.GOV_ECON_CLASS, ColumnSpec.Type.GOV_ECON_KUAN, null, ColumnSpec.Type.GOV_ECON_CODE);
        if (fn != null) {
            refs.put("functionCode", firstRef(r, keyCols, ColumnSpec.Type.FUNCTION_CLASS, ColumnSpec.Type.FUNCTION_CODE));
        }
        if (econ != null) {
            refs.put("econCode", firstRef(r, keyCols, ColumnSpec.Type.ECON_CLASS, ColumnSpec.Type.ECON_CODE, ColumnSpec.Type.ECON_CODE_SPACED));
        }
        if (gov != null) {
            refs.put("govEconCode", firstRef(r, keyCols, ColumnSpec.Type.GOV_ECON_CLASS, ColumnSpec.Type.GOV_ECON_CODE));
        }
        boolean coded = fn != null || econ != null || gov != null;
        if (!coded && unitCode != null && unitsHere) {
            return new TableRow("unit", null, unitCode, null, null, null, name, govEconName, values, text);
        }
        if (!coded && !spec.rowKinds().contains("item") && unitsHere) {
            return new TableRow("unit", null, unitCode, null, null, null, name, govEconName, values, text);
        }
        return new TableRow("item", null, unitCode, fn, econ, gov, name, govEconName, values, text);
    }

    private String firstRef(int r, Map<ColumnSpec.Type, Integer> keyCols, ColumnSpec.Type... types) {
        for (ColumnSpec.Type t : types) {
            if (keyCols.containsKey(t)) {
                return cells.ref(r, keyCols.get(t));
            }
        }
        return null;
    }

    private static boolean isCodeType(ColumnSpec.Type t) {
        return switch (t) {
            case FUNCTION_CLASS, FUNCTION_KUAN, FUNCTION_XIANG, ECON_CODE, ECON_CLASS, ECON_KUAN,
                    GOV_ECON_CODE, GOV_ECON_CLASS, GOV_ECON_KUAN, FUNCTION_CODE, ECON_CODE_SPACED -> true;
            default -> false;
        };
    }

    private static boolean validCodeLength(ColumnSpec.Type t, String digits) {
        if (!digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int n = digits.length();
        return switch (t) {
            case FUNCTION_CLASS -> n == 3 || n == 5 || n == 7;
            case ECON_CLASS, GOV_ECON_CLASS, ECON_CODE, GOV_ECON_CODE -> n == 3 || n == 5;
            default -> true;
        };
    }

    /** Joins 类/款/项 cells (3+2+2 digits) into one code, or takes the whole code from a single code column. */
    private String code(int r, Map<ColumnSpec.Type, String> keys, Map<ColumnSpec.Type, Integer> keyCols,
                        ColumnSpec.Type cls, ColumnSpec.Type kuan, ColumnSpec.Type xiang, ColumnSpec.Type whole) {
        if (whole != null && keys.containsKey(whole)) {
            String raw = keys.get(whole);
            if (whole == ColumnSpec.Type.FUNCTION_CODE || whole == ColumnSpec.Type.ECON_CODE_SPACED) {
                raw = raw.replaceAll("[\\s\\u3000]+", ""); // printed in groups: "201 13 01"
            }
            return digits(r, keyCols.get(whole), raw, whole);
        }
        String c = keys.containsKey(cls) ? digits(r, keyCols.get(cls), keys.get(cls), cls) : null;
        String k = kuan != null && keys.containsKey(kuan) ? digits(r, keyCols.get(kuan), keys.get(kuan), kuan) : null;
        String x = xiang != null && keys.containsKey(xiang) ? digits(r, keyCols.get(xiang), keys.get(xiang), xiang) : null;
        if (c == null) {
            if (k != null || x != null) {
                int col = keyCols.getOrDefault(kuan, keyCols.getOrDefault(xiang, 0));
                codeFinding(r, col, keys.getOrDefault(kuan, keys.get(xiang)), "填写了款或项编码，但没有填写类编码");
            }
            return null;
        }
        if (c.length() > 3) {
            return c;
        }
        StringBuilder sb = new StringBuilder(c);
        if (k != null) {
            sb.append(k.length() >= 5 && k.startsWith(c) ? k.substring(3) : pad2(k));
            if (x != null) {
                String prefix = sb.toString();
                sb.append(x.length() >= 7 && x.startsWith(prefix) ? x.substring(5) : pad2(x));
            }
        }
        return sb.toString();
    }

    private static String pad2(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    private String digits(int r, int col, String raw, ColumnSpec.Type type) {
        Optional<String> code = TextNormalizer.leadingCode(raw);
        if (code.isEmpty()) {
            codeFinding(r, col, raw, "不是数字编码");
            return null;
        }
        return code.get();
    }

    private void codeFinding(int r, int col, String raw, String why) {
        findings.add(FindingFactory.cellError(XlsxRules.CODE,
                "单元格 " + cells.ref(r, col) + " 的科目编码“" + raw + "”" + why + "。",
                location(null, null).withCell(cells.ref(r, col)), raw,
                "科目编码请只填写数字：类 3 位、款 2 位、项 2 位（如 208、05、01）。"));
    }

    // ---------------------------------------------------------------- fixed and balance tables

    private List<ReadRow> readFixed(int first, Map<TableLayout.Column, Integer> idx) {
        Map<String, ReadRow> byKey = new HashMap<>();
        if (spec.layout() == TableSpec.Layout.BALANCE) {
            readSide(first, idx, TableLayout.Side.INCOME, layout.incomeSide(), byKey);
            readSide(first, idx, TableLayout.Side.EXPENDITURE, layout.expenditureSide(), byKey);
        } else {
            readSide(first, idx, TableLayout.Side.NONE, spec.fixedRows(), byKey);
        }
        List<RowSpec> order = spec.layout() == TableSpec.Layout.BALANCE ? layout.balanceOrder() : spec.fixedRows();
        List<ReadRow> rows = new ArrayList<>();
        for (RowSpec rs : order) {
            ReadRow r = byKey.get(rs.key());
            if (r != null) {
                rows.add(r);
            }
        }
        return rows;
    }

    private void readSide(int first, Map<TableLayout.Column, Integer> idx, TableLayout.Side side, List<RowSpec> expected,
                          Map<String, ReadRow> out) {
        TableLayout.Column labelCol = null;
        for (TableLayout.Column c : idx.keySet()) {
            if (c.side() == side && c.role() == TableLayout.Role.LABEL) {
                labelCol = c;
            }
        }
        List<RowSpec> candidates = expected.stream().filter(java.util.Objects::nonNull).toList();
        Set<String> matched = new HashSet<>();
        int pointer = 0;
        for (int r = first; r <= cells.lastRow(); r++) {
            if (isBlankRow(r, idx) || isNoteRow(r, idx)) {
                continue;
            }
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            Map<String, String> text = new LinkedHashMap<>();
            Map<String, String> refs = new LinkedHashMap<>();
            int firstCol = Integer.MAX_VALUE;
            for (Map.Entry<TableLayout.Column, Integer> e : idx.entrySet()) {
                TableLayout.Column col = e.getKey();
                if (col.side() != side) {
                    continue;
                }
                firstCol = Math.min(firstCol, e.getValue());
                if (col.role() == TableLayout.Role.VALUE) {
                    Optional<BigDecimal> v = cells.amount(r, e.getValue(), cellLocation(col));
                    if (v.isPresent()) {
                        values.put(col.id(), v.get());
                        refs.put(col.id(), cells.ref(r, e.getValue()));
                    }
                } else if (col.role() == TableLayout.Role.TEXT) {
                    String t = cells.text(r, e.getValue(), cellLocation(col));
                    if (t != null) {
                        text.put(col.id(), t);
                        refs.put(col.id(), cells.ref(r, e.getValue()));
                    }
                }
            }
            String label = labelCol == null ? null : cells.text(r, idx.get(labelCol), cellLocation(labelCol));
            if (label == null && values.isEmpty() && text.isEmpty()) {
                continue;
            }
            RowSpec match;
            if (labelCol == null) {
                match = pointer < candidates.size() ? candidates.get(pointer) : null;
            } else {
                match = matchLabel(label, candidates, pointer, matched);
            }
            int labelColumn = labelCol == null ? firstCol : idx.get(labelCol);
            if (match == null) {
                findings.add(FindingFactory.cellError(XlsxRules.ROW_UNKNOWN,
                        "工作表“" + cells.name() + "”第 " + (r + 1) + " 行的项目“" + (label == null ? "" : label)
                                + "”不是本表的固定行（单元格 " + cells.ref(r, labelColumn) + "）。",
                        location(null, null).withCell(cells.ref(r, labelColumn)), label,
                        "请保持模板中的项目名称和行，不要新增、删除或改写项目行。"));
                continue;
            }
            pointer = candidates.indexOf(match) + 1;
            matched.add(match.key());
            if (values.isEmpty() && text.isEmpty() && layout.table().hasFreeRows() && match.functionClass() != null) {
                continue; // a class row of a free-row table left blank: the class is not in the budget
            }
            // a fixed row whose amount cells are blank is still there: blank means no amount (0), as in print
            out.put(match.key(), new ReadRow(new TableRow(null, match.key(), null, null, null, null, null, null, values, text),
                    cells.ref(r, labelColumn), refs));
        }
    }

    private static RowSpec matchLabel(String label, List<RowSpec> candidates, int pointer, Set<String> matched) {
        if (label == null) {
            return null;
        }
        String k = TextNormalizer.key(label);
        String bare = TextNormalizer.stripNumbering(k);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = pointer; i < candidates.size(); i++) {
                if (labelMatches(candidates.get(i), k, bare, pass)) {
                    return candidates.get(i);
                }
            }
            for (int i = 0; i < Math.min(pointer, candidates.size()); i++) {
                RowSpec c = candidates.get(i);
                if (!matched.contains(c.key()) && labelMatches(c, k, bare, pass)) {
                    return c;
                }
            }
        }
        return null;
    }

    private static boolean labelMatches(RowSpec spec, String key, String bare, int pass) {
        String want = TextNormalizer.key(spec.label());
        if (pass == 0) {
            return want.equals(key);
        }
        return !bare.isEmpty() && TextNormalizer.stripNumbering(want).equals(bare);
    }
}
