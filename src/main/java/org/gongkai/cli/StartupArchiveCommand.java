package org.gongkai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongkai.camel.GongkaiService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar target/gongkai.jar cds-archive}: writes the class-data archive beside the jar ({@link StartupArchive}).
 * {@code mvn package} runs it; run it again after copying the jar and its {@code lib/} elsewhere or changing Java.
 * It starts a JVM with {@code -XX:ArchiveClassesAtExit} that does once what a user does — validate a JSON and an Excel
 * file, render a disclosure, list the catalogue, start the service on a scratch data folder, take one submission in,
 * publish it, stop — so the archive holds the classes of every command and of the service; then it checks that
 * Java accepts the archive and stamps it.
 */
@Command(name = "cds-archive", mixinStandardHelpOptions = true,
        description = {"Write the class-data archive beside the jar (gongkai.jsa) that makes the commands and the service",
                "start faster; mvn package does this. Run it again after moving the jar or changing Java."})
public final class StartupArchiveCommand implements Callable<Integer> {

    /** The sample that the training run validates, renders and takes in (a copy of examples/ inside the jar). */
    static final String SAMPLE = "/examples/pingdingshan-701-2024.json";

    @Option(names = "--train", hidden = true, description = "Internal: the workload whose classes are archived")
    boolean train;

    @Override
    public Integer call() throws Exception {
        if (train) {
            return train();
        }
        StartupArchive archive = StartupArchive.ofRunningJar();
        if (archive == null) {
            System.out.println("cds-archive: run it from the packaged jar (java -jar target/gongkai.jar cds-archive).");
            return 1;
        }
        Path tmp = archive.archive().resolveSibling(StartupArchive.FILE_NAME + ".tmp");
        Files.deleteIfExists(tmp);
        Files.deleteIfExists(archive.stampFile());
        long started = System.nanoTime();
        int trained = java(List.of("-XX:ArchiveClassesAtExit=" + tmp, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:TieredStopAtLevel=1", // the archive holds classes, not compiled code: the quick compiler is enough
                "-D" + Launcher.LAUNCHED + "=train", "-jar", archive.jar().toString(), "cds-archive", "--train"), true);
        if (trained != 0 || !Files.isRegularFile(tmp) || Files.size(tmp) == 0) {
            Files.deleteIfExists(tmp);
            System.out.println("cds-archive: the training run failed (exit status " + trained + "); gongkai starts without the archive.");
            return 1;
        }
        Files.move(tmp, archive.archive(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // -Xshare:on makes Java refuse to start when it cannot map the archive: the proof that it will be used
        int check = java(List.of("-XX:SharedArchiveFile=" + archive.archive(), "-Xshare:on",
                "-D" + Launcher.LAUNCHED + "=check", "-jar", archive.jar().toString(), "--version"), false);
        if (check != 0) {
            Files.deleteIfExists(archive.archive());
            System.out.println("cds-archive: this Java does not accept the archive; gongkai starts without it.");
            return 1;
        }
        archive.writeStamp();
        System.out.printf("cds-archive: %s (%d MB) written in %d s%n", archive.archive(),
                Files.size(archive.archive()) >> 20, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        return 0;
    }

    private static int java(List<String> args, boolean showOutput) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(StartupArchive.javaExecutable().toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.redirectOutput(showOutput ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /** The workload, in the JVM that writes the archive at its exit. */
    private static int train() throws Exception {
        Path work = Files.createTempDirectory("gongkai-cds-");
        PrintStream out = System.out;
        try {
            Path sample = work.resolve("sample.json");
            try (InputStream in = StartupArchiveCommand.class.getResourceAsStream(SAMPLE)) {
                if (in == null) {
                    throw new IllegalStateException("missing in the jar: " + SAMPLE);
                }
                Files.copy(in, sample);
            }
            Path workbook = work.resolve("sample.xlsx");
            System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8")); // the commands' reports
            GongkaiCli.execute("validate", sample.toString());
            GongkaiCli.execute("template", "--department", "701", "--name", "示例单位", "--year", "2025", "--out", workbook.toString());
            GongkaiCli.execute("validate", workbook.toString());
            GongkaiCli.execute("render", sample.toString(), "--out", work.resolve("render").toString());
            GongkaiCli.execute("catalog");
            GongkaiCli.execute("--help");
            System.setOut(out);
            serviceRound(work, sample);
            return 0;
        } finally {
            System.setOut(out);
            deleteTree(work);
        }
    }

    /** The service on a scratch data folder: boot, one submission in (HTML, PDF, open data), one publication pass. */
    private static void serviceRound(Path work, Path sample) throws Exception {
        Path data = work.resolve("data");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // short waits (the same classes run): files taken at once, the control folder and the mail spool polled often
        try (GongkaiService service = GongkaiService.start(Map.of("gongkai.data.dir", data.toString(),
                "gongkai.http.port", String.valueOf(port), "gongkai.inbox.read-lock-min-age", "0",
                "gongkai.inbox.read-lock-check-interval", "100", "gongkai.publish.control.poll-delay", "200",
                "gongkai.mail.poll-delay", "200"))) {
            Path inbox = Files.createDirectories(data.resolve("inbox"));
            Path part = inbox.resolve("sample.json.part");
            Files.copy(sample, part);
            Files.move(part, inbox.resolve("sample.json"), StandardCopyOption.ATOMIC_MOVE);
            awaitFile(data.resolve("staging"), name -> name.endsWith(".pdf"), Duration.ofMinutes(5));
            Files.createDirectories(data.resolve("control"));
            Files.writeString(data.resolve("control/publish-now"), "");
            // the pass is over when its digest to the finance bureau is filed
            awaitFile(data.resolve("mail"), name -> name.contains("publication-digest"), Duration.ofMinutes(2));
        }
    }

    private static void awaitFile(Path dir, java.util.function.Predicate<String> name, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    if (files.anyMatch(p -> name.test(p.getFileName().toString()))) {
                        return;
                    }
                }
            }
            Thread.sleep(200);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // scratch folder in the temp directory: left behind at worst
        }
    }
}
