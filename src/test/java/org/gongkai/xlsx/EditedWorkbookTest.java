package org.gongkai.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.intake.ReadOutcome;
import org.gongkai.model.Submission;
import org.junit.jupiter.api.Test;

/** A workbook edited the way people do still reads into the same model. */
class EditedWorkbookTest {
    private static final String EXPENDITURE = "部门支出总体情况表";

    @Test
    void clerkEditsAreReadAsMeant() throws Exception {
        Submission example = Fixtures.example();
        byte[] written = new WorkbookWriter().toBytes(example);
        byte[] edited = Workbooks.edit(written, wb -> {
            editExpenditureSheet(wb.getSheet(EXPENDITURE));
            mergeRepeatedGovEconCells(wb.getSheet("支出经济分类汇总表"));
            XSSFSheet balance = wb.getSheet("部门收支总体情况表");
            balance.getRow(5).getCell(1).setCellValue("１２１．３");       // full-width digits and point
            balance.getRow(5).getCell(3).setCellValue("0 ");             // a zero typed as text with a trailing space
            XSSFSheet info = wb.getSheet(SheetNames.INFO);
            setBeside(info, InfoLabels.FISCAL_YEAR, "２０２４");
            setBeside(info, InfoLabels.P_INCOME, "1,094.5");             // thousands separator
            setBeside(info, InfoLabels.DEPT_NAME, "平顶山市人民政府经济技术协作办公室   ");
            setDateBeside(wb, info, InfoLabels.APPROVAL_DATE, java.time.LocalDate.of(2024, 2, 6));   // a real date cell
            // hidden helper sheets: a scratch sheet and a stale copy of a table
            XSSFSheet scratch = wb.createSheet("辅助计算");
            scratch.createRow(0).createCell(0).setCellValue("草稿 12,345");
            wb.setSheetHidden(wb.getSheetIndex(scratch), true);
            XSSFSheet copy = wb.cloneSheet(wb.getSheetIndex(EXPENDITURE), "部门支出总体情况表（旧）");
            copy.getRow(7).createCell(5).setCellValue(999);
            wb.setSheetHidden(wb.getSheetIndex(copy), true);
        });

        ReadOutcome outcome = new WorkbookSubmissionReader().read("edited.xlsx", edited, null);

        assertThat(outcome.findings()).isEmpty();
        JsonNode expected = Fixtures.tree(Fixtures.normalised(example));
        ((ObjectNode) expected.get("priorYear")).put("incomeTotal", new BigDecimal("1094.5"));
        assertThat(Fixtures.differences(Fixtures.tree(outcome.submission()), expected)).isEmpty();
        // the moved 合计 row is still the table's total, and the sources point at where it now is
        assertThat(outcome.submission().table("expenditure_summary").rows().get(0).kind()).isEqualTo("total");
        assertThat(outcome.sources().cell("expenditure_summary", 0, "total")).contains("'部门支出总体情况表'!F15");
    }

    /** Unmerged header, codes typed as numbers, text amounts, trailing spaces, a spacer row, 合计 moved to the bottom. */
    private static void editExpenditureSheet(XSSFSheet sheet) {
        List<Integer> headerMerges = new ArrayList<>();
        for (int i = 0; i < sheet.getNumMergedRegions(); i++) {
            CellRangeAddress m = sheet.getMergedRegion(i);
            if (m.getFirstRow() >= 3 && m.getFirstRow() <= 5) {
                headerMerges.add(i);
            }
        }
        for (int i = headerMerges.size() - 1; i >= 0; i--) {
            sheet.removeMergedRegion(headerMerges.get(i));
        }
        Row item = sheet.getRow(8);                       // 208 05 01 行政单位离退休
        item.getCell(0).setCellValue(208);
        item.getCell(1).setCellValue(5);
        item.getCell(2).setCellValue(1);
        item.getCell(4).setCellValue("行政单位离退休  ");
        item.getCell(5).setCellValue("３６．２");
        item.getCell(6).setCellValue(" 36.2 ");
        sheet.getRow(9).getCell(7).setCellValue("9.7");
        // move 合计 from the top of the data to the bottom (row 14), leaving a blank row where it was
        Row total = sheet.getRow(6);
        Row bottom = sheet.createRow(13);
        for (Cell c : total) {
            Cell n = bottom.createCell(c.getColumnIndex());
            n.setCellStyle(c.getCellStyle());
            switch (c.getCellType()) {
                case NUMERIC -> n.setCellValue(c.getNumericCellValue());
                case STRING -> n.setCellValue(c.getStringCellValue());
                default -> {
                }
            }
        }
        sheet.removeRow(total);
        sheet.createRow(6);
        // an extra blank row between 2101101 and 2169999
        sheet.shiftRows(11, sheet.getLastRowNum(), 1);
    }

    /** Finance exports merge repeated 政府经济分类 cells down the rows that share them (30101–30103 → 50101). */
    private static void mergeRepeatedGovEconCells(XSSFSheet sheet) {
        for (int col = 3; col <= 5; col++) {
            for (int r = 9; r <= 10; r++) {
                sheet.getRow(r).getCell(col).setBlank();
            }
            sheet.addMergedRegion(new CellRangeAddress(8, 10, col, col));
        }
    }

    private static void setBeside(XSSFSheet sheet, String label, String value) {
        for (Row r : sheet) {
            Cell a = r.getCell(0);
            if (a != null && a.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && a.getStringCellValue().equals(label)) {
                r.getCell(1).setCellValue(value);
                return;
            }
        }
        throw new AssertionError("label not found: " + label);
    }

    private static void setDateBeside(XSSFWorkbook wb, XSSFSheet sheet, String label, java.time.LocalDate date) {
        setBeside(sheet, label, "");
        for (Row r : sheet) {
            Cell a = r.getCell(0);
            if (a != null && a.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && a.getStringCellValue().equals(label)) {
                var style = wb.createCellStyle();
                style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
                r.getCell(1).setCellValue(date);
                r.getCell(1).setCellStyle(style);
                return;
            }
        }
    }
}
