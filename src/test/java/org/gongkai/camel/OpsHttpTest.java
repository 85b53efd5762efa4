package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gongkai.camel.OpsTestSupport.basic;
import static org.gongkai.camel.OpsTestSupport.get;
import static org.gongkai.camel.OpsTestSupport.post;
import static org.gongkai.camel.OpsTestSupport.today;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.mail.MailParts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operations over HTTP end to end: the real service (camel-main, the YAML routes) with the embedded Vert.x server on a
 * free port, real folders, real submissions through the inbox.
 */
class OpsHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    GongkaiService service;
    int port;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    void start(Map<String, String> extra) throws Exception {
        Map<String, String> s = OpsTestSupport.settings(data);
        s.putAll(extra);
        service = GongkaiService.start(s);
        port = OpsTestSupport.port(service);
        assertThat(port).isPositive();
    }

    @Test
    void readinessGoesDownWhenTheInboxCannotBeWrittenAndUpAgainWhenItCan() throws Exception {
        start(Map.of());
        assertThat(get(port, "/health/live", null).statusCode()).isEqualTo(200);
        assertThat(get(port, "/health/ready", null).statusCode()).as("readiness needs credentials").isEqualTo(401);
        HttpResponse<String> up = get(port, "/health/ready", basic());
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        JsonNode ready = JSON.readTree(up.body());
        assertThat(ready.path("status").asText()).isEqualTo("UP");
        assertThat(ready.path("checks").findValuesAsText("name"))
                .contains("routes", "folder-inbox", "folder-staging", "folder-state", "disk-space", "mail",
                        "last-publication-pass", "publication-target");

        // root ignores permission bits, so the inbox is made unwritable for real: a file where the folder was
        Path inbox = data.resolve("inbox");
        Path aside = data.resolve("inbox-aside");
        Files.move(inbox, aside);
        Files.writeString(inbox, "not a folder");
        HttpResponse<String> down = get(port, "/health/ready", "Bearer " + OpsTestSupport.TOKEN);
        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        JsonNode d = JSON.readTree(down.body());
        assertThat(d.path("status").asText()).isEqualTo("DOWN");
        JsonNode inboxCheck = check(d, "folder-inbox");
        assertThat(inboxCheck.path("status").asText()).isEqualTo("DOWN");
        assertThat(inboxCheck.path("data").path("writable").asBoolean(true)).isFalse();
        assertThat(check(d, "folder-staging").path("status").asText()).isEqualTo("UP");
        assertThat(get(port, "/health/live", null).statusCode()).as("liveness stays up").isEqualTo(200);

        Files.delete(inbox);
        Files.move(aside, inbox);
        assertThat(get(port, "/health/ready", basic()).statusCode()).isEqualTo(200);
    }

    @Test
    void failedMailsAndAFailedPassMakeReadinessDown() throws Exception {
        start(Map.of("gongkai.mail.failed.dir", data.resolve("mail/failed").toString()));
        Files.createDirectories(data.resolve("mail/failed"));
        Files.writeString(data.resolve("mail/failed/x.eml"), "Subject: x\r\n\r\nx");
        JsonNode d = JSON.readTree(get(port, "/health/ready", basic()).body());
        assertThat(check(d, "mail").path("status").asText()).isEqualTo("DOWN");
        assertThat(check(d, "mail").path("data").path("failed").asInt()).isEqualTo(1);
        OpsTestSupport.passFailed(data, "704", "某局");
        HttpResponse<String> r = get(port, "/health/ready", basic());
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(check(JSON.readTree(r.body()), "last-publication-pass").path("data").path("outcome").asText()).isEqualTo("failed");
    }

    @Test
    void consoleListsEveryDepartmentInItsStateWithDaysLeftOrLateMostUrgentFirst() throws Exception {
        LocalDate t = today();
        String expected = String.join(";",
                "701,已公开局," + t.minusDays(40) + ",2024",
                "702,待发布局," + t.minusDays(10) + ",2024",
                "703,退回局," + t.minusDays(25) + ",2024",
                "704,失败局," + t.minusDays(19) + ",2024",
                "705,逾期未报局," + t.minusDays(30) + ",2024",
                "706,新批复局," + t + ",2024");
        OpsTestSupport.published(data, "701", "已公开局", t.minusDays(40), t.minusDays(22), t.minusDays(3));
        OpsTestSupport.stage(data, "702", t.minusDays(10), java.time.LocalDateTime.now().minusHours(2));
        OpsTestSupport.reject(data, "703", t.minusDays(25), "20240301-100000-000");
        OpsTestSupport.reject(data, "703", t.minusDays(25), "20240302-100000-000");
        OpsTestSupport.stage(data, "704", t.minusDays(19), java.time.LocalDateTime.now().minusHours(3));
        OpsTestSupport.passFailed(data, "704", "失败局");
        OpsTestSupport.stage(data, "709", LocalDate.of(2024, 2, 6), java.time.LocalDateTime.now().minusHours(1));
        Files.createDirectories(data.resolve("failed"));
        Files.writeString(data.resolve("failed/20240301-100000-000-708.json"),
                OpsTestSupport.submissionJson("708", t.minusDays(1)), StandardCharsets.UTF_8);
        Files.writeString(data.resolve("failed/20240301-100000-000-708.json.error.txt"), "internal error");
        start(Map.of("gongkai.deadline.expected-departments", expected));

        assertThat(get(port, "/console?year=2024", null).statusCode()).isEqualTo(401);
        assertThat(get(port, "/console?year=2024", basic(OpsTestSupport.USER, "wrong")).statusCode()).isEqualTo(401);
        HttpResponse<String> r = get(port, "/console?year=2024&format=json", basic());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode view = JSON.readTree(r.body());
        List<String> order = new ArrayList<>();
        view.path("departments").forEach(d -> order.add(d.path("code").asText()));
        assertThat(order).containsExactly("709", "705", "703", "704", "702", "706", "708", "701");

        JsonNode published = dept(view, "701");
        assertThat(published.path("state").asText()).isEqualTo("PUBLISHED");
        assertThat(published.path("version").asInt()).isEqualTo(2);
        assertThat(published.path("correction").asBoolean()).isTrue();
        assertThat(published.path("publishedOn").asText()).isEqualTo(t.minusDays(3).toString());
        assertThat(published.path("publishedDaysLate").asLong()).isZero();
        assertThat(published.path("deadlineText").asText()).isEqualTo("按期公开");

        JsonNode staged = dept(view, "702");
        assertThat(staged.path("state").asText()).isEqualTo("STAGED");
        assertThat(staged.path("daysLeft").asLong()).isEqualTo(10);
        assertThat(staged.path("deadline").asText()).isEqualTo(t.plusDays(10).toString());
        assertThat(staged.path("contact").path("email").asText()).isEqualTo("xiezuoban@example.gov.cn");

        JsonNode rejected = dept(view, "703");
        assertThat(rejected.path("state").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("rejections").asInt()).isEqualTo(2);
        assertThat(rejected.path("daysLeft").asLong()).isEqualTo(-5);
        assertThat(rejected.path("deadlineText").asText()).isEqualTo("已逾期 5 天");
        assertThat(rejected.path("lastErrors").asLong()).isPositive();
        assertThat(rejected.path("lastFindings").get(0).asText()).isNotBlank();

        JsonNode failed = dept(view, "704");
        assertThat(failed.path("state").asText()).isEqualTo("FAILED");
        assertThat(failed.path("failure").asText()).contains("连接发布服务器超时");
        assertThat(failed.path("daysLeft").asLong()).isEqualTo(1);

        JsonNode intakeFailed = dept(view, "708");
        assertThat(intakeFailed.path("state").asText()).isEqualTo("FAILED");
        assertThat(intakeFailed.path("failure").asText()).contains("failed/20240301-100000-000-708.json");
        assertThat(intakeFailed.path("daysLeft").isNull()).as("no approval date known from a failed file").isTrue();
        assertThat(dept(view, "705").path("state").asText()).isEqualTo("NOT_RECEIVED");
        assertThat(dept(view, "705").path("daysLeft").asLong()).isEqualTo(-10);
        assertThat(dept(view, "706").path("daysLeft").asLong()).isEqualTo(20);
        assertThat(dept(view, "709").path("expected").asBoolean(true)).isFalse();
        assertThat(view.path("counts").path("OVERDUE").asLong()).isEqualTo(3);
        assertThat(view.path("publication").path("lastPass").path("outcome").asText()).isEqualTo("failed");
        assertThat(view.path("publication").path("nextPass").asText()).matches("\\d{4}-\\d{2}-\\d{2} 02:00");

        String page = get(port, "/console?year=2024", basic()).body();
        assertThat(page).contains("已逾期 5 天", "还剩 10 天", "按期公开", "（更正）", "退回 2 次", "连接发布服务器超时",
                "xiezuoban@example.gov.cn", "立即发布", "重新发送失败的邮件");
        assertThat(page.indexOf("data-code=\"705\"")).isLessThan(page.indexOf("data-code=\"702\""));
    }

    @Test
    void actionsRefuseWithoutCredentialsOrFormTokenAndWorkWithThem() throws Exception {
        start(Map.of());
        Path failed = Files.createDirectories(data.resolve("mail/failed"));
        Files.writeString(failed.resolve("20240301-a.eml"), "From: a@example.gov.cn\r\nTo: b@example.gov.cn\r\nSubject: t\r\n\r\nx\r\n");

        assertThat(post(port, "/ops/redrive-mails", null, "", Map.of()).statusCode()).isEqualTo(401);
        assertThat(post(port, "/ops/redrive-mails", basic(), "", Map.of()).statusCode()).as("no form token").isEqualTo(403);
        assertThat(post(port, "/ops/redrive-mails", basic(), "csrf=forged", Map.of()).statusCode()).isEqualTo(403);
        String csrf = OpsTestSupport.csrf(port);
        assertThat(post(port, "/ops/redrive-mails", basic(), "csrf=" + csrf, Map.of("Origin", "http://evil.example"))
                .statusCode()).as("another site's form").isEqualTo(403);
        assertThat(get(port, "/ops/redrive-mails", basic()).statusCode()).as("GET is no action").isEqualTo(405);
        assertThat(failed.resolve("20240301-a.eml")).exists();

        HttpResponse<String> ok = post(port, "/ops/redrive-mails", basic(), "csrf=" + csrf,
                Map.of("Origin", "http://127.0.0.1:" + port));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location")).contains("/console?done=redrive-mails");
        assertThat(JSON.readTree(ok.body()).path("moved").asInt()).isEqualTo(1);
        assertThat(failed.resolve("20240301-a.eml")).doesNotExist();
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(data.resolve("mail/outbox/20240301-a.eml")));

        // a script with the bearer token needs no form token (browsers never send it on their own)
        assertThat(post(port, "/ops/publish-now", "Bearer wrong", "", Map.of()).statusCode()).isEqualTo(401);
        HttpResponse<String> publish = post(port, "/ops/publish-now", "Bearer " + OpsTestSupport.TOKEN, "", Map.of());
        assertThat(publish.statusCode()).isEqualTo(303);
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(data.resolve("state/last-publication-pass.json")));
        JsonNode view = JSON.readTree(get(port, "/console?format=json", basic()).body());
        assertThat(view.path("publication").path("lastPass").path("outcome").asText()).isEqualTo("ok");
        String metrics = get(port, "/metrics", basic()).body();
        assertThat(metrics).contains("gongkai_publication_pass_duration_seconds_count{outcome=\"ok\"} 1")
                .containsPattern("gongkai_mail_delivered_total [1-9]"); // the re-driven mail (and the pass's digest)

        HttpResponse<String> probe = post(port, "/ops/check-publication-target", "Bearer " + OpsTestSupport.TOKEN, "", Map.of());
        assertThat(probe.statusCode()).isEqualTo(303);
        assertThat(JSON.readTree(probe.body()).path("reachable").asBoolean()).isTrue();
        JsonNode target = check(JSON.readTree(get(port, "/health/ready", basic()).body()), "publication-target");
        assertThat(target.path("data").path("reachable").asBoolean()).isTrue();
        assertThat(data.resolve("public/.gongkai-probe")).exists();
    }

    @Test
    void aMailTheServerRefusesIsCountedKeptAndReDrivenFromTheConsole() throws Exception {
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
            int deadPort = closed.getLocalPort();
            closed.close();
            start(Map.of("gongkai.mail.smtp.enabled", "true", "gongkai.mail.smtp.uri", "smtp://127.0.0.1:" + deadPort,
                    "gongkai.mail.retry.max", "0", "gongkai.mail.retry.delay", "10"));
        }
        Path spool = Files.createDirectories(data.resolve("mail/spool"));
        Files.writeString(spool.resolve("20240301-b.eml"),
                "From: a@example.gov.cn\r\nTo: b@example.gov.cn\r\nSubject: t\r\n\r\nx\r\n");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(data.resolve("mail/failed/20240301-b.eml")));
        await().atMost(Duration.ofSeconds(5)).until(() -> get(port, "/metrics", basic()).body().contains("gongkai_mail_failed_total 1.0"));
        JsonNode ready = JSON.readTree(get(port, "/health/ready", basic()).body());
        assertThat(check(ready, "mail").path("status").asText()).isEqualTo("DOWN");
        JsonNode view = JSON.readTree(get(port, "/console?format=json", basic()).body());
        assertThat(view.path("mail").path("failed").asInt()).isEqualTo(1);
        HttpResponse<String> redrive = post(port, "/ops/redrive-mails", "Bearer " + OpsTestSupport.TOKEN, "", Map.of());
        assertThat(JSON.readTree(redrive.body()).path("moved").asInt()).isEqualTo(1);
        // the server is still down: the mail fails again and is kept again
        await().atMost(Duration.ofSeconds(30)).until(() -> get(port, "/metrics", basic()).body().contains("gongkai_mail_failed_total 2.0"));
        assertThat(data.resolve("mail/failed/20240301-b.eml")).exists();
    }

    @Test
    void aPassThatBreaksOffIsShownOnTheConsoleAndMakesReadinessDown() throws Exception {
        Files.createDirectories(data.resolve("state"));
        Files.writeString(data.resolve("state/" + org.gongkai.publish.PublicationLedger.FILE_NAME), "{\"departments\": {\"2024/701\": [tr");
        start(Map.of());
        assertThat(post(port, "/ops/publish-now", "Bearer " + OpsTestSupport.TOKEN, "", Map.of()).statusCode()).isEqualTo(303);
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(data.resolve("state/last-publication-pass.json")));
        HttpResponse<String> ready = get(port, "/health/ready", basic());
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(check(JSON.readTree(ready.body()), "last-publication-pass").path("data").path("outcome").asText())
                .isEqualTo("broken_off");
        JsonNode view = JSON.readTree(get(port, "/console?format=json", basic()).body());
        assertThat(view.path("publication").path("lastPass").path("outcome").asText()).isEqualTo("broken_off");
        assertThat(view.path("problems").toString()).contains("发布台账无法读取");
        assertThat(get(port, "/metrics", basic()).body())
                .contains("gongkai_publication_pass_duration_seconds_count{outcome=\"broken_off\"} 1");
    }

    @Test
    void metricsAndTheLogFileChangeAfterSubmissionsAndTheRejectionMailLinksToTheSelfCheck() throws Exception {
        start(Map.of());
        assertThat(get(port, "/metrics", null).statusCode()).isEqualTo(401);
        String before = get(port, "/metrics", "Bearer " + OpsTestSupport.TOKEN).body();
        assertThat(before).contains("gongkai_inbox_files 0.0").doesNotContain("gongkai_submissions_total{");

        Path inbox = Files.createDirectories(data.resolve("inbox"));
        Files.writeString(inbox.resolve("broken.json"), OpsTestSupport.broken(OpsTestSupport.example()), StandardCharsets.UTF_8);
        Files.copy(OpsTestSupport.EXAMPLE, inbox.resolve("good.json"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            String m = get(port, "/metrics", basic()).body();
            return m.contains("gongkai_submissions_total{verdict=\"rejected\"} 1.0")
                    && m.contains("gongkai_submissions_total{verdict=\"accepted\"} 1.0");
        });
        String after = get(port, "/metrics", basic()).body();
        assertThat(after).contains("gongkai_submissions_received_total 2.0",
                "gongkai_submissions_rejected_by_category_total{category=\"table\"} 1.0",
                "gongkai_render_duration_seconds_count{kind=\"pdf\"} 1",
                "gongkai_render_duration_seconds_bucket{kind=\"html\",le=");

        Path log = data.resolve("logs/gongkai.log");
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(log)
                && Files.readString(log).contains("verdict=accepted"));
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} (Z|[+-]\\d{2}:\\d{2}) ")
                .containsPattern("Submission [0-9a-f]{12} rejected: file=broken.json department=701 year=2024 verdict=rejected errors=\\d+")
                .containsPattern("Submission [0-9a-f]{12} accepted: file=good.json department=701 year=2024 verdict=accepted");

        await().atMost(Duration.ofSeconds(10)).until(() -> !outbox().isEmpty());
        String mail = MailParts.text(PublishTestSupport.outbox(data).get(0));
        assertThat(mail).contains("https://yusuan.czj.example.gov.cn/self-check").doesNotContain("java -jar");
    }

    @Test
    void jsonLinesLogHasOneObjectPerLineWithTheOutcomeFields() throws Exception {
        start(Map.of("gongkai.log.json", "true"));
        Path inbox = Files.createDirectories(data.resolve("inbox"));
        Files.writeString(inbox.resolve("broken.json"), OpsTestSupport.broken(OpsTestSupport.example()), StandardCharsets.UTF_8);
        Path log = data.resolve("logs/gongkai.log");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(log) && Files.readString(log).contains("verdict=rejected"));
        JsonNode outcome = null;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(line); // every line is one JSON object
            assertThat(n.path("timestamp").asLong()).isPositive();
            if ("org.gongkai.outcome".equals(n.path("loggerName").asText())) {
                outcome = n;
            }
        }
        assertThat(outcome).isNotNull();
        assertThat(outcome.path("level").asText()).isEqualTo("WARN");
        assertThat(outcome.path("kvpList").toString()).contains("\"verdict\":\"rejected\"", "\"department\":\"701\"",
                "\"year\":\"2024\"", "\"sha256\":\"");
    }

    @Test
    void selfCheckAnswersTheIntakeReportAndStoresNothing() throws Exception {
        start(Map.of());
        HttpResponse<String> form = get(port, "/self-check", null);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("enctype=\"multipart/form-data\"", "name=\"file\"");
        assertThat(form.headers().firstValue("Content-Security-Policy")).isPresent();

        HttpResponse<String> valid = OpsTestSupport.upload(port, "协作办.json", Files.readAllBytes(OpsTestSupport.EXAMPLE));
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
        assertThat(valid.body()).contains("data-valid=\"true\"", "<strong>valid</strong>", "协作办.json");

        HttpResponse<String> invalid = OpsTestSupport.upload(port, "C:\\Users\\clerk\\错误.json",
                OpsTestSupport.broken(OpsTestSupport.example()).getBytes(StandardCharsets.UTF_8));
        assertThat(invalid.body()).contains("data-valid=\"false\"", "<strong>invalid</strong>", "部门支出总体情况表", "错误.json")
                .doesNotContain("C:\\Users");

        // hostile input is handled as in the intake: markup in a name is escaped, garbage is a finding, not an error
        HttpResponse<String> hostile = OpsTestSupport.upload(port, "<img src=x onerror=alert(1)>.json",
                "{\"formatVersion\": 1, \"department\": {\"name\": \"<script>alert(1)</script>\"".getBytes(StandardCharsets.UTF_8));
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(hostile.body()).contains("data-valid=\"false\"").doesNotContain("<script>alert(1)</script>", "<img src=x");
        HttpResponse<String> zip = OpsTestSupport.upload(port, "bomb.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.body()).contains("data-valid=\"false\"");

        assertThat(filesUnder(data).stream().map(p -> p.getFileName().toString()))
                .noneMatch(n -> n.contains("协作办") || n.contains("错误") || n.contains("bomb"));
    }

    @Test
    void aProtectedSelfCheckNeedsCredentialsAlsoForUploads() throws Exception {
        start(Map.of("gongkai.http.self-check.public", "false"));
        byte[] example = Files.readAllBytes(OpsTestSupport.EXAMPLE);
        assertThat(get(port, "/self-check", null).statusCode()).isEqualTo(401);
        assertThat(OpsTestSupport.upload(port, "a.json", example).statusCode()).isEqualTo(401);
        assertThat(OpsTestSupport.upload(port, "a.json", example, basic(OpsTestSupport.USER, "nope")).statusCode()).isEqualTo(401);
        assertThat(get(port, "/self-check", basic()).statusCode()).isEqualTo(200);
        HttpResponse<String> ok = OpsTestSupport.upload(port, "a.json", example, basic());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("data-valid=\"true\"");
    }

    @Test
    void uploadsAboveTheInboxLimitAreRefused() throws Exception {
        start(Map.of("gongkai.intake.max-file-size", "1000"));
        HttpResponse<String> r = OpsTestSupport.upload(port, "big.json", new byte[200_000]);
        assertThat(r.statusCode()).isEqualTo(413);
        HttpResponse<String> justOver = OpsTestSupport.upload(port, "over.json", new byte[1500]);
        assertThat(justOver.statusCode()).isEqualTo(200);
        assertThat(justOver.body()).contains("data-valid=\"false\"");
    }

    @Test
    void withTheServerOffNothingListens() throws Exception {
        start(Map.of());
        service.close();
        service = null;
        Map<String, String> s = OpsTestSupport.settings(data);
        s.put("gongkai.http.enabled", "false");
        service = GongkaiService.start(s);
        assertThat(service.context().hasService(org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer.class)).isNull();
        assertThat(service.context().getRoute("http-console")).isNull();
        assertThat(service.context().getRoute("intake")).isNotNull();
    }

    List<Path> outbox() throws Exception {
        return filesUnder(data.resolve("mail/outbox"));
    }

    static List<Path> filesUnder(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    static JsonNode check(JsonNode health, String name) {
        for (JsonNode c : health.path("checks")) {
            if (name.equals(c.path("name").asText())) {
                return c;
            }
        }
        throw new AssertionError("no check " + name + " in " + health);
    }

    static JsonNode dept(JsonNode view, String code) {
        for (JsonNode d : view.path("departments")) {
            if (code.equals(d.path("code").asText())) {
                return d;
            }
        }
        throw new AssertionError("no department " + code + " in " + view);
    }
}
