package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.catalog.CatalogFileException;
import org.gongkai.catalog.VerificationStatus;
import org.gongkai.model.Submission;
import org.gongkai.xlsx.CatalogWorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bureau's own catalogue (TSV and .xlsx) changes the verdict; bad files are refused whole; editions switch by year. */
class BureauCatalogTest {

    @TempDir
    Path dir;

    private static CatalogEditions load(Path dir) {
        return CatalogEditions.load(dir, Map.of("xlsx", new CatalogWorkbookReader()));
    }

    /** The seed with its 216 item moved to 2169998, a code the shipped catalogue lacks. */
    private static Submission withUnlistedCode() {
        ObjectNode root = ExampleFixture.tree();
        Recoded.move(root, "2169999", "2169998", "其他商业服务业等支出（二）");
        return ExampleFixture.bind(root);
    }

    @Test
    void aBureauTsvListsTheCodeAndStrictModeAcceptsIt() throws Exception {
        Submission s = withUnlistedCode();
        assertThat(new SubmissionValidator(CatalogEditions.shipped().withStrict(true)).validate(s).valid()).isFalse();

        Files.writeString(dir.resolve("function-2024.tsv"), "# 财政局导出\n编码\t名称\n2169998\t其他商业服务业等支出（二）\n", StandardCharsets.UTF_8);
        CatalogEditions bureau = load(dir);
        ValidationResult r = new SubmissionValidator(bureau.withStrict(true)).validate(s);
        assertThat(r.findings()).as("%s", r.findings()).isEmpty();
        assertThat(bureau.edition(2024).orElseThrow().functions().find("2169998").orElseThrow().status()).isEqualTo(VerificationStatus.BUREAU);
        assertThat(bureau.edition(2024).orElseThrow().amendedByBureau()).isTrue();
    }

    @Test
    void theBureausNameWinsOverTheShippedOne() throws Exception {
        Files.writeString(dir.resolve("function-2024.tsv"), "2101101\t行政单位医疗（本级）\n", StandardCharsets.UTF_8);
        ValidationResult r = new SubmissionValidator(load(dir)).validate(ExampleFixture.example());
        assertThat(r.valid()).isFalse();
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("class.function-name")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).contains("行政单位医疗（本级）"));
    }

    @Test
    void aBureauWorkbookWithATitleSpacerRowsAndCodesInSeveralShapesIsRead() throws Exception {
        Path xlsx = dir.resolve("2024年支出功能分类科目.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sh = wb.createSheet("科目");
            sh.createRow(0).createCell(0).setCellValue("2024年政府收支分类科目（支出功能分类）");
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            Row h = sh.createRow(2);
            h.createCell(1).setCellValue("科目编码");
            h.createCell(2).setCellValue("科目名称");
            Row a = sh.createRow(3);
            a.createCell(1).setCellValue(2169998); // numeric cell
            a.createCell(2).setCellValue("其他商业服务业等支出（二）");
            // row 4 left empty: a spacer
            Row b = sh.createRow(5);
            b.createCell(1).setCellValue("[2040611]");
            b.createCell(2).setCellValue("社区矫正");
            Row total = sh.createRow(6);
            total.createCell(2).setCellValue("合计");
            wb.write(out);
        }
        CatalogEditions bureau = load(dir);
        assertThat(bureau.edition(2024).orElseThrow().functions().find("2040611").orElseThrow().name()).isEqualTo("社区矫正");
        ValidationResult r = new SubmissionValidator(bureau.withStrict(true)).validate(withUnlistedCode());
        assertThat(r.findings()).as("%s", r.findings()).isEmpty();
    }

    @Test
    void aBureauMappingWorkbookWinsOverTheShippedMapping() throws Exception {
        Path xlsx = dir.resolve("部门经济分类与政府经济分类对应关系2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sh = wb.createSheet("对应");
            Row h = sh.createRow(1);
            h.createCell(0).setCellValue("部门预算经济分类编码");
            h.createCell(1).setCellValue("部门预算经济分类名称");
            h.createCell(2).setCellValue("政府预算经济分类编码");
            Row a = sh.createRow(2);
            a.createCell(0).setCellValue("30101");
            a.createCell(1).setCellValue("基本工资");
            a.createCell(2).setCellValue("50199");
            wb.write(out);
        }
        CatalogEditions bureau = load(dir);
        assertThat(bureau.edition(2024).orElseThrow().mapping().find("30101").orElseThrow().governmentCode()).isEqualTo("50199");
        assertThat(new SubmissionValidator(bureau).validate(ExampleFixture.example()).findings())
                .filteredOn(f -> f.ruleId().equals("class.gov-econ-mapping")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).contains("30101", "50199"));
    }

    @Test
    void aWorkbookWithCodeAndNameInOneColumnIsRead() throws Exception {
        Path xlsx = dir.resolve("支出功能分类科目（2025年）.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sh = wb.createSheet("Sheet1");
            sh.createRow(0).createCell(0).setCellValue("科目编码及名称");
            sh.createRow(1).createCell(0).setCellValue("2040611 社区矫正");
            sh.createRow(2).createCell(0).setCellValue("【2040612】法治建设");
            wb.write(out);
        }
        CatalogEditions bureau = load(dir);
        assertThat(bureau.edition(2025).orElseThrow().functions().find("2040612").orElseThrow().name()).isEqualTo("法治建设");
        assertThat(bureau.edition(2025).orElseThrow().functions().find("2040611").orElseThrow().name()).isEqualTo("社区矫正");
        assertThat(bureau.edition(2024).orElseThrow().functions().contains("2040611")).as("other years untouched").isFalse();
    }

    @Test
    void aBadTsvIsRefusedWholeNamingFileAndLine() throws Exception {
        Files.writeString(dir.resolve("function-2025.tsv"), "2169998\t甲\n2169997\t乙\n21699X7\t丙\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> load(dir)).isInstanceOf(CatalogFileException.class)
                .hasMessageContaining("function-2025.tsv").hasMessageContaining("第3行").hasMessageContaining("21699X7");
    }

    @Test
    void aBadWorkbookRowIsRefusedNamingSheetAndRow() throws Exception {
        Path xlsx = dir.resolve("部门经济分类-2025.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sh = wb.createSheet("导出");
            Row h = sh.createRow(0);
            h.createCell(0).setCellValue("经济分类编码");
            h.createCell(1).setCellValue("经济分类名称");
            Row a = sh.createRow(1);
            a.createCell(0).setCellValue("30226");
            a.createCell(1).setCellValue("劳务费");
            Row b = sh.createRow(2);
            b.createCell(0).setCellValue("302-27");
            b.createCell(1).setCellValue("委托业务费");
            wb.write(out);
        }
        assertThatThrownBy(() -> load(dir)).isInstanceOf(CatalogFileException.class)
                .hasMessageContaining("部门经济分类-2025.xlsx").hasMessageContaining("第3行");
    }

    @Test
    void filesWithoutYearOrKindOrThatAreNotWorkbooksAreRefused() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        Files.writeString(a.resolve("function.tsv"), "2169998\t甲\n");
        assertThatThrownBy(() -> load(a)).hasMessageContaining("function.tsv").hasMessageContaining("年度");
        Path b = Files.createDirectory(dir.resolve("b"));
        Files.writeString(b.resolve("科目-2025.tsv"), "2169998\t甲\n");
        assertThatThrownBy(() -> load(b)).hasMessageContaining("科目-2025.tsv");
        Path c = Files.createDirectory(dir.resolve("c"));
        Files.writeString(c.resolve("function-2025.xlsx"), "not a workbook");
        assertThatThrownBy(() -> load(c)).isInstanceOf(CatalogFileException.class).hasMessageContaining("function-2025.xlsx");
        Path d = Files.createDirectory(dir.resolve("d"));
        Files.writeString(d.resolve("function-2025.tsv"), "2169998\t甲\n2169998\t乙\n");
        assertThatThrownBy(() -> load(d)).hasMessageContaining("第2行").hasMessageContaining("重复");
        Path e = Files.createDirectory(dir.resolve("e"));
        Files.writeString(e.resolve("说明.pdf"), "%PDF");
        assertThat(load(e).ignoredFiles()).containsExactly("说明.pdf");
    }

    @Test
    void aBureauListForAYearWithoutShippedEditionCreatesThatEdition() throws Exception {
        Files.writeString(dir.resolve("function-2027.tsv"), "2169998\t其他商业服务业等支出（二）\n");
        CatalogEditions bureau = load(dir);
        assertThat(bureau.forYear(2027).exact()).isTrue();
        assertThat(bureau.edition(2027).orElseThrow().functions().contains("2080501")).as("rest carried from 2026").isTrue();
        ObjectNode root = ExampleFixture.tree();
        root.put("fiscalYear", 2027);
        root.put("approvalDate", "2027-01-20");
        assertThat(new SubmissionValidator(bureau).validate(ExampleFixture.bind(root)).findings())
                .extracting(Finding::ruleId).doesNotContain("class.edition-fallback");
    }

    @Test
    void aCodeValidIn2024ButRetiredIn2025IsAnErrorNamingItsSuccessorOnlyIn2025() {
        CatalogEditions editions = CatalogEditions.fromFiles(name -> {
            InputStream test = BureauCatalogTest.class.getResourceAsStream("/catalog-editions-test/" + name);
            return test != null ? test : BureauCatalogTest.class.getResourceAsStream("/catalog/" + name);
        });
        SubmissionValidator v = new SubmissionValidator(editions);
        assertThat(v.validate(ExampleFixture.example()).findings()).isEmpty();

        ObjectNode root = ExampleFixture.tree();
        root.put("fiscalYear", 2025);
        root.put("approvalDate", "2025-01-20");
        ((ObjectNode) root.path("explanations")).put("generalBudgetChange", "测试");
        List<Finding> f = v.validate(ExampleFixture.bind(root)).findings();
        assertThat(f).filteredOn(x -> x.ruleId().equals("class.code-retired")).isNotEmpty()
                .allSatisfy(x -> assertThat(x.message()).contains("2169999", "2169901", "商业服务业等支出（测试替代科目）"));
        assertThat(f).filteredOn(x -> x.ruleId().equals("class.function-name") && x.message().contains("2101101")).isNotEmpty()
                .allSatisfy(x -> assertThat(x.message()).contains("行政单位医疗保障", "已更名"));
    }
}
