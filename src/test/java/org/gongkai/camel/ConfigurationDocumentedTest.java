package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every gongkai setting has a comment in config/application.properties and a row in the README. */
class ConfigurationDocumentedTest {

    @Test
    void everySettingIsCommentedAndDocumentedInTheReadme() throws Exception {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("config/application.properties"), StandardCharsets.UTF_8)) {
            props.load(r);
        }
        String readme = Files.readString(Path.of("README.md"));
        List<String> lines = Files.readAllLines(Path.of("config/application.properties"));
        for (String key : props.stringPropertyNames()) {
            if (!key.startsWith("gongkai.")) {
                continue;
            }
            assertThat(readme).as("README documents %s", key).contains("`" + key + "`");
            int at = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(key + " ") || lines.get(i).startsWith(key + "=")) {
                    at = i;
                }
            }
            assertThat(at).as("%s is in the file", key).isPositive();
            int i = at - 1;
            while (i >= 0 && !lines.get(i).startsWith("#") && lines.get(i).contains("=")) {
                i--; // keys grouped under one comment
            }
            assertThat(lines.get(i)).as("comment above %s", key).startsWith("#");
        }
    }

    @Test
    void smtpCredentialsAreAddedOnlyWhenSetAndNeverPrinted() {
        assertThat(new SmtpUri("smtp://mail:25", "", "", false).uri()).isEqualTo("smtp://mail:25");
        SmtpUri withAuth = new SmtpUri("smtps://mail:465", "czj", "p&ss=1", false);
        assertThat(withAuth.uri()).isEqualTo("smtps://mail:465?username=RAW(czj)&password=RAW(p&ss=1)");
        assertThat(withAuth.toString()).doesNotContain("p&ss=1");
        assertThat(new SmtpUri("smtps://mail:465", "czj", "a)b", false).uri()).endsWith("password=RAW{a)b}");
        assertThat(new SmtpUri("smtps://mail:465", "czj", "a)b}c", false).uri()).endsWith("password=a%29b%7Dc");
        assertThat(new SmtpUri("smtps://mail:465", "czj", "a)b}c&x=1", false).toString())
                .isEqualTo("smtps://mail:465?username=RAW(czj)&password=***");
        assertThat(new SmtpUri("smtp://mail:587", null, null, true).uri())
                .isEqualTo("smtp://mail:587?mail.smtp.starttls.enable=true&mail.smtp.starttls.required=true");
    }
}
