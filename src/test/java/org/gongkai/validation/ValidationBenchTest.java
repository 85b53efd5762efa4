package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.gongkai.model.Submission;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Validation time of the acceptance fixture after warm-up: wall time and the validating thread's CPU time
 * (the latter is less distorted when other builds share the machine). Run with {@code mvn -o -Pbench test}.
 */
@Tag("bench")
class ValidationBenchTest {

    @Test
    void validatingTheExampleTakesAFractionOfAMillisecond() {
        Submission example = ExampleFixture.example();
        SubmissionValidator validator = new SubmissionValidator();
        for (int i = 0; i < 5_000; i++) {
            assertThat(validator.validate(example).findings()).isEmpty();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int runs = 10_000;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int findings = 0;
        for (int i = 0; i < runs; i++) {
            findings += validator.validate(example).findings().size();
        }
        double wallMicros = (System.nanoTime() - start) / 1_000.0 / runs;
        double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000.0 / runs;
        System.out.printf("BENCH validation of %s: %.1f µs wall, %.1f µs CPU per submission (mean of %d runs after 5000 warm-up runs, %d cores, load %.1f)%n",
                ExampleFixture.EXAMPLE, wallMicros, cpuMicros, runs, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(findings).isZero();
        assertThat(cpuMicros).isLessThan(10_000.0);
    }
}
