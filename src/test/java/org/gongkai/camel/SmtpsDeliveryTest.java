package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A real SMTP server over implicit TLS with authentication takes configuration alone. */
class SmtpsDeliveryTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("gongkai@czj.example.gov.cn", "gongkai", "s3cret&=x"));

    @TempDir
    Path data;

    @Test
    void alertIsDeliveredOverSmtpsWithCredentials() throws Exception {
        try (GongkaiService service = GongkaiService.start(Map.of(
                "gongkai.data.dir", data.toString(),
                "gongkai.inbox.poll-delay", "200",
                "gongkai.inbox.read-lock-min-age", "300",
                "gongkai.inbox.read-lock-check-interval", "100",
                "gongkai.mail.poll-delay", "200",
                "gongkai.mail.smtp.enabled", "true",
                "gongkai.mail.smtp.uri", "smtps://127.0.0.1:" + greenMail.getSmtps().getPort(),
                "gongkai.mail.smtp.username", "gongkai",
                "gongkai.mail.smtp.password", "s3cret&=x",
                "gongkai.mail.smtp.ssl-trust", "*"))) {
            Files.createDirectories(data.resolve("inbox"));
            Files.writeString(data.resolve("inbox/broken.json"), "{", StandardCharsets.UTF_8);
            await().atMost(Duration.ofSeconds(20)).until(() -> greenMail.getReceivedMessages().length >= 1);
            assertThat(greenMail.getReceivedMessages()[0].getAllRecipients()).isNotEmpty();
            assertThat(Files.list(data.resolve("mail/sent")).count()).isEqualTo(1);
        }
    }
}
