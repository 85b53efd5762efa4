package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.model.PriorYear;
import org.gongkai.narrative.PriorYearFigures;
import org.gongkai.narrative.Submissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intake route with last year in the archive: the department's 2024 budget is accepted and staged, then its 2025
 * submission is checked against it (a changed comparative is rejected naming both figures; left-out ones are filled).
 */
class PriorYearIntakeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path Y2024 = Path.of("examples/pingdingshan-701-2024.json");

    /** The Henan example as the department's 2025 budget: same tables, comparatives left out. */
    private static ObjectNode budget2025() throws IOException {
        ObjectNode n = (ObjectNode) JSON.readTree(Y2024.toFile());
        n.put("fiscalYear", 2025);
        n.put("approvalDate", n.path("approvalDate").asText().replaceFirst("^2024", "2025"));
        n.remove("priorYear");
        // assets are reported as at the end of the year before the budget year (explain.assets)
        ((ObjectNode) n.path("otherMatters").path("assets")).put("asOf", "2024年期末");
        return n;
    }

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

    private void start() throws Exception {
        Map<String, String> m = new HashMap<>();
        m.put("gongkai.data.dir", data.toString());
        m.put("gongkai.inbox.poll-delay", "200");
        m.put("gongkai.inbox.read-lock-check-interval", "200");
        m.put("gongkai.inbox.read-lock-min-age", "600");
        m.put("gongkai.mail.poll-delay", "200");
        m.put("gongkai.mail.smtp.enabled", "true");
        m.put("gongkai.mail.smtp.uri", "smtp://127.0.0.1:" + greenMail.getSmtp().getPort());
        m.put("gongkai.mail.finance-bureau", "yusuan@czj.example.gov.cn");
        service = GongkaiService.start(m);
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private boolean has(Path dir, String suffix) throws IOException {
        return filesUnder(dir).stream().anyMatch(p -> p.toString().endsWith(suffix));
    }

    @Test
    void the2025SubmissionIsCheckedAgainstThePublished2024Budget() throws Exception {
        start();
        Path inbox = Files.createDirectories(data.resolve("inbox"));
        Files.copy(Y2024, inbox.resolve("xiezuoban-2024.json"));
        await().atMost(Duration.ofSeconds(30)).until(() -> has(data.resolve("staging/2024/701"), "STAGED"));

        // 2025 with the comparatives of the 2024 tables, except 公务接待费 (one more than in the 2024 table)
        PriorYear right = PriorYearFigures.from(Submissions.read(Y2024));
        java.math.BigDecimal reception = right.threePublic().get("reception");
        java.math.BigDecimal changed = reception.add(java.math.BigDecimal.ONE);
        ObjectNode wrong = budget2025();
        ObjectNode prior = JSON.valueToTree(right);
        ((ObjectNode) prior.path("threePublic")).put("reception", changed);
        wrong.set("priorYear", prior);
        Files.write(inbox.resolve("xiezuoban-2025-wrong.json"), JSON.writeValueAsBytes(wrong));
        await().atMost(Duration.ofSeconds(30)).until(() -> has(data.resolve("rejected"), "xiezuoban-2025-wrong.json.report.json"));
        Path report = filesUnder(data.resolve("rejected")).stream().filter(p -> p.toString().endsWith(".report.json"))
                .findFirst().orElseThrow();
        JsonNode findings = JSON.readTree(report.toFile()).path("findings");
        JsonNode mismatch = null;
        for (JsonNode f : findings) {
            if ("cross.prior-year-archive".equals(f.path("ruleId").asText(f.path("rule").asText()))) {
                mismatch = f;
            }
        }
        assertThat(mismatch).as(findings.toString()).isNotNull();
        assertThat(mismatch.toString()).contains(changed.toPlainString() + "万元",
                reception.toPlainString() + "万元", "xiezuoban-2024.json", "priorYear.threePublic.reception");

        // the same 2025 budget without comparatives is accepted; the report says they were filled from 2024
        Files.write(inbox.resolve("xiezuoban-2025.json"), JSON.writeValueAsBytes(budget2025()));
        await().atMost(Duration.ofSeconds(30)).until(() -> has(data.resolve("staging/2025/701"), "STAGED")
                || has(data.resolve("rejected"), "xiezuoban-2025.json.report.json"));
        assertThat(filesUnder(data.resolve("rejected")).toString()).doesNotContain("xiezuoban-2025.json.report");
        Path validation = filesUnder(data.resolve("staging/2025/701")).stream()
                .filter(p -> p.getFileName().toString().equals("validation.json")).findFirst().orElseThrow();
        assertThat(Files.readString(validation)).contains("cross.prior-year-filled",
                "公务接待费 " + reception.toPlainString() + "万元", "xiezuoban-2024.json");
    }
}
