package org.gongkai.camel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.gongkai.intake.SubmissionCheck;
import org.gongkai.model.Submission;
import org.gongkai.ops.PassRecord;
import org.gongkai.publish.PublicationLedger;
import org.gongkai.publish.PublishedVersion;
import org.gongkai.publish.StagingArea;
import org.gongkai.report.CheckReport;
import org.gongkai.report.JsonReportWriter;
import org.gongkai.support.Hashes;

/**
 * The service with its HTTP server on a free port, credentials for the tests, an HTTP client, and seeds: departments
 * of 2024 in every state the console knows, with approval dates relative to today (Beijing time).
 */
final class OpsTestSupport {

    static final Path EXAMPLE = Path.of("examples/pingdingshan-701-2024.json");
    static final String USER = "operator";
    static final String PASSWORD = "correct horse battery";
    static final String TOKEN = "test-token-0123456789";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpsTestSupport() {
    }

    static Map<String, String> settings(Path data) {
        Map<String, String> m = new HashMap<>();
        m.put("gongkai.data.dir", data.toString());
        m.put("gongkai.http.enabled", "true");
        m.put("gongkai.http.port", "0");
        m.put("gongkai.http.password", PASSWORD);
        m.put("gongkai.http.token", TOKEN);
        m.put("gongkai.inbox.poll-delay", "200");
        m.put("gongkai.inbox.read-lock-check-interval", "200");
        m.put("gongkai.inbox.read-lock-min-age", "400");
        m.put("gongkai.mail.poll-delay", "200");
        m.put("gongkai.publish.control.poll-delay", "200");
        m.put("gongkai.http.public-base-url", "https://yusuan.czj.example.gov.cn/");
        return m;
    }

    static int port(GongkaiService service) {
        return service.context().hasService(VertxPlatformHttpServer.class).getPort();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String basic() {
        return basic(USER, PASSWORD);
    }

    static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static HttpResponse<String> get(int port, String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return client().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(int port, String path, String authorization, String form, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form == null ? "" : form));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        headers.forEach(b::header);
        return client().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Uploads one file as the self-check form does (multipart/form-data, field "file"). */
    static HttpResponse<String> upload(int port, String fileName, byte[] content) throws Exception {
        return upload(port, fileName, content, null);
    }

    static HttpResponse<String> upload(int port, String fileName, byte[] content, String authorization) throws Exception {
        String boundary = "----gongkai" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/self-check"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return client().send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The console's anti-forgery token, read from its page as a browser would. */
    static String csrf(int port) throws Exception {
        String page = get(port, "/console", basic()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("no anti-forgery token on the console");
        }
        return m.group(1);
    }

    static String example() throws IOException {
        return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    }

    /** The example as another department with another approval date. */
    static String submissionJson(String code, LocalDate approval) throws IOException {
        String json = example();
        if (!json.contains("\"code\": \"701\",") || !json.contains("\"approvalDate\": \"2024-02-06\"")) {
            throw new AssertionError("example changed");
        }
        return json.replaceFirst("\"code\": \"701\",", "\"code\": \"" + code + "\",")
                .replace("\"approvalDate\": \"2024-02-06\"", "\"approvalDate\": \"" + approval + "\"");
    }

    /** The example with the 合计 of 部门支出总体情况表 no longer equal to the sum of its items. */
    static String broken(String json) {
        String from = "{\"kind\": \"total\", \"values\": {\"total\": 121.3, \"basic\": 121.3, \"basic_wages\": 76.6";
        if (!json.contains(from)) {
            throw new AssertionError("example changed");
        }
        return json.replace(from, from.replace("\"total\": 121.3", "\"total\": 131.3"));
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A complete staged folder (what the intake leaves for an accepted submission). */
    static Path stage(Path data, String code, LocalDate approval, LocalDateTime receivedAt) throws IOException {
        String json = submissionJson(code, approval);
        Submission s = JSON.readValue(json, Submission.class);
        StagingArea staging = new StagingArea(data.resolve("staging"));
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Path dir = staging.stage(s, Hashes.sha256(bytes), receivedAt, code + ".json", bytes, "{}");
        staging.complete(dir);
        return dir;
    }

    /** A rejected original's JSON report, as the intake writes it (the real check of a broken file). */
    static void reject(Path data, String code, LocalDate approval, String stamp) throws IOException {
        byte[] bytes = broken(submissionJson(code, approval)).getBytes(StandardCharsets.UTF_8);
        CheckReport report = CheckReport.of(new SubmissionCheck().check(code + ".json", bytes));
        if (report.valid()) {
            throw new AssertionError("broken copy passed");
        }
        Path dir = Files.createDirectories(data.resolve("rejected"));
        Files.write(dir.resolve(stamp + "-" + code + ".json"), bytes);
        Files.write(dir.resolve(stamp + "-" + code + ".json.report.json"), new JsonReportWriter().toBytes(report));
    }

    /** A department published twice (the second a 更正), first on {@code firstOn}. */
    static void published(Path data, String code, String name, LocalDate approval, LocalDate firstOn, LocalDate secondOn)
            throws IOException {
        PublicationLedger ledger = PublicationLedger.load(data.resolve("state"));
        ledger.record(2024, code, code, name, approval.toString(), new PublishedVersion(1, "2024/" + code + "/v1-aaaaaaaa",
                "a".repeat(64), "2024/" + code + "/20240101-000000-000-aaaaaaaa", firstOn + "T10:00:00", new TreeMap<>(), false));
        ledger.record(2024, code, code, name, approval.toString(), new PublishedVersion(2, "2024/" + code + "/v2-bbbbbbbb",
                "b".repeat(64), "2024/" + code + "/20240102-000000-000-bbbbbbbb", secondOn + "T10:00:00", new TreeMap<>(), true));
        ledger.save();
    }

    /** The last publication pass failed for one department. */
    static void passFailed(Path data, String code, String name) throws IOException {
        new PassRecord("2024-03-01T02:00:00", "2024-03-01T02:01:00", "failed", 0, 1, "0 published, 0 pending",
                List.of(new PassRecord.Failed(2024, code, name, "连接发布服务器超时"))).save(data.resolve("state"));
    }
}
