package org.gongkai.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.support.ByteSizes;
import org.gongkai.support.Templates;

/**
 * The clerk's report ({@code <file>.report.html}): a standalone Chinese page with inline CSS, a summary and every
 * finding with its location, expected and found values and hint, errors first. Rendered by
 * {@code templates/report/check-report.html.ftlh} with HTML auto-escaping.
 */
public final class HtmlReportRenderer {

    public static final String TEMPLATE = "report/check-report.html.ftlh";
    /** Times are shown in Beijing time; the JSON report keeps UTC. */
    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public String render(CheckReport r) {
        return Templates.render(TEMPLATE, model(r));
    }

    public byte[] renderBytes(CheckReport r) {
        return render(r).getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, Object> model(CheckReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fileName", r.fileName());
        m.put("sha256", r.sha256() == null ? "" : r.sha256());
        m.put("size", ByteSizes.humanWithExactBytes(r.bytes()));
        m.put("format", formatLabel(r.format()));
        m.put("checkedAt", displayTime(r.checkedAt()));
        m.put("durationMs", r.durationMs());
        m.put("valid", r.valid());
        m.put("errors", r.errors());
        m.put("warnings", r.warnings());
        m.put("departmentName", r.departmentName() == null ? "" : r.departmentName());
        m.put("departmentCode", r.departmentCode() == null ? "" : r.departmentCode());
        m.put("fiscalYear", r.fiscalYear() == null ? "" : r.fiscalYear().toString());
        m.put("errorFindings", maps(r.errorFindings(), 1));
        m.put("warningFindings", maps(r.warningFindings(), r.errorFindings().size() + 1));
        return m;
    }

    private static List<Map<String, Object>> maps(List<ReportFinding> fs, int firstNumber) {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = firstNumber;
        for (ReportFinding f : fs) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("number", n++);
            x.put("ruleId", nz(f.ruleId()));
            x.put("severity", f.severity());
            x.put("severityLabel", f.severityLabel());
            x.put("message", nz(f.message()));
            x.put("tableTitle", nz(f.tableTitle() != null ? f.tableTitle() : f.table()));
            x.put("row", f.row() == null ? "" : "第" + f.row() + "行");
            x.put("rowLabel", nz(f.rowLabel()));
            x.put("columnTitle", nz(f.columnTitle() != null ? f.columnTitle() : f.column()));
            x.put("cell", nz(f.cell()));
            x.put("path", nz(f.path()));
            x.put("expected", nz(f.expected()));
            x.put("found", nz(f.found()));
            x.put("hint", nz(f.hint()));
            out.add(x);
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String formatLabel(String format) {
        if ("json".equals(format)) {
            return "JSON 提交文件";
        }
        if ("xlsx".equals(format)) {
            return "Excel 工作簿";
        }
        return "无法识别";
    }

    static String displayTime(String isoInstant) {
        try {
            return DISPLAY.format(Instant.parse(isoInstant).atZone(DISPLAY_ZONE)) + "（北京时间）";
        } catch (DateTimeParseException | NullPointerException e) {
            return isoInstant == null ? "" : isoInstant;
        }
    }
}
