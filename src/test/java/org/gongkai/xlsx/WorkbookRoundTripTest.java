package org.gongkai.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.intake.ReadOutcome;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void exampleWrittenAsWorkbookReadsBackEqualToTheJson() throws Exception {
        Submission example = Fixtures.example();
        Path file = dir.resolve("pingdingshan-701-2024.xlsx");
        new WorkbookWriter().write(example, file);

        byte[] bytes = Files.readAllBytes(file);
        WorkbookSubmissionReader reader = new WorkbookSubmissionReader();
        assertThat(reader.accepts(file.getFileName().toString(), bytes)).isTrue();
        ReadOutcome outcome = reader.read(file.getFileName().toString(), bytes, null);

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.format()).isEqualTo("xlsx");
        assertThat(Fixtures.differences(Fixtures.tree(outcome.submission()), Fixtures.tree(example))).isEmpty();
        assertThat(outcome.submission()).isEqualTo(Fixtures.normalised(example));
    }

    @Test
    void committedExampleWorkbookStillReadsAsTheJson() throws Exception {
        // written by the first version of WorkbookWriter: later layout changes must keep reading it
        Path committed = Path.of("src/test/resources/xlsx/pingdingshan-701-2024.xlsx");
        ReadOutcome outcome = new WorkbookSubmissionReader().read(committed.getFileName().toString(), Files.readAllBytes(committed), null);
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.submission()).isEqualTo(Fixtures.normalised(Fixtures.example()));
    }

    @Test
    void textWithXmlSpecialCharactersIsNotMistakenForAnEntity() throws Exception {
        Submission example = Fixtures.example();
        org.gongkai.model.Department d = example.department();
        Submission s = new Submission(example.formatVersion(), example.profile(), example.fiscalYear(), example.amountUnit(),
                example.precision(), example.approvalDate(),
                new org.gongkai.model.Department(d.code(), "经协办 & <测试> \"引号\" 'x'", d.level(), d.region(), d.duties(), d.units(),
                        d.divisions(), d.contact()),
                example.tables(), example.explanations(), example.priorYear(), example.otherMatters(), example.performance());
        ReadOutcome outcome = new WorkbookSubmissionReader().read("a.xlsx", new WorkbookWriter().toBytes(s), null);
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.submission().departmentName()).isEqualTo("经协办 & <测试> \"引号\" 'x'");
    }

    @Test
    void zeroAndZeroPointZeroStayDistinctAndCellsAreMapped() throws Exception {
        Submission example = Fixtures.example();
        byte[] bytes = new WorkbookWriter().toBytes(example);
        ReadOutcome outcome = new WorkbookSubmissionReader().read("a.xlsx", bytes, null);
        Submission s = outcome.submission();

        TableRow medical = s.table("general_budget_basic_expenditure").items().stream()
                .filter(r -> "30112".equals(r.econCode())).findFirst().orElseThrow();
        assertThat(medical.amount("total")).isEqualTo(new BigDecimal("0.0"));
        assertThat(medical.amount("public")).isEqualTo(new BigDecimal("0"));
        assertThat(s.table("government_procurement").rows().get(0).amount("amount")).isEqualTo(new BigDecimal("0.00"));

        // row 0 of 部门支出总体情况表 is 合计; its 基本支出/小计 is the 7th column (G) of the first data row (8)
        assertThat(outcome.sources().cell("expenditure_summary", 0, "basic")).contains("'部门支出总体情况表'!G7");
        assertThat(outcome.sources().cell("expenditure_summary", 2, "functionCode")).contains("'部门支出总体情况表'!A9");
        assertThat(outcome.sources().field("department.name")).isPresent();
        assertThat(outcome.sources().field("explanations.itemChanges.2080501")).isPresent();

        // figures for the report: a second read of the same workbook, after class loading
        long t0 = System.nanoTime();
        new WorkbookSubmissionReader().read("a.xlsx", bytes, null);
        System.out.printf("example workbook: %,d bytes, second read %,d ms%n", bytes.length, (System.nanoTime() - t0) / 1_000_000);
    }
}
