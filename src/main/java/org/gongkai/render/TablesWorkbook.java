package org.gongkai.render;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * {@code tables.xlsx}: every table of the disclosure in one workbook, one sheet each, for people who open data in
 * Excel. Codes (科目编码, 单位代码, …) are text cells in a text format, so {@code 05} keeps its leading zero; figures
 * are numbers. Header row 3 holds the same column titles as the PDF. The bytes depend on the document only (fixed
 * creation date, fixed ZIP entry times), like every other published file.
 *
 * <p>The package (SpreadsheetML, ECMA-376) is written part by part straight into a ZIP stream: a handful of fixed
 * styles, inline strings, numbers, column widths and a frozen header, nothing a library must keep in memory. POI
 * (even streaming, SXSSF) cost about 24 ms and 8.5 MB per workbook, most of it its XML beans, temporary sheet files
 * and the re-zipping needed for fixed entry times; fastexcel (lighter) stamps the current time into
 * {@code docProps/core.xml} and the ZIP entries, so it too would need a rewrite of the package for stable bytes.
 * Every text cell is an inline string ({@code t="inlineStr"}): never a formula, whatever it starts with.
 */
public final class TablesWorkbook {

    /** ZIP entry time of every part (DOS time has no zone: a fixed local date-time keeps the bytes stable). */
    private static final LocalDateTime ENTRY_TIME = LocalDate.of(2000, 1, 1).atStartOfDay();

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** Cell styles (indexes into {@code cellXfs}); number styles follow, one per decimal scale, in order of first use. */
    private static final int DEFAULT = 0;
    private static final int TITLE = 1;
    private static final int HEADER = 2;
    private static final int TEXT = 3;
    private static final int FIXED_STYLES = 4;
    /** Built-in number formats of SpreadsheetML: 3 = {@code #,##0}, 4 = {@code #,##0.00}, 49 = text ({@code @}). */
    private static final int FMT_INTEGER = 3;
    private static final int FMT_TWO_DECIMALS = 4;
    private static final int FMT_TEXT = 49;
    private static final int FIRST_CUSTOM_FORMAT = 164;
    /** Column letters of the first columns (a table has a few dozen at most; more are computed). */
    private static final String[] COLUMN_NAMES = new String[256];

    static {
        for (int i = 0; i < COLUMN_NAMES.length; i++) {
            COLUMN_NAMES[i] = columnName(i);
        }
    }

    public void write(DisclosureDocument doc, OutputStream target) throws IOException {
        // the deflater hands over its output in small pieces: one system call each on an unbuffered file stream
        OutputStream out = new BufferedOutputStream(target, 64 * 1024);
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller owns the stream
            }
        }, StandardCharsets.UTF_8);
        Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 16 * 1024);
        Map<Integer, Integer> numberStyles = new LinkedHashMap<>(); // decimal scale → cell style
        List<String> sheetNames = new ArrayList<>();
        int n = 0;
        for (TableModel t : doc.tables()) {
            String name = WorkbookUtil.createSafeSheetName(String.format("%02d %s", t.number(), t.title()));
            sheetNames.add(name);
            part(zip, w, "xl/worksheets/sheet" + (++n) + ".xml");
            tableSheet(w, doc, t, numberStyles);
            w.flush();
        }
        sheetNames.add("历年数字");
        part(zip, w, "xl/worksheets/sheet" + (++n) + ".xml");
        seriesSheet(w, doc, numberStyles);
        w.flush();
        part(zip, w, "xl/styles.xml");
        styles(w, numberStyles);
        part(zip, w, "xl/workbook.xml");
        workbook(w, sheetNames);
        part(zip, w, "xl/_rels/workbook.xml.rels");
        w.write(XML_DECL + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>");
        for (int i = 1; i <= sheetNames.size(); i++) {
            w.write("<Relationship Id=\"rId" + (i + 1) + "\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet"
                    + i + ".xml\"/>");
        }
        w.write("</Relationships>");
        part(zip, w, "docProps/core.xml");
        coreProperties(w, doc);
        part(zip, w, "docProps/app.xml");
        w.write(XML_DECL + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>gongkai</Application></Properties>");
        part(zip, w, "_rels/.rels");
        w.write(XML_DECL + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + PKG_REL_NS + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "</Relationships>");
        part(zip, w, "[Content_Types].xml");
        w.write(XML_DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
        for (int i = 1; i <= sheetNames.size(); i++) {
            w.write("<Override PartName=\"/xl/worksheets/sheet" + i
                    + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        w.write("</Types>");
        w.flush();
        zip.closeEntry();
        zip.finish();
        zip.close(); // releases the deflater and flushes; the caller's stream stays open
    }

    /** Ends the previous part (its text flushed) and starts the next one. */
    private static void part(ZipOutputStream zip, Writer w, String name) throws IOException {
        w.flush();
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e); // closes the previous entry
    }

    private static void tableSheet(Writer w, DisclosureDocument doc, TableModel t, Map<Integer, Integer> numberStyles)
            throws IOException {
        List<TableModel.Column> cols = t.columns();
        List<List<String>> rows = CsvWriter.rows(t);
        int metaCol = Math.max(1, cols.size() - 1);
        int[] widths = new int[cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            widths[c] = Math.min(60, Math.max(8, cols.get(c).title().length() * 2 + 2));
        }
        int lastRow = 3 + rows.size() + t.notes().size();
        sheetStart(w, Math.max(cols.size(), metaCol + 1), lastRow, widths);
        rowStart(w, 1);
        text(w, 0, 1, t.title(), TITLE);
        rowEnd(w);
        rowStart(w, 2);
        text(w, 0, 2, "部门名称：" + doc.department(), DEFAULT);
        text(w, metaCol, 2, "单位：" + doc.unit(), DEFAULT);
        rowEnd(w);
        rowStart(w, 3);
        for (int c = 0; c < cols.size(); c++) {
            text(w, c, 3, cols.get(c).title(), HEADER);
        }
        rowEnd(w);
        int r = 4;
        for (List<String> values : rows) {
            rowStart(w, r);
            for (int c = 0; c < values.size() && c < cols.size(); c++) {
                String v = values.get(c);
                if (cols.get(c).numeric() && CsvWriter.isNumber(v)) {
                    int dot = v.indexOf('.');
                    number(w, c, r, v, numberStyle(numberStyles, dot < 0 ? 0 : v.length() - dot - 1));
                } else {
                    text(w, c, r, v, TEXT);
                }
            }
            rowEnd(w);
            r++;
        }
        for (String note : t.notes()) {
            rowStart(w, r);
            text(w, 0, r, note, DEFAULT);
            rowEnd(w);
            r++;
        }
        sheetEnd(w);
    }

    /** The multi-year view (series.csv) as a sheet: one row per figure, one column per year. */
    private static void seriesSheet(Writer w, DisclosureDocument doc, Map<Integer, Integer> numberStyles) throws IOException {
        YearSeries series = doc.series();
        int years = series.years().size();
        int[] widths = new int[2 + years];
        widths[0] = 40;
        widths[1] = 18;
        for (int i = 0; i < years; i++) {
            widths[2 + i] = 14;
        }
        sheetStart(w, Math.max(3, 2 + years), 3 + series.lines().size(), widths);
        rowStart(w, 1);
        text(w, 0, 1, "历年预算主要数字（" + series.first() + (series.first() == series.last() ? "" : "—" + series.last())
                + "年）", TITLE);
        rowEnd(w);
        rowStart(w, 2);
        text(w, 0, 2, "部门名称：" + doc.department(), DEFAULT);
        text(w, 2, 2, "单位：" + series.unit(), DEFAULT);
        rowEnd(w);
        rowStart(w, 3);
        text(w, 0, 3, "项目", HEADER);
        text(w, 1, 3, "功能分类科目编码", HEADER);
        for (int i = 0; i < years; i++) {
            text(w, 2 + i, 3, series.years().get(i) + "年", HEADER);
        }
        rowEnd(w);
        int r = 4;
        for (YearSeries.Line l : series.lines()) {
            rowStart(w, r);
            text(w, 0, r, l.title(), TEXT);
            text(w, 1, r, l.code(), TEXT);
            for (int i = 0; i < l.values().size(); i++) {
                BigDecimal v = l.values().get(i);
                if (v != null) {
                    number(w, 2 + i, r, v.toPlainString(), numberStyle(numberStyles, Math.max(0, v.scale())));
                }
            }
            rowEnd(w);
            r++;
        }
        sheetEnd(w);
    }

    /** The worksheet up to its first row: extent, the three title rows frozen, column widths (in characters). */
    private static void sheetStart(Writer w, int lastCol, int lastRow, int[] widths) throws IOException {
        w.write(XML_DECL);
        w.write("<worksheet xmlns=\"" + MAIN_NS + "\"><dimension ref=\"A1:");
        w.write(columnNameOf(lastCol - 1));
        w.write(Integer.toString(lastRow));
        w.write("\"/><sheetViews><sheetView workbookViewId=\"0\">"
                + "<pane ySplit=\"3\" topLeftCell=\"A4\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < widths.length; c++) {
            String i = Integer.toString(c + 1);
            w.write("<col min=\"");
            w.write(i);
            w.write("\" max=\"");
            w.write(i);
            w.write("\" width=\"");
            w.write(Integer.toString(widths[c]));
            w.write("\" customWidth=\"1\"/>");
        }
        w.write("</cols><sheetData>");
    }

    private static void sheetEnd(Writer w) throws IOException {
        w.write("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "</worksheet>");
    }

    private static void rowStart(Writer w, int r) throws IOException {
        w.write("<row r=\"");
        w.write(Integer.toString(r));
        w.write("\">");
    }

    private static void rowEnd(Writer w) throws IOException {
        w.write("</row>");
    }

    private static void cellStart(Writer w, int col, int row, int style) throws IOException {
        w.write("<c r=\"");
        w.write(columnNameOf(col));
        w.write(Integer.toString(row));
        if (style != DEFAULT) {
            w.write("\" s=\"");
            w.write(Integer.toString(style));
        }
        w.write('"');
    }

    /** A text cell: an inline string, never a formula, whatever it starts with. */
    private static void text(Writer w, int col, int row, String value, int style) throws IOException {
        String v = value == null ? "" : value;
        cellStart(w, col, row, style);
        w.write(" t=\"inlineStr\"><is><t");
        if (!v.isEmpty() && (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1)))) {
            w.write(" xml:space=\"preserve\"");
        }
        w.write('>');
        escape(w, v);
        w.write("</t></is></c>");
    }

    /** A number cell; {@code plain} is the figure as written ({@code -?\d+(\.\d+)?}). */
    private static void number(Writer w, int col, int row, String plain, int style) throws IOException {
        cellStart(w, col, row, style);
        w.write("><v>");
        w.write(plain);
        w.write("</v></c>");
    }

    /** XML text: markup characters as references, characters XML 1.0 cannot carry (controls, U+FFFE/F) as "?". */
    static void escape(Writer w, String s) throws IOException {
        int last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep;
            switch (c) {
                case '<' -> rep = "&lt;";
                case '>' -> rep = "&gt;";
                case '&' -> rep = "&amp;";
                case '"' -> rep = "&quot;";
                case '\n' -> rep = "&#xa;";
                case '\r' -> rep = "&#xd;";
                case '\t' -> rep = "&#x9;";
                default -> rep = c < ' ' || c == '\uFFFE' || c == '\uFFFF' ? "?" : null;
            }
            if (rep != null) {
                w.write(s, last, i - last);
                w.write(rep);
                last = i + 1;
            }
        }
        w.write(s, last, s.length() - last);
    }

    private static int numberStyle(Map<Integer, Integer> numberStyles, int scale) {
        Integer s = numberStyles.get(scale);
        if (s == null) {
            s = FIXED_STYLES + numberStyles.size();
            numberStyles.put(scale, s);
        }
        return s;
    }

    /** One bold font; the header's bottom border; text format for codes and headers; number formats per scale. */
    private static void styles(Writer w, Map<Integer, Integer> numberStyles) throws IOException {
        StringBuilder formats = new StringBuilder();
        StringBuilder xfs = new StringBuilder();
        int custom = FIRST_CUSTOM_FORMAT;
        int customCount = 0;
        for (int scale : numberStyles.keySet()) {
            int id;
            if (scale == 0) {
                id = FMT_INTEGER;
            } else if (scale == 2) {
                id = FMT_TWO_DECIMALS;
            } else {
                id = custom++;
                customCount++;
                formats.append("<numFmt numFmtId=\"").append(id).append("\" formatCode=\"#,##0.")
                        .append("0".repeat(scale)).append("\"/>");
            }
            xfs.append("<xf numFmtId=\"").append(id).append("\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                    + " applyNumberFormat=\"1\"/>");
        }
        w.write(XML_DECL);
        w.write("<styleSheet xmlns=\"" + MAIN_NS + "\">");
        if (customCount > 0) {
            w.write("<numFmts count=\"" + customCount + "\">" + formats + "</numFmts>");
        }
        w.write("<fonts count=\"2\"><font><sz val=\"11\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/>"
                + "<scheme val=\"minor\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
                + "<border><left/><right/><top/><bottom style=\"thin\"/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"" + (FIXED_STYLES + numberStyles.size()) + "\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"" + FMT_TEXT + "\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\""
                + " applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf>"
                + "<xf numFmtId=\"" + FMT_TEXT + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
        w.write(xfs.toString());
        w.write("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>");
    }

    private static void workbook(Writer w, List<String> sheetNames) throws IOException {
        w.write(XML_DECL);
        w.write("<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><workbookPr/>"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheetNames.size(); i++) {
            w.write("<sheet name=\"");
            escape(w, sheetNames.get(i));
            w.write("\" sheetId=\"" + (i + 1) + "\" r:id=\"rId" + (i + 2) + "\"/>");
        }
        w.write("</sheets></workbook>");
    }

    private static void coreProperties(Writer w, DisclosureDocument doc) throws IOException {
        String created = createdOn(doc) + "T00:00:00Z";
        w.write(XML_DECL);
        w.write("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");
        escape(w, doc.title() + " 预算表");
        w.write("</dc:title><dc:creator>");
        escape(w, doc.department());
        w.write("</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + created + "</dcterms:modified></cp:coreProperties>");
    }

    /** The approval date, else 1 January of the fiscal year. */
    private static LocalDate createdOn(DisclosureDocument doc) {
        if (doc.approvalDate() != null) {
            try {
                return LocalDate.parse(doc.approvalDate());
            } catch (java.time.format.DateTimeParseException e) {
                // keep 1 January of the fiscal year
            }
        }
        return LocalDate.of(doc.year(), 1, 1);
    }

    private static String columnNameOf(int col) {
        return col < COLUMN_NAMES.length ? COLUMN_NAMES[col] : columnName(col);
    }

    /** A, B, …, Z, AA, AB, … for column 0, 1, … */
    static String columnName(int col) {
        StringBuilder sb = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }
}
