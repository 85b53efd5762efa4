package org.gongkai.shanghai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongkai.intake.ReadOutcome;
import org.gongkai.model.Submission;
import org.gongkai.xlsx.WorkbookSubmissionReader;
import org.gongkai.xlsx.WorkbookWriter;
import org.junit.jupiter.api.Test;

/** The Shanghai example written as a workbook reads back as the same submission. */
class ShanghaiWorkbookTest {

    @Test
    void theExampleRoundTripsThroughAWorkbook() throws Exception {
        Submission s = ShanghaiSubmissions.read(ShanghaiSubmissions.tree(ShanghaiSubmissions.EXAMPLE));
        byte[] xlsx = new WorkbookWriter().toBytes(s);
        ReadOutcome r = new WorkbookSubmissionReader().read("putuo.xlsx", xlsx, null);
        assertThat(r.findings()).extracting(f -> f.ruleId() + " " + f.location().describe() + " " + f.message()).isEmpty();
        JsonNode back = ShanghaiSubmissions.MAPPER.readTree(ShanghaiSubmissions.numbersNormalised(r.submission()));
        JsonNode want = ShanghaiSubmissions.MAPPER.readTree(ShanghaiSubmissions.numbersNormalised(s));
        want.path("tables").fieldNames().forEachRemaining(t -> {
            for (int i = 0; i < want.path("tables").path(t).path("rows").size(); i++) {
                assertThat(back.path("tables").path(t).path("rows").path(i).toString()).as(t + " row " + i)
                        .isEqualTo(want.path("tables").path(t).path("rows").path(i).toString());
            }
        });
        for (String field : new String[] {"department", "tables", "explanations", "priorYear", "otherMatters"}) {
            assertThat(back.path(field)).as(field).isEqualTo(want.path(field));
        }
    }

    @Test
    void theShanghaiTemplateHasItsNineTablesInTheirUnitsAndASheetForWhatPeopleWrite() throws Exception {
        byte[] bytes = new org.gongkai.xlsx.TemplateWriter().toBytes(
                new org.gongkai.xlsx.TemplateRequest("shanghai-district", "125", "上海市普陀区商务委员会", 2025));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(bytes))) {
            java.util.List<String> names = new java.util.ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            assertThat(names).contains("基本信息与说明", "其他须填写内容", "部门财务收支预算总表", "部门“三公”经费和机关运行经费预算表")
                    .doesNotContain("部门收支总体情况表");
            String fields = sheetText(wb.getSheet("其他须填写内容"));
            assertThat(fields).contains("explanations.comparisonBases.income.fiscal", "explanations.itemPurposes.",
                    "otherMatters.assets.vehicleCategories.retired_cadres", "otherMatters.projectStatements[0].plan",
                    "otherMatters.procurement.smeReserved", "explanations.glossary[0].term");
            assertThat(sheetText(wb.getSheet("部门“三公”经费和机关运行经费预算表"))).contains("单位：万元");
            assertThat(sheetText(wb.getSheet("部门收入预算总表"))).contains("单位：元", "科目编码", "名称", "事业单位经营收入");
        }
        // the blank template reads back (every required field then is a finding saying where to write it)
        ReadOutcome r = new WorkbookSubmissionReader().read("template.xlsx", bytes, null);
        assertThat(r.findings()).filteredOn(f -> f.isError()).isEmpty();
        assertThat(r.submission().profile()).isEqualTo("shanghai-district");
        assertThat(new org.gongkai.validation.SubmissionValidator().validate(r.submission()).findings())
                .extracting(f -> f.ruleId()).contains("explain.comparison-base", "explain.other-matters", "explain.project-statement",
                        "explain.glossary");
    }

    private static String sheetText(org.apache.poi.ss.usermodel.Sheet sh) {
        StringBuilder sb = new StringBuilder();
        org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
        sh.forEach(row -> row.forEach(c -> sb.append(f.formatCellValue(c)).append('\n')));
        return sb.toString();
    }

    @Test
    void aFieldTheSheetCannotSetIsAFindingNamingTheCell() throws Exception {
        Submission s = ShanghaiSubmissions.read(ShanghaiSubmissions.tree(ShanghaiSubmissions.EXAMPLE));
        byte[] xlsx = new WorkbookWriter().toBytes(s);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sh = wb.getSheet("其他须填写内容");
            sh.getRow(3).getCell(0).setCellValue("department.name");
            sh.getRow(4).getCell(2).setCellValue("");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            ReadOutcome r = new WorkbookSubmissionReader().read("edited.xlsx", out.toByteArray(), null);
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("xlsx.field-unknown");
                assertThat(f.location().cell()).isEqualTo("'其他须填写内容'!A4");
            });
        }
    }
}
