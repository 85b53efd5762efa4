package org.gongkai.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.intake.CheckedSubmission;
import org.gongkai.intake.SubmissionCheck;
import org.gongkai.intake.SubmissionReader;
import org.gongkai.validation.Finding;
import org.gongkai.validation.SubmissionValidator;
import org.junit.jupiter.api.Test;

/**
 * A blank template dropped as it is reads without workbook errors (its formulas carry cached results, its blank
 * rows count as zero): the findings name only what the clerk still has to fill in.
 */
class BlankTemplateFindingsTest {

    @Test
    void blankTemplateAsksOnlyForWhatIsMissing() {
        byte[] blank = new TemplateWriter(new CatalogClassificationCodes())
                .toBytes(TemplateRequest.of("701", "平顶山市人民政府经济技术协作办公室", 2025));
        CheckedSubmission checked = new SubmissionCheck(
                SubmissionReader.withReaders(SubmissionReader.DEFAULT_MAX_BYTES, new WorkbookSubmissionReader()),
                new SubmissionValidator()).check("701-2025.xlsx", blank);
        assertThat(checked.valid()).isFalse();
        assertThat(checked.findings()).extracting(Finding::ruleId)
                .noneMatch(id -> id.startsWith("xlsx.") || id.equals("structure.fixed-row") || id.startsWith("table.")
                        || id.startsWith("cross.t"))
                .contains("structure.approval-date", "structure.contact-email", "explain.department-duties");
        // a value the clerk left blank is found at its cell of the 基本信息与说明 sheet
        Finding approval = checked.findings().stream().filter(f -> f.ruleId().equals("structure.approval-date")).findFirst().orElseThrow();
        assertThat(approval.location().cell()).startsWith("'基本信息与说明'!");
    }
}
