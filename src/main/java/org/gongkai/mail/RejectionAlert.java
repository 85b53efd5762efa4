package org.gongkai.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.report.CheckReport;
import org.gongkai.report.ConsoleReport;
import org.gongkai.report.HtmlReportRenderer;
import org.gongkai.report.ReportFinding;
import org.gongkai.support.EmailAddresses;
import org.gongkai.support.Templates;

/**
 * The alert for a rejected submission: to the submitter (when the file named a well-formed contact address) and the
 * finance-bureau mailbox; the subject names the department, the year and the number of errors; the body lists the
 * findings (at most {@link #MAX_LISTED}), where the original was kept and how to resubmit; the HTML report is attached.
 */
public final class RejectionAlert {

    public static final int MAX_LISTED = 50;
    public static final String TEXT_TEMPLATE = "mail/rejection.txt.ftl";
    public static final String HTML_TEMPLATE = "mail/rejection.html.ftlh";
    public static final String DEFAULT_RESUBMIT =
            "请按每条问题的提示改正后，重新提交完整的文件（可以沿用原文件名，修改后的文件会作为新的提交重新校验）。"
                    + "提交前可先运行 java -jar gongkai.jar validate 文件名 自行检查，结果为 valid 后再提交。";

    private final String from;
    private final String fromName;
    private final List<String> financeMailboxes;
    private final String resubmitInstructions;

    /**
     * @param from                 sender address
     * @param fromName             sender display name, e.g. "预算公开校验服务" (may be null)
     * @param financeMailboxes     the finance bureau's mailbox(es), always addressed
     * @param resubmitInstructions how to resubmit (Chinese); null for {@link #DEFAULT_RESUBMIT}
     */
    public RejectionAlert(String from, String fromName, List<String> financeMailboxes, String resubmitInstructions) {
        if (!EmailAddresses.isWellFormed(from)) {
            throw new IllegalArgumentException("sender address is not a plain address: " + from);
        }
        for (String m : financeMailboxes) {
            if (!EmailAddresses.isWellFormed(m)) {
                throw new IllegalArgumentException("finance mailbox is not a plain address: " + m);
            }
        }
        this.from = from;
        this.fromName = fromName;
        this.financeMailboxes = List.copyOf(financeMailboxes);
        this.resubmitInstructions = resubmitInstructions == null || resubmitInstructions.isBlank()
                ? DEFAULT_RESUBMIT : resubmitInstructions;
    }

    /** Builds the alert, rendering the HTML report to attach. */
    public Mail build(CheckedSubmission checked, String keptAt) {
        CheckReport r = CheckReport.of(checked);
        return build(checked, keptAt, new HtmlReportRenderer().renderBytes(r));
    }

    /**
     * Builds the alert attaching {@code htmlReport} (the bytes stored beside the rejected file).
     *
     * @param keptAt where the original file was kept (e.g. data/rejected/协作办.json), shown in the body
     */
    public Mail build(CheckedSubmission checked, String keptAt, byte[] htmlReport) {
        CheckReport r = CheckReport.of(checked);
        Map<String, Object> model = model(r, keptAt);
        String text = Templates.render(TEXT_TEMPLATE, model);
        String html = Templates.render(HTML_TEMPLATE, model);
        return new Mail(from, fromName, recipients(checked), subject(r), text, html,
                List.of(new Mail.Attachment(reportFileName(r.fileName()), "text/html; charset=UTF-8", htmlReport)));
    }

    /** Submitter (when well-formed) then the finance mailboxes, without duplicates. */
    public List<String> recipients(CheckedSubmission checked) {
        List<String> out = new ArrayList<>();
        String submitter = checked.summary().contactEmail();
        if (submitter != null && EmailAddresses.isWellFormed(submitter.strip())) {
            out.add(submitter.strip());
        }
        for (String m : financeMailboxes) {
            if (out.stream().noneMatch(x -> x.equalsIgnoreCase(m))) {
                out.add(m);
            }
        }
        return out;
    }

    /** 【预算公开校验未通过】平顶山市人民政府经济技术协作办公室 2024年部门预算：3个错误 (the file name when the department is unknown). */
    public static String subject(CheckReport r) {
        StringBuilder sb = new StringBuilder("【预算公开校验未通过】");
        if (r.departmentName() != null) {
            sb.append(r.departmentName()).append(' ');
            sb.append(r.fiscalYear() != null ? r.fiscalYear() + "年部门预算" : "部门预算");
        } else {
            sb.append(r.fileName());
        }
        sb.append('：').append(r.errors()).append("个错误");
        if (r.warnings() > 0) {
            sb.append('、').append(r.warnings()).append("个警告");
        }
        return sb.toString();
    }

    /** The attachment's name: {@code <file>.report.html}. */
    public static String reportFileName(String fileName) {
        String base = fileName == null || fileName.isBlank() ? "submission" : fileName.strip();
        return org.gongkai.support.BoundedNames.bounded(base) + ".report.html";
    }

    private Map<String, Object> model(CheckReport r, String keptAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fileName", r.fileName());
        m.put("departmentName", r.departmentName() == null ? "" : r.departmentName());
        m.put("departmentCode", r.departmentCode() == null ? "" : r.departmentCode());
        m.put("fiscalYear", r.fiscalYear() == null ? "" : r.fiscalYear().toString());
        m.put("errors", r.errors());
        m.put("warnings", r.warnings());
        m.put("checkedAt", displayTime(r.checkedAt()));
        m.put("sha256", r.sha256() == null ? "" : r.sha256());
        m.put("bytes", r.bytes());
        m.put("keptAt", keptAt == null ? "" : keptAt);
        m.put("resubmit", resubmitInstructions);
        m.put("reportName", reportFileName(r.fileName()));
        List<Map<String, Object>> listed = new ArrayList<>();
        int n = 0;
        for (ReportFinding f : r.findings()) {
            if (n == MAX_LISTED) {
                break;
            }
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("number", ++n);
            x.put("line", ConsoleReport.line(f));
            x.put("severity", f.severity());
            x.put("severityLabel", f.severityLabel());
            x.put("ruleId", f.ruleId() == null ? "" : f.ruleId());
            x.put("place", f.place() == null ? "" : f.place());
            x.put("message", f.message() == null ? "" : f.message());
            x.put("expected", f.expected() == null ? "" : f.expected());
            x.put("found", f.found() == null ? "" : f.found());
            x.put("hint", f.hint() == null ? "" : f.hint());
            listed.add(x);
        }
        m.put("findings", listed);
        m.put("more", Math.max(0, r.findings().size() - MAX_LISTED));
        return m;
    }

    private static String displayTime(String iso) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
                    .format(java.time.Instant.parse(iso).atZone(HtmlReportRenderer.DISPLAY_ZONE)) + "（北京时间）";
        } catch (RuntimeException e) {
            return iso == null ? "" : iso;
        }
    }
}
