package org.gongkai.publish;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.mail.Mail;
import org.gongkai.mail.MailComposer;
import org.gongkai.mail.MailSpool;
import org.gongkai.publish.PublicationReport.Failure;
import org.gongkai.publish.PublicationReport.Pending;
import org.gongkai.publish.PublicationReport.Published;
import org.gongkai.support.EmailAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mails a publication pass writes (Chinese, plain text): the digest to the finance bureau after every pass, an
 * alert to the operators when something failed or the pass broke off, and a notice to each submitter whose
 * disclosure went out. They are {@link Mail} records; {@link MailComposer} turns them into MIME messages (sender
 * name, UTF-8, Auto-Submitted, a stable Message-ID, control characters removed from headers).
 */
public final class PublicationMails {

    public static final String DIGEST = "publication-digest";
    public static final String ALERT = "publication-alert";
    public static final String NOTICE = "publication-notice";
    private static final Logger LOG = LoggerFactory.getLogger(PublicationMails.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String from;
    private final String fromName;
    private final List<String> financeBureau;
    private final List<String> operators;
    private final String publicBaseUrl;
    private final int warnDays;

    /**
     * @param from          sender address ({@code gongkai.mail.from})
     * @param fromName      sender display name, or null
     * @param financeBureau the finance bureau's mailboxes ({@code gongkai.mail.finance-bureau}, see
     *                      {@link org.gongkai.mail.MailboxList})
     * @param operators     who is alerted when a pass fails (the finance bureau when empty)
     * @param publicBaseUrl the address readers reach the publication root at (e.g. https://www.example.gov.cn/yusuan)
     * @param warnDays      the deadline watch window ({@code gongkai.deadline.warn-days}), named in the digest
     */
    public PublicationMails(String from, String fromName, List<String> financeBureau, List<String> operators,
                            String publicBaseUrl, int warnDays) {
        if (financeBureau.isEmpty()) {
            throw new IllegalArgumentException("gongkai.mail.finance-bureau names no mailbox");
        }
        this.from = from;
        this.fromName = fromName;
        this.financeBureau = List.copyOf(financeBureau);
        this.operators = operators == null || operators.isEmpty() ? this.financeBureau : List.copyOf(operators);
        this.publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.replaceAll("/+$", "");
        this.warnDays = warnDays;
    }

    /** A mail and the kind it is spooled as (part of the spool file name). */
    public record Outgoing(String kind, Mail mail) {
    }

    /** Every mail of a pass: the digest, an alert if anything failed, a notice per published department with a contact. */
    public List<Outgoing> compose(PublicationReport r) {
        List<Outgoing> mails = new ArrayList<>();
        mails.add(new Outgoing(DIGEST, mail(financeBureau, digestSubject(r), digestBody(r))));
        if (r.failed()) {
            mails.add(new Outgoing(ALERT, mail(operators, "【告警】预算公开发布失败：" + r.failures().size() + " 项未能发布",
                    alertBody(r))));
        }
        for (Published p : r.published()) {
            if (p.contactEmail() == null) {
                continue;
            }
            if (!EmailAddresses.isWellFormed(p.contactEmail())) {
                LOG.warn("No publication notice for {}/{}: the contact address is not a plain address", p.year(), p.code());
                continue;
            }
            mails.add(new Outgoing(NOTICE, mail(List.of(p.contactEmail()),
                    p.name() + p.year() + "年部门预算已公开" + (p.correction() ? "（更正）" : ""), noticeBody(p))));
        }
        return mails;
    }

    /** The alert for a pass that broke off with an unexpected error (no report, so no digest). */
    public Outgoing brokenOff(LocalDateTime at, String target, Throwable error) {
        String cause = error == null ? "未知错误" : error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : "：" + error.getMessage());
        String body = "预算公开发布（" + WHEN.format(at) + "，发布位置 " + target + "）因意外错误中断：\n\n  " + cause
                + "\n\n本次没有发布日报。暂存的公开文件均未改动，下次发布时自动重试；已发布到服务器的部门以发布台账"
                + "（state/publication-ledger.json）为准。请查看服务日志中 \"Publication pass broke off\" 一行及其前后的记录，"
                + "排除问题后可在控制目录放入 publish-now 文件立即重新发布，或运行 java -jar gongkai.jar publish。\n\n此邮件由 gongkai 自动发送。\n";
        return new Outgoing(ALERT, mail(operators, "【告警】预算公开发布中断：" + cause, body));
    }

    /** Composes the mails of a pass and puts them in the spool; a dry run writes none. */
    public List<Path> enqueue(PublicationReport r, MailComposer composer, MailSpool spool)
            throws MessagingException, IOException {
        List<Path> out = new ArrayList<>();
        if (r.dryRun()) {
            return out;
        }
        for (Outgoing m : compose(r)) {
            out.add(enqueue(m, composer, spool));
        }
        return out;
    }

    public static Path enqueue(Outgoing m, MailComposer composer, MailSpool spool) throws MessagingException, IOException {
        return spool.enqueue(composer.composeEml(m.mail()), m.kind());
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

    private Mail mail(List<String> to, String subject, String body) {
        return new Mail(from, fromName, to, subject, body, null, List.of());
    }
}
