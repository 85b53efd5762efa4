package org.gongkai.xlsx;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.gongkai.intake.SourceMap;
import org.gongkai.model.Submission;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Location;

/**
 * The sheet 其他须填写内容: what a profile asks people to write beyond 基本信息与说明 (the Shanghai profile's purposes per
 * 项, comparison bases, 名词解释, procurement, 绩效 coverage, vehicles by category, planned purchases, 项目经费情况说明),
 * one field per row: column A the field's path in the submission format ({@code explanations.itemPurposes.2011301}),
 * column B what it is, column C the value. Profile-independent: a new profile's fields need no new code here.
 */
final class FieldSheet {

    static final String NAME = "其他须填写内容";

    /** Field paths this sheet may set (prefixes); everything else belongs to 基本信息与说明 or the tables. */
    static final List<String> PREFIXES = List.of("explanations.itemPurposes.", "explanations.comparisonBases.",
            "explanations.glossary[", "otherMatters.procurement.", "otherMatters.performanceCoverage.",
            "otherMatters.assets.vehicleCategories.", "otherMatters.assets.equipmentOver1m", "otherMatters.plannedPurchases.",
            "otherMatters.projectStatements[", "priorYear.fiscalAppropriation.income", "priorYear.fiscalAppropriation.total");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private FieldSheet() {
    }

    static boolean allowed(String path) {
        return PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** The fields of a submission this sheet carries, path → value (text or BigDecimal / Integer), in format order. */
    static Map<String, Object> fields(Submission s) {
        Map<String, Object> out = new LinkedHashMap<>();
        flatten("", MAPPER.valueToTree(s), out);
        out.keySet().removeIf(p -> !allowed(p));
        return out;
    }

    private static void flatten(String path, JsonNode n, Map<String, Object> out) {
        if (n == null || n.isNull()) {
            return;
        }
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                flatten(path + "[" + i + "]", n.get(i), out);
            }
        } else if (n.isNumber()) {
            out.put(path, n.decimalValue());
        } else {
            out.put(path, n.asText());
        }
    }

    /** Writes the sheet: header, then one row per field (value cell blank when the value is null). */
    static void write(Sheet sheet, Styles styles, List<Map.Entry<String, Object>> fields) {
        TableSheetWriter.text(sheet, 0, 0, NAME, styles.title);
        TableSheetWriter.text(sheet, 1, 0, "A 列是提交格式中的字段（见 docs/submission-format.md），C 列填写内容；"
                + "项编码等可照样增加行（如 explanations.itemPurposes.2011301）。", styles.plain);
        TableSheetWriter.text(sheet, 2, 0, "字段", styles.header);
        TableSheetWriter.text(sheet, 2, 1, "说明", styles.header);
        TableSheetWriter.text(sheet, 2, 2, "内容", styles.header);
        int r = 3;
        for (Map.Entry<String, Object> e : fields) {
            TableSheetWriter.text(sheet, r, 0, e.getKey(), styles.code);
            TableSheetWriter.text(sheet, r, 1, label(e.getKey()), styles.text);
            Object v = e.getValue();
            if (v instanceof BigDecimal b) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                row.createCell(2).setCellValue(b.doubleValue());
                row.getCell(2).setCellStyle(styles.number(Math.max(0, b.scale())));
            } else if (v != null) {
                TableSheetWriter.text(sheet, r, 2, v.toString(), styles.text);
            } else {
                TableSheetWriter.text(sheet, r, 2, null, styles.text);
            }
            r++;
        }
        sheet.setColumnWidth(0, 48 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 80 * 256);
    }

    /** The rows of the blank template for what a profile requires (codes of 项 are added by the department). */
    static List<Map.Entry<String, Object>> templateFields(org.gongkai.profile.DisclosureProfile p) {
        List<Map.Entry<String, Object>> rows = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>() {
            @Override
            public Object put(String k, Object v) {
                rows.add(new java.util.AbstractMap.SimpleEntry<>(k, v));
                return null;
            }
        };
        if (p.requires("comparisonBases")) {
            p.comparisons().forEach(c -> out.put("explanations.comparisonBases." + c.baseKey(), null));
        }
        if (p.requires("comparisonBases")) {
            out.put("priorYear.fiscalAppropriation.income", null);
            out.put("priorYear.fiscalAppropriation.total", null);
        }
        if (p.requires("itemPurposes")) {
            for (int i = 0; i < 20; i++) {
                out.put("explanations.itemPurposes.", null);
            }
        }
        if (p.requires("glossary")) {
            for (int i = 0; i < 8; i++) {
                out.put("explanations.glossary[" + i + "].term", null);
                out.put("explanations.glossary[" + i + "].text", null);
            }
        }
        if (p.requires("procurement")) {
            for (String k : List.of("goods", "works", "services", "smeReserved", "smallMicroReserved")) {
                out.put("otherMatters.procurement." + k, null);
            }
        }
        if (p.requires("performanceCoverage")) {
            for (String k : List.of("units", "projects", "amount")) {
                out.put("otherMatters.performanceCoverage." + k, null);
            }
        }
        List<String> vehicles = p.words().keySet().stream().filter(k -> k.startsWith("vehicle.")).map(k -> k.substring(8)).toList();
        if (p.requires("vehicleCategories")) {
            vehicles.forEach(v -> out.put("otherMatters.assets.vehicleCategories." + v, null));
            out.put("otherMatters.assets.equipmentOver1m", null);
        }
        if (p.requires("plannedPurchases")) {
            vehicles.forEach(v -> out.put("otherMatters.plannedPurchases.vehicleCategories." + v, null));
            out.put("otherMatters.plannedPurchases.equipmentOver1m", null);
        }
        if (p.requires("projectStatements")) {
            for (int i = 0; i < 3; i++) {
                for (String k : List.of("name", "overview", "basis[0]", "basis[1]", "basis[2]", "implementer", "plan", "period", "budget",
                        "target")) {
                    out.put("otherMatters.projectStatements[" + i + "]." + k, null);
                }
            }
        }
        return rows;
    }

    /** A Chinese label for a path, from its last known part. */
    static String label(String path) {
        String[][] known = {{"itemPurposes", "用途（不写“主要用于”）"}, {"comparisonBases", "比较基数：上年预算 或 上年预算执行数"},
                {"glossary", "名词解释"}, {"procurement", "政府采购预算"}, {"performanceCoverage", "绩效目标覆盖"},
                {"vehicleCategories", "车辆数"}, {"equipmentOver1m", "单价100万元（含）以上设备台（套）数"},
                {"plannedPurchases", "拟购置"}, {"projectStatements", "项目经费情况说明"}, {"fiscalAppropriation", "上年财政拨款"}};
        for (String[] k : known) {
            if (path.contains(k[0])) {
                return k[1];
            }
        }
        return "";
    }

    /**
     * Reads the sheet into the submission: each row's value is set at its path. A path the sheet may not set, or a value
     * of the wrong kind, is a finding naming the cell.
     */
    static Submission read(Sheet sheet, Submission base, List<Finding> findings, SourceMap sources) {
        SheetCells cells = new SheetCells(sheet, findings);
        ObjectNode root = MAPPER.valueToTree(base);
        boolean changed = false;
        for (int r = 3; r <= cells.lastRow(); r++) {
            String path = cells.text(r, 0, null);
            if (path == null || path.isBlank()) {
                continue;
            }
            path = path.strip();
            if ((path.endsWith(".") || path.endsWith("[")) && cells.isBlank(r, 2)) {
                continue; // a template row for a code or item the department did not need
            }
            String ref = FindingFactory.quote(sheet.getSheetName()) + "!A" + (r + 1);
            if (!allowed(path) || !set(root, path, value(cells, r, path))) {
                findings.add(FindingFactory.cellError(XlsxRules.FIELD_UNKNOWN,
                        "工作表“" + sheet.getSheetName() + "”第 " + (r + 1) + " 行的字段“" + path + "”不能在此填写。",
                        Location.field(path).withCell(ref), path,
                        "此表只填写：" + String.join("、", PREFIXES) + "……；其他内容填在“" + SheetNames.INFO + "”或各表中。"));
                continue;
            }
            sources.putField(path, FindingFactory.quote(sheet.getSheetName()) + "!C" + (r + 1));
            changed = true;
        }
        if (!changed) {
            return base;
        }
        try {
            return MAPPER.treeToValue(root, Submission.class);
        } catch (Exception e) {
            findings.add(FindingFactory.fileError(XlsxRules.FIELD_UNKNOWN, "工作表“" + sheet.getSheetName() + "”的内容无法读取："
                    + e.getClass().getSimpleName() + "（" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + "）", "核对 C 列：数量填整数，金额填数字，其余填文字。"));
            return base;
        }
    }

    private static JsonNode value(SheetCells cells, int r, String path) {
        boolean numeric = path.contains("procurement.") || path.contains("performanceCoverage.amount")
                || path.startsWith("priorYear.") || path.contains("vehicleCategories.") || path.contains("equipmentOver1m")
                || path.contains("performanceCoverage.units") || path.contains("performanceCoverage.projects");
        if (numeric) {
            Optional<BigDecimal> v = cells.amount(r, 2, Location.field(path));
            if (v.isEmpty()) {
                return null;
            }
            boolean count = path.contains("vehicleCategories.") || path.contains("equipmentOver1m") || path.endsWith(".units")
                    || path.endsWith(".projects");
            return count ? JsonNodeFactory.instance.numberNode(v.get().intValue()) : JsonNodeFactory.withExactBigDecimals(true).numberNode(v.get());
        }
        String t = cells.text(r, 2, Location.field(path));
        return t == null ? null : JsonNodeFactory.instance.textNode(t);
    }

    /** Sets a value at a path like {@code a.b[2].c}, creating objects and arrays on the way; false when it cannot. */
    static boolean set(ObjectNode root, String path, JsonNode value) {
        // keys of these maps may contain dots ("income.fiscal"): the rest of the path is one key
        for (String map : List.of("explanations.comparisonBases.", "explanations.itemPurposes.")) {
            if (path.startsWith(map) && path.length() > map.length()) {
                ObjectNode parent = root.with(map.substring(0, map.indexOf('.'))).with(map.substring(map.indexOf('.') + 1, map.length() - 1));
                parent.set(path.substring(map.length()), value);
                return true;
            }
        }
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        int end = 0;
        while (m.find()) {
            if (m.start() != end && path.charAt(end) != '.') {
                return false;
            }
            steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.parseInt(m.group(2)));
            end = m.end();
        }
        if (steps.isEmpty() || end != path.length()) {
            return false;
        }
        JsonNode cur = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            boolean nextIsIndex = steps.get(i + 1) instanceof Integer;
            JsonNode child;
            if (step instanceof String key) {
                if (!(cur instanceof ObjectNode o)) {
                    return false;
                }
                child = o.get(key);
                if (child == null || child.isNull()) {
                    child = nextIsIndex ? o.putArray(key) : o.putObject(key);
                }
            } else {
                int idx = (Integer) step;
                if (!(cur instanceof ArrayNode a) || idx > a.size() || idx > 999) {
                    return false;
                }
                child = idx < a.size() ? a.get(idx) : (nextIsIndex ? a.addArray() : a.addObject());
            }
            cur = child;
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof String key && cur instanceof ObjectNode o) {
            o.set(key, value);
            return true;
        }
        if (last instanceof Integer idx && cur instanceof ArrayNode a && idx <= a.size() && idx <= 999) {
            if (idx == a.size()) {
                a.add(value);
            } else {
                a.set(idx, value);
            }
            return true;
        }
        return false;
    }
}
