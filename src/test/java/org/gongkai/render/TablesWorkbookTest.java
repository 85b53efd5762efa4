package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.narrative.Submissions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * {@code tables.xlsx} is written part by part (no spreadsheet library): read back with POI, every submission we have
 * gives the workbook the documents describe — one sheet per table and the 历年数字 sheet, title, department and unit,
 * bold wrapped header row in text format with a bottom border, widths from the titles, the three title rows frozen,
 * figures as numbers in a format with the figure's decimals, everything else text cells in text format, the notes.
 */
class TablesWorkbookTest {

    static Stream<Path> submissions() throws IOException {
        return Stream.concat(Files.list(Path.of("examples")), Files.list(Path.of("src/test/resources/render")))
                .filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("submissions")
    void everyTableAndTheSeriesAsTheDocumentHasThem(Path submission) throws IOException {
        DisclosureDocument doc = new DisclosureRenderer().document(Submissions.read(submission));
        try (XSSFWorkbook wb = read(doc)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(doc.tables().size() + 1);
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(doc.title() + " 预算表");
            assertThat(core.getCreator()).isEqualTo(doc.department());
            assertThat(core.getCreated()).isEqualTo(core.getModified()).isNotNull();
            for (int i = 0; i < doc.tables().size(); i++) {
                TableModel t = doc.tables().get(i);
                XSSFSheet s = wb.getSheetAt(i);
                assertThat(s.getSheetName())
                        .isEqualTo(WorkbookUtil.createSafeSheetName(String.format("%02d %s", t.number(), t.title())));
                tableSheet(doc, t, s);
            }
            seriesSheet(doc, wb.getSheetAt(doc.tables().size()));
        }
    }

    private static void tableSheet(DisclosureDocument doc, TableModel t, XSSFSheet s) {
        List<TableModel.Column> cols = t.columns();
        assertTitleRows(s, t.title(), "部门名称：" + doc.department(), Math.max(1, cols.size() - 1), "单位：" + doc.unit());
        Row head = s.getRow(2);
        for (int c = 0; c < cols.size(); c++) {
            assertHeader(head.getCell(c), cols.get(c).title());
            assertThat(s.getColumnWidth(c)).isEqualTo(Math.min(60, Math.max(8, cols.get(c).title().length() * 2 + 2)) * 256);
        }
        List<List<String>> rows = CsvWriter.rows(t);
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.getRow(3 + r);
            List<String> values = rows.get(r);
            for (int c = 0; c < Math.min(values.size(), cols.size()); c++) {
                XSSFCell cell = (XSSFCell) row.getCell(c);
                String v = values.get(c);
                if (cols.get(c).numeric() && v.matches("-?\\d+(\\.\\d+)?")) {
                    assertNumber(cell, new BigDecimal(v));
                } else {
                    assertText(cell, v);
                }
            }
        }
        for (int n = 0; n < t.notes().size(); n++) {
            assertThat(s.getRow(3 + rows.size() + n).getCell(0).getStringCellValue()).isEqualTo(t.notes().get(n));
        }
        assertThat(s.getLastRowNum()).isEqualTo(2 + rows.size() + t.notes().size());
    }

    private static void seriesSheet(DisclosureDocument doc, XSSFSheet s) {
        YearSeries series = doc.series();
        assertThat(s.getSheetName()).isEqualTo("历年数字");
        assertTitleRows(s, "历年预算主要数字（" + series.first() + (series.first() == series.last() ? "" : "—" + series.last())
                + "年）", "部门名称：" + doc.department(), 2, "单位：" + series.unit());
        assertHeader(s.getRow(2).getCell(0), "项目");
        assertHeader(s.getRow(2).getCell(1), "功能分类科目编码");
        assertThat(s.getColumnWidth(0)).isEqualTo(40 * 256);
        assertThat(s.getColumnWidth(1)).isEqualTo(18 * 256);
        for (int y = 0; y < series.years().size(); y++) {
            assertHeader(s.getRow(2).getCell(2 + y), series.years().get(y) + "年");
            assertThat(s.getColumnWidth(2 + y)).isEqualTo(14 * 256);
        }
        for (int l = 0; l < series.lines().size(); l++) {
            YearSeries.Line line = series.lines().get(l);
            Row row = s.getRow(3 + l);
            assertText((XSSFCell) row.getCell(0), line.title());
            assertText((XSSFCell) row.getCell(1), line.code() == null ? "" : line.code());
            for (int y = 0; y < line.values().size(); y++) {
                BigDecimal v = line.values().get(y);
                if (v == null) {
                    assertThat(row.getCell(2 + y)).isNull();
                } else {
                    assertNumber((XSSFCell) row.getCell(2 + y), v);
                }
            }
        }
    }

    private static void assertTitleRows(XSSFSheet s, String title, String department, int unitCol, String unit) {
        XSSFCell t = s.getRow(0).getCell(0);
        assertThat(t.getStringCellValue()).isEqualTo(title);
        assertThat(t.getCellStyle().getFont().getBold()).isTrue();
        assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo(department);
        assertThat(s.getRow(1).getCell(unitCol).getStringCellValue()).isEqualTo(unit);
        var pane = s.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 3);
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
    }

    private static void assertHeader(org.apache.poi.ss.usermodel.Cell c, String title) {
        XSSFCell cell = (XSSFCell) c;
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(title);
        assertThat(cell.getCellStyle().getFont().getBold()).isTrue();
        assertThat(cell.getCellStyle().getWrapText()).isTrue();
        assertThat(cell.getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
    }

    private static void assertNumber(XSSFCell cell, BigDecimal v) {
        assertThat(cell.getCellType()).as("%s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(v.doubleValue());
        int scale = Math.max(0, v.scale());
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale));
    }

    private static void assertText(XSSFCell cell, String v) {
        assertThat(cell.getCellType()).as("%s", cell.getAddress()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(v);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
    }

    @Test
    void textThatLooksLikeMarkupFormulasOrNumbersStaysTheTextItIs() throws IOException {
        DisclosureDocument seed = new DisclosureRenderer().document(Submissions.example());
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"点击\")", "+1+2", "-3", "@SUM(A1)", "</t></is></c><c>",
                "a & b <b>", "  前后空格  ", "两行\n文字\r\n", "控制\u0001字符\u000b", "\u0000", "\uFFFE", "05", "1.50", "",
                "\"引号\"", "𠀀扩展汉字");
        List<TableModel.Cell> cells = hostile.stream().map(TableModel.Cell::ofText).toList();
        List<TableModel.Column> cols = java.util.stream.IntStream.range(0, hostile.size())
                .mapToObj(i -> new TableModel.Column("c" + i, "列" + i, false)).toList();
        TableModel t = new TableModel("hostile", 1, "恶意内容<表>&", cols, List.of(), List.of(new TableModel.Row("item", cells)),
                List.of("注：=1+1"), false, false, "万元");
        DisclosureDocument doc = new DisclosureDocument(seed.submission(), seed.enrichment(), seed.narrative(), List.of(t),
                List.of(), seed.series());
        try (XSSFWorkbook wb = read(doc)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("恶意内容<表>&");
            Row row = s.getRow(3);
            for (int c = 0; c < hostile.size(); c++) {
                XSSFCell cell = (XSSFCell) row.getCell(c);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                // characters XML 1.0 cannot carry become "?", as POI writes them; everything else is kept as written
                String expected = hostile.get(c).replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\uFFFE\\uFFFF]", "?");
                assertThat(cell.getStringCellValue()).isEqualTo(expected);
            }
            assertThat(s.getRow(4).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void columnNamesRunPastZ() {
        assertThat(List.of(0, 25, 26, 51, 52, 701, 702).stream().map(TablesWorkbook::columnName).toList())
                .containsExactly("A", "Z", "AA", "AZ", "BA", "ZZ", "AAA");
    }

    private static XSSFWorkbook read(DisclosureDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TablesWorkbook().write(doc, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
