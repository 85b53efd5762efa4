package org.gongkai.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.Submission;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Location;
import org.gongkai.validation.Severity;
import org.gongkai.validation.SubmissionValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionCheckTest {

    private final SubmissionCheck check = new SubmissionCheck();

    @Test
    void theExampleIsValidAndSummarised(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("平顶山协作办2024.json");
        Files.write(f, ExampleFiles.bytes());
        CheckedSubmission c = check.check(f);
        assertThat(c.valid()).isTrue();
        assertThat(c.errorCount()).isZero();
        assertThat(c.fileName()).isEqualTo("平顶山协作办2024.json");
        assertThat(c.summary()).isEqualTo(new SubmissionSummary("701", "平顶山市人民政府经济技术协作办公室", 2024,
                "预算公开联系人", "xiezuoban@example.gov.cn"));
        assertThat(c.duration()).isPositive();
        assertThat(c.checkedAt()).isNotNull();
    }

    @Test
    void aFileBrokenAfterTheDepartmentStillNamesItsSubmitter(@TempDir Path dir) throws Exception {
        String broken = ExampleFiles.replaceFirst("\"explanations\": {", "\"explanations\": {{");
        Path f = dir.resolve("broken.json");
        Files.writeString(f, broken, StandardCharsets.UTF_8);
        CheckedSubmission c = check.check(f);
        assertThat(c.valid()).isFalse();
        assertThat(c.findings()).extracting(Finding::ruleId).containsExactly("json.syntax");
        assertThat(c.summary().contactEmail()).isEqualTo("xiezuoban@example.gov.cn");
        assertThat(c.summary().departmentName()).isEqualTo("平顶山市人民政府经济技术协作办公室");
        assertThat(c.summary().fiscalYear()).isEqualTo(2024);
    }

    @Test
    void aFileBrokenBeforeTheDepartmentKnowsOnlyWhatItSaw() {
        CheckedSubmission c = check.check("x.json", "{\"fiscalYear\": 2024, \"department\": {\"code\": 70".getBytes(StandardCharsets.UTF_8));
        assertThat(c.summary().fiscalYear()).isEqualTo(2024);
        assertThat(c.summary().departmentCode()).isNull();
        assertThat(c.summary().contactEmail()).isNull();
        CheckedSubmission gbk = check.check("x.json", ExampleFiles.text().getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(gbk.summary()).isEqualTo(SubmissionSummary.unknown());
        assertThat(gbk.findings()).extracting(Finding::ruleId).containsExactly("file.encoding");
    }

    @Test
    void neverThrowsForAFileThatCannotBeOpened(@TempDir Path dir) {
        CheckedSubmission c = check.check(dir.resolve("missing.json"));
        assertThat(c.valid()).isFalse();
        assertThat(c.findings()).extracting(Finding::ruleId).containsExactly("file.read");
    }

    @Test
    void validationFindingsGetTheirWorkbookCellAndErrorsComeFirst() {
        SourceMap map = new SourceMap();
        map.put("expenditure_summary", 2, "total", "'部门支出总体情况表'!F9");
        map.putField("department.name", "'封面'!B3");
        Finding cellFinding = new Finding("SUM-ROW", Severity.ERROR, "m",
                new Location("expenditure_summary", "部门支出总体情况表", 3, null, "total", "合计", null, null), "36.2", "36.3", null);
        Finding fieldFinding = new Finding("REQ", Severity.ERROR, "m", Location.field("department.name"), null, null, null);
        Finding nowhere = new Finding("X", Severity.WARNING, "m", Location.none(), null, null, null);
        assertThat(SubmissionCheck.withCell(cellFinding, map).location().cell()).isEqualTo("'部门支出总体情况表'!F9");
        assertThat(SubmissionCheck.withCell(fieldFinding, map).location().cell()).isEqualTo("'封面'!B3");
        assertThat(SubmissionCheck.withCell(nowhere, map)).isSameAs(nowhere);

        // a workbook reader registered in the facade: its findings come back, sources are used for decoration
        SubmissionFormatReader workbook = new SubmissionFormatReader() {
            @Override
            public boolean accepts(String fileName, byte[] content) {
                return fileName.endsWith(".xlsx");
            }

            @Override
            public ReadOutcome read(String fileName, byte[] content, String sha256) {
                return new ReadOutcome(fileName, "xlsx", sha256, content.length, null,
                        List.of(new Finding("xlsx.sheet", Severity.ERROR, "缺少工作表", Location.none(), null, null, null),
                                new Finding("xlsx.note", Severity.WARNING, "提示", Location.none(), null, null, null)), map);
            }
        };
        SubmissionCheck withWorkbook = new SubmissionCheck(SubmissionReader.withReaders(1_000_000, workbook), new SubmissionValidator());
        CheckedSubmission c = withWorkbook.check("预算.xlsx", new byte[] {0x50, 0x4B, 3, 4});
        assertThat(c.read().format()).isEqualTo("xlsx");
        assertThat(c.findings()).extracting(Finding::ruleId).containsExactly("xlsx.sheet", "xlsx.note");
        assertThat(c.errorCount()).isEqualTo(1);
        assertThat(c.warningCount()).isEqualTo(1);
        assertThat(withWorkbook.check("a.json", ExampleFiles.bytes()).valid()).isTrue();
    }

    @Test
    void aReaderThatThrowsBecomesAnInternalErrorFinding() {
        SubmissionFormatReader crashing = new SubmissionFormatReader() {
            @Override
            public boolean accepts(String fileName, byte[] content) {
                return true;
            }

            @Override
            public ReadOutcome read(String fileName, byte[] content, String sha256) {
                throw new IllegalStateException("boom");
            }
        };
        CheckedSubmission c = new SubmissionCheck(new SubmissionReader(List.of(crashing), 100), new SubmissionValidator())
                .check("a.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(c.valid()).isFalse();
        assertThat(c.findings()).extracting(Finding::ruleId).containsExactly("internal.check-crashed");
        Submission none = c.read().submission();
        assertThat(none).isNull();
    }
}
