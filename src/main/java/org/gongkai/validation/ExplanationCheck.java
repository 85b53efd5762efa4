package org.gongkai.validation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Department;
import org.gongkai.model.Performance;

/** What a person writes: duties, the performance goal, notes for empty tables, no placeholder residue. */
final class ExplanationCheck implements Check {

    /** Placeholder residue left from templates, found anywhere in a string. */
    static final List<String> PLACEHOLDERS = List.of("XX", "ＸＸ", "ｘｘ", "××", "待填写", "请填写", "请输入", "某某", "TODO", "（略）", "(略)");

    /**
     * Placeholders that need a pattern: x runs of either case that stand alone (not inside a word, an e-mail address or a
     * host name such as xxzx@…), a {field} slot, runs of three or more ellipsis characters (a Chinese ellipsis is two),
     * and a text that is nothing but an ellipsis, dots or 略.
     */
    static final Pattern PLACEHOLDER_PATTERN = Pattern.compile(
            "(?<![A-Za-z0-9@._%+-])[xX]{2,}(?![A-Za-z0-9@._-])|\\{[^{}\\s]{1,20}}|…{3,}|^\\s*(…+|\\.{3,}|。{3,}|略)\\s*$");

    @Override
    public void run(ValidationContext ctx) {
        Department d = ctx.submission().department();
        if (d == null || d.duties().stream().allMatch(s -> s == null || s.isBlank())) {
            ctx.report(Rules.DEPARTMENT_DUTIES, "没有填写部门主要职责。", Location.field("department.duties"), "至少一条职责", null,
                    "在 department.duties 中写明部门的主要职责（公开文件第一部分“主要职责”）。");
        }
        Performance.DepartmentTargets t = ctx.submission().performance().department();
        if (ctx.requires("performanceGoal") && (t == null || t.goal() == null || t.goal().isBlank())) {
            ctx.report(Rules.PERFORMANCE_GOAL, "没有填写部门整体绩效目标（年度履职目标）。", Location.field("performance.department.goal"),
                    "年度履职目标", null, "在 performance.department.goal 中写明本年度的履职目标。");
        }
        if (ctx.requires("operatingCosts") && ctx.submission().otherMatters().operatingCosts() == null) {
            ctx.report(Rules.OPERATING_COSTS, "没有填写机关运行经费。", Location.field("otherMatters.operatingCosts"), "金额", null,
                    "在 otherMatters.operatingCosts 中填写机关运行经费预算数；没有时填 0。");
        }
        emptyTables(ctx);
        placeholders(ctx);
    }

    private void emptyTables(ValidationContext ctx) {
        for (TableView v : ctx.dataViews()) {
            if (!v.present() || !v.isEmpty()) {
                continue;
            }
            String override = ctx.submission().explanations().tableNotes().get(v.id());
            String note = override != null && !override.isBlank() ? override : v.spec().emptyNoteFor(ctx.year());
            if (note == null || note.isBlank()) {
                ctx.report(Rules.EMPTY_TABLE_NOTE, "“" + v.title() + "”没有数据，但没有说明。", v.table(), "空表说明", null,
                        "在 explanations.tableNotes.\"" + v.id() + "\" 中写明本表为什么没有数据，如“本部门" + ctx.year()
                                + "年度没有……，故本表无数据。”");
            }
        }
    }

    private void placeholders(ValidationContext ctx) {
        TextFields.walk(ctx.submission(), ExplanationCheck::hasPlaceholder, (path, text) -> {
            String p = placeholderIn(text);
            if (p != null) {
                ctx.report(Rules.PLACEHOLDER, "文字中残留占位符“" + p + "”：" + excerpt(text, p), ctx.textField(path, path), "实际内容", text,
                        "把占位符替换为实际内容。");
            }
        });
    }

    static boolean hasPlaceholder(String text) {
        return placeholderIn(text) != null;
    }

    /** The first placeholder in a text, or null. */
    static String placeholderIn(String text) {
        for (String p : PLACEHOLDERS) {
            if (text.contains(p)) {
                return p;
            }
        }
        Matcher m = PLACEHOLDER_PATTERN.matcher(text);
        return m.find() ? m.group() : null;
    }


    private static String excerpt(String text, String placeholder) {
        int at = text.indexOf(placeholder);
        int from = Math.max(0, at - 12);
        int to = Math.min(text.length(), at + placeholder.length() + 12);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
