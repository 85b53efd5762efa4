package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.intake.SubmissionCheck;
import org.gongkai.publish.PublicationPass;
import org.gongkai.publish.PublicationReport;
import org.gongkai.publish.RetryPolicy;
import org.gongkai.publish.SitePages;
import org.gongkai.publish.StagingArea;
import org.gongkai.render.DisclosureDocument;
import org.gongkai.render.DisclosureRenderer;
import org.gongkai.render.HtmlRenderer;
import org.gongkai.render.OpenDataWriter;
import org.gongkai.render.PdfRenderer;
import org.gongkai.support.Hashes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole province's night on this machine (run with {@code mvn -o -Pbench test -Dtest=ProvinceNightBenchTest},
 * sizes with {@code -Dbench.intake=1000 -Dbench.publish.local=100,1000,10000 -Dbench.publish.ftp=100,1000,10000
 * -Dbench.publish.sftp=100,1000 -Dbench.connections=4}). Generates distinct valid submissions from the example (department code, name and every
 * amount times an integer factor, so every sum still holds), runs the service on them (intake: check, stage, HTML,
 * PDF, open data), then publishes to the local folder and to in-process FTP and SFTP servers on loopback, and prints
 * throughput, CPU, heap, publication time per department, the pass with nothing new, cold costs, LibreOffice's
 * conversion of the same HTML, and an extrapolation to 230,000 submissions. Figures go to stdout and to
 * {@code target/bench/province-night.txt}.
 */
@Tag("bench")
class ProvinceNightBenchTest {

    static final int INTAKE = Integer.getInteger("bench.intake", 1000);
    static final List<Integer> LOCAL = sizes(System.getProperty("bench.publish.local", "100,1000,10000"));
    static final List<Integer> FTP = sizes(System.getProperty("bench.publish.ftp", "100,1000,10000"));
    /** Sizes published over SFTP to an in-process Apache MINA SSHD server on loopback (host key checked as in production). */
    static final List<Integer> SFTP = sizes(System.getProperty("bench.publish.sftp", "100,1000"));
    /** Sizes published to FTP with camel-ftp's stock client too, beside gongkai's (the state before the prompt ACK). */
    static final List<Integer> FTP_STOCK = sizes(System.getProperty("bench.publish.ftp.stock", ""));
    static final int CONNECTIONS = Integer.getInteger("bench.connections", 4);
    /** Other connection counts the FTP sizes are published with too, after {@link #CONNECTIONS} (e.g. 2,8). */
    static final List<Integer> FTP_CONNECTIONS_ALSO = sizes(System.getProperty("bench.publish.ftp.connections", ""));
    static final int INTAKE_CONCURRENCY = Integer.getInteger("bench.intake.concurrency",
            Runtime.getRuntime().availableProcessors());
    static final boolean STEPWISE = Boolean.parseBoolean(System.getProperty("bench.stepwise", "false"));
    /** Which parts run: intake, stages, threads, cold, libreoffice (publication sizes are set above). */
    static final List<String> PARTS = List.of(System.getProperty("bench.parts", "intake,stages,threads,cold,libreoffice,pdfhistory")
            .split(","));
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static List<Integer> sizes(String csv) {
        return csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    final StringBuilder out = new StringBuilder();

    void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println("BENCH " + line);
        out.append(line).append('\n');
    }

    @Test
    void aProvincesNight() throws Exception {
        say("machine: %d cores, max heap %d MB, java %s, load average at start %.1f (other work shares the machine)",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path data = tmp.resolve("data");
        double steadyPerSecond = intake(data);
        if (PARTS.contains("stages")) {
            stages();
        }
        if (PARTS.contains("threads")) {
            twoThreads();
        }
        if (PARTS.contains("cold")) {
            cold(data);
        }
        if (PARTS.contains("libreoffice")) {
            libreOffice();
        }
        if (PARTS.contains("pdfhistory")) {
            pdfHistory();
        }
        List<double[]> local = new ArrayList<>();
        for (int n : LOCAL) {
            local.add(publication(data.resolve("staging"), n, false));
        }
        List<double[]> ftp = new ArrayList<>();
        for (int n : FTP) {
            if (FTP_STOCK.contains(n)) {
                publication(data.resolve("staging"), n, true, true);
            }
            ftp.add(publication(data.resolve("staging"), n, true));
            for (int c : FTP_CONNECTIONS_ALSO) {
                publication(data.resolve("staging"), n, true, false, c);
            }
        }
        List<double[]> sftp = new ArrayList<>();
        for (int n : SFTP) {
            sftp.add(publication(data.resolve("staging"), n, Target.SFTP, false, CONNECTIONS));
        }
        extrapolate(steadyPerSecond, local, ftp, sftp);
        Path report = Path.of("target/bench/province-night.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out);
    }

    // ------------------------------------------------------------------------------------------------ intake

    /** N distinct valid submissions in the inbox, then the service; returns the steady-state submissions per second. */
    double intake(Path data) throws Exception {
        Path inbox = data.resolve("inbox");
        Files.createDirectories(inbox);
        byte[] example = Files.readAllBytes(Path.of("examples/pingdingshan-701-2024.json"));
        for (int i = 0; i < INTAKE; i++) {
            Files.write(inbox.resolve("dept-" + (100000 + i) + ".json"), variant(example, i));
        }
        Thread.sleep(2500); // older than gongkai.inbox.read-lock-min-age: taken at the first poll
        Map<String, String> settings = PublishTestSupport.settings(data);
        settings.put("gongkai.publish.triggers.auto-startup", "false");
        settings.put("gongkai.intake.concurrency", String.valueOf(INTAKE_CONCURRENCY));
        HeapSampler heap = new HeapSampler();
        jdk.jfr.Recording waits = waitRecording();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        long t20 = 0;
        long cpu20 = 0;
        int n20 = 0;
        int done;
        Timeline timeline = new Timeline(t0, cpu0);
        try (GongkaiService service = GongkaiService.start(settings)) {
            while (true) {
                done = countFiles(data.resolve("archive")) + countFiles(data.resolve("rejected"))
                        + countFiles(data.resolve("failed"));
                timeline.sample(done, done >= INTAKE);
                if (t20 == 0 && done >= INTAKE / 5) {
                    t20 = System.nanoTime();
                    cpu20 = processCpuNanos();
                    n20 = done;
                }
                if (done >= INTAKE) {
                    break;
                }
                Thread.sleep(100);
            }
        }
        long t1 = System.nanoTime();
        long cpu1 = processCpuNanos();
        heap.stop();
        waits.stop();
        int staged = countMarkers(data.resolve("staging"));
        double wall = (t1 - t0) / 1e9;
        double steadyWall = (t1 - t20) / 1e9;
        double steady = (INTAKE - n20) / steadyWall;
        say("intake: %d submissions (JSON, HTML + PDF + open data each) through the service, %d staged, %d rejected or failed; "
                        + "gongkai.intake.concurrency=%d requested (what main's intake route honours)",
                INTAKE, staged, countFiles(data.resolve("rejected")) + countFiles(data.resolve("failed")), INTAKE_CONCURRENCY);
        say("intake: %.1f s wall, %.2f submissions/s overall, %.2f submissions/s steady state (after the first 20%%)",
                wall, INTAKE / wall, steady);
        say("intake: CPU %.3f s per submission (whole process), CPU/wall %.2f overall, %.2f steady state",
                (cpu1 - cpu0) / 1e9 / INTAKE, (cpu1 - cpu0) / 1e9 / wall, (cpu1 - cpu20) / 1e9 / steadyWall);
        say("intake: peak heap used %d MB (sampled every 20 ms; heap pools' peak %d MB) with -Xmx %d MB",
                heap.peak >> 20, heapPoolPeak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        reportWaits(waits, (t1 - t0) / 1e9);
        double settled = timeline.report();
        assertThat(staged).isEqualTo(INTAKE);
        return settled > 0 ? settled : steady;
    }

    /** Flight recording of the intake's threads waiting: for a lock held by another (monitor) or parked (locks, queues). */
    static jdk.jfr.Recording waitRecording() {
        jdk.jfr.Recording r = new jdk.jfr.Recording();
        r.enable("jdk.JavaMonitorEnter").withThreshold(Duration.ofMillis(5)).withStackTrace();
        r.enable("jdk.ThreadPark").withThreshold(Duration.ofMillis(5)).withStackTrace();
        r.start();
        return r;
    }

    /**
     * Where the intake's worker threads waited (serialisation left in the route): total seconds per kind and the
     * frames that waited longest. A worker that waits only for the next file (the thread pool's queue) is idle, not
     * serialised: those waits are reported apart.
     */
    void reportWaits(jdk.jfr.Recording r, double wallSeconds) throws IOException {
        Path f = tmp.resolve("intake-waits.jfr");
        r.dump(f);
        r.close();
        Map<String, Double> byPlace = new java.util.HashMap<>();
        double monitor = 0;
        double parkedIdle = 0;
        double parkedBusy = 0;
        for (jdk.jfr.consumer.RecordedEvent e : jdk.jfr.consumer.RecordingFile.readAllEvents(f)) {
            String thread = e.getThread() == null ? "" : e.getThread().getJavaName();
            // the route's workers ("... - intake") and the file consumer, which works too when every worker is busy
            if (thread == null || !(thread.endsWith(" - intake") || thread.contains("/inbox"))) {
                continue;
            }
            double s = e.getDuration().toNanos() / 1e9;
            String place = place(e.getStackTrace());
            boolean idle = place.contains("ThreadPoolExecutor.getTask") || place.contains("LinkedBlockingQueue.take");
            if (e.getEventType().getName().equals("jdk.JavaMonitorEnter")) {
                monitor += s;
                String lock = e.getClass("monitorClass") == null ? "?" : e.getClass("monitorClass").getName();
                byPlace.merge("monitor " + lock + " at " + place, s, Double::sum);
            } else if (idle) {
                parkedIdle += s;
            } else {
                parkedBusy += s;
                byPlace.merge("parked at " + place, s, Double::sum);
            }
        }
        say("intake waits (JFR, waits of 5 ms or more on the intake's threads, %.0f s of wall): blocked on monitors %.1f s, "
                        + "parked in the work %.1f s, idle waiting for the next file %.1f s",
                wallSeconds, monitor, parkedBusy, parkedIdle);
        byPlace.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                .forEach(e -> say("intake waits: %.1f s %s", e.getValue(), e.getKey()));
    }

    /** The first frames of a stack outside the JDK's locking classes. */
    static String place(jdk.jfr.consumer.RecordedStackTrace st) {
        if (st == null) {
            return "?";
        }
        List<String> frames = new ArrayList<>();
        for (jdk.jfr.consumer.RecordedFrame fr : st.getFrames()) {
            String m = fr.getMethod().getType().getName() + "." + fr.getMethod().getName();
            if (m.startsWith("java.util.concurrent.locks.") || m.startsWith("jdk.internal.misc.Unsafe")
                    || m.startsWith("java.lang.Object.wait")) {
                continue;
            }
            frames.add(m.substring(m.lastIndexOf('.', m.lastIndexOf('.') - 1) + 1));
            if (frames.size() == 3) {
                break;
            }
        }
        return String.join(" < ", frames);
    }

    /** The example as department 100000+i: its own code, name, unit codes and amounts times (1 + i % 7). */
    static byte[] variant(byte[] example, int i) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(example);
        String oldCode = root.path("department").path("code").asText();
        String code = String.valueOf(100000 + i);
        BigDecimal factor = BigDecimal.valueOf(1 + i % 7);
        for (String part : List.of("tables", "priorYear", "performance")) {
            scale(root.get(part), factor);
        }
        ObjectNode dept = (ObjectNode) root.get("department");
        dept.put("code", code);
        String oldName = dept.get("name").asText();
        // the name everywhere it appears (tables name their units too, and must agree with the department)
        String text = JSON.writeValueAsString(root).replace("\"unitCode\":\"" + oldCode, "\"unitCode\":\"" + code)
                .replace("\"code\":\"" + oldCode + "0", "\"code\":\"" + code + "0")
                .replace(oldName, "测试第" + i + "部门" + oldName);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static void scale(JsonNode node, BigDecimal factor) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isNumber() && !e.getValue().isIntegralNumber() || e.getValue().isNumber()
                        && !e.getKey().equals("count")) {
                    o.set(e.getKey(), DecimalNode.valueOf(e.getValue().decimalValue().multiply(factor)));
                } else {
                    scale(e.getValue(), factor);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int k = 0; k < a.size(); k++) {
                if (a.get(k).isNumber()) {
                    a.set(k, DecimalNode.valueOf(a.get(k).decimalValue().multiply(factor)));
                } else {
                    scale(a.get(k), factor);
                }
            }
        }
    }

    /** CPU per stage on one thread after warm-up (median of the runs). */
    void stages() throws Exception {
        byte[] example = Files.readAllBytes(Path.of("examples/pingdingshan-701-2024.json"));
        SubmissionCheck check = new SubmissionCheck();
        DisclosureRenderer renderer = new DisclosureRenderer();
        HtmlRenderer html = new HtmlRenderer();
        PdfRenderer pdf = new PdfRenderer();
        OpenDataWriter open = new OpenDataWriter();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int warm = 10;
        int runs = 20;
        long[][] cpu = new long[5][runs];
        long[] allocated = new long[runs];
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        for (int i = 0; i < warm + runs; i++) {
            long a0 = alloc.getCurrentThreadAllocatedBytes();
            long c0 = mx.getCurrentThreadCpuTime();
            CheckedSubmission c = check.check("dept.json", variant(example, i));
            long c1 = mx.getCurrentThreadCpuTime();
            DisclosureDocument doc = renderer.document(c.read().submission());
            long c2 = mx.getCurrentThreadCpuTime();
            String page = html.renderPage(doc);
            long c3 = mx.getCurrentThreadCpuTime();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            pdf.render(html.renderPrint(doc), doc.title(), b);
            long c4 = mx.getCurrentThreadCpuTime();
            open.write(doc, tmp.resolve("stages").resolve("r" + i));
            long c5 = mx.getCurrentThreadCpuTime();
            long a5 = alloc.getCurrentThreadAllocatedBytes();
            assertThat(c.valid()).isTrue();
            assertThat(page).isNotEmpty();
            if (i >= warm) {
                long[] d = {c1 - c0, c2 - c1, c3 - c2, c4 - c3, c5 - c4};
                for (int k = 0; k < 5; k++) {
                    cpu[k][i - warm] = d[k];
                }
                allocated[i - warm] = a5 - a0;
            }
        }
        say("intake stages, CPU ms per submission on one thread after warm-up (median of %d): read+validate %.1f, "
                        + "model (enrich, narrative, tables) %.1f, HTML %.1f, PDF %.1f, open data %.1f",
                runs, median(cpu[0]), median(cpu[1]), median(cpu[2]), median(cpu[3]), median(cpu[4]));
        // median() divides by 1e6: bytes to MB
        say("intake stages: %.1f MB allocated per submission on one thread (median), all stages", median(allocated));
    }

    /** Check + render on two threads straight through the domain classes: does the path itself use both cores? */
    void twoThreads() throws Exception {
        byte[] example = Files.readAllBytes(Path.of("examples/pingdingshan-701-2024.json"));
        int threads = 2;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        SubmissionCheck check = new SubmissionCheck();
        DisclosureRenderer renderer = new DisclosureRenderer();
        HtmlRenderer html = new HtmlRenderer();
        PdfRenderer pdf = new PdfRenderer();
        OpenDataWriter open = new OpenDataWriter();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int base = t * perThread;
            fs.add(pool.submit(() -> {
                for (int i = base; i < base + perThread; i++) {
                    CheckedSubmission c = check.check("d.json", variant(example, i));
                    DisclosureDocument doc = renderer.document(c.read().submission());
                    html.renderPage(doc);
                    pdf.render(html.renderPrint(doc), doc.title(), new ByteArrayOutputStream());
                    open.write(doc, tmp.resolve("two").resolve("r" + i));
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        say("domain path on %d threads (read, validate, model, HTML, PDF, open data; no route): %.1f submissions/s, "
                + "CPU/wall %.2f", threads, threads * perThread / wall, cpu / wall);
    }

    // ------------------------------------------------------------------------------------------------ cold

    void cold(Path data) throws Exception {
        String[] pdf = probe("pdf");
        say("cold: first PDF in a fresh JVM %s ms after the JVM started (CPU %s ms, of which the JVM's own start %s ms)",
                pdf[0], pdf[2], pdf[1]);
        Path one = tmp.resolve("one.json");
        Files.copy(Path.of("examples/pingdingshan-701-2024.json"), one);
        String[] validate = probe("cli", "validate", one.toString());
        say("cold: validate of one file: %s ms wall after JVM start, CPU %d ms beyond the JVM's own start (%s ms)",
                validate[0], Long.parseLong(validate[2]) - Long.parseLong(validate[1]), validate[1]);
        Path runData = tmp.resolve("run-data");
        Files.createDirectories(runData.resolve("inbox"));
        Path probeFile = runData.resolve("inbox").resolve("not-a-submission.json");
        Files.writeString(probeFile, "not json");
        Files.setLastModifiedTime(probeFile, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        ProcessBuilder pb = new ProcessBuilder(java(), "-cp", classPath(),
                "org.gongkai.cli.GongkaiCli", "run", "-Dgongkai.data.dir=" + runData,
                "-Dgongkai.publish.triggers.auto-startup=false");
        // started outside the project folder, as an operator would: nothing there but its own data folder
        pb.directory(runData.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("run.log").toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            while (Files.exists(probeFile) && System.nanoTime() - t0 < 120_000_000_000L) {
                Thread.sleep(20);
            }
            if (Files.exists(probeFile)) {
                say("cold: `run` did not take the file within 120 s; its log: %s", String.join(" | ",
                        Files.readAllLines(tmp.resolve("run.log")).stream().filter(l -> !l.startsWith("\tat "))
                                .limit(12).toList()));
            } else {
                say("cold: from `run` to the first file taken from the inbox (a rejected one, no rendering): %d ms",
                        (System.nanoTime() - t0) / 1_000_000);
            }
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    String[] probe(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), "-cp", classPath(),
                "org.gongkai.bench.ColdProbe"));
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        String line = text.lines().filter(l -> l.startsWith("COLD ")).findFirst().orElseThrow(() -> new AssertionError(text));
        String[] v = new String[3];
        for (String kv : line.substring(5).split(" ")) {
            String[] p2 = kv.split("=");
            switch (p2[0]) {
                case "wallSinceJvmStartMs" -> v[0] = p2[1];
                case "cpuAtMainMs" -> v[1] = p2[1];
                case "cpuTotalMs" -> v[2] = p2[1];
                default -> { }
            }
        }
        return v;
    }

    /**
     * The plain class path (surefire's manifest-only jar makes camel-main find the routes twice), each entry once and
     * absolute: an empty entry means the working directory, the project folder, whose {@code routes/} camel-main
     * would then load a second time beside the compiled ones ("Route configuration already exists").
     */
    static String classPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(java.io.File.pathSeparator)).filter(e -> !e.isBlank() && !e.equals("."))
                .map(e -> Path.of(e).toAbsolutePath().normalize().toString()).distinct()
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Issue 12's clause: the warm PDF before PDF/A + PDF/UA and now, side by side (bench/pdf-before-after.sh). */
    void pdfHistory() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", "bench/pdf-before-after.sh",
                System.getProperty("bench.pdf.baseline", "67023f0")).redirectErrorStream(true);
        pb.environment().put("PDFHISTORY_BUILT", "1");
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        text.lines().filter(l -> l.startsWith("PDFHISTORY ")).forEach(l -> say("%s", l.substring(11)));
        if (rc != 0) {
            say("pdf before/after: bench/pdf-before-after.sh failed (exit %d): %s", rc,
                    text.lines().reduce((a, b) -> b).orElse(""));
        }
    }

    // ------------------------------------------------------------------------------------------------ LibreOffice

    void libreOffice() throws Exception {
        String soffice = Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice").filter(f -> Files.isExecutable(Path.of(f)))
                .findFirst().orElse(null);
        DisclosureDocument doc = new DisclosureRenderer().document(org.gongkai.narrative.Submissions.example());
        HtmlRenderer html = new HtmlRenderer();
        String print = html.renderPrint(doc);
        PdfRenderer pdf = new PdfRenderer();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] ours = new long[10];
        long[] oursCpu = new long[10];
        for (int i = 0; i < 10; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            pdf.render(print, doc.title(), new ByteArrayOutputStream());
            ours[i] = System.nanoTime() - t0;
            oursCpu[i] = mx.getCurrentThreadCpuTime() - c0;
        }
        say("gongkai PDF warm: %.0f ms wall, %.0f ms CPU per document (median of 10, same print HTML as below)",
                median(ours), median(oursCpu));
        if (soffice == null) {
            say("LibreOffice: soffice not installed (apt-get install -y libreoffice-writer-nogui), comparison skipped");
            return;
        }
        Path dir = tmp.resolve("lo");
        Files.createDirectories(dir);
        Path profile = tmp.resolve("lo-profile");
        List<Path> docs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Path f = dir.resolve("doc" + i + ".html");
            Files.writeString(f, print);
            docs.add(f);
        }
        long cold = soffice(soffice, profile, dir.resolve("out-cold"), List.of(docs.get(0)));
        long one = soffice(soffice, profile, dir.resolve("out-one"), List.of(docs.get(1)));
        long ten = soffice(soffice, profile, dir.resolve("out-ten"), docs);
        say("LibreOffice (soffice --headless --convert-to pdf, same HTML): cold %d ms (new profile, one document), "
                + "%d ms for one document in a new process, warm %.0f ms per document (10 in one process: (ten - one)/9)",
                cold / 1_000_000, one / 1_000_000, (ten - one) / 9 / 1e6);
    }

    long soffice(String soffice, Path profile, Path outDir, List<Path> docs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", outDir.toString()));
        docs.forEach(d -> cmd.add(d.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        long t = System.nanoTime() - t0;
        assertThat(countFiles(outDir)).isEqualTo(docs.size());
        return t;
    }

    // ------------------------------------------------------------------------------------------------ publication

    /** Where a publication pass goes. */
    enum Target {
        LOCAL("the local folder"), FTP("FTP"), SFTP("SFTP");

        final String label;

        Target(String label) {
            this.label = label;
        }
    }

    /** Publishes n departments (cloned from the intake's staged folders) in one pass; returns {n, seconds, files}. */
    double[] publication(Path intakeStaging, int n, boolean ftp) throws Exception {
        return publication(intakeStaging, n, ftp, false);
    }

    /**
     * @param stockFtpClient publish through camel-ftp's own ftp component (the client before the prompt ACK) instead
     *                       of gongkai's {@link PromptAckFtpComponent}, which the service binds as {@code ftp}
     */
    double[] publication(Path intakeStaging, int n, boolean ftp, boolean stockFtpClient) throws Exception {
        return publication(intakeStaging, n, ftp, stockFtpClient, CONNECTIONS);
    }

    double[] publication(Path intakeStaging, int n, boolean ftp, boolean stockFtpClient, int connections) throws Exception {
        return publication(intakeStaging, n, ftp ? Target.FTP : Target.LOCAL, stockFtpClient, connections);
    }

    double[] publication(Path intakeStaging, int n, Target to, boolean stockFtpClient, int connections) throws Exception {
        boolean ftp = to == Target.FTP;
        // not under the JUnit temporary folder: removing 400,000 files takes longer than the pass (mvn clean does it)
        Path root = Path.of("target/bench-work", System.currentTimeMillis() + "-" + to.name().toLowerCase(Locale.ROOT) + "-" + n)
                .toAbsolutePath();
        Path staging = root.resolve("staging");
        cloneStaged(intakeStaging, staging, n);
        Path state = root.resolve("state");
        Path publicDir = root.resolve("public");
        Files.createDirectories(publicDir);
        PublicationPass pass = new PublicationPass(new StagingArea(staging), state, new SitePages("部门预算公开"),
                new RetryPolicy(3, Duration.ofMillis(200), 2, Duration.ofSeconds(2)), 2, List.of(), 3,
                Clock.system(ZoneId.of("Asia/Shanghai")));
        FtpTestServer server = ftp ? new FtpTestServer(publicDir).start() : null;
        SftpTestServer sftpServer = to == Target.SFTP ? new SftpTestServer(publicDir, root.resolve("keys")) : null;
        CamelContext ctx = new DefaultCamelContext();
        if (!stockFtpClient) {
            ctx.addComponent("ftp", new PromptAckFtpComponent()); // as GongkaiConfiguration binds it
        }
        ctx.start();
        try {
            String uri = switch (to) {
                case LOCAL -> "";
                case FTP -> server.uri(FtpTestServer.PASSWORD);
                case SFTP -> sftpServer.uri();
            };
            PublishEndpoint endpoint = new PublishEndpoint(uri, publicDir, null,
                    to == Target.SFTP ? SftpTestServer.PASSWORD : null, "UTF-8", true, STEPWISE, 10_000, 60_000, 30_000,
                    to == Target.SFTP ? sftpServer.knownHosts() : null);
            System.gc(); // the peak below is the pass's, not what the steps before it left
            HeapSampler heap = new HeapSampler();
            long t0 = System.nanoTime();
            PublicationReport r;
            try (CamelPublicationTarget target = new CamelPublicationTarget(ctx, endpoint, connections)) {
                r = pass.run(target, false);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            heap.stop();
            long files = r.published().stream().mapToLong(p -> p.files().size() + 1).sum() + r.sharedFilesUploaded().size();
            assertThat(r.failures()).isEmpty();
            assertThat(r.published()).hasSize(n);
            long t1 = System.nanoTime();
            PublicationReport again;
            try (CamelPublicationTarget target = new CamelPublicationTarget(ctx, endpoint, connections)) {
                again = pass.run(target, false);
            }
            double noop = (System.nanoTime() - t1) / 1e9;
            assertThat(again.published()).isEmpty();
            verifySample(publicDir);
            say("publication to %s: %d departments in one pass %.1f s = %.1f ms per department, %d files, %.0f files/s "
                            + "(%d connections, stepwise=%s); pass with nothing new %.2f s",
                    switch (to) {
                        case FTP -> "FTP on loopback (in-process MINA FtpServer"
                                + (stockFtpClient ? ", camel-ftp's stock client, as before" : "") + ")";
                        case SFTP -> "SFTP on loopback (in-process MINA SSHD)";
                        case LOCAL -> "the local folder";
                    }, n, seconds,
                    seconds * 1000 / n, files, files / seconds, connections, STEPWISE, noop);
            say("publication to %s, %d departments: peak heap used %d MB (sampled every 20 ms; heap pools' peak %d MB) "
                            + "with -Xmx %d MB; load average now %.1f", to.label, n, heap.peak >> 20,
                    heapPoolPeak() >> 20, Runtime.getRuntime().maxMemory() >> 20,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            return new double[]{n, seconds, files};
        } finally {
            ctx.close();
            if (server != null) {
                server.close();
            }
            if (sftpServer != null) {
                sftpServer.close();
            }
            say("publication work folder (left for inspection, removed by mvn clean): %s", root);
        }
    }

    /** Staged folders for n departments: the intake's, cycled, each with its own code, name and content. */
    static void cloneStaged(Path intakeStaging, Path staging, int n) throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.find(intakeStaging, 3, (p, a) -> Files.exists(p.resolve(StagingArea.MARKER)))) {
            sources = s.sorted().toList();
        }
        for (int j = 0; j < n; j++) {
            Path src = sources.get(j % sources.size());
            String code = String.valueOf(500000 + j);
            Path dst = staging.resolve("2024").resolve(code).resolve(src.getFileName());
            Path site = src.resolve(StagingArea.SITE);
            try (Stream<Path> files = Files.walk(site)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path to = dst.resolve(StagingArea.SITE).resolve(site.relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    if (f.getFileName().toString().equals("index.html")) {
                        Files.writeString(to, Files.readString(f) + "<!-- " + code + " -->\n");
                    } else {
                        Files.createLink(to, f);
                    }
                }
            }
            ObjectNode s = (ObjectNode) JSON.readTree(src.resolve(StagingArea.SUBMISSION).toFile());
            ObjectNode dept = (ObjectNode) s.get("department");
            dept.put("code", code);
            dept.put("name", "复制第" + j + "部门");
            Files.write(dst.resolve(StagingArea.SUBMISSION), JSON.writeValueAsBytes(s));
            Files.copy(src.resolve(StagingArea.MARKER), dst.resolve(StagingArea.MARKER), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Every file the manifest lists for 200 departments has the listed hash; no .part anywhere; one version each. */
    static void verifySample(Path publicDir) throws IOException {
        JsonNode manifest = JSON.readTree(publicDir.resolve("manifest.json").toFile());
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = manifest.get("files").fields(); it.hasNext() && checked < 4000; checked++) {
            Map.Entry<String, JsonNode> f = it.next();
            assertThat(Hashes.sha256(publicDir.resolve(f.getKey()))).as(f.getKey()).isEqualTo(f.getValue().asText());
        }
        try (Stream<Path> s = Files.walk(publicDir)) {
            assertThat(s.filter(p -> p.toString().endsWith(".part")).count()).isZero();
        }
    }

    void extrapolate(double intakePerSecond, List<double[]> local, List<double[]> ftp, List<double[]> sftp) {
        List<Map.Entry<String, List<double[]>>> targets = List.of(Map.entry(Target.LOCAL.label, local),
                Map.entry(Target.FTP.label, ftp), Map.entry(Target.SFTP.label, sftp));
        for (Map.Entry<String, List<double[]>> target : targets) {
            List<double[]> runs = target.getValue();
            if (runs.isEmpty()) {
                continue;
            }
            double[] first = runs.get(0);
            double[] last = runs.get(runs.size() - 1);
            double ratio = (last[1] / last[0]) / (first[1] / first[0]);
            double[] fit = fit(runs);
            say("publication to %s: time per department at %.0f is %.2f x the time per department at %.0f; linear fit "
                            + "%.3f s + %.2f ms per department",
                    target.getKey(), last[0], ratio, first[0], fit[0], fit[1] * 1000);
        }
        int night = 230_000;
        double intakeHours;
        if (warmUp != null) {
            intakeHours = (warmUp[0] + (night - warmUp[1]) / intakePerSecond) / 3600;
            say("EXTRAPOLATION (not measured): 230,000 submissions take %.1f h of intake: the measured warm-up (%.0f "
                    + "submissions in %.0f s) and the rest at the steady rate with the JIT settled, %.2f/s",
                    intakeHours, warmUp[1], warmUp[0], intakePerSecond);
        } else {
            intakeHours = night / intakePerSecond / 3600;
            say("EXTRAPOLATION (not measured): 230,000 submissions at the measured steady intake rate take %.1f h of intake",
                    intakeHours);
        }
        for (Map.Entry<String, List<double[]>> target : targets) {
            List<double[]> runs = target.getValue();
            if (runs.size() >= 2) {
                double[] fit = fit(runs);
                double hours = (fit[0] + fit[1] * night) / 3600;
                say("EXTRAPOLATION (not measured): publishing 230,000 departments to %s from the linear fit takes %.1f h; "
                                + "intake + publication %.1f h of an 8-hour night",
                        target.getKey(), hours, intakeHours + hours);
            }
        }
    }

    /** Least squares: seconds = a + b * departments. */
    static double[] fit(List<double[]> runs) {
        double n = runs.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (double[] r : runs) {
            sx += r[0];
            sy += r[1];
            sxx += r[0] * r[0];
            sxy += r[0] * r[1];
        }
        double b = n < 2 ? sy / sx : (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double a = n < 2 ? 0 : (sy - b * sx) / n;
        return new double[]{a, b};
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static int countFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> s = Files.walk(dir)) {
                return (int) s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")
                        && !p.getFileName().toString().contains(".report.") && !p.getFileName().toString().endsWith(".error.txt")).count();
            } catch (java.io.UncheckedIOException e) {
                // a temporary file of the running service vanished while the folder was listed: list again
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    static int countMarkers(Path staging) throws IOException {
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        try (Stream<Path> s = Files.find(staging, 4, (p, a) -> p.getFileName().toString().equals(StagingArea.MARKER))) {
            return (int) s.count();
        }
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long heapPoolPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static double median(long[] nanos) {
        long[] c = nanos.clone();
        Arrays.sort(c);
        return c[c.length / 2] / 1e6;
    }

    /**
     * The intake in windows of {@link #WINDOW_SECONDS}: submissions/s, CPU/wall, and the shares of the wall the JIT
     * compilers and the collector's pauses took. The JIT compiles the libraries' code for the first minutes of a run
     * (openhtmltopdf, PDFBox, Camel, Jackson: over 20,000 compilations), on the same two cores as the intake; the
     * rate from the first window in which the compilers took under {@link #JIT_SETTLED} of the wall to the end is the
     * steady state a night-long run sees. Returns that rate, or 0 when the run ended before the JIT settled (then the
     * "after the first 20 %" rate is all the run can tell).
     */
    /** Seconds and submissions of the intake before the JIT settled (the timeline's warm-up), or null. */
    double[] warmUp;

    final class Timeline {
        static final double WINDOW_SECONDS = Double.parseDouble(System.getProperty("bench.window", "15"));
        static final double JIT_SETTLED = 0.20;
        /** Windows after the JIT settled needed to call their rate a steady state. */
        static final int SETTLED_WINDOWS = 3;
        private final List<double[]> windows = new ArrayList<>(); // end s, done, cpu s, jit s, gc s
        private final long t0;
        private final long cpu0;
        private final double[] start = {0, 0, 0, jitSeconds(), gcSeconds()};
        private double[] last = start;

        Timeline(long t0, long cpu0) {
            this.t0 = t0;
            this.cpu0 = cpu0;
        }

        void sample(int done, boolean end) {
            double now = (System.nanoTime() - t0) / 1e9;
            if (now - last[0] < WINDOW_SECONDS && !end) {
                return;
            }
            if (end && !windows.isEmpty() && now - last[0] < WINDOW_SECONDS / 3) {
                windows.remove(windows.size() - 1); // a few last files: the window before takes them
            }
            last = new double[] {now, done, (processCpuNanos() - cpu0) / 1e9, jitSeconds(), gcSeconds()};
            windows.add(last);
        }

        double report() {
            double[] prev = start;
            int settledFrom = -1;
            for (int i = 0; i < windows.size(); i++) {
                double[] w = windows.get(i);
                double wall = w[0] - prev[0];
                double jit = (w[3] - prev[3]) / wall;
                say("intake window %3.0f–%3.0f s: %5.2f submissions/s, CPU/wall %.2f, JIT compilers %3.0f %% of the wall, "
                                + "GC pauses %3.0f %%", prev[0], w[0], (w[1] - prev[1]) / wall, (w[2] - prev[2]) / wall,
                        100 * jit, 100 * (w[4] - prev[4]) / wall);
                if (settledFrom < 0 && jit < JIT_SETTLED && i > 0) {
                    settledFrom = i;
                }
                prev = w;
            }
            // the last window is cut short by the end of the files: it holds the tail of the run, not a steady state
            int end = windows.size() - 2;
            if (settledFrom < 0 || end - settledFrom + 1 < SETTLED_WINDOWS) {
                say("intake: the JIT did not settle (under %.0f %% of the wall) for %d windows before the files ran out: "
                        + "no settled rate; run more submissions (-Dbench.intake)", 100 * JIT_SETTLED, SETTLED_WINDOWS);
                return 0;
            }
            double[] a = windows.get(settledFrom - 1);
            double[] b = windows.get(end);
            double rate = (b[1] - a[1]) / (b[0] - a[0]);
            warmUp = new double[] {a[0], a[1]};
            say("intake: steady state with the JIT settled (%.0f–%.0f s, %.0f submissions): %.2f submissions/s, "
                            + "CPU %.3f s per submission, CPU/wall %.2f, GC pauses %.0f %% of the wall",
                    a[0], b[0], b[1] - a[1], rate, (b[2] - a[2]) / (b[1] - a[1]), (b[2] - a[2]) / (b[0] - a[0]),
                    100 * (b[4] - a[4]) / (b[0] - a[0]));
            return rate;
        }

        static double jitSeconds() {
            return ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3;
        }

        static double gcSeconds() {
            long ms = 0;
            for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ms += Math.max(0, gc.getCollectionTime());
            }
            return ms / 1e3;
        }
    }

    /** Samples the used heap every 20 ms. */
    static final class HeapSampler {
        volatile long peak;
        private final AtomicLong stop = new AtomicLong();
        private final Thread thread;

        HeapSampler() {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                p.resetPeakUsage();
            }
            thread = new Thread(() -> {
                while (stop.get() == 0) {
                    peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            stop.set(1);
            thread.join();
        }
    }
}
