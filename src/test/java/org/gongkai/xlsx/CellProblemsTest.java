package org.gongkai.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.intake.ReadOutcome;
import org.gongkai.validation.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What cannot be read unambiguously is rejected with a finding that names the sheet and the cell. */
class CellProblemsTest {
    private static final String EXPENDITURE = "部门支出总体情况表";
    private static byte[] written;

    @BeforeAll
    static void writeExample() throws Exception {
        written = new WorkbookWriter().toBytes(Fixtures.example());
    }

    private static ReadOutcome read(java.util.function.Consumer<XSSFWorkbook> edits) {
        return new WorkbookSubmissionReader().read("a.xlsx", Workbooks.edit(written, edits), null);
    }

    private static List<Finding> errors(ReadOutcome o) {
        return o.findings().stream().filter(Finding::isError).toList();
    }

    @Test
    void formulaWithoutCachedValueIsRejectedAtItsCell() {
        ReadOutcome o = read(wb -> {
            var row = wb.getSheet(EXPENDITURE).getRow(6);
            row.removeCell(row.getCell(5));
            row.createCell(5).setCellFormula("SUM(F9:F13)");     // a formula POI never calculated: no cached value
        });
        assertThat(errors(o)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(XlsxRules.FORMULA_NO_VALUE);
            assertThat(f.location().cell()).isEqualTo("'部门支出总体情况表'!F7");
            assertThat(f.location().table()).isEqualTo("expenditure_summary");
            assertThat(f.location().column()).isEqualTo("total");
            assertThat(f.message()).contains("'部门支出总体情况表'!F7").contains("SUM(F9:F13)");
        });
    }

    @Test
    void formulaWithCachedValueIsReadLikeANumber() {
        ReadOutcome o = read(wb -> {
            wb.getSheet(EXPENDITURE).getRow(6).getCell(5).setCellFormula("SUM(F9:F13)");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        assertThat(o.findings()).isEmpty();
        assertThat(o.submission().table("expenditure_summary").rows().get(0).amount("total")).hasToString("121.3");
    }

    @Test
    void dateInAnAmountCellIsRejected() {
        ReadOutcome o = read(wb -> {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var cell = wb.getSheet(EXPENDITURE).getRow(8).getCell(7);
            cell.setCellValue(LocalDate.of(2024, 3, 1));
            cell.setCellStyle(date);
        });
        assertThat(errors(o)).extracting(Finding::ruleId, f -> f.location().cell())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(XlsxRules.DATE_IN_AMOUNT, "'部门支出总体情况表'!H9"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e999", "INF", "abc"})
    void nonFiniteNumericCellIsAnXlsxNumberFindingNotAnInternalError(String stored) {
        // POI writes #NUM!/#DIV/0! for NaN and infinities, so the cell's stored value is patched directly
        ReadOutcome o = read(wb -> {
            var cell = (org.apache.poi.xssf.usermodel.XSSFCell) wb.getSheet(EXPENDITURE).getRow(9).getCell(5);
            cell.setCellValue(9.7);
            cell.getCTCell().setV(stored);
        });
        assertThat(errors(o)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(XlsxRules.NUMBER);
            assertThat(f.location().cell()).isEqualTo("'部门支出总体情况表'!F10");
            assertThat(f.location().column()).isEqualTo("total");
            assertThat(f.message()).contains("不是可识别的数字");
            assertThat(f.found()).isEqualTo(stored);
        });
    }

    @Test
    void nonFiniteNumberInACodeCellIsAFindingToo() {
        ReadOutcome o = read(wb -> {
            var sheet = wb.getSheet(EXPENDITURE);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                for (var cell : sheet.getRow(r) == null ? java.util.List.<org.apache.poi.ss.usermodel.Cell>of() : sheet.getRow(r)) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && "208".equals(cell.getStringCellValue())) {
                        cell.setCellValue(208);
                        ((org.apache.poi.xssf.usermodel.XSSFCell) cell).getCTCell().setV("NaN");
                        return;
                    }
                }
            }
            throw new AssertionError("no cell 208 in " + EXPENDITURE);
        });
        assertThat(errors(o)).isNotEmpty().anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(XlsxRules.NUMBER);
            assertThat(f.found()).isEqualTo("NaN");
        });
        assertThat(o.findings()).noneMatch(f -> f.ruleId().contains("internal") || f.ruleId().equals(XlsxRules.UNREADABLE));
    }

    @Test
    void unreadableNumberIsRejected() {
        ReadOutcome o = read(wb -> wb.getSheet(EXPENDITURE).getRow(9).getCell(5).setCellValue("九点七万"));
        assertThat(errors(o)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(XlsxRules.NUMBER);
            assertThat(f.location().cell()).isEqualTo("'部门支出总体情况表'!F10");
            assertThat(f.found()).isEqualTo("九点七万");
            assertThat(f.message()).contains("合计");
        });
    }

    @Test
    void twoSheetsForTheSameTableAreRejected() {
        ReadOutcome o = read(wb -> wb.cloneSheet(wb.getSheetIndex(EXPENDITURE), "表3 部门支出总体情况表"));
        assertThat(errors(o)).extracting(Finding::ruleId).containsExactly(XlsxRules.SHEET_DUPLICATE);
        assertThat(errors(o).get(0).message()).contains("表3 部门支出总体情况表");
    }

    @Test
    void missingSheetIsRejected() {
        ReadOutcome o = read(wb -> wb.removeSheetAt(wb.getSheetIndex("政府采购汇总表")));
        assertThat(errors(o)).extracting(Finding::ruleId).containsExactly(XlsxRules.SHEET_MISSING);
        assertThat(errors(o).get(0).location().table()).isEqualTo("government_procurement");
    }

    @Test
    void sheetFoundByItsTitleCellWhenRenamed() {
        ReadOutcome o = read(wb -> wb.setSheetName(wb.getSheetIndex("政府采购汇总表"), "Sheet14"));
        assertThat(o.findings()).isEmpty();
        assertThat(o.submission().table("government_procurement").rows()).hasSize(1);
    }

    @Test
    void rewrittenHeaderIsRejected() {
        ReadOutcome o = read(wb -> wb.getSheet(EXPENDITURE).getRow(4).getCell(6).setCellValue("基本支出合计"));
        assertThat(errors(o)).extracting(Finding::ruleId).containsOnly(XlsxRules.HEADER);
        assertThat(errors(o).get(0).message()).contains("基本支出/小计");
    }

    @Test
    void amountsInYuanAreRejected() {
        ReadOutcome o = read(wb -> wb.getSheet(EXPENDITURE).getRow(2).getCell(0).setCellValue("单位：元"));
        assertThat(errors(o)).extracting(Finding::ruleId).containsExactly(XlsxRules.UNIT);
    }

    @Test
    void unknownFixedRowIsRejected() {
        ReadOutcome o = read(wb -> {
            XSSFSheet s = wb.getSheet("部门收支总体情况表");
            s.getRow(6).getCell(0).setCellValue("十、捐赠收入");
        });
        assertThat(errors(o)).extracting(Finding::ruleId).containsExactly(XlsxRules.ROW_UNKNOWN);
        assertThat(errors(o).get(0).location().cell()).isEqualTo("'部门收支总体情况表'!A7");
    }

    @Test
    void missingInfoSheetIsRejectedButTablesAreStillRead() {
        ReadOutcome o = read(wb -> wb.removeSheetAt(wb.getSheetIndex(SheetNames.INFO)));
        assertThat(errors(o)).extracting(Finding::ruleId).containsExactly(XlsxRules.SHEET_MISSING);
        assertThat(o.submission().table("expenditure_summary").rows()).hasSize(7);
    }
}
