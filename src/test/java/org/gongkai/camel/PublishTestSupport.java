package org.gongkai.camel;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** Settings and mail reading shared by the publication tests of the whole service. */
final class PublishTestSupport {

    private PublishTestSupport() {
    }

    /** The service on a temporary data folder, with fast polls and short retry delays. */
    static Map<String, String> settings(Path data) {
        Map<String, String> m = new HashMap<>();
        m.put("gongkai.data.dir", data.toString());
        m.put("gongkai.inbox.poll-delay", "200");
        m.put("gongkai.mail.poll-delay", "100");
        m.put("gongkai.publish.control.poll-delay", "100");
        m.put("gongkai.publish.retry.attempts", "3");
        m.put("gongkai.publish.retry.delay", "20");
        m.put("gongkai.publish.retry.max-delay", "50");
        m.put("gongkai.publish.connect-timeout", "2000");
        m.put("gongkai.publish.so-timeout", "5000");
        m.put("gongkai.publish.data-timeout", "5000");
        m.put("gongkai.publish.public-base-url", "https://www.example.gov.cn/yusuan");
        m.put("gongkai.mail.finance-bureau", "yusuan@czj.example.gov.cn");
        m.put("gongkai.publish.operators", "ops@czj.example.gov.cn");
        return m;
    }

    /** The mails delivered to the outbox (no SMTP server configured). */
    static List<MimeMessage> outbox(Path data) throws Exception {
        Path outbox = data.resolve("mail/outbox");
        List<MimeMessage> mails = new ArrayList<>();
        if (!Files.isDirectory(outbox)) {
            return mails;
        }
        try (Stream<Path> s = Files.list(outbox)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    mails.add(new MimeMessage(Session.getInstance(new Properties()), in));
                }
            }
        }
        return mails;
    }

    static List<MimeMessage> withSubject(Path data, String part) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : outbox(data)) {
            if (m.getSubject().contains(part)) {
                out.add(m);
            }
        }
        return out;
    }

    static String to(MimeMessage m) throws Exception {
        return m.getAllRecipients()[0].toString();
    }

    static String text(jakarta.mail.Part m) throws Exception {
        return org.gongkai.mail.MailParts.text(m);
    }
}
