package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.gongkai.mail.MailParts;
import org.gongkai.support.DataFolderLock;
import org.gongkai.support.DiskSpace;
import org.gongkai.support.Hashes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: the service survives bad files, its operators and its disk. The real camel-main service on a temporary
 * data folder, real files, a real SMTP server (GreenMail).
 */
class IntakeReliabilityTest {

    static final Path EXAMPLE = Path.of("examples/pingdingshan-701-2024.json");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path data;

    final List<GongkaiService> services = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (GongkaiService s : services) {
            s.close();
        }
    }

    Map<String, String> settings() {
        Map<String, String> m = new HashMap<>();
        m.put("gongkai.data.dir", data.toString());
        m.put("gongkai.inbox.poll-delay", "200");
        m.put("gongkai.inbox.read-lock-check-interval", "200");
        m.put("gongkai.inbox.read-lock-min-age", "600");
        m.put("gongkai.mail.poll-delay", "200");
        m.put("gongkai.mail.smtp.enabled", "true");
        m.put("gongkai.mail.smtp.uri", "smtp://127.0.0.1:" + greenMail.getSmtp().getPort());
        m.put("gongkai.mail.retry.delay", "100");
        m.put("gongkai.mail.retry.max", "2");
        m.put("gongkai.mail.finance-bureau", "yusuan@czj.example.gov.cn");
        m.put("gongkai.intake.disk-full-recheck", "300");
        return m;
    }

    GongkaiService start(Map<String, String> settings) throws Exception {
        GongkaiService s = GongkaiService.start(settings);
        services.add(s);
        return s;
    }

    Path inbox() throws IOException {
        return Files.createDirectories(data.resolve("inbox"));
    }

    static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static String example(String from, String to) throws IOException {
        String json = Files.readString(EXAMPLE);
        assertThat(json).contains(from);
        return json.replace(from, to);
    }

    static List<String> mailTexts() throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            out.add(m.getSubject() + "\n" + MailParts.text(m));
        }
        return out;
    }

    /** Defect 2: NUL and a lone surrogate in the department name are validation findings: rejected, not failed. */
    @Test
    void unpublishableCharactersAreRejectedWithAReportNotFailed() throws Exception {
        start(settings());
        Files.writeString(inbox().resolve("nul.json"), example("平顶山市人民政府经济技术协作办公室\",",
                "平顶山市人民政府\\u0000经济技术协作办公室\","), StandardCharsets.UTF_8);
        Files.writeString(inbox().resolve("surrogate.json"), example("平顶山市人民政府经济技术协作办公室\",",
                "平顶山市人民政府\\ud800经济技术协作办公室\","), StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(30)).until(() -> filesUnder(data.resolve("rejected")).size() == 6
                && greenMail.getReceivedMessages().length >= 4);
        assertThat(filesUnder(data.resolve("failed"))).isEmpty();
        assertThat(filesUnder(data.resolve("rejected"))).filteredOn(p -> p.toString().endsWith(".report.json"))
                .allSatisfy(p -> assertThat(Files.readString(p)).contains("structure.text-characters"));
    }

    /**
     * Defects 1 and 2: a rendering over its budget fails that submission alone: failed/ plus a mail to the operators
     * and a notice to the submitter (Chinese, no internals), while another file goes on.
     */
    @Test
    void aRenderingOverItsBudgetFailsAloneAndEveryoneIsTold() throws Exception {
        Map<String, String> m = settings();
        m.put("gongkai.render.max-allocation", "1000"); // no rendering fits in 1000 bytes
        m.put("gongkai.intake.concurrency", "2");
        start(m);
        Files.copy(EXAMPLE, inbox().resolve("budget.json"));
        Files.writeString(inbox().resolve("broken.json"), "{ not json", StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(30)).until(() -> filesUnder(data.resolve("failed")).size() == 2
                && filesUnder(data.resolve("rejected")).size() == 3 && greenMail.getReceivedMessages().length >= 3);
        assertThat(filesUnder(inbox())).isEmpty();
        assertThat(filesUnder(data.resolve("archive"))).isEmpty();
        Path kept = filesUnder(data.resolve("failed")).stream().filter(p -> p.toString().endsWith("-budget.json"))
                .findFirst().orElseThrow();
        assertThat(Files.readAllBytes(kept)).isEqualTo(Files.readAllBytes(EXAMPLE));
        // the half-staged folder is quarantined, not left in staging
        try (Stream<Path> s = Files.walk(data.resolve("staging"))) {
            assertThat(s.filter(p -> p.getFileName().toString().equals("site.rendering"))).isEmpty();
        }
        List<String> texts = mailTexts();
        String operators = texts.stream().filter(t -> t.startsWith("【预算公开服务】文件处理失败")).findFirst().orElseThrow();
        assertThat(operators).contains("budget.json", "failed/", "ExceededException", "平顶山市人民政府经济技术协作办公室");
        String submitter = texts.stream().filter(t -> t.startsWith("【预算公开】")).findFirst().orElseThrow();
        assertThat(submitter).contains("已经收到", "财政局").doesNotContain("/", "Exception", "failed", data.toString());
        MimeMessage notice = java.util.Arrays.stream(greenMail.getReceivedMessages())
                .filter(x -> { try { return x.getSubject().startsWith("【预算公开】"); } catch (Exception e) { return false; } })
                .findFirst().orElseThrow();
        assertThat(notice.getAllRecipients()).extracting(Object::toString).doesNotContain("yusuan@czj.example.gov.cn");
    }

    /** Defect 1: intake concurrency is a setting; the default is one file per core. */
    @Test
    void intakeRunsAsManyFilesAtOnceAsConfigured() throws Exception {
        Map<String, String> m = settings();
        m.put("gongkai.intake.concurrency", "3");
        GongkaiService s = start(m);
        ThreadPoolExecutor pool = (ThreadPoolExecutor) s.context().getRegistry().lookupByName("intakeExecutor");
        assertThat(pool.getCorePoolSize()).isEqualTo(3);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
        s.close();
        services.clear();
        GongkaiService d = start(settings());
        pool = (ThreadPoolExecutor) d.context().getRegistry().lookupByName("intakeExecutor");
        assertThat(pool.getCorePoolSize()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    /** Defect 3: names near the 255-byte limit: kept under a bounded name, no loop, one mail per rejection. */
    @Test
    void longNamesAreBoundedAndEachFileEndsInExactlyOnePlace() throws Exception {
        start(settings());
        String valid = "预".repeat(80) + ".json"; // 245 bytes
        String invalid = "a".repeat(221) + ".json"; // 226 bytes
        assertThat(valid.getBytes(StandardCharsets.UTF_8).length).isEqualTo(245);
        Files.copy(EXAMPLE, inbox().resolve(valid));
        Files.writeString(inbox().resolve(invalid), "{ not json", StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(30)).until(() -> filesUnder(inbox()).isEmpty()
                && filesUnder(data.resolve("archive")).size() == 1 && filesUnder(data.resolve("rejected")).size() == 3
                && greenMail.getReceivedMessages().length == 1);
        Thread.sleep(2000); // no loop: nothing more happens
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(filesUnder(data.resolve("failed"))).isEmpty();
        for (Path p : filesUnder(data)) {
            assertThat(p.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).as(p.toString()).isLessThanOrEqualTo(255);
        }
        Path archived = filesUnder(data.resolve("archive")).get(0);
        assertThat(archived.getFileName().toString()).endsWith(".json");
        assertThat(Files.readAllBytes(archived)).isEqualTo(Files.readAllBytes(EXAMPLE));
        Path report = filesUnder(data.resolve("rejected")).stream().filter(p -> p.toString().endsWith(".report.json")).findFirst().orElseThrow();
        assertThat(Files.readString(report)).contains(invalid); // the original name is recorded
        try (Stream<Path> s = Files.walk(data.resolve("staging"))) {
            Path originalTxt = s.filter(p -> p.getFileName().toString().equals("original.txt")).findFirst().orElseThrow();
            assertThat(Files.readString(originalTxt)).contains(valid);
        }
    }

    /** Defect 4: a second instance on the same data folder refuses to start, with a clear message. */
    @Test
    void aSecondInstanceOnTheSameDataFolderRefusesToStart() throws Exception {
        start(settings());
        assertThatThrownBy(() -> start(settings()))
                .hasStackTraceContaining("Another gongkai instance is already running on the data folder")
                .hasStackTraceContaining(DataFolderLock.FILE);
        services.get(0).close();
        services.clear();
        start(settings()); // the first one stopped: the lock is free again
        Files.copy(EXAMPLE, inbox().resolve("after.json"));
        await().atMost(Duration.ofSeconds(20)).until(() -> filesUnder(data.resolve("archive")).size() == 1);
    }

    /** Defect 5: a full disk pauses the intake: nothing written half, one alert, resumes by itself. */
    @Test
    void aFullDiskPausesTheIntakeWithOneAlertAndResumesWhenSpaceReturns() throws Exception {
        AtomicLong free = new AtomicLong(1024); // bytes "usable": far below the reserve
        DiskSpace.Probe probe = dir -> free.get();
        GongkaiService s = GongkaiService.start(settings(), Map.of("gongkaiDiskProbe", probe));
        services.add(s);
        for (int i = 0; i < 5; i++) {
            Files.copy(EXAMPLE, inbox().resolve("full-" + i + ".json"));
        }
        Files.writeString(inbox().resolve("bad.json"), "{ not json", StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(20)).until(() -> greenMail.getReceivedMessages().length >= 1);
        Thread.sleep(3000);
        assertThat(mailTexts()).hasSize(1).allSatisfy(t -> assertThat(t).contains("磁盘空间不足"));
        assertThat(filesUnder(inbox())).hasSize(6);
        for (String folder : List.of("archive", "rejected", "failed", "duplicates", "staging")) {
            assertThat(filesUnder(data.resolve(folder))).as(folder).isEmpty();
        }
        free.set(Long.MAX_VALUE / 2);
        await().atMost(Duration.ofSeconds(40)).until(() -> filesUnder(inbox()).isEmpty()
                && filesUnder(data.resolve("archive")).size() == 5 && filesUnder(data.resolve("rejected")).size() == 3);
        assertThat(filesUnder(data.resolve("failed"))).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> greenMail.getReceivedMessages().length == 2);
    }

    /** Defect 5 on a real file system that fills up (a 3 MB tmpfs); skipped only where mounting is not allowed. */
    @Test
    void aRealFullFileSystemWritesNothingHalfAndResumes() throws Exception {
        Path mount = Files.createTempDirectory("gongkai-tmpfs");
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        boolean mounted = p.waitFor() == 0;
        org.junit.jupiter.api.Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here (not root?): "
                + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        try {
            Path small = mount.resolve("data");
            Map<String, String> m = settings();
            m.put("gongkai.data.dir", small.toString());
            m.put("gongkai.mail.spool.dir", data.resolve("spool").toString()); // the alert must reach the operators
            m.put("gongkai.intake.min-free-space", "0"); // no reserve: the real ENOSPC is what stops the intake
            GongkaiService s = GongkaiService.start(m);
            services.add(s);
            Path in = Files.createDirectories(small.resolve("inbox"));
            Files.copy(EXAMPLE, in.resolve("one.json"));
            await().atMost(Duration.ofSeconds(30)).until(() -> filesUnder(small.resolve("archive")).size() == 1);
            // fill the file system, leaving a few KB: the next submission cannot be staged and rendered
            Path filler = mount.resolve("filler");
            try (OutputStream out = Files.newOutputStream(filler)) {
                byte[] block = new byte[4096];
                while (true) {
                    out.write(block);
                }
            } catch (IOException full) {
                assertThat(DiskSpace.isDiskFull(full)).isTrue();
            }
            Files.write(filler, new byte[0], java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
            Files.copy(EXAMPLE, in.resolve("two.json"));
            long room = Files.getFileStore(mount).getUsableSpace() - 2 * Files.size(EXAMPLE) - 8192;
            Files.write(filler, new byte[(int) Math.max(0, room)]);
            await().atMost(Duration.ofSeconds(30)).until(() -> greenMail.getReceivedMessages().length >= 1);
            Thread.sleep(2000);
            assertThat(mailTexts()).hasSize(1).allSatisfy(t -> assertThat(t).contains("磁盘空间不足"));
            assertThat(filesUnder(in)).extracting(x -> x.getFileName().toString()).containsExactly("two.json");
            assertThat(filesUnder(small.resolve("failed"))).isEmpty();
            assertThat(filesUnder(small.resolve("archive"))).hasSize(1);
            // nothing half: no staging folder without its marker, no temporary files
            try (Stream<Path> st = Files.walk(small)) {
                assertThat(st.filter(x -> x.getFileName().toString().endsWith(".tmp"))).isEmpty();
            }
            for (Path dept : filesUnder(small.resolve("staging")).stream().map(x -> x.getParent()).distinct().toList()) {
                assertThat(dept.toString()).doesNotContain("site.rendering");
            }
            Files.delete(filler); // space returns
            await().atMost(Duration.ofSeconds(40)).until(() -> filesUnder(small.resolve("archive")).size() == 2
                    && filesUnder(in).isEmpty());
            assertThat(filesUnder(small.resolve("failed"))).isEmpty();
        } finally {
            for (GongkaiService s : services) {
                s.close();
            }
            services.clear();
            new ProcessBuilder("umount", mount.toString()).start().waitFor();
        }
    }

    /**
     * Defect 6: a writer pausing longer than the read-lock age gets its half file taken; the kept original is the
     * bytes that were checked (its hash is the report's), whatever the writer does afterwards.
     */
    @Test
    void theKeptOriginalIsTheCheckedCopyNotThePath() throws Exception {
        start(settings());
        byte[] bytes = Files.readAllBytes(EXAMPLE);
        Path target = inbox().resolve("paused.json");
        int half = bytes.length / 2;
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(bytes, 0, half);
            out.flush();
            await().atMost(Duration.ofSeconds(20)).until(() -> filesUnder(data.resolve("rejected")).size() == 3);
            out.write(bytes, half, bytes.length - half); // the writer goes on
        }
        Thread.sleep(1500);
        Path kept = filesUnder(data.resolve("rejected")).stream().filter(p -> p.toString().endsWith("-paused.json"))
                .findFirst().orElseThrow();
        byte[] keptBytes = Files.readAllBytes(kept);
        assertThat(keptBytes).hasSize(half);
        Path report = Path.of(kept + ".report.json");
        assertThat(Files.readString(report)).contains(Hashes.sha256(keptBytes));
    }

    /** Defect 7: names the consumer cannot take (backslash, control character, hidden) are taken, never ignored. */
    @Test
    void oddNamesAreTakenLikeAnyOtherFile() throws Exception {
        start(settings());
        List<String> odd = List.of("b1-back\\slash.json", "tab\tin-name.json", ".hidden-submission.json", " padded .json");
        for (String name : odd) {
            Files.copy(EXAMPLE, inbox().resolve(name));
        }
        Files.writeString(inbox().resolve("bad\\name.json"), "{ not json", StandardCharsets.UTF_8);
        Files.writeString(inbox().resolve("ignored.json.part"), "being written", StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(40)).until(() -> filesUnder(data.resolve("rejected")).size() == 3
                && filesUnder(data.resolve("archive")).size() + filesUnder(data.resolve("duplicates")).size() == odd.size()
                && filesUnder(inbox()).size() == 1);
        assertThat(filesUnder(inbox())).extracting(p -> p.getFileName().toString()).containsExactly("ignored.json.part");
    }

    /** Defect 8: the rejection mail names no server path. */
    @Test
    void theRejectionMailNamesNoServerPath() throws Exception {
        start(settings());
        Files.writeString(inbox().resolve("broken.json"), example("121.3", "131.3"), StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(20)).until(() -> greenMail.getReceivedMessages().length >= 1);
        for (String text : mailTexts()) {
            assertThat(text).doesNotContain(data.toString(), data.toAbsolutePath().toString(), "rejected/", "/tmp")
                    .contains("-broken.json");
        }
    }

    /** Defect 9: half-rendered staging folders found at start-up are moved to quarantine and logged. */
    @Test
    void halfRenderedStagingFoldersAreQuarantinedAtStartUp() throws Exception {
        Path half = Files.createDirectories(data.resolve("staging/2024/701/20240101-000000-000-abcdef12/site.rendering"));
        Files.writeString(half.resolve("index.html"), "<html>half");
        Files.writeString(half.getParent().resolve("submission.json"), "{}");
        Path complete = Files.createDirectories(data.resolve("staging/2024/702/20240101-000000-000-12345678/site"));
        Files.writeString(complete.getParent().resolve("STAGED"), "x");
        start(settings());
        assertThat(data.resolve("staging/2024/701/20240101-000000-000-abcdef12")).doesNotExist();
        assertThat(data.resolve("quarantine/2024/701/20240101-000000-000-abcdef12/submission.json")).exists();
        assertThat(data.resolve("quarantine/2024/701/20240101-000000-000-abcdef12/site.rendering")).doesNotExist(); // half output
        assertThat(complete).exists();
    }
}
