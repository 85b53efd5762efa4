package org.gongkai.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.intake.ReadOutcome;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.TableSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateTest {
    private static final String EXPENDITURE = "部门支出总体情况表";
    private static final TemplateRequest REQUEST = TemplateRequest.of("701", "平顶山市人民政府经济技术协作办公室", 2025);

    @TempDir
    Path dir;

    @Test
    void templateHasEverySheetHeadersDropDownsAndFormulas() throws Exception {
        Path file = dir.resolve("template-701-2025.xlsx");
        new TemplateWriter().write(REQUEST, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheetName(0)).isEqualTo(SheetNames.INSTRUCTIONS);
            assertThat(wb.getSheet(SheetNames.INFO)).isNotNull();
            for (TableSpec t : DisclosureProfile.require("henan-14").dataTables()) {
                assertThat(wb.getSheet(SheetNames.forTable(t))).as(t.title()).isNotNull();
            }
            assertThat(wb.isSheetHidden(wb.getSheetIndex(SheetNames.LISTS))).isTrue();
            assertThat(wb.getSheet(SheetNames.INSTRUCTIONS).getRow(1).getCell(0).getStringCellValue()).contains("2025", "701");

            XSSFSheet s = wb.getSheet(EXPENDITURE);
            assertThat(s.getRow(6).getCell(4).getStringCellValue()).isEqualTo("合计");
            assertThat(s.getRow(6).getCell(5).getCellFormula()).isEqualTo("SUM(F9:F38)");
            assertThat(s.getRow(7).getCell(3).getStringCellValue()).isEqualTo("701");
            assertThat(s.getRow(7).getCell(5).getCellType()).isEqualTo(CellType.FORMULA);
            List<? extends DataValidation> dvs = s.getDataValidations();
            assertThat(dvs).extracting(d -> d.getValidationConstraint().getFormula1())
                    .containsExactlyInAnyOrder("FN_CLASS", "FN_KUAN", "FN_XIANG");
            assertThat(wb.getName("FN_XIANG").getRefersToFormula()).startsWith("'代码表'!$C$2:$C$");
            assertThat(wb.getSheet(SheetNames.LISTS).getRow(1).getCell(0).getStringCellValue()).isEqualTo("201 一般公共服务支出");

            // fixed and balance tables: sums as formulas
            XSSFSheet three = wb.getSheet("一般公共预算“三公”经费支出情况表");
            assertThat(three.getRow(5).getCell(0).getCellFormula()).isEqualTo("SUM(B6,C6,F6)");
            XSSFSheet balance = wb.getSheet("部门收支总体情况表");
            Row currentTotal = balance.getRow(5 + 30);
            assertThat(currentTotal.getCell(0).getStringCellValue()).isEqualTo("本年收入合计");
            assertThat(currentTotal.getCell(1).getCellFormula()).isEqualTo("SUM(B6,B8,B9,B10,B11,B12,B13,B14,B15)");
        }
    }

    @Test
    void templateFilledInReadsBack() throws Exception {
        byte[] template = new TemplateWriter().toBytes(REQUEST);
        byte[] filled = Workbooks.edit(template, wb -> {
            XSSFSheet info = wb.getSheet(SheetNames.INFO);
            fillBeside(info, InfoLabels.APPROVAL_DATE, "2025年2月6日");
            fillBeside(info, InfoLabels.CONTACT_EMAIL, "xiezuoban@example.gov.cn");
            fillBeside(info, InfoLabels.R_INCOME, "绩效改革，增加基础绩效奖");
            XSSFSheet s = wb.getSheet(EXPENDITURE);
            fillItem(s.getRow(8), "208", "05", "01", "行政单位离退休", 36.2, "0.0");
            // a code chosen from the drop-down keeps its name; the reader keeps the digits
            fillItem(s.getRow(9), "210 卫生健康支出", "21011 行政事业单位医疗", "2101101 行政单位医疗", "行政单位医疗", 5.6, null);
            XSSFSheet three = wb.getSheet("一般公共预算“三公”经费支出情况表");
            three.getRow(5).getCell(1).setCellValue(1.5);
            three.getRow(5).getCell(5).setCellValue(0.5);
            // what Excel does when the clerk saves: recalculate every formula and store the results
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        });

        ReadOutcome outcome = new WorkbookSubmissionReader().read("filled.xlsx", filled, null);

        assertThat(outcome.findings()).isEmpty();
        Submission s = outcome.submission();
        assertThat(s.fiscalYear()).isEqualTo(2025);
        assertThat(s.departmentCode()).isEqualTo("701");
        assertThat(s.approvalDate()).isEqualTo("2025-02-06");
        assertThat(s.department().contact().email()).isEqualTo("xiezuoban@example.gov.cn");
        assertThat(s.explanations().incomeChange()).isEqualTo("绩效改革，增加基础绩效奖");

        BudgetTable exp = s.table("expenditure_summary");
        assertThat(exp.rows()).extracting(TableRow::kind).containsExactly("total", "unit", "item", "item");
        assertThat(exp.rows().get(1).unitCode()).isEqualTo("701");
        assertThat(exp.items()).extracting(TableRow::functionCode).containsExactly("2080501", "2101101");
        assertThat(exp.items().get(0).amount("total")).isEqualTo(new BigDecimal("36.2"));
        assertThat(exp.items().get(0).amount("project")).isEqualTo(new BigDecimal("0.0"));
        assertThat(exp.totalRow().orElseThrow().amount("total")).isEqualTo(new BigDecimal("41.8"));
        assertThat(exp.rows().get(1).amount("total")).isEqualTo(new BigDecimal("41.8"));

        TableRow three = s.table("three_public_expenses").fixedRow("current").orElseThrow();
        assertThat(three.amount("total")).isEqualTo(new BigDecimal("2"));
        assertThat(three.amount("outbound")).isEqualTo(new BigDecimal("1.5"));
        assertThat(s.table("income_expenditure_summary").fixedRow("income.current_total").orElseThrow().amount("amount"))
                .isEqualTo(BigDecimal.ZERO);
        assertThat(outcome.sources().cell("expenditure_summary", 2, "total")).contains("'部门支出总体情况表'!F9");
    }

    private static void fillItem(Row row, String cls, String kuan, String xiang, String name, double total, String zeroText) {
        row.getCell(0).setCellValue(cls);
        row.getCell(1).setCellValue(kuan);
        row.getCell(2).setCellValue(xiang);
        row.getCell(4).setCellValue(name);
        row.getCell(5).setCellValue(total);
        row.getCell(6).setCellValue(total);
        row.getCell(7).setCellValue(total);
        for (int c = 8; c <= 13; c++) {
            if (zeroText != null) {
                row.getCell(c).setCellValue(zeroText);
            } else {
                row.getCell(c).setCellValue(0);
            }
        }
    }

    private static void fillBeside(XSSFSheet sheet, String label, String value) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
                    && r.getCell(0).getStringCellValue().equals(label)) {
                r.getCell(1).setCellValue(value);
                return;
            }
        }
        throw new AssertionError("label not found: " + label);
    }
}
