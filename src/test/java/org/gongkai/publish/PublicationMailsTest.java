package org.gongkai.publish;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import org.gongkai.mail.MailSpool;
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
        PublicationMails mails = new PublicationMails("gongkai@czj.example.gov.cn", "yusuan@czj.example.gov.cn",
                "ops@czj.example.gov.cn", "https://www.example.gov.cn/yusuan/", 5);
        List<Path> spooled = mails.enqueue(report(), new MailSpool(tmp));

        assertThat(spooled).hasSize(3);
        MimeMessage digest = read(spooled.get(0));
        assertThat(digest.getAllRecipients()[0].toString()).isEqualTo("yusuan@czj.example.gov.cn");
        assertThat(Files.readString(spooled.get(0))).contains("Subject: =?UTF-8?");
        assertThat(digest.getSubject()).contains("已发布 1 个，失败 1 项，待发布 1 个，临近或超过期限 2 个");
        assertThat(digest.getContent().toString())
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
        assertThat(notice.getContent().toString()).contains("https://www.example.gov.cn/yusuan/2024/701/v2-abcd1234/"
                + "%E5%B9%B3%E9%A1%B6%E5%B1%B1%E5%B8%822024%E5%B9%B4%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97%E5%85%AC%E5%BC%80.pdf")
                .contains("存档");
    }

    @Test
    void aDryRunWritesNoMail() throws Exception {
        PublicationReport r = report();
        PublicationReport dry = new PublicationReport(r.startedAt(), r.finishedAt(), r.target(), true, r.published(),
                List.of(), r.pending(), r.deadlines(), List.of());
        assertThat(new PublicationMails("a@b", "c@d", "", "", 3).enqueue(dry, new MailSpool(tmp))).isEmpty();
    }

    private static MimeMessage read(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
