package org.gongkai.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.gongkai.profile.ColumnSpec;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.RowSpec;
import org.gongkai.profile.TableSpec;

/**
 * Writes a submission as a workbook in exactly the layout {@link WorkbookSubmissionReader} reads: the sheet
 * 基本信息与说明, then one sheet per table of the submission's profile. Amounts are numeric cells whose
 * number format shows the value's scale ("0", "0.0"), so 0 and 0.0 survive the round trip.
 */
public final class WorkbookWriter {

    /** Writes the workbook to a file. */
    public void write(Submission submission, Path file) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(submission, out);
        }
    }

    /** The workbook as bytes. */
    public byte[] toBytes(Submission submission) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(submission, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the workbook to a stream (not closed). */
    public void write(Submission submission, OutputStream out) throws IOException {
        DisclosureProfile profile = DisclosureProfile.forSubmission(submission.profile());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            new InfoSheetWriter(styles, 0).write(wb.createSheet(SheetNames.INFO), submission, profile);
            java.util.Map<String, Object> fields = FieldSheet.fields(submission);
            if (!fields.isEmpty()) {
                FieldSheet.write(wb.createSheet(FieldSheet.NAME), styles, List.copyOf(fields.entrySet()));
            }
            TableSheetWriter header = new TableSheetWriter(styles);
            for (TableSpec spec : profile.tables()) {
                TableLayout layout = new TableLayout(spec);
                if (!layout.hasSheet()) {
                    continue;
                }
                Sheet sheet = wb.createSheet(SheetNames.forTable(spec));
                int first = header.writeHeader(sheet, layout, spec.title(), submission.departmentName(),
                        profile.unitOf(spec, submission.amountUnit()));
                BudgetTable table = submission.table(spec.id());
                int next = switch (spec.layout()) {
                    case GRID -> writeGrid(sheet, layout, table, first, styles, header);
                    case FIXED -> writeFixed(sheet, layout, table, first, styles, header);
                    case BALANCE -> writeBalance(sheet, layout, table, first, styles, header);
                    case FORM -> first;
                };
                writeNotes(sheet, spec, next + 1, styles);
            }
            wb.write(out);
        }
    }

    static void writeNotes(Sheet sheet, TableSpec spec, int row, Styles styles) {
        for (String note : spec.notes()) {
            TableSheetWriter.text(sheet, row++, 0, note, styles.plain);
        }
    }

    private static int writeGrid(Sheet sheet, TableLayout layout, BudgetTable table, int first, Styles styles, TableSheetWriter w) {
        int r = first;
        List<TableLayout.Column> cols = layout.columns();
        for (TableRow row : table.rows()) {
            Map<Integer, String> keys = new HashMap<>();
            switch (row.rowKind()) {
                case TOTAL -> keys.put(layout.totalLabelColumn(), "合计");
                case UNIT -> {
                    keys.put(layout.unitCodeColumn(), row.unitCode());
                    putByType(layout, keys, ColumnSpec.Type.NAME, row.name());
                }
                case ITEM -> {
                    putByType(layout, keys, ColumnSpec.Type.UNIT_CODE, row.unitCode());
                    putCode(layout, keys, spaced(layout, ColumnSpec.Type.FUNCTION_CODE, row.functionCode()), ColumnSpec.Type.FUNCTION_CLASS,
                            ColumnSpec.Type.FUNCTION_KUAN, ColumnSpec.Type.FUNCTION_XIANG, ColumnSpec.Type.FUNCTION_CODE);
                    putCode(layout, keys, spaced(layout, ColumnSpec.Type.ECON_CODE_SPACED, row.econCode()), ColumnSpec.Type.ECON_CLASS,
                            ColumnSpec.Type.ECON_KUAN, null,
                            layout.hasType(ColumnSpec.Type.ECON_CODE_SPACED) ? ColumnSpec.Type.ECON_CODE_SPACED : ColumnSpec.Type.ECON_CODE);
                    putCode(layout, keys, row.govEconCode(), ColumnSpec.Type.GOV_ECON_CLASS, ColumnSpec.Type.GOV_ECON_KUAN, null,
                            ColumnSpec.Type.GOV_ECON_CODE);
                    putByType(layout, keys, ColumnSpec.Type.NAME, row.name());
                    putByType(layout, keys, ColumnSpec.Type.GOV_ECON_NAME, row.govEconName());
                }
            }
            for (int c = 0; c < cols.size(); c++) {
                TableLayout.Column col = cols.get(c);
                switch (col.role()) {
                    case KEY -> TableSheetWriter.text(sheet, r, c, keys.get(c),
                            col.type() == ColumnSpec.Type.NAME || col.type() == ColumnSpec.Type.GOV_ECON_NAME ? styles.text : styles.code);
                    case TEXT -> TableSheetWriter.text(sheet, r, c, keys.containsKey(c) ? keys.get(c) : row.text(col.id()), styles.text);
                    case VALUE -> w.amount(sheet, r, c, row.values().get(col.id()));
                    case LABEL -> TableSheetWriter.text(sheet, r, c, null, styles.text);
                }
            }
            r++;
        }
        return r;
    }

    private static void putByType(TableLayout layout, Map<Integer, String> keys, ColumnSpec.Type type, String value) {
        TableLayout.Column c = layout.firstOfType(type);
        if (c != null && value != null) {
            keys.put(layout.indexOf(c), value);
        }
    }

    /** Splits a code over 类/款/项 columns (3+2+2 digits), or puts it whole in the single code column. */
    /** A code for a one-column code cell printed in groups ("201 13 01"); other layouts get the code unchanged. */
    private static String spaced(TableLayout layout, ColumnSpec.Type type, String code) {
        if (code == null || !layout.hasType(type)) {
            return code;
        }
        String c = code.strip();
        StringBuilder sb = new StringBuilder(c.substring(0, Math.min(3, c.length())));
        for (int i = 3; i < c.length(); i += 2) {
            sb.append(' ').append(c, i, Math.min(i + 2, c.length()));
        }
        return sb.toString();
    }

    private static void putCode(TableLayout layout, Map<Integer, String> keys, String code, ColumnSpec.Type cls,
                                ColumnSpec.Type kuan, ColumnSpec.Type xiang, ColumnSpec.Type whole) {
        if (code == null) {
            return;
        }
        if (whole != null && layout.hasType(whole)) {
            putByType(layout, keys, whole, code);
            return;
        }
        if (!layout.hasType(cls)) {
            return;
        }
        putByType(layout, keys, cls, code.substring(0, Math.min(3, code.length())));
        if (code.length() > 3 && kuan != null) {
            putByType(layout, keys, kuan, code.substring(3, Math.min(5, code.length())));
        }
        if (code.length() > 5 && xiang != null) {
            putByType(layout, keys, xiang, code.substring(5));
        }
    }

    private static int writeFixed(Sheet sheet, TableLayout layout, BudgetTable table, int first, Styles styles, TableSheetWriter w) {
        int r = first;
        for (RowSpec spec : layout.table().fixedRows()) {
            TableRow row = table.fixedRow(spec.key()).orElse(null);
            writeSide(sheet, layout, TableLayout.Side.NONE, spec, row, r, styles, w);
            r++;
        }
        return r;
    }

    private static int writeBalance(Sheet sheet, TableLayout layout, BudgetTable table, int first, Styles styles, TableSheetWriter w) {
        TableSpec spec = layout.table();
        int body = Math.max(spec.incomeRows().size(), spec.expenditureRows().size());
        for (int i = 0; i < body; i++) {
            RowSpec in = i < spec.incomeRows().size() ? spec.incomeRows().get(i) : null;
            RowSpec ex = i < spec.expenditureRows().size() ? spec.expenditureRows().get(i) : null;
            writeSide(sheet, layout, TableLayout.Side.INCOME, in, in == null ? null : table.fixedRow(in.key()).orElse(null), first + i, styles, w);
            writeSide(sheet, layout, TableLayout.Side.EXPENDITURE, ex, ex == null ? null : table.fixedRow(ex.key()).orElse(null), first + i, styles, w);
        }
        int r = first + body;
        for (List<RowSpec> pair : spec.footerRows()) {
            RowSpec in = pair.isEmpty() ? null : pair.get(0);
            RowSpec ex = pair.size() > 1 ? pair.get(1) : null;
            writeSide(sheet, layout, TableLayout.Side.INCOME, in, in == null ? null : table.fixedRow(in.key()).orElse(null), r, styles, w);
            writeSide(sheet, layout, TableLayout.Side.EXPENDITURE, ex, ex == null ? null : table.fixedRow(ex.key()).orElse(null), r, styles, w);
            r++;
        }
        return r;
    }

    /** One side of a fixed/balance row: its label and values (blank cells when the row or value is absent). */
    static void writeSide(Sheet sheet, TableLayout layout, TableLayout.Side side, RowSpec spec, TableRow row, int r,
                          Styles styles, TableSheetWriter w) {
        List<TableLayout.Column> cols = layout.columns();
        for (int c = 0; c < cols.size(); c++) {
            TableLayout.Column col = cols.get(c);
            if (col.side() != side) {
                continue;
            }
            if (col.role() == TableLayout.Role.LABEL) {
                TableSheetWriter.text(sheet, r, c, spec == null ? null : spec.label(), styles.text);
            } else if (col.role() == TableLayout.Role.VALUE) {
                BigDecimal v = row == null ? null : row.values().get(col.id());
                w.amount(sheet, r, c, v);
            } else {
                TableSheetWriter.text(sheet, r, c, row == null ? null : row.text(col.id()), styles.text);
            }
        }
    }
}
