package org.gongkai.shanghai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.intake.JsonSubmissionReader;
import org.gongkai.intake.ReadOutcome;
import org.gongkai.validation.Finding;
import org.gongkai.validation.SubmissionValidator;
import org.gongkai.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/** The Shanghai example (上海市普陀区商务委员会 2025) is read by the real reader and passes every rule. */
class ShanghaiExampleTest {

    static final Path EXAMPLE = Path.of("examples/shanghai-putuo-shangwuwei-2025.json");

    @Test
    void theExampleReadsAndValidatesWithoutFindings() throws Exception {
        ReadOutcome read = new JsonSubmissionReader().read(EXAMPLE.getFileName().toString(), Files.readAllBytes(EXAMPLE), "0");
        assertThat(read.findings()).as("reading").isEmpty();
        ValidationResult r = new SubmissionValidator().validate(read.submission());
        assertThat(r.findings()).extracting(f -> f.ruleId() + " " + f.location().describe() + " " + f.message()).isEmpty();
    }
}
