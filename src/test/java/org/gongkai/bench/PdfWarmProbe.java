package org.gongkai.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.gongkai.narrative.Submissions;
import org.gongkai.render.DisclosureDocument;
import org.gongkai.render.DisclosureRenderer;
import org.gongkai.render.HtmlRenderer;
import org.gongkai.render.PdfRenderer;

/**
 * Warm PDF cost of the seed in a fresh JVM, run by {@code ProvinceNightBenchTest} against this build and against an
 * older build's class path (the same source compiles against both: it only uses the renderer's public API).
 * Arguments: warm-up renders, measured renders. Prints one line: median wall and CPU milliseconds per document on one
 * thread, the PDF's size in bytes and the megabytes allocated per document.
 */
public final class PdfWarmProbe {

    private PdfWarmProbe() {
    }

    public static void main(String[] args) {
        int warm = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        DisclosureDocument doc = new DisclosureRenderer().document(Submissions.example());
        String print = new HtmlRenderer().renderPrint(doc);
        PdfRenderer pdf = new PdfRenderer();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = mx instanceof com.sun.management.ThreadMXBean m ? m : null;
        long[] bytes = new long[runs];
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        int size = 0;
        for (int i = 0; i < warm + runs; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long a0 = alloc == null ? 0 : alloc.getCurrentThreadAllocatedBytes();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            pdf.render(print, doc.title(), out);
            long t1 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            long a1 = alloc == null ? 0 : alloc.getCurrentThreadAllocatedBytes();
            size = out.size();
            if (i >= warm) {
                wall[i - warm] = t1 - t0;
                cpu[i - warm] = c1 - c0;
                bytes[i - warm] = a1 - a0;
            }
        }
        System.out.printf("WARMPDF wallMs=%.1f cpuMs=%.1f bytes=%d allocMB=%.1f%n", median(wall), median(cpu), size,
                median(bytes));
    }

    static double median(long[] nanos) {
        long[] c = nanos.clone();
        Arrays.sort(c);
        return c[c.length / 2] / 1e6;
    }
}
