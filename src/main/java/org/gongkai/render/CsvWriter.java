package org.gongkai.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One table as CSV: UTF-8 without a byte-order mark (as the data package declares it: Frictionless readers take a
 * BOM for part of the first column name; people who open data in Excel use {@code tables.xlsx}), CRLF line ends (RFC 4180), a header row with the column ids (the field
 * names of the data package's schema, whose field titles carry the Chinese header paths), figures as plain numbers. Text cells that a spreadsheet would read as
 * a formula (starting with = + - @, tab or carriage return) are prefixed with an apostrophe.
 */
public final class CsvWriter {

    public void write(TableModel t, OutputStream out) throws IOException {
        out.write(bytes(t));
    }

    /** The CSV's bytes. */
    public byte[] bytes(TableModel t) {
        StringBuilder sb = new StringBuilder(4096);
        List<TableModel.Column> cols = t.columns();
        for (int i = 0; i < cols.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            appendField(sb, cols.get(i).id(), false);
        }
        sb.append("\r\n");
        for (List<String> row : rows(t)) {
            line(sb, row, true);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The body as a grid of strings, spans expanded (the span's text in its first column), numbers unformatted. */
    public static List<List<String>> rows(TableModel t) {
        if (t.form()) {
            return formRows(t);
        }
        List<List<String>> out = new ArrayList<>();
        for (TableModel.Row r : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (TableModel.Cell c : r.cells()) {
                cells.add(c.numeric() ? c.value().toPlainString() : c.text());
                for (int i = 1; i < c.colspan(); i++) {
                    cells.add("");
                }
            }
            out.add(cells);
        }
        return out;
    }

    /** The performance form: its indicator rows (一级/二级/三级指标, 指标值, 指标值说明), row spans filled in. */
    private static List<List<String>> formRows(TableModel t) {
        List<List<String>> out = new ArrayList<>();
        String level1 = "";
        String level2 = "";
        for (TableModel.Row r : t.rows()) {
            if (!"indicator".equals(r.kind())) {
                continue;
            }
            List<TableModel.Cell> cells = r.cells();
            int n = cells.size();
            if (n == 5) {
                level1 = cells.get(0).text();
                level2 = cells.get(1).text();
            } else if (n == 4) {
                level2 = cells.get(0).text();
            }
            out.add(List.of(level1, level2, cells.get(n - 3).text(), cells.get(n - 2).text(), cells.get(n - 1).text()));
        }
        return out;
    }

    private static void line(StringBuilder sb, List<String> cells, boolean body) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            appendField(sb, cells.get(i), body);
        }
        sb.append("\r\n");
    }

    static String field(String raw, boolean guard) {
        StringBuilder sb = new StringBuilder();
        appendField(sb, raw, guard);
        return sb.toString();
    }

    /**
     * One field: with {@code guard}, text a spreadsheet would read as a formula gets a leading apostrophe; a field
     * with a comma, quote or line break is quoted, quotes doubled (RFC 4180).
     */
    static void appendField(StringBuilder sb, String raw, boolean guard) {
        String v = raw == null ? "" : raw;
        boolean apostrophe = guard && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v);
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            if (apostrophe) {
                sb.append('\'');
            }
            sb.append(v);
            return;
        }
        sb.append('"');
        if (apostrophe) {
            sb.append('\'');
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    /** A figure as the tables write it: {@code -?\d+(\.\d+)?} (ASCII digits). */
    static boolean isNumber(String v) {
        if (v == null) {
            return false;
        }
        int n = v.length();
        int i = n > 0 && v.charAt(0) == '-' ? 1 : 0;
        int start = i;
        while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
        }
        if (i == start) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (v.charAt(i) != '.') {
            return false;
        }
        int frac = ++i;
        while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
        }
        return i == n && i > frac;
    }
}
