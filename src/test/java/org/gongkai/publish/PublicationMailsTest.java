package org.gongkai.publish;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import org.gongkai.mail.MailComposer;
import org.gongkai.mail.MailSpool;
import org.gongkai.mail.MailboxList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationMailsTest {

    @TempDir
    Path tmp;

    PublicationReport report() {
        LocalDateTime at = LocalDateTime.of(2024, 3, 1, 2, 0);
        return new PublicationReport(at, at.plusMinutes(1), "sftp://gk@www.example.gov.cn/yusuan", false,
                List.of(new PublicationReport.Published(2024, "701", "平顶山市人民政府经济技术协作办公室", 2, "2024/701/v2-abcd1234",
                        "2024/701/index.html", List.of("2024/701/v2-abcd1234/平顶山市2024年部门预算公开.pdf"), true,
                        LocalDate.of(2024, 2, 6), LocalDate.of(2024, 2, 26), "xiezuoban@example.gov.cn")),
                List.of(new PublicationReport.Failure(2024, "702", "平顶山市审计局", "无法连接发布服务器：Connection refused")),
                List.of(new PublicationReport.Pending(2024, "706", "平顶山市统计局", "公开文件尚未生成")),
                List.of(new DeadlineItem(2024, "801", "平顶山市教育局", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 21), -9, "未报送"),
                        new DeadlineItem(2024, "804", "平顶山市商务局", LocalDate.of(2024, 2, 13), LocalDate.of(2024, 3, 4), 3, "未报送")),
                List.of("index.html"));
    }

    @Test
    void theDigestAlertAndNoticeGoToTheirPeopleInChinese() throws Exception {
        PublicationMails mails = new PublicationMails("gongkai@czj.example.gov.cn", "部门预算公开平台",
                MailboxList.parse(" yusuan@czj.example.gov.cn , "), MailboxList.parse("ops@czj.example.gov.cn"),
                "https://www.example.gov.cn/yusuan/", 5);
        List<Path> spooled = mails.enqueue(report(), new MailComposer(), new MailSpool(tmp));

        assertThat(spooled).hasSize(3);
        MimeMessage digest = read(spooled.get(0));
        assertThat(digest.getAllRecipients()[0].toString()).isEqualTo("yusuan@czj.example.gov.cn");
        assertThat(Files.readString(spooled.get(0))).contains("Subject: =?UTF-8?");
        assertThat(digest.getSubject()).contains("已发布 1 个，失败 1 项，待发布 1 个，临近或超过期限 2 个");
        assertThat(text(digest))
                .contains("2024年 701 平顶山市人民政府经济技术协作办公室【更正，第 2 版】")
                .contains("公开页面：https://www.example.gov.cn/yusuan/2024/701/index.html")
                .contains("（逾期公开）")
                .contains("列出已逾期或 5 日内到期").doesNotContain("3 日内")
                .contains("2024年 702 平顶山市审计局：无法连接发布服务器")
                .contains("2024年 706 平顶山市统计局：公开文件尚未生成")
                .contains("2024年 801 平顶山市教育局：未报送，批复日期 2024-02-01，公开期限 2024-02-21，已逾期 9 天")
                .contains("2024年 804 平顶山市商务局：未报送，批复日期 2024-02-13，公开期限 2024-03-04，还剩 3 天");
        MimeMessage alert = read(spooled.get(1));
        assertThat(alert.getAllRecipients()[0].toString()).isEqualTo("ops@czj.example.gov.cn");
        assertThat(alert.getSubject()).startsWith("【告警】");
        MimeMessage notice = read(spooled.get(2));
        assertThat(notice.getAllRecipients()[0].toString()).isEqualTo("xiezuoban@example.gov.cn");
        assertThat(notice.getSubject()).isEqualTo("平顶山市人民政府经济技术协作办公室2024年部门预算已公开（更正）");
        assertThat(text(notice)).contains("https://www.example.gov.cn/yusuan/2024/701/v2-abcd1234/"
                + "%E5%B9%B3%E9%A1%B6%E5%B1%B1%E5%B8%822024%E5%B9%B4%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97%E5%85%AC%E5%BC%80.pdf")
                .contains("存档");
    }

    @Test
    void aDryRunWritesNoMail() throws Exception {
        PublicationReport r = report();
        PublicationReport dry = new PublicationReport(r.startedAt(), r.finishedAt(), r.target(), true, r.published(),
                List.of(), r.pending(), r.deadlines(), List.of());
        assertThat(new PublicationMails("a@b.cn", null, List.of("c@d.cn"), List.of(), "", 3)
                .enqueue(dry, new MailComposer(), new MailSpool(tmp))).isEmpty();
    }

    @Test
    void mailsGoThroughTheMailComposerWithSenderNameAutoSubmittedAStableIdAndCleanHeaders() throws Exception {
        PublicationReport r = report();
        PublicationReport.Published p = r.published().get(0);
        PublicationReport.Published injected = new PublicationReport.Published(p.year(), p.code(),
                "平顶山市审计局\r\nBcc: victim@example.com", p.version(), p.folder(), p.pagePath(), p.files(), false,
                p.approval(), p.deadline(), "shenji@example.gov.cn");
        PublicationReport withInjection = new PublicationReport(r.startedAt(), r.finishedAt(), r.target(), false,
                List.of(injected), List.of(), List.of(), List.of(), List.of());
        PublicationMails mails = new PublicationMails("gongkai@czj.example.gov.cn", "部门预算公开平台",
                List.of("yusuan@czj.example.gov.cn", "chuzhang@czj.example.gov.cn"), List.of(), "", 3);

        List<Path> spooled = mails.enqueue(withInjection, new MailComposer(), new MailSpool(tmp));

        assertThat(spooled).hasSize(2);
        MimeMessage digest = read(spooled.get(0));
        assertThat(digest.getAllRecipients()).extracting(Object::toString)
                .containsExactly("yusuan@czj.example.gov.cn", "chuzhang@czj.example.gov.cn");
        assertThat(((InternetAddress) digest.getFrom()[0]).getPersonal()).isEqualTo("部门预算公开平台");
        assertThat(digest.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        String id = digest.getMessageID();
        assertThat(id).endsWith("@czj.example.gov.cn>");
        MimeMessage resent = MailComposer.readEml(Session.getInstance(new Properties()), Files.readAllBytes(spooled.get(0)));
        resent.saveChanges();
        assertThat(resent.getMessageID()).isEqualTo(id);
        MimeMessage notice = read(spooled.get(1));
        assertThat(notice.getSubject()).doesNotContain("\r").doesNotContain("\n").startsWith("平顶山市审计局");
        assertThat(notice.getHeader("Bcc")).isNull();
        assertThat(notice.getAllRecipients()).extracting(Object::toString).containsExactly("shenji@example.gov.cn");
    }

    @Test
    void aBrokenOffPassAlertsTheOperatorsOrTheFinanceBureau() throws Exception {
        PublicationMails mails = new PublicationMails("gongkai@czj.example.gov.cn", null,
                List.of("yusuan@czj.example.gov.cn"), List.of(), "", 3);

        PublicationMails.Outgoing alert = mails.brokenOff(LocalDateTime.of(2024, 3, 1, 2, 0), "ftp://www/yusuan",
                new java.io.IOException("ledger unreadable"));

        assertThat(alert.mail().to()).containsExactly("yusuan@czj.example.gov.cn");
        assertThat(alert.mail().subject()).startsWith("【告警】预算公开发布中断").contains("ledger unreadable");
        assertThat(alert.mail().textBody()).contains("2024-03-01 02:00").contains("暂存的公开文件均未改动");
    }

    static String text(jakarta.mail.Part m) throws Exception {
        return org.gongkai.mail.MailParts.text(m);
    }

    private static MimeMessage read(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
