package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
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
import java.util.stream.Stream;
import org.gongkai.mail.MailParts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intake route end to end: real files in a temporary inbox, the real camel-main service with its YAML routes,
 * and a real SMTP server (GreenMail) receiving the alerts.
 */
class IntakeRouteTest {

    static final Path EXAMPLE = Path.of("examples/pingdingshan-701-2024.json");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path data;

    GongkaiService service;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
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
        return m;
    }

    void startService() throws Exception {
        service = GongkaiService.start(settings());
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

    static String exampleWith(String from, String to) throws IOException {
        String json = Files.readString(EXAMPLE);
        assertThat(json).contains(from);
        return json.replace(from, to);
    }

    @Test
    void validSubmissionIsStagedAndItsOriginalArchivedUnchanged() throws Exception {
        startService();
        byte[] original = Files.readAllBytes(EXAMPLE);
        Files.write(inbox().resolve("协作办2024.json"), original);

        await().atMost(Duration.ofSeconds(15)).until(() -> !filesUnder(data.resolve("archive")).isEmpty()
                && filesUnder(inbox()).isEmpty());
        List<Path> archived = filesUnder(data.resolve("archive"));
        assertThat(archived).hasSize(1);
        assertThat(archived.get(0).getFileName().toString()).endsWith("-协作办2024.json");
        assertThat(Files.readAllBytes(archived.get(0))).isEqualTo(original);
        List<Path> staged = filesUnder(data.resolve("staging/2024/701"));
        assertThat(staged).extracting(p -> p.getFileName().toString())
                .contains("submission.json", "original.json", "validation.json", "STAGED", "render.json",
                        "index.html", "data.json", "datapackage.json", "平顶山市人民政府经济技术协作办公室2024年部门预算公开.pdf");
        assertThat(staged).anyMatch(p -> p.toString().contains("/site/csv/"));
        assertThat(filesUnder(data.resolve("rejected"))).isEmpty();
        assertThat(filesUnder(inbox())).isEmpty();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void invalidSubmissionIsRejectedWithReportsAndAnAlertMailToSubmitterAndFinanceBureau() throws Exception {
        startService();
        // the 合计 of 部门支出总体情况表 no longer equals the sum of its items
        String broken = exampleWith("{\"kind\": \"total\", \"values\": {\"total\": 121.3, \"basic\": 121.3, \"basic_wages\": 76.6",
                "{\"kind\": \"total\", \"values\": {\"total\": 131.3, \"basic\": 121.3, \"basic_wages\": 76.6");
        Files.writeString(inbox().resolve("协作办-错误.json"), broken, StandardCharsets.UTF_8);

        await().atMost(Duration.ofSeconds(15)).until(() -> greenMail.getReceivedMessages().length >= 2);
        List<Path> rejected = filesUnder(data.resolve("rejected"));
        assertThat(rejected).extracting(p -> p.getFileName().toString())
                .anyMatch(n -> n.endsWith("-协作办-错误.json"))
                .anyMatch(n -> n.endsWith("-协作办-错误.json.report.json"))
                .anyMatch(n -> n.endsWith("-协作办-错误.json.report.html"));
        Path original = rejected.stream().filter(p -> p.toString().endsWith("错误.json")).findFirst().orElseThrow();
        assertThat(Files.readString(original)).isEqualTo(broken);
        Path jsonReport = rejected.stream().filter(p -> p.toString().endsWith(".report.json")).findFirst().orElseThrow();
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(jsonReport.toFile());
        assertThat(report.path("valid").asBoolean(true)).isFalse();
        int errors = report.path("counts").path("errors").asInt();
        assertThat(errors).isPositive();
        assertThat(report.path("findings").findValuesAsText("table")).contains("expenditure_summary");

        MimeMessage[] received = greenMail.getReceivedMessages();
        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : received) {
            for (Address a : m.getRecipients(Message.RecipientType.TO)) {
                recipients.add(a.toString());
            }
        }
        assertThat(recipients).contains("xiezuoban@example.gov.cn", "yusuan@czj.example.gov.cn");
        MimeMessage alert = received[0];
        assertThat(alert.getSubject()).contains("平顶山市人民政府经济技术协作办公室").contains("2024").contains(errors + "个错误");
        assertThat(MailParts.text(alert)).contains("部门支出总体情况表");
        assertThat(attachmentNames(alert)).anyMatch(n -> n.endsWith(".html"));
    }

    @Test
    void aShanghaiSubmissionIsStagedAndABrokenOneRejectedWithAMailNamingTheRow() throws Exception {
        startService();
        Path sh = Path.of("examples/shanghai-putuo-shangwuwei-2025.json");
        Files.copy(sh, inbox().resolve("普陀商务委2025.json"));
        String broken = Files.readString(sh, StandardCharsets.UTF_8)
                .replace("{\"functionCode\": \"20113\", \"name\": \"商贸事务\", \"values\": { \"total\": 21601733.00,",
                        "{\"functionCode\": \"20113\", \"name\": \"商贸事务\", \"values\": { \"total\": 21601734.00,")
                .replace("\"shangwuwei@example.gov.cn\"", "\"putuo@example.gov.cn\"");
        assertThat(broken).contains("21601734.00");
        Files.writeString(inbox().resolve("普陀商务委-错误.json"), broken, StandardCharsets.UTF_8);

        await().atMost(Duration.ofSeconds(30)).until(() -> !filesUnder(data.resolve("archive")).isEmpty()
                && greenMail.getReceivedMessages().length >= 2);
        assertThat(filesUnder(data.resolve("staging/2025/125"))).extracting(p -> p.getFileName().toString())
                .contains("STAGED", "index.html", "上海市普陀区商务委员会2025年部门预算公开.pdf", "datapackage.json");
        MimeMessage alert = greenMail.getReceivedMessages()[0];
        assertThat(alert.getSubject()).contains("上海市普陀区商务委员会").contains("2025");
        assertThat(MailParts.text(alert)).contains("部门收入预算总表").contains("201 13 商贸事务");
    }

    @Test
    void aWorkbookIsAcceptedLikeJsonAndAMacroWorkbookIsRejected() throws Exception {
        startService();
        Files.copy(Path.of("src/test/resources/xlsx/pingdingshan-701-2024.xlsx"), inbox().resolve("协作办2024.xlsx"));
        Files.write(inbox().resolve("宏.xlsm"), Files.readAllBytes(Path.of("src/test/resources/xlsx/pingdingshan-701-2024.xlsx")));
        await().atMost(Duration.ofSeconds(20)).until(() -> filesUnder(data.resolve("archive")).size() == 1
                && filesUnder(data.resolve("rejected")).size() == 3);
        assertThat(filesUnder(data.resolve("staging/2024/701"))).extracting(p -> p.getFileName().toString())
                .contains("original.xlsx", "STAGED", "index.html");
        Path report = filesUnder(data.resolve("rejected")).stream().filter(p -> p.toString().endsWith(".report.json")).findFirst().orElseThrow();
        assertThat(Files.readString(report)).contains("xlsx.macro");
    }

    @Test
    void sameFileTwiceIsProcessedOnceButACorrectedFileUnderTheSameNameIsNew() throws Exception {
        startService();
        String name = "701-2024.json";
        byte[] original = Files.readAllBytes(EXAMPLE);
        Files.write(inbox().resolve(name), original);
        await().atMost(Duration.ofSeconds(15)).until(() -> filesUnder(data.resolve("archive")).size() == 1);

        Files.write(inbox().resolve(name), original);
        await().atMost(Duration.ofSeconds(15)).until(() -> !filesUnder(data.resolve("duplicates")).isEmpty());
        assertThat(filesUnder(data.resolve("archive"))).hasSize(1);
        assertThat(stagedFolders()).hasSize(1);

        String corrected = exampleWith("\"phone\": \"0375-0000000\"", "\"phone\": \"0375-1111111\"");
        Files.writeString(inbox().resolve(name), corrected, StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(15)).until(() -> filesUnder(data.resolve("archive")).size() == 2);
        assertThat(stagedFolders()).hasSize(2);
        assertThat(filesUnder(data.resolve("duplicates"))).hasSize(1);
    }

    @Test
    void aFileStillBeingWrittenIsNotTakenEarly() throws Exception {
        startService();
        byte[] bytes = Files.readAllBytes(EXAMPLE);
        Path target = inbox().resolve("slow.json");
        try (OutputStream out = Files.newOutputStream(target)) {
            // write in pieces for ~2.5 s; the read lock must wait until the size stops changing
            int chunk = bytes.length / 10 + 1;
            for (int off = 0; off < bytes.length; off += chunk) {
                out.write(bytes, off, Math.min(chunk, bytes.length - off));
                out.flush();
                Thread.sleep(250);
                assertThat(filesUnder(data.resolve("rejected"))).as("half-written file taken and rejected").isEmpty();
            }
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> filesUnder(data.resolve("archive")).size() == 1);
        assertThat(filesUnder(data.resolve("rejected"))).isEmpty();
    }

    @Test
    void aRestartInBetweenLosesNothingAndRepeatsNothing() throws Exception {
        startService();
        byte[] original = Files.readAllBytes(EXAMPLE);
        Files.write(inbox().resolve("a.json"), original);
        await().atMost(Duration.ofSeconds(15)).until(() -> filesUnder(data.resolve("archive")).size() == 1);
        service.close();
        service = null;

        // dropped while the service is down
        String second = exampleWith("\"phone\": \"0375-0000000\"", "\"phone\": \"0375-2222222\"");
        Files.writeString(inbox().resolve("b.json"), second, StandardCharsets.UTF_8);
        startService();
        await().atMost(Duration.ofSeconds(15)).until(() -> filesUnder(data.resolve("archive")).size() == 2);

        // the first file again, after the restart: still recognised
        Files.write(inbox().resolve("a.json"), original);
        await().atMost(Duration.ofSeconds(15)).until(() -> !filesUnder(data.resolve("duplicates")).isEmpty());
        assertThat(stagedFolders()).hasSize(2);
    }

    @Test
    void anInternalErrorKeepsTheOriginalInFailedAndTheSameFileIsProcessedAfterTheFix() throws Exception {
        // the staging folder cannot be created: a plain file stands where it should be
        Path blocker = data.resolve("staging");
        Files.writeString(blocker, "not a folder");
        startService();
        byte[] original = Files.readAllBytes(EXAMPLE);
        Files.write(inbox().resolve("701.json"), original);
        await().atMost(Duration.ofSeconds(15)).until(() -> filesUnder(data.resolve("failed")).size() == 2);
        List<Path> failed = filesUnder(data.resolve("failed"));
        Path kept = failed.stream().filter(p -> p.toString().endsWith("-701.json")).findFirst().orElseThrow();
        assertThat(Files.readAllBytes(kept)).isEqualTo(original);
        assertThat(failed).anyMatch(p -> p.toString().endsWith("-701.json.error.txt"));
        assertThat(filesUnder(data.resolve("archive"))).isEmpty();

        Files.delete(blocker); // the operator fixes the cause and drops the same file again
        Files.write(inbox().resolve("701.json"), original);
        await().atMost(Duration.ofSeconds(20)).until(() -> filesUnder(data.resolve("archive")).size() == 1);
        assertThat(stagedFolders()).hasSize(1);
        assertThat(filesUnder(data.resolve("duplicates"))).isEmpty();
    }

    @Test
    void whenTheMailServerIsDownTheAlertIsRetriedThenKeptForAnOperator() throws Exception {
        Map<String, String> m = settings();
        m.put("gongkai.mail.smtp.uri", "smtp://127.0.0.1:1"); // nothing listens there
        service = GongkaiService.start(m);
        Files.writeString(inbox().resolve("bad.json"), "{ not json", StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(20)).until(() -> !filesUnder(data.resolve("mail/failed")).isEmpty());
        Path kept = filesUnder(data.resolve("mail/failed")).get(0);
        assertThat(kept.getFileName().toString()).endsWith(".eml");
        assertThat(filesUnder(data.resolve("mail/spool"))).isEmpty();
        assertThat(filesUnder(data.resolve("rejected"))).hasSize(3);
    }

    @Test
    void withoutSmtpTheAlertIsWrittenToTheOutboxAsEml() throws Exception {
        Map<String, String> m = settings();
        m.put("gongkai.mail.smtp.enabled", "false");
        service = GongkaiService.start(m);
        Files.writeString(inbox().resolve("bad.json"), "{ not json", StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(15)).until(() -> !filesUnder(data.resolve("mail/outbox")).isEmpty());
        Path eml = filesUnder(data.resolve("mail/outbox")).get(0);
        MimeMessage parsed = new MimeMessage(null, Files.newInputStream(eml));
        assertThat(parsed.getSubject()).contains("bad.json");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    List<Path> stagedFolders() throws IOException {
        return filesUnder(data.resolve("staging")).stream().filter(p -> p.getFileName().toString().equals("STAGED")).toList();
    }


    static List<String> attachmentNames(Part part) throws Exception {
        List<String> names = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart bp = mp.getBodyPart(i);
                if (bp.getFileName() != null) {
                    names.add(MimeUtility.decodeText(bp.getFileName()));
                }
                names.addAll(attachmentNames(bp));
            }
        }
        return names;
    }
}
