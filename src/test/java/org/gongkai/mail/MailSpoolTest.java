package org.gongkai.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSpoolTest {

    @Test
    void spooledMailsAreCompleteEmlFilesWithUniqueNamesAndNothingElse(@TempDir Path dir) throws Exception {
        Path spoolDir = dir.resolve("mail/spool");
        MailSpool spool = new MailSpool(spoolDir);
        byte[] eml = "Subject: test\r\n\r\n正文\r\n".getBytes(StandardCharsets.UTF_8);
        Path a = spool.enqueue(eml, "rejection");
        Path b = spool.enqueue(eml, "rejection");
        assertThat(a).isNotEqualTo(b).hasParentRaw(spoolDir);
        assertThat(a.getFileName().toString()).matches("\\d{8}-\\d{6}-\\d{3}-rejection-[0-9a-f]{8}\\.eml");
        assertThat(Files.readAllBytes(a)).isEqualTo(eml);
        try (Stream<Path> s = Files.list(spoolDir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    a.getFileName().toString(), b.getFileName().toString());
        }
    }
}
