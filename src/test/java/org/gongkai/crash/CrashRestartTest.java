package org.gongkai.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.support.Hashes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, the crash test: a few hundred files dropped into the inbox of a real {@code java -jar target/gongkai.jar}
 * process that is killed with SIGKILL at random moments and restarted. Afterwards every original is in exactly one
 * place, each valid submission is staged once and completely, every rejection was mailed (the at-least-once
 * duplicates are counted and printed), and nothing empty or half is left lying.
 * <p>Run it with {@code mvn -B -Pcrash verify} (it needs the packaged jar; it is not part of the default suite).
 * Sizes: {@code -Dcrash.valid=160 -Dcrash.invalid=80 -Dcrash.kills=5 -Dcrash.seed=...}.
 */
@Tag("crash")
class CrashRestartTest {

    static final Path JAR = Path.of("target/gongkai.jar").toAbsolutePath();
    static final Path EXAMPLE = Path.of("examples/pingdingshan-701-2024.json");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    Process service;
    int starts;

    @Test
    void killedAtRandomMomentsEveryOriginalEndsInExactlyOnePlace() throws Exception {
        assertThat(JAR).as("run mvn -Pcrash verify (the test needs the packaged jar)").exists();
        int valid = Integer.getInteger("crash.valid", 160);
        int invalid = Integer.getInteger("crash.invalid", 80);
        int kills = Integer.getInteger("crash.kills", 5);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path data = work.resolve("data");
        Path inbox = Files.createDirectories(data.resolve("inbox"));
        Path outgoing = Files.createDirectories(work.resolve("prepared"));

        // the files: valid submissions of distinct departments, and invalid ones (broken JSON, broken arithmetic)
        Map<String, String> shaByName = new TreeMap<>();
        Map<String, String> validCodes = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        String example = Files.readString(EXAMPLE);
        for (int i = 0; i < valid; i++) {
            String code = String.valueOf(800000 + i);
            String name = "valid-" + code + ".json";
            byte[] bytes = withDepartment(code).getBytes(StandardCharsets.UTF_8);
            Files.write(outgoing.resolve(name), bytes);
            shaByName.put(name, Hashes.sha256(bytes));
            validCodes.put(name, code);
            order.add(name);
        }
        for (int i = 0; i < invalid; i++) {
            String name = "invalid-" + i + ".json";
            String text = i % 2 == 0 ? "{ \"formatVersion\": 1, broken " + i : example.replaceFirst("121\\.3", "13" + i + ".3");
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Files.write(outgoing.resolve(name), bytes);
            shaByName.put(name, Hashes.sha256(bytes));
            order.add(name);
        }
        java.util.Collections.shuffle(order, random);

        Instant begin = Instant.now();
        start(data);
        awaitStarted();
        // drop in batches (as a system should: temporary name, then rename), killing the service at random moments
        List<Long> killedAfterMillis = new ArrayList<>();
        int dropped = 0;
        int batch = Math.max(1, order.size() / (kills + 2));
        long nextKill = System.currentTimeMillis() + 1000 + random.nextInt(8000);
        int killsDone = 0;
        while (dropped < order.size() || killsDone < kills) {
            if (dropped < order.size()) {
                for (int n = 0; n < batch && dropped < order.size(); n++, dropped++) {
                    String name = order.get(dropped);
                    Path tmp = inbox.resolve(name + ".part");
                    Files.copy(outgoing.resolve(name), tmp);
                    Files.move(tmp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            while (System.currentTimeMillis() < nextKill) {
                Thread.sleep(100);
            }
            if (killsDone < kills) {
                service.destroyForcibly().waitFor(); // SIGKILL
                killedAfterMillis.add(Duration.between(begin, Instant.now()).toMillis());
                killsDone++;
                start(data);
                awaitStarted(); // kill while files are processed, not while the JVM boots
                nextKill = System.currentTimeMillis() + 1000 + random.nextInt(8000);
            }
        }
        // let it finish: the inbox and the mail spool empty, then a quiet moment
        Instant deadline = Instant.now().plus(Duration.ofMinutes(20));
        while (Instant.now().isBefore(deadline) && (countFiles(inbox) > 0 || countFiles(data.resolve("mail/spool")) > 0)) {
            Thread.sleep(1000);
        }
        Thread.sleep(3000);
        service.destroy(); // SIGTERM: a clean stop
        service.waitFor();
        Duration took = Duration.between(begin, Instant.now());

        // 1. every original in exactly one place, bytes intact
        Map<String, List<Path>> places = new TreeMap<>();
        for (String folder : List.of("archive", "rejected", "duplicates", "failed")) {
            for (Path p : files(data.resolve(folder))) {
                String f = p.getFileName().toString();
                if (f.endsWith(".report.json") || f.endsWith(".report.html") || f.endsWith(".error.txt")) {
                    continue;
                }
                String original = f.substring("yyyyMMdd-HHmmss-SSS-".length());
                places.computeIfAbsent(original, k -> new ArrayList<>()).add(p);
            }
        }
        assertThat(countFiles(inbox)).as("inbox empty").isZero();
        List<String> notExactlyOnce = new ArrayList<>();
        for (Map.Entry<String, String> e : shaByName.entrySet()) {
            List<Path> at = places.getOrDefault(e.getKey(), List.of());
            if (at.size() != 1) {
                notExactlyOnce.add(e.getKey() + " " + at);
            } else {
                assertThat(Hashes.sha256(at.get(0))).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
        assertThat(places.keySet()).as("nothing kept that was not dropped").isSubsetOf(shaByName.keySet());
        assertThat(notExactlyOnce).as("originals not in exactly one place").isEmpty();
        long failed = places.values().stream().flatMap(List::stream).filter(p -> p.startsWith(data.resolve("failed"))).count();

        // 2. each valid submission staged once and complete; nothing half in staging
        List<String> stagingProblems = new ArrayList<>();
        for (Map.Entry<String, String> e : validCodes.entrySet()) {
            if (places.get(e.getKey()).get(0).startsWith(data.resolve("failed"))) {
                continue; // failed/ (reported below): not staged
            }
            Path dept = data.resolve("staging/2024/" + e.getValue());
            List<Path> folders;
            try (Stream<Path> s = Files.list(dept)) {
                folders = s.toList();
            } catch (IOException missing) {
                folders = List.of();
            }
            if (folders.size() != 1) {
                stagingProblems.add(e.getKey() + " staged " + folders.size() + " times");
                continue;
            }
            Path f = folders.get(0);
            for (String part : List.of("STAGED", "submission.json", "original.json", "validation.json", "render.json",
                    "site/index.html", "site/data.json", "site/datapackage.json")) {
                if (!Files.isRegularFile(f.resolve(part))) {
                    stagingProblems.add(e.getKey() + " lacks " + part);
                }
            }
            if (Files.exists(f.resolve("site.rendering"))) {
                stagingProblems.add(e.getKey() + " has site.rendering");
            }
        }
        assertThat(stagingProblems).isEmpty();

        // 3. every rejection mailed; at-least-once duplicates counted
        Map<String, Integer> mailsPerFile = new TreeMap<>();
        for (Path eml : files(data.resolve("mail"))) {
            if (!eml.getFileName().toString().contains("-rejection-")) {
                continue;
            }
            String decoded = decode(eml);
            for (String name : shaByName.keySet()) {
                if (decoded.contains("“" + name + "”")) {
                    mailsPerFile.merge(name, 1, Integer::sum);
                }
            }
        }
        List<String> unmailed = new ArrayList<>();
        int duplicateMails = 0;
        for (String name : shaByName.keySet()) {
            if (places.get(name).get(0).startsWith(data.resolve("rejected"))) {
                int n = mailsPerFile.getOrDefault(name, 0);
                if (n == 0) {
                    unmailed.add(name);
                }
                duplicateMails += Math.max(0, n - 1);
            }
        }
        assertThat(unmailed).as("rejections without a mail").isEmpty();

        // 4. no empty or half litter
        List<String> litter = new ArrayList<>();
        try (Stream<Path> s = Files.walk(data)) {
            for (Path p : s.toList()) {
                String f = p.getFileName().toString();
                if (Files.isRegularFile(p) && Files.size(p) == 0 && !p.startsWith(data.resolve("state"))) {
                    litter.add("empty file " + data.relativize(p));
                }
                if (Files.isRegularFile(p) && (f.endsWith(".tmp") || f.startsWith(".gongkai-taken-"))) {
                    litter.add("temporary " + data.relativize(p));
                }
                if (Files.isDirectory(p) && !p.equals(inbox) && !p.startsWith(data.resolve("mail"))
                        && !p.startsWith(data.resolve("state")) && isEmptyDir(p)) {
                    litter.add("empty folder " + data.relativize(p));
                }
            }
        }
        assertThat(litter).isEmpty();
        long quarantined = Files.readAllLines(work.resolve("service.log"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("half-staged folder")).count();

        System.out.printf(java.util.Locale.ROOT, "%nCRASH TEST (seed %d): %d files (%d valid, %d invalid), %d kill -9 at %s ms, %d starts, "
                        + "%s in all%n  originals in exactly one place: %d/%d; in failed/: %d; staged once and complete: %d; "
                        + "rejections mailed: %d, duplicate rejection mails (at-least-once): %d; half-staged folders quarantined: %d; "
                        + "litter: %d%n",
                seed, shaByName.size(), valid, invalid, kills, killedAfterMillis, starts, took,
                shaByName.size() - notExactlyOnce.size(), shaByName.size(), failed, valid - failed - stagingProblems.size(),
                mailsPerFile.size(), duplicateMails, quarantined, litter.size());
    }

    private void start(Path data) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", JAR.toString(), "run",
                "-Dgongkai.data.dir=" + data,
                "-Dgongkai.inbox.poll-delay=300",
                "-Dgongkai.inbox.read-lock-check-interval=250",
                "-Dgongkai.inbox.read-lock-min-age=500",
                "-Dgongkai.mail.poll-delay=500",
                "-Dgongkai.publish.triggers.auto-startup=false"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("service.log").toFile()));
        service = pb.start();
        starts++;
    }

    /** Waits until the service started as often as it was launched (its log says so), at most a minute. */
    private void awaitStarted() throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(until)) {
            Path log = work.resolve("service.log");
            long started = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                    .filter(l -> l.contains("Apache Camel") && l.contains(" started in ")).count() : 0;
            if (started >= starts) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private static String withDepartment(String code) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(EXAMPLE.toFile());
        ObjectNode dept = (ObjectNode) tree.get("department");
        dept.put("code", code);
        for (JsonNode unit : dept.get("units")) {
            ((ObjectNode) unit).put("code", code + unit.get("code").asText().substring(3));
        }
        replaceUnitCodes(tree, code);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    private static void replaceUnitCodes(JsonNode node, String code) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("unitCode") && e.getValue().isTextual() && e.getValue().asText().startsWith("701")) {
                    e.setValue(TextNode.valueOf(code + e.getValue().asText().substring(3)));
                } else {
                    replaceUnitCodes(e.getValue(), code);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> replaceUnitCodes(n, code));
        }
    }

    private static String decode(Path eml) throws Exception {
        jakarta.mail.Session session = jakarta.mail.Session.getInstance(new java.util.Properties());
        try (var in = Files.newInputStream(eml)) {
            jakarta.mail.internet.MimeMessage m = new jakarta.mail.internet.MimeMessage(session, in);
            return m.getSubject() + "\n" + org.gongkai.mail.MailParts.text(m);
        }
    }

    /** Regular files under a folder; the running service moves files meanwhile, so a vanished one means: look again. */
    private static List<Path> files(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            try (Stream<Path> s = Files.walk(dir)) {
                return s.filter(Files::isRegularFile).toList();
            } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
                if (attempt == 20) {
                    throw e;
                }
            }
        }
    }

    @org.junit.jupiter.api.AfterEach
    void stopService() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor();
        }
    }

    private static long countFiles(Path dir) throws IOException {
        return files(dir).size();
    }

    private static boolean isEmptyDir(Path p) throws IOException {
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }
}
