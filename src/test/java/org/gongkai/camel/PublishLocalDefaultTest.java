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
import org.gongkai.publish.StagedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: no server configured, publication goes to data/public; an operator's trigger file starts a pass. */
class PublishLocalDefaultTest {

    @TempDir
    Path data;

    @Test
    void anOperatorsTriggerFilePublishesToTheLocalFolderAndMailsTheDigestAndTheSubmitter() throws Exception {
        LocalDate approval = LocalDate.now().minusDays(10);
        StagedFixtures.stage(data.resolve("staging"), "701", "平顶山市人民政府经济技术协作办公室", approval,
                "xiezuoban@example.gov.cn", LocalDateTime.now().minusHours(1), "初版");
        try (GongkaiService service = GongkaiService.start(PublishTestSupport.settings(data))) {
            Path trigger = data.resolve("control/publish-now");
            Files.createDirectories(trigger.getParent());
            Files.writeString(trigger, "");

            await().atMost(Duration.ofSeconds(20)).until(() -> PublishTestSupport.outbox(data).size() >= 2);
            await().atMost(Duration.ofSeconds(5)).until(() -> !Files.exists(trigger));

            Path site = data.resolve("public");
            assertThat(site.resolve("index.html")).content().contains("平顶山市人民政府经济技术协作办公室");
            Path version;
            try (var s = Files.list(site.resolve("2024/701"))) {
                version = s.filter(Files::isDirectory).findFirst().orElseThrow();
            }
            assertThat(version.getFileName().toString()).startsWith("v1-");
            assertThat(version.resolve(StagedFixtures.PDF)).exists();
            assertThat(version.resolve(StagedFixtures.CSV)).content().contains("一般公共预算拨款收入");
            try (var s = Files.walk(site)) {
                assertThat(s.filter(p -> p.toString().endsWith(".part"))).isEmpty();
            }

            List<MimeMessage> digest = PublishTestSupport.withSubject(data, "预算公开发布日报");
            assertThat(digest).hasSize(1);
            assertThat(PublishTestSupport.to(digest.get(0))).isEqualTo("yusuan@czj.example.gov.cn");
            assertThat(PublishTestSupport.text(digest.get(0))).contains("一、已发布（1 个）")
                    .contains("2024/701/" + version.getFileName()).contains("法定公开期限 " + approval.plusDays(20));
            List<MimeMessage> notice = PublishTestSupport.withSubject(data, "2024年部门预算已公开");
            assertThat(notice).hasSize(1);
            assertThat(PublishTestSupport.to(notice.get(0))).isEqualTo("xiezuoban@example.gov.cn");
            assertThat(PublishTestSupport.text(notice.get(0)))
                    .contains("https://www.example.gov.cn/yusuan/2024/701/index.html")
                    .contains("https://www.example.gov.cn/yusuan/2024/701/" + version.getFileName() + "/"
                            + java.net.URLEncoder.encode(StagedFixtures.PDF, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(PublishTestSupport.withSubject(data, "告警")).isEmpty();
            assertThat(site.resolve("index.html")).content().contains("<title>部门预算公开</title>");

            // A corrected resubmission, triggered again: the pages in the local folder are replaced in place.
            StagedFixtures.stage(data.resolve("staging"), "701", "平顶山市人民政府经济技术协作办公室", approval,
                    "xiezuoban@example.gov.cn", LocalDateTime.now().minusMinutes(5), "更正版");
            Files.writeString(trigger, "");
            await().atMost(Duration.ofSeconds(20)).until(() -> PublishTestSupport.withSubject(data, "预算公开发布日报").size() == 2);
            String page = Files.readString(site.resolve("2024/701/index.html"));
            assertThat(page).contains("历史版本（存档）").contains(version.getFileName() + "/index.html");
            try (var s = Files.list(site.resolve("2024/701"))) {
                assertThat(s.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                        .hasSize(2).anySatisfy(n -> assertThat(page).contains(n + "/" + java.net.URLEncoder.encode(
                                StagedFixtures.PDF, java.nio.charset.StandardCharsets.UTF_8)));
            }
            assertThat(site.resolve("index.html")).content().contains("更正 ");
        }
    }
}
