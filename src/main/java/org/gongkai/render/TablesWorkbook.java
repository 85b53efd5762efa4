package org.gongkai.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code tables.xlsx}: every table of the disclosure in one workbook, one sheet each, for people who open data in
 * Excel. Codes (科目编码, 单位代码, …) are text cells in a text format, so {@code 05} keeps its leading zero; figures
 * are numbers. Header row 3 holds the same column titles as the PDF. The bytes depend on the document only (fixed
 * creation date, fixed ZIP entry times), like every other published file.
 */
public final class TablesWorkbook {

    /** ZIP entry time of every part (DOS time has no zone; a fixed instant keeps the bytes stable). */
    private static final long ENTRY_TIME = LocalDate.of(2000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();

    public void write(DisclosureDocument doc, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        // Streaming (SXSSF): rows go to a temporary sheet file as they are written instead of staying as
        // XML beans per cell, and strings are written inline in their cells (POI keys every shared string by serialising
        // its XML bean: half of the workbook's cost). Styles are created once per workbook.
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, false, false);
        try {
            Styles st = new Styles(wb);
            for (TableModel t : doc.tables()) {
                sheet(wb, st, doc, t);
            }
            seriesSheet(wb, st, doc);
            var core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setTitle(doc.title() + " 预算表");
            core.setCreator(doc.department());
            core.setCreated(Optional.of(createdOn(doc)));
            core.setModified(Optional.of(createdOn(doc)));
            wb.write(raw);
        } finally {
            wb.dispose(); // the temporary sheet files
            wb.close();
        }
        normaliseZip(raw.toByteArray(), out);
    }

    private static void sheet(SXSSFWorkbook wb, Styles st, DisclosureDocument doc, TableModel t) {
        String name = WorkbookUtil.createSafeSheetName(String.format("%02d %s", t.number(), t.title()));
        Sheet sheet = wb.createSheet(name);
        Row title = sheet.createRow(0);
        text(title, 0, t.title(), st.title);
        Row meta = sheet.createRow(1);
        text(meta, 0, "部门名称：" + doc.department(), null);
        text(meta, Math.max(1, t.columns().size() - 1), "单位：" + doc.unit(), null);
        Row head = sheet.createRow(2);
        List<TableModel.Column> cols = t.columns();
        for (int c = 0; c < cols.size(); c++) {
            text(head, c, cols.get(c).title(), st.header);
            sheet.setColumnWidth(c, Math.min(60, Math.max(8, cols.get(c).title().length() * 2 + 2)) * 256);
        }
        int r = 3;
        for (List<String> values : CsvWriter.rows(t)) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size() && c < cols.size(); c++) {
                String v = values.get(c);
                if (cols.get(c).numeric() && !v.isEmpty() && v.matches("-?\\d+(\\.\\d+)?")) {
                    BigDecimal n = new BigDecimal(v);
                    Cell cell = row.createCell(c);
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(st.number(Math.max(0, n.scale())));
                } else {
                    text(row, c, v, st.text);
                }
            }
        }
        for (String note : t.notes()) {
            text(sheet.createRow(r++), 0, note, null);
        }
        sheet.createFreezePane(0, 3);
    }

    /** The multi-year view (series.csv) as a sheet: one row per figure, one column per year. */
    private static void seriesSheet(SXSSFWorkbook wb, Styles st, DisclosureDocument doc) {
        YearSeries series = doc.series();
        Sheet sheet = wb.createSheet("历年数字");
        text(sheet.createRow(0), 0, "历年预算主要数字（" + series.first()
                + (series.first() == series.last() ? "" : "—" + series.last()) + "年）", st.title);
        Row meta = sheet.createRow(1);
        text(meta, 0, "部门名称：" + doc.department(), null);
        text(meta, 2, "单位：" + series.unit(), null);
        Row head = sheet.createRow(2);
        text(head, 0, "项目", st.header);
        text(head, 1, "功能分类科目编码", st.header);
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        for (int i = 0; i < series.years().size(); i++) {
            text(head, 2 + i, series.years().get(i) + "年", st.header);
            sheet.setColumnWidth(2 + i, 14 * 256);
        }
        int r = 3;
        for (YearSeries.Line l : series.lines()) {
            Row row = sheet.createRow(r++);
            text(row, 0, l.title(), st.text);
            text(row, 1, l.code(), st.text);
            for (int i = 0; i < l.values().size(); i++) {
                BigDecimal v = l.values().get(i);
                if (v != null) {
                    Cell cell = row.createCell(2 + i);
                    cell.setCellValue(v.doubleValue());
                    cell.setCellStyle(st.number(Math.max(0, v.scale())));
                }
            }
        }
        sheet.createFreezePane(0, 3);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value == null ? "" : value); // a string cell: never a formula, whatever it starts with
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static Date createdOn(DisclosureDocument doc) {
        LocalDate d = LocalDate.of(doc.year(), 1, 1);
        if (doc.approvalDate() != null) {
            try {
                d = LocalDate.parse(doc.approvalDate());
            } catch (java.time.format.DateTimeParseException e) {
                // keep 1 January of the fiscal year
            }
        }
        return Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** Rewrites the package with every entry in the same order and a fixed entry time. */
    private static void normaliseZip(byte[] xlsx, OutputStream out) throws IOException {
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx));
             ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            ZipArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
                copy.setTime(ENTRY_TIME);
                zip.putArchiveEntry(copy);
                in.transferTo(zip);
                zip.closeArchiveEntry();
            }
            zip.finish();
        }
    }

    private static final class Styles {
        final SXSSFWorkbook wb;
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final Map<Integer, CellStyle> numbers = new HashMap<>();

        Styles(SXSSFWorkbook wb) {
            this.wb = wb;
            Font bold = wb.createFont();
            bold.setBold(true);
            title = wb.createCellStyle();
            title.setFont(bold);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setBorderBottom(BorderStyle.THIN);
            header.setDataFormat(wb.createDataFormat().getFormat("@"));
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@")); // text format: codes keep leading zeros
        }

        CellStyle number(int scale) {
            return numbers.computeIfAbsent(scale, s -> {
                CellStyle c = wb.createCellStyle();
                c.setDataFormat(wb.createDataFormat().getFormat(s == 0 ? "#,##0" : "#,##0." + "0".repeat(s)));
                return c;
            });
        }
    }
}
