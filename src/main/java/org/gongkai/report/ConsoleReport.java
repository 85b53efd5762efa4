package org.gongkai.report;

/**
 * The console rendering for {@code gongkai validate}: a summary line {@code FILE: valid (0 errors, 0 warnings)} or
 * {@code FILE: invalid (N errors, M warnings)}, then one line per finding that a department can act on without the
 * docs. Control characters from the file (terminal escape sequences) are replaced.
 */
public final class ConsoleReport {

    /** Renders with the report's file name as FILE. */
    public String render(CheckReport r) {
        return render(r, r.fileName());
    }

    /** Renders with {@code displayName} (e.g. the path given on the command line) as FILE. Ends with a newline. */
    public String render(CheckReport r, String displayName) {
        StringBuilder sb = new StringBuilder();
        sb.append(clean(displayName)).append(": ").append(r.valid() ? "valid" : "invalid")
                .append(" (").append(r.errors()).append(" errors, ").append(r.warnings()).append(" warnings)").append('\n');
        for (ReportFinding f : r.findings()) {
            sb.append("  ").append(line(f)).append('\n');
        }
        return sb.toString();
    }

    /** {@code 错误 SUM-ROW 表“部门支出总体情况表” 第3行（2080501 行政单位离退休） “合计”列: 应为 36.2，实为 36.3。提示：…}. */
    public static String line(ReportFinding f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.severityLabel()).append(' ').append(clean(f.ruleId()));
        if (f.place() != null) {
            sb.append(' ').append(clean(f.place()));
        }
        sb.append(": ");
        String message = clean(f.message());
        sb.append(message);
        String ef = expectedFound(f, message);
        if (!ef.isEmpty()) {
            if (!message.isEmpty() && !endsWithStop(message)) {
                sb.append('。');
            }
            sb.append(ef);
        }
        if (f.hint() != null && !f.hint().isBlank()) {
            String cur = sb.toString();
            if (!endsWithStop(cur)) {
                sb.append('。');
            }
            sb.append("提示：").append(clean(f.hint()));
        }
        return sb.toString();
    }

    /** "应为 X，实为 Y。" unless the message already states both values. */
    static String expectedFound(ReportFinding f, String message) {
        String e = f.expected() == null || f.expected().isBlank() ? null : clean(f.expected());
        String x = f.found() == null || f.found().isBlank() ? null : clean(f.found());
        if (e != null && x != null && message.contains(e) && message.contains(x)) {
            return "";
        }
        if (e != null && x != null) {
            return "应为 " + e + "，实为 " + x + "。";
        }
        if (e != null && !message.contains(e)) {
            return "应为 " + e + "。";
        }
        if (x != null && !message.contains(x)) {
            return "实为 " + x + "。";
        }
        return "";
    }

    private static boolean endsWithStop(String s) {
        return s.endsWith("。") || s.endsWith("：") || s.endsWith(": ") || s.endsWith("！") || s.endsWith("？");
    }

    /** Replaces control characters (ESC sequences, CR, BEL…) so file content cannot drive the terminal. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT
                    || cp == 0x2028 || cp == 0x2029) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
