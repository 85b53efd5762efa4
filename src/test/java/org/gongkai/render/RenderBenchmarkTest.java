package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import org.gongkai.model.Submission;
import org.gongkai.narrative.Submissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendering speed after warm-up, per output, for the example (mvn -Pbench test -Dtest=RenderBenchmarkTest).
 * Reports median wall time and median CPU time of the rendering thread (CPU time is the steadier figure on a
 * shared machine).
 */
@Tag("bench")
class RenderBenchmarkTest {

    private static final int WARMUP = 8;
    private static final int RUNS = 15;

    @TempDir
    Path tmp;

    @Test
    void htmlAndPdfAfterWarmUp() throws Exception {
        Submission s = Submissions.example();
        DisclosureRenderer renderer = new DisclosureRenderer();
        HtmlRenderer html = new HtmlRenderer();
        PdfRenderer pdf = new PdfRenderer();
        OpenDataWriter open = new OpenDataWriter();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[][] wall = new long[4][RUNS];
        long[][] cpu = new long[4][RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long w0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            DisclosureDocument doc = renderer.document(s);
            long w1 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            String page = html.renderPage(doc);
            long w2 = System.nanoTime();
            long c2 = mx.getCurrentThreadCpuTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.render(html.renderPrint(doc), doc.title(), out);
            long w3 = System.nanoTime();
            long c3 = mx.getCurrentThreadCpuTime();
            open.write(doc, tmp.resolve("run" + i));
            long w4 = System.nanoTime();
            long c4 = mx.getCurrentThreadCpuTime();
            assertThat(page).contains("部门收支总体情况表");
            assertThat(out.size()).isGreaterThan(10_000);
            if (i >= WARMUP) {
                int k = i - WARMUP;
                wall[0][k] = w1 - w0; wall[1][k] = w2 - w1; wall[2][k] = w3 - w2; wall[3][k] = w4 - w3;
                cpu[0][k] = c1 - c0; cpu[1][k] = c2 - c1; cpu[2][k] = c3 - c2; cpu[3][k] = c4 - c3;
            }
        }
        String[] names = {"model (enrich+narrative+tables)", "HTML page", "PDF (print HTML + openhtmltopdf)", "open data (data.json, 14 CSV, datapackage)"};
        StringBuilder report = new StringBuilder("render benchmark, " + RUNS + " runs after " + WARMUP + " warm-up, median ms:\n");
        for (int k = 0; k < 4; k++) {
            report.append(String.format("  %-45s wall %7.1f   cpu %7.1f%n", names[k], median(wall[k]), median(cpu[k])));
        }
        System.out.println(report);
        assertThat(median(wall[1])).isLessThan(1000);
    }

    private static double median(long[] nanos) {
        long[] c = nanos.clone();
        Arrays.sort(c);
        return c[c.length / 2] / 1e6;
    }
}
