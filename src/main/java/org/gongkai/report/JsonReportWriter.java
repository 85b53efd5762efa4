package org.gongkai.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report ({@code <file>.report.json}): file identity, result, counts, submission identity and one
 * object per finding with its full location, expected and found values and hint. Every key is always present
 * (null when unknown), so consumers can rely on the shape.
 */
public final class JsonReportWriter {

    /** Identifies the document kind and its version, for consumers. */
    public static final String KIND = "gongkai-check-report";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson(CheckReport r) {
        try {
            return MAPPER.writeValueAsString(tree(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report serialisation failed", e);
        }
    }

    public byte[] toBytes(CheckReport r) {
        return toJson(r).getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, Object> tree(CheckReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report", KIND);
        m.put("reportVersion", VERSION);
        m.put("fileName", r.fileName());
        m.put("sha256", r.sha256());
        m.put("bytes", r.bytes());
        m.put("format", r.format());
        m.put("checkedAt", r.checkedAt());
        m.put("durationMs", r.durationMs());
        m.put("valid", r.valid());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("errors", r.errors());
        counts.put("warnings", r.warnings());
        counts.put("findings", r.findings().size());
        m.put("counts", counts);
        Map<String, Object> dept = new LinkedHashMap<>();
        dept.put("code", r.departmentCode());
        dept.put("name", r.departmentName());
        m.put("department", dept);
        m.put("fiscalYear", r.fiscalYear());
        List<Map<String, Object>> fs = new ArrayList<>();
        for (ReportFinding f : r.findings()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("ruleId", f.ruleId());
            x.put("severity", f.severity());
            x.put("message", f.message());
            x.put("table", f.table());
            x.put("tableTitle", f.tableTitle());
            x.put("row", f.row());
            x.put("rowLabel", f.rowLabel());
            x.put("column", f.column());
            x.put("columnTitle", f.columnTitle());
            x.put("path", f.path());
            x.put("cell", f.cell());
            x.put("expected", f.expected());
            x.put("found", f.found());
            x.put("hint", f.hint());
            fs.add(x);
        }
        m.put("findings", fs);
        return m;
    }
}
