package org.gongkai.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.profile.ColumnSpec;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.RowSpec;
import org.gongkai.profile.TableSpec;

/**
 * Generates the profile-dependent parts of docs/submission-format.md and docs/submission.schema.json from the
 * disclosure profile and the read-rule catalogue. {@link SubmissionFormatDocsTest} keeps the files in step.
 */
final class SubmissionFormatDocs {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final ObjectMapper MAPPER = new ObjectMapper();

    private SubmissionFormatDocs() {
    }

    /** {@code $defs.tableId}: every table id of the profile. */
    static ObjectNode tableIdSchema(DisclosureProfile... profiles) {
        ObjectNode n = F.objectNode();
        ArrayNode e = n.putArray("enum");
        for (DisclosureProfile p : profiles) {
            p.tables().forEach(t -> e.add(t.id()));
        }
        return n;
    }

    /** {@code $defs.tables}: the tables object with one entry per data table of the profile. */
    static ObjectNode tablesSchema(DisclosureProfile p) {
        ObjectNode n = F.objectNode();
        n.put("type", "object");
        String forms = p.tables().stream().filter(t -> t.layout() == TableSpec.Layout.FORM).map(TableSpec::id)
                .collect(Collectors.joining("、"));
        n.put("description", "公开口径 " + p.id() + " 的数据表，键为表 id；没有数据的表也要给出（rows 为空数组或只有合计行）。"
                + (forms.isEmpty() ? "" : "表单（" + forms + "）不在此处，内容见 performance.department。"));
        n.put("additionalProperties", false);
        ArrayNode required = n.putArray("required");
        ObjectNode props = n.putObject("properties");
        for (TableSpec t : p.dataTables()) {
            required.add(t.id());
            props.set(t.id(), tableSchema(t));
        }
        return n;
    }

    private static ObjectNode tableSchema(TableSpec t) {
        ObjectNode n = F.objectNode();
        n.put("title", t.numberedTitle());
        n.put("type", "object");
        n.put("additionalProperties", false);
        n.putArray("required").add("rows");
        ObjectNode rows = n.putObject("properties").putObject("rows");
        rows.put("type", "array");
        ObjectNode item = rows.putObject("items");
        item.put("$ref", "#/$defs/row");
        ObjectNode props = item.putObject("properties");
        if (t.layout() == TableSpec.Layout.GRID) {
            ArrayNode kinds = props.putObject("kind").putArray("enum");
            t.rowKinds().forEach(kinds::add);
            props.put("item", false);
        } else {
            ArrayNode keys = props.putObject("item").putArray("enum");
            t.allFixedRows().forEach(r -> keys.add(r.key()));
            item.putArray("required").add("item");
            props.put("kind", false);
        }
        ObjectNode values = props.putObject("values");
        List<ColumnSpec> valueColumns = t.valueColumns();
        if (valueColumns.isEmpty()) {
            values.put("maxProperties", 0);
        } else {
            ArrayNode e = values.putObject("propertyNames").putArray("enum");
            valueColumns.forEach(c -> e.add(c.id()));
        }
        ObjectNode text = props.putObject("text");
        List<ColumnSpec> textColumns = t.textColumns();
        if (textColumns.isEmpty()) {
            text.put("maxProperties", 0);
        } else {
            ArrayNode e = text.putObject("propertyNames").putArray("enum");
            textColumns.forEach(c -> e.add(c.id()));
        }
        return n;
    }

    /** The per-table reference section of the format document. */
    static String tablesMarkdown(DisclosureProfile p) {
        StringBuilder sb = new StringBuilder();
        sb.append("披露方案 `").append(p.id()).append("`：").append(p.name()).append("。\n\n");
        sb.append("| 序号 | 表 id | 表名 | 布局 | 行类别 |\n|---|---|---|---|---|\n");
        for (TableSpec t : p.tables()) {
            sb.append("| ").append(t.number()).append(" | `").append(t.id()).append("` | ").append(t.title()).append(" | ")
                    .append(t.layout().json()).append(" | ").append(rowKindsText(t)).append(" |\n");
        }
        for (TableSpec t : p.tables()) {
            sb.append("\n### ").append(t.numberedTitle()).append("（`").append(t.id()).append("`）\n\n");
            switch (t.layout()) {
                case FORM -> sb.append("不是网格表，内容来自 `").append(t.source()).append("`（见“绩效目标”一节）；不在 `tables` 中出现。\n");
                case GRID -> grid(sb, t);
                case BALANCE -> balance(sb, t);
                case FIXED -> fixed(sb, t);
            }
            if (!t.rowSums().isEmpty()) {
                sb.append("\n行内关系（每一行都成立）：");
                sb.append(t.rowSums().stream().map(s -> "`" + s.total() + "` = " + s.parts().stream().map(x -> "`" + x + "`")
                        .collect(Collectors.joining(" + "))).collect(Collectors.joining("；"))).append("。\n");
            }
            if (!t.partOf().isEmpty()) {
                sb.append("\n“其中”列：").append(t.partOf().stream().map(x -> "`" + x.part() + "` ≤ `" + x.whole() + "`")
                        .collect(Collectors.joining("；"))).append("。\n");
            }
            if (t.emptyNote() != null) {
                sb.append("\n没有数据时：rows 只保留合计行（或为空），公开文本显示“").append(t.emptyNote())
                        .append("”（可在 `explanations.tableNotes.").append(t.id()).append("` 中改写）。\n");
            }
            if (!t.notes().isEmpty()) {
                sb.append("\n表注：").append(String.join(" ", t.notes())).append("\n");
            }
        }
        return sb.toString();
    }

    private static String rowKindsText(TableSpec t) {
        return switch (t.layout()) {
            case GRID -> t.rowKinds().stream().map(k -> "`" + k + "`").collect(Collectors.joining("、"));
            case BALANCE, FIXED -> "固定行（`item`）";
            case FORM -> "—";
        };
    }

    private static void grid(StringBuilder sb, TableSpec t) {
        sb.append("行类别 `kind`：").append(rowKindsText(t));
        String code = switch (t.rowCode() == null ? "" : t.rowCode()) {
            case "function" -> "；明细行以支出功能分类编码 `functionCode`（类3位/款5位/项7位）标识";
            case "economic" -> "；明细行以部门预算支出经济分类编码 `econCode`（类3位/款5位）标识";
            default -> "";
        };
        sb.append(code).append("。\n\n");
        sb.append("| 列 id | 表头 | 在行中的位置 |\n|---|---|---|\n");
        for (ColumnSpec c : t.keyColumns()) {
            sb.append(columnRow(c));
        }
        for (ColumnSpec c : t.columns()) {
            sb.append(columnRow(c));
        }
    }

    private static void balance(StringBuilder sb, TableSpec t) {
        sb.append("收支对照表：左侧收入、右侧支出，每一行是一个固定行，用 `item` 标识；金额在 `values` 中。\n\n");
        sb.append("收入侧的列：").append(columns(t.incomeColumns())).append("；支出侧的列：").append(columns(t.expenditureColumns())).append("。\n\n");
        sb.append("| item | 标签 | 说明 |\n|---|---|---|\n");
        for (RowSpec r : t.incomeRows()) {
            sb.append(fixedRow(r, "收入"));
        }
        for (RowSpec r : t.expenditureRows()) {
            sb.append(fixedRow(r, "支出"));
        }
        for (List<RowSpec> pair : t.footerRows()) {
            for (RowSpec r : pair) {
                sb.append(fixedRow(r, "合计区"));
            }
        }
    }

    private static void fixed(StringBuilder sb, TableSpec t) {
        sb.append("固定行表：行用 `item` 标识（")
                .append(t.fixedRows().stream().map(r -> "`" + r.key() + "`").collect(Collectors.joining("、")))
                .append("），金额在 `values` 中。\n\n| 列 id | 表头 | 在行中的位置 |\n|---|---|---|\n");
        for (ColumnSpec c : t.columns()) {
            sb.append(columnRow(c));
        }
    }

    private static String columns(List<ColumnSpec> cs) {
        return cs.stream().map(c -> "`" + c.id() + "`（" + String.join("/", c.header()) + "）").collect(Collectors.joining("、"));
    }

    private static String fixedRow(RowSpec r, String side) {
        StringBuilder note = new StringBuilder(side);
        if (r.functionClass() != null) {
            note.append("；功能分类类 ").append(r.functionClass());
        }
        if (r.partOf() != null) {
            note.append("；是 `").append(r.partOf()).append("` 的“其中”项");
        }
        if (!r.sumOf().isEmpty()) {
            note.append("；= ").append(r.sumOf().stream().map(x -> switch (x) {
                case "incomeRows" -> "各收入行之和";
                case "expenditureRows" -> "各支出行之和";
                case "classes" -> "各功能分类类之和";
                default -> "`" + x + "`";
            }).collect(Collectors.joining(" + ")));
        }
        if (r.isLegacy()) {
            note.append("；旧模板保留行，金额须为 0");
        }
        return "| `" + r.key() + "` | " + (r.label() == null || r.label().isEmpty() ? "（无标签）" : r.label()) + " | " + note + " |\n";
    }

    private static String columnRow(ColumnSpec c) {
        String where = switch (c.type()) {
            case AMOUNT -> "`values." + c.id() + "`（金额）";
            case NUMBER -> "`values." + c.id() + "`（数量）";
            case TEXT -> "`text." + c.id() + "`（文本）";
            case FUNCTION_CLASS -> "`functionCode` 的第1–3位";
            case FUNCTION_KUAN -> "`functionCode` 的第4–5位";
            case FUNCTION_XIANG -> "`functionCode` 的第6–7位";
            case UNIT_CODE -> "`unitCode`（单位行）";
            case NAME -> "`name`";
            case ECON_CODE -> "`econCode`";
            case ECON_CLASS -> "`econCode` 的第1–3位";
            case ECON_KUAN -> "`econCode` 的第4–5位";
            case GOV_ECON_CODE -> "`govEconCode`";
            case GOV_ECON_CLASS -> "`govEconCode` 的第1–3位";
            case GOV_ECON_KUAN -> "`govEconCode` 的第4–5位";
            case GOV_ECON_NAME -> "`govEconName`";
            case FUNCTION_CODE -> "`functionCode`（印作“201 13 01”）";
            case ECON_CODE_SPACED -> "`econCode`（印作“301 01”）";
        };
        return "| `" + c.id() + "` | " + String.join("/", c.header()) + " | " + where + " |\n";
    }

    /** The read-rule section: every FILE/JSON rule with severity, title, basis and description. */
    static String readRulesMarkdown() {
        StringBuilder sb = new StringBuilder("| 规则 | 级别 | 名称 | 依据 | 说明 |\n|---|---|---|---|---|\n");
        for (ReadRules.ReadRule r : ReadRules.all()) {
            sb.append("| `").append(r.id()).append("` | ").append(r.severity().chinese()).append(" | ").append(r.title())
                    .append(" | ").append(r.basis()).append(" | ").append(r.description()).append(" |\n");
        }
        return sb.toString();
    }
}
