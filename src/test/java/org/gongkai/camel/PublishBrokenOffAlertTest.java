package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.gongkai.publish.PublicationLedger;
import org.gongkai.publish.StagedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pass that breaks off with an unexpected error (a corrupt ledger) alerts the operators by mail and touches nothing. */
class PublishBrokenOffAlertTest {

    @TempDir
    Path data;

    @Test
    void aCorruptLedgerBreaksThePassOffAndTheOperatorsGetAnAlert() throws Exception {
        Path staged = StagedFixtures.stage(data.resolve("staging"), "701", "平顶山市人民政府经济技术协作办公室",
                LocalDate.now().minusDays(3), null, LocalDateTime.now().minusHours(2), "初版");
        Files.createDirectories(data.resolve("state"));
        Files.writeString(data.resolve("state").resolve(PublicationLedger.FILE_NAME), "{\"departments\": {\"2024/701\": [tr");
        try (GongkaiService service = GongkaiService.start(PublishTestSupport.settings(data))) {
            Files.createDirectories(data.resolve("control"));
            Files.writeString(data.resolve("control/publish-now"), "");

            await().atMost(Duration.ofSeconds(20)).until(() -> !PublishTestSupport.withSubject(data, "发布中断").isEmpty());

            List<MimeMessage> alerts = PublishTestSupport.withSubject(data, "【告警】预算公开发布中断");
            assertThat(alerts).hasSize(1);
            assertThat(PublishTestSupport.to(alerts.get(0))).isEqualTo("ops@czj.example.gov.cn");
            assertThat(PublishTestSupport.text(alerts.get(0))).contains("暂存的公开文件均未改动");
            assertThat(PublishTestSupport.withSubject(data, "预算公开发布日报")).isEmpty();
            assertThat(data.resolve("public/index.html")).doesNotExist();
            assertThat(staged.resolve("STAGED")).exists();
            await().atMost(Duration.ofSeconds(5)).until(() -> !Files.exists(data.resolve("control/publish-now")));
        }
    }
}
