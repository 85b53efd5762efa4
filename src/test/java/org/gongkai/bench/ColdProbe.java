package org.gongkai.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import org.gongkai.cli.GongkaiCli;
import org.gongkai.narrative.Submissions;
import org.gongkai.render.DisclosureDocument;
import org.gongkai.render.DisclosureRenderer;
import org.gongkai.render.HtmlRenderer;
import org.gongkai.render.PdfRenderer;

/**
 * Cold costs, run by {@link ProvinceNightBench} in a fresh JVM: {@code pdf} renders the example's first PDF;
 * {@code cli ARGS...} runs the command line. Prints one line: milliseconds since the JVM started, and CPU
 * milliseconds of the whole process at {@code main} (the JVM's own start) and at the end.
 */
public final class ColdProbe {

    private ColdProbe() {
    }

    public static void main(String[] args) throws Exception {
        long cpuAtMain = cpuMillis();
        long startedAt = ManagementFactory.getRuntimeMXBean().getStartTime();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.printf(
                "COLD wallSinceJvmStartMs=%d cpuAtMainMs=%d cpuTotalMs=%d%n",
                System.currentTimeMillis() - startedAt, cpuAtMain, cpuMillis())));
        if (args[0].equals("pdf")) {
            DisclosureDocument doc = new DisclosureRenderer().document(Submissions.example());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfRenderer().render(new HtmlRenderer().renderPrint(doc), doc.title(), out);
            System.exit(out.size() > 10_000 ? 0 : 1);
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        System.exit(GongkaiCli.execute(rest));
    }

    static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }
}
