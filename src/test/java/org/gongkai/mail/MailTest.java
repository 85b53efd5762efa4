package org.gongkai.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.intake.ExampleFiles;
import org.gongkai.intake.SubmissionCheck;
import org.gongkai.report.ReportFixtures;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Location;
import org.gongkai.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String FINANCE = "yusuan@czj.example.gov.cn";
    private final RejectionAlert alert = new RejectionAlert("gongkai@czj.example.gov.cn", "预算公开校验服务", List.of(FINANCE), null);
    private final MailComposer composer = new MailComposer(SESSION, Clock.fixed(Instant.parse("2024-02-20T02:30:00Z"), ZoneOffset.UTC));

    private static MimeMessage parse(byte[] eml) throws Exception {
        return new MimeMessage(SESSION, new ByteArrayInputStream(eml));
    }

    /** Leaf parts of a message, depth first. */
    private static List<Part> leaves(Part p) throws Exception {
        List<Part> out = new ArrayList<>();
        if (p.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                out.addAll(leaves(mp.getBodyPart(i)));
            }
        } else {
            out.add(p);
        }
        return out;
    }

    private static Part attachment(MimeMessage m) throws Exception {
        return leaves(m).stream().filter(p -> {
            try {
                return Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition());
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
    }

    private static String text(MimeMessage m, String type) throws Exception {
        for (Part p : leaves(m)) {
            if (p.isMimeType(type) && p.getDisposition() == null) {
                return (String) p.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    @Test
    void composedEmlIsAsciiOnTheWireAndDecodesBackToTheChinese() throws Exception {
        byte[] report = "<html>报告</html>".getBytes(StandardCharsets.UTF_8);
        Mail mail = new Mail("gongkai@czj.example.gov.cn", "预算公开校验服务", List.of("a@x.example.cn", "b@y.example.cn"),
                "【预算公开校验未通过】平顶山市人民政府经济技术协作办公室 2024年部门预算：3个错误",
                "正文：合计不等于各分项之和。", "<p>正文：合计不等于各分项之和。</p>",
                List.of(new Mail.Attachment("协作办 2024年预算.json.report.html", "text/html; charset=UTF-8", report)));
        byte[] eml = composer.composeEml(mail);
        for (byte b : eml) {
            assertThat(b & 0xFF).isLessThan(128);
        }
        MimeMessage m = parse(eml);
        assertThat(m.getSubject()).isEqualTo("【预算公开校验未通过】平顶山市人民政府经济技术协作办公室 2024年部门预算：3个错误");
        assertThat(Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress()))
                .containsExactly("a@x.example.cn", "b@y.example.cn");
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("gongkai@czj.example.gov.cn");
        assertThat(from.getPersonal()).isEqualTo("预算公开校验服务");
        assertThat(m.getSentDate().toInstant()).isEqualTo(Instant.parse("2024-02-20T02:30:00Z"));
        assertThat(m.getMessageID()).matches("<[^@<>]+@czj\\.example\\.gov\\.cn>");
        assertThat(m.isMimeType("multipart/mixed")).isTrue();
        assertThat(text(m, "text/plain")).isEqualTo("正文：合计不等于各分项之和。");
        assertThat(text(m, "text/html")).contains("<p>正文");
        Part att = attachment(m);
        assertThat(att.getFileName()).isEqualTo("协作办 2024年预算.json.report.html");
        assertThat(att.getInputStream().readAllBytes()).isEqualTo(report);
        assertThat(new String(eml, StandardCharsets.US_ASCII)).contains("filename*=UTF-8''");
    }

    @Test
    void headersCannotBeInjectedThroughTheSubject() throws Exception {
        Mail mail = new Mail("gongkai@czj.example.gov.cn", null, List.of("a@x.example.cn"),
                "abc\r\nBcc: victim@evil.example\r\n\r\nbody", "t", null, List.of());
        MimeMessage m = parse(composer.composeEml(mail));
        assertThat(m.getHeader("Bcc")).isNull();
        assertThat(m.getSubject()).contains("abc").contains("Bcc: victim@evil.example").doesNotContain("\n");
        // text only: a plain text/plain message, not a multipart/alternative with a single part
        assertThat(m.isMimeType("text/plain")).isTrue();
        assertThat(m.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(m.getContent()).isEqualTo("t");
    }

    @Test
    void textAndHtmlGoAsAlternativeWithBothParts() throws Exception {
        Mail mail = new Mail("gongkai@czj.example.gov.cn", null, List.of("a@x.example.cn"), "s", "正文", "<p>正文</p>", List.of());
        MimeMessage m = parse(composer.composeEml(mail));
        assertThat(m.isMimeType("multipart/alternative")).isTrue();
        assertThat(((jakarta.mail.Multipart) m.getContent()).getCount()).isEqualTo(2);
    }

    @Test
    void rejectionAlertNamesDepartmentYearAndErrorsAndAttachesTheReport() throws Exception {
        List<Finding> fs = List.of(ReportFixtures.sumRow(), ReportFixtures.sumRow(), ReportFixtures.sumRow(),
                ReportFixtures.missingReason());
        CheckedSubmission c = ReportFixtures.checked("协作办2024.json", "平顶山市人民政府经济技术协作办公室", fs);
        Mail mail = alert.build(c, "data/rejected/协作办2024.json");
        assertThat(mail.subject()).isEqualTo("【预算公开校验未通过】平顶山市人民政府经济技术协作办公室 2024年部门预算：3个错误、1个警告");
        assertThat(mail.to()).containsExactly("xiezuoban@example.gov.cn", FINANCE);

        MimeMessage m = parse(composer.composeEml(mail));
        assertThat(m.getSubject()).isEqualTo(mail.subject());
        String body = text(m, "text/plain");
        assertThat(body).contains("3 个错误、1 个警告").contains("data/rejected/协作办2024.json")
                .contains("1. 错误 SUM-ROW 表“部门支出总体情况表” 第3行（2080501 行政单位离退休） “合计”列")
                .contains("应为 36.2，实为 36.3").contains("4. 警告 REASON-ITEM").contains("如何重新提交")
                .doesNotContain("另有");
        assertThat(text(m, "text/html")).contains("SUM-ROW").contains("核对“基本支出”");
        Part att = attachment(m);
        assertThat(att.getFileName()).isEqualTo("协作办2024.json.report.html");
        assertThat(new String(att.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("预算公开材料校验报告").contains("平顶山市人民政府经济技术协作办公室");
    }

    @Test
    void longListsAreCutAtFiftyAndPointToTheAttachment() throws Exception {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 57; i++) {
            many.add(new Finding("SUM-COL", Severity.ERROR, "第" + i + "处不平", Location.none(), null, null, null));
        }
        Mail mail = alert.build(ReportFixtures.checked("a.json", "某局", many), null);
        assertThat(mail.subject()).endsWith("：57个错误");
        assertThat(mail.textBody()).contains("50. 错误 SUM-COL").doesNotContain("51. 错误").contains("另有7条，详见附件。");
        assertThat(mail.htmlBody()).contains("另有7条，详见附件。");
    }

    @Test
    void unknownDepartmentUsesTheFileNameAndOnlyWellFormedSubmitterAddressesAreMailed(@TempDir Path dir) throws Exception {
        Path gbk = dir.resolve("协作办预算.json");
        Files.write(gbk, ExampleFiles.text().getBytes(java.nio.charset.Charset.forName("GBK")));
        CheckedSubmission c = new SubmissionCheck().check(gbk);
        Mail mail = alert.build(c, gbk.toString());
        assertThat(mail.subject()).isEqualTo("【预算公开校验未通过】协作办预算.json：1个错误");
        assertThat(mail.to()).containsExactly(FINANCE);
        assertThat(mail.textBody()).contains("file.encoding").contains("GBK");

        for (String bad : List.of("a@b", "张三 <a@b.example.cn>", "a@b.example.cn\r\nBcc: x@y.example", "a@b.example.cn, c@d.example.cn", "")) {
            String text = ExampleFiles.replaceFirst("\"email\": \"xiezuoban@example.gov.cn\"",
                    "\"email\": \"" + bad.replace("\r", "\\r").replace("\n", "\\n") + "\"");
            String broken = text.replace("\"explanations\": {", "\"explanations\": {{");
            CheckedSubmission cs = new SubmissionCheck().check("x.json", broken.getBytes(StandardCharsets.UTF_8));
            assertThat(alert.recipients(cs)).as(bad).containsExactly(FINANCE);
        }
        String ok = ExampleFiles.text().replace("\"explanations\": {", "\"explanations\": {{");
        CheckedSubmission known = new SubmissionCheck().check("x.json", ok.getBytes(StandardCharsets.UTF_8));
        assertThat(alert.recipients(known)).containsExactly("xiezuoban@example.gov.cn", FINANCE);
        assertThat(alert.build(known, null).subject()).isEqualTo("【预算公开校验未通过】平顶山市人民政府经济技术协作办公室 2024年部门预算：1个错误");
    }

    @Test
    void theComposedMessageIsSendableAsIsOverSmtp() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            Properties p = new Properties();
            p.put("mail.smtp.host", "127.0.0.1");
            p.put("mail.smtp.port", Integer.toString(smtp.getSmtp().getPort()));
            Session session = Session.getInstance(p);
            MailComposer c = new MailComposer(session, Clock.systemUTC());
            Mail mail = alert.build(ReportFixtures.checked("协作办2024.json", "平顶山市人民政府经济技术协作办公室",
                    List.of(ReportFixtures.sumRow())), "data/rejected/协作办2024.json");
            MimeMessage msg = c.compose(mail);
            String id = msg.getMessageID();
            Transport.send(msg);
            assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
            MimeMessage got = smtp.getReceivedMessages()[0];
            assertThat(got.getSubject()).isEqualTo("【预算公开校验未通过】平顶山市人民政府经济技术协作办公室 2024年部门预算：1个错误");
            assertThat(got.getMessageID()).isEqualTo(id);
            assertThat(attachment(got).getFileName()).isEqualTo("协作办2024.json.report.html");

            // a spooled .eml read back and sent later keeps its Message-ID and content
            MimeMessage spooled = MailComposer.readEml(session, MailComposer.toEml(msg));
            Transport.send(spooled);
            assertThat(smtp.waitForIncomingEmail(5000, 4)).isTrue();
            MimeMessage again = smtp.getReceivedMessages()[3];
            assertThat(again.getMessageID()).isEqualTo(id);
            assertThat(again.getSubject()).isEqualTo(got.getSubject());
            assertThat(text(again, "text/plain")).contains("SUM-ROW");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void configurationWithMalformedAddressesIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RejectionAlert("not an address", null, List.of(FINANCE), null))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RejectionAlert("a@b.example.cn", null, List.of("x"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
