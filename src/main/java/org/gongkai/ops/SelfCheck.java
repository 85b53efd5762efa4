package org.gongkai.ops;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.intake.SubmissionCheck;
import org.gongkai.report.CheckReport;
import org.gongkai.report.HtmlReportRenderer;
import org.gongkai.support.ByteSizes;
import org.gongkai.support.Templates;

/**
 * The clerks' self-check: the upload page, and for an uploaded file the very report the service would send (the same
 * {@link SubmissionCheck} and readers as the intake, so hostile files are handled as there), with a verdict line on
 * top. Nothing is stored: the bytes are checked in memory and forgotten.
 */
public final class SelfCheck {

    public static final String TEMPLATE = "ops/self-check.html.ftlh";

    private final SubmissionCheck check;
    private final long maxBytes;
    private final HtmlReportRenderer html = new HtmlReportRenderer();

    public SelfCheck(SubmissionCheck check, long maxBytes) {
        this.check = check;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public byte[] form() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("maxSize", ByteSizes.humanWithExactBytes(maxBytes));
        return Templates.render(TEMPLATE, m).getBytes(StandardCharsets.UTF_8);
    }

    /** Checks one uploaded file; {@code fileName} is the name the browser sent (only its last segment is used). */
    public Result check(String fileName, byte[] content) {
        CheckedSubmission checked = check.check(baseName(fileName), content);
        CheckReport report = CheckReport.of(checked);
        return new Result(report, withVerdict(html.render(report), report));
    }

    /** The report and the page showing it. */
    public record Result(CheckReport report, byte[] page) {
    }

    /** The last path segment of a browser-sent name (some browsers send a full Windows path), never empty. */
    static String baseName(String fileName) {
        if (fileName == null) {
            return "upload";
        }
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        return n.isEmpty() ? "upload" : n;
    }

    /** The report page with the verdict (valid / invalid, as the validate command prints it) and a way back. */
    private static byte[] withVerdict(String reportHtml, CheckReport r) {
        String verdict = r.valid()
                ? "<p id=\"verdict\" data-valid=\"true\" style=\"font-size:1.2em;\"><strong>valid</strong>（通过校验"
                        + (r.warnings() > 0 ? "，" + r.warnings() + " 个警告" : "") + "）</p>"
                : "<p id=\"verdict\" data-valid=\"false\" style=\"font-size:1.2em;color:#b71c1c;\"><strong>invalid</strong>（"
                        + r.errors() + " 个错误" + (r.warnings() > 0 ? "、" + r.warnings() + " 个警告" : "") + "）</p>";
        String banner = "<div style=\"margin:1em 0;padding:.6em 1em;border:1px solid #ccc;\">" + verdict
                + "<p>这是自查结果，文件没有保存，也没有报送。<a href=\"/self-check\">检查另一个文件</a></p></div>";
        int body = reportHtml.indexOf("<body");
        int end = body < 0 ? -1 : reportHtml.indexOf('>', body);
        String page = end < 0 ? banner + reportHtml : reportHtml.substring(0, end + 1) + banner + reportHtml.substring(end + 1);
        return page.getBytes(StandardCharsets.UTF_8);
    }
}
