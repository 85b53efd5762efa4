package org.gongkai.publish;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.gongkai.mail.MailSpool;
import org.gongkai.publish.PublicationReport.Failure;
import org.gongkai.publish.PublicationReport.Pending;
import org.gongkai.publish.PublicationReport.Published;

/**
 * The mails a publication pass writes (Chinese, UTF-8): the digest to the finance bureau after every pass, an
 * alert to the operators when something failed, and a notice to each submitter whose disclosure went out.
 */
public final class PublicationMails {

    public static final String DIGEST = "publication-digest";
    public static final String ALERT = "publication-alert";
    public static final String NOTICE = "publication-notice";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String from;
    private final String financeBureau;
    private final String operators;
    private final String publicBaseUrl;
    private final int warnDays;

    /**
     * @param operators     who is alerted when a pass fails (comma-separated; the finance bureau when empty)
     * @param publicBaseUrl the address readers reach the publication root at (e.g. https://www.example.gov.cn/yusuan)
     * @param warnDays      the deadline watch window ({@code gongkai.deadline.warn-days}), named in the digest
     */
    public PublicationMails(String from, String financeBureau, String operators, String publicBaseUrl, int warnDays) {
        this.from = from;
        this.financeBureau = financeBureau;
        this.operators = operators == null || operators.isBlank() ? financeBureau : operators;
        this.publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.replaceAll("/+$", "");
        this.warnDays = warnDays;
    }

    /** A mail and the kind it is spooled as. */
    public record Mail(String kind, MimeMessage message) {
    }

    /** Every mail of a pass: the digest, an alert if anything failed, a notice per published department with a contact. */
    public List<Mail> compose(PublicationReport r) throws MessagingException {
        List<Mail> mails = new ArrayList<>();
        mails.add(new Mail(DIGEST, message(financeBureau, digestSubject(r), digestBody(r))));
        if (r.failed()) {
            mails.add(new Mail(ALERT, message(operators, "【告警】预算公开发布失败：" + r.failures().size() + " 项未能发布",
                    alertBody(r))));
        }
        for (Published p : r.published()) {
            if (p.contactEmail() != null) {
                mails.add(new Mail(NOTICE, message(p.contactEmail(),
                        p.name() + p.year() + "年部门预算已公开" + (p.correction() ? "（更正）" : ""), noticeBody(p))));
            }
        }
        return mails;
    }

    /** Composes the mails of a pass and puts them in the spool; a dry run writes none. */
    public List<java.nio.file.Path> enqueue(PublicationReport r, MailSpool spool) throws MessagingException, IOException {
        List<java.nio.file.Path> out = new ArrayList<>();
        if (r.dryRun()) {
            return out;
        }
        for (Mail m : compose(r)) {
            out.add(spool.enqueue(m.message(), m.kind()));
        }
        return out;
    }

    /** The public address of a published path. */
    public String link(String path) {
        return publicBaseUrl.isEmpty() ? "/" + path : publicBaseUrl + "/" + Html.href(path);
    }

    private String digestSubject(PublicationReport r) {
        return "预算公开发布日报 " + WHEN.format(r.startedAt()) + "：已发布 " + r.published().size() + " 个，失败 "
                + r.failures().size() + " 项，待发布 " + r.pending().size() + " 个，临近或超过期限 " + r.deadlines().size() + " 个";
    }

    private String digestBody(PublicationReport r) {
        StringBuilder b = new StringBuilder();
        b.append("预算公开发布情况（").append(WHEN.format(r.startedAt())).append(" 至 ").append(WHEN.format(r.finishedAt()))
                .append("）\n发布位置：").append(r.target()).append("\n\n");
        b.append("一、已发布（").append(r.published().size()).append(" 个）\n");
        if (r.published().isEmpty()) {
            b.append("  无\n");
        }
        for (Published p : r.published()) {
            b.append("  ").append(p.year()).append("年 ").append(p.code()).append(" ").append(p.name())
                    .append(p.correction() ? "【更正，第 " + p.version() + " 版】" : "").append("\n    公开页面：")
                    .append(link(p.pagePath())).append("\n    文件目录：").append(p.folder()).append("/（")
                    .append(p.files().size()).append(" 个文件）\n");
            if (p.deadline() != null) {
                b.append("    批复日期 ").append(p.approval()).append("，法定公开期限 ").append(p.deadline())
                        .append(r.startedAt().toLocalDate().isAfter(p.deadline()) ? "（逾期公开）" : "").append("\n");
            }
        }
        b.append("\n二、发布失败（").append(r.failures().size()).append(" 项）\n");
        if (r.failures().isEmpty()) {
            b.append("  无\n");
        }
        for (Failure f : r.failures()) {
            b.append("  ").append(describe(f.year(), f.code(), f.name())).append("：").append(f.reason()).append("\n");
        }
        b.append("\n三、待发布（").append(r.pending().size()).append(" 个）\n");
        if (r.pending().isEmpty()) {
            b.append("  无\n");
        }
        for (Pending p : r.pending()) {
            b.append("  ").append(describe(p.year(), p.code(), p.name())).append("：").append(p.reason()).append("\n");
        }
        b.append("\n四、公开期限提醒（预算法第十四条：批复后 20 日内公开；列出已逾期或 ").append(warnDays)
                .append(" 日内到期、尚未公开的部门）\n");
        if (r.deadlines().isEmpty()) {
            b.append("  无\n");
        }
        for (DeadlineItem d : r.deadlines()) {
            b.append("  ").append(describe(d.year(), d.code(), d.name())).append("：").append(d.state()).append("，批复日期 ")
                    .append(d.approval()).append("，公开期限 ").append(d.deadline()).append("，").append(d.describe())
                    .append("\n");
        }
        b.append("\n此邮件由 gongkai 自动发送。\n");
        return b.toString();
    }

    private String alertBody(PublicationReport r) {
        StringBuilder b = new StringBuilder();
        b.append("预算公开发布（").append(WHEN.format(r.startedAt())).append("）有 ").append(r.failures().size())
                .append(" 项未能发布到 ").append(r.target()).append("：\n\n");
        for (Failure f : r.failures()) {
            b.append("  ").append(describe(f.year(), f.code(), f.name())).append("：").append(f.reason()).append("\n");
        }
        b.append("\n暂存的公开文件均已保留，下次发布时自动重试。请检查发布服务器的地址、账户和网络；")
                .append("修复后可在控制目录放入 publish-now 文件立即重新发布，或运行 java -jar gongkai.jar publish。\n");
        return b.toString();
    }

    private String noticeBody(Published p) {
        StringBuilder b = new StringBuilder();
        b.append("您好：\n\n").append(p.name()).append(p.year()).append("年部门预算公开文件已")
                .append(p.correction() ? "更正并重新" : "").append("发布（第 ").append(p.version()).append(" 版）。\n\n")
                .append("公开页面：").append(link(p.pagePath())).append("\n");
        for (String f : p.files()) {
            b.append("  ").append(link(f)).append("\n");
        }
        if (p.correction()) {
            b.append("\n此前发布的版本已转入存档，仍可在公开页面的“历史版本（存档）”中查看。\n");
        }
        if (p.deadline() != null) {
            b.append("\n批复日期：").append(p.approval()).append("；法定公开期限：").append(p.deadline()).append("。\n");
        }
        b.append("\n此邮件由 gongkai 自动发送。\n");
        return b.toString();
    }

    private static String describe(int year, String code, String name) {
        return year == 0 ? name : year + "年 " + code + " " + name;
    }

    private MimeMessage message(String to, String subject, String body) throws MessagingException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        m.setSubject(subject, "UTF-8");
        m.setText(body, "UTF-8");
        m.setSentDate(new Date());
        m.saveChanges();
        return m;
    }
}
