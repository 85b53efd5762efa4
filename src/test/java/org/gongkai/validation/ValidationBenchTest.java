package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.model.Submission;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Validation time of the acceptance fixture after warm-up. Run with {@code mvn -o -Pbench test}. */
@Tag("bench")
class ValidationBenchTest {

    @Test
    void validatingTheExampleTakesWellUnderAMillisecond() {
        Submission example = ExampleFixture.example();
        SubmissionValidator validator = new SubmissionValidator();
        for (int i = 0; i < 5_000; i++) {
            assertThat(validator.validate(example).findings()).isEmpty();
        }
        int runs = 20_000;
        long start = System.nanoTime();
        int findings = 0;
        for (int i = 0; i < runs; i++) {
            findings += validator.validate(example).findings().size();
        }
        double microsPerValidation = (System.nanoTime() - start) / 1_000.0 / runs;
        System.out.printf("BENCH validation of %s: %.1f µs per submission (mean of %d runs after 5000 warm-up runs)%n",
                ExampleFixture.EXAMPLE, microsPerValidation, runs);
        assertThat(findings).isZero();
        assertThat(microsPerValidation).isLessThan(50_000.0);
    }
}
