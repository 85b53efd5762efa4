package org.gongkai.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.gongkai.narrative.Submissions;
import org.gongkai.render.DisclosureDocument;
import org.gongkai.render.DisclosureRenderer;
import org.gongkai.render.HtmlRenderer;
import org.gongkai.render.OpenDataWriter;
import org.gongkai.render.PdfRenderer;

/**
 * CPU and allocation per document of the PDF and of the open data (with tables.xlsx), warm, one thread, and the heap
 * retained after a full collection once the renders are done (what the renderers keep between submissions).
 * Arguments: warm-up renders, measured renders, optionally a file to write the seed's PDF to. Prints one line per stage.
 * {@code -Dprobe.pdf=false} leaves the PDF out (the open data alone, e.g. against an older build's classes).
 */
public final class StageAllocProbe {

    private StageAllocProbe() {
    }

    public static void main(String[] args) throws Exception {
        int warm = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        boolean withPdf = !"false".equals(System.getProperty("probe.pdf"));
        DisclosureDocument doc = new DisclosureRenderer().document(Submissions.example());
        String print = new HtmlRenderer().renderPrint(doc);
        PdfRenderer pdf = new PdfRenderer();
        OpenDataWriter open = new OpenDataWriter();
        Path dir = Files.createTempDirectory("stage-alloc");
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long[][] cpu = new long[2][runs];
        long[][] alloc = new long[2][runs];
        for (int i = 0; i < warm + runs; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long a0 = mx.getThreadAllocatedBytes(id);
            if (withPdf) {
                pdf.render(print, doc.title(), new ByteArrayOutputStream());
            }
            long c1 = mx.getCurrentThreadCpuTime();
            long a1 = mx.getThreadAllocatedBytes(id);
            open.write(doc, dir.resolve("r" + (i % 3)));
            long c2 = mx.getCurrentThreadCpuTime();
            long a2 = mx.getThreadAllocatedBytes(id);
            if (i >= warm) {
                cpu[0][i - warm] = c1 - c0;
                cpu[1][i - warm] = c2 - c1;
                alloc[0][i - warm] = a1 - a0;
                alloc[1][i - warm] = a2 - a1;
            }
        }
        if (args.length > 2) { // the seed's PDF, to compare builds byte for byte
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            pdf.render(print, doc.title(), b);
            Files.write(Path.of(args[2]), b.toByteArray());
        }
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        if (withPdf) {
            System.out.printf("STAGE pdf cpuMs=%.1f allocMB=%.1f%n", median(cpu[0]) / 1e6, median(alloc[0]) / 1048576.0);
        }
        System.out.printf("STAGE opendata cpuMs=%.1f allocMB=%.1f%n", median(cpu[1]) / 1e6, median(alloc[1]) / 1048576.0);
        System.out.printf("STAGE retainedHeapMB=%.1f%n", mem.getHeapMemoryUsage().getUsed() / 1048576.0);
    }

    static double median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
