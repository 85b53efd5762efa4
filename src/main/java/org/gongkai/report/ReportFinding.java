package org.gongkai.report;

import org.gongkai.validation.Finding;
import org.gongkai.validation.Location;
import org.gongkai.validation.Severity;

/**
 * One finding as reports show it: flat, every part of the location spelled out (modelled on Frictionless error
 * objects and the DATA Act broker's error files). {@code row} is 1-based within the table's rows.
 */
public record ReportFinding(
        String ruleId,
        String severity,
        String severityLabel,
        String message,
        String table,
        String tableTitle,
        Integer row,
        String rowLabel,
        String column,
        String columnTitle,
        String path,
        String cell,
        String place,
        String expected,
        String found,
        String hint) {

    public static ReportFinding of(Finding f) {
        Location l = f.location() == null ? Location.none() : f.location();
        Severity s = f.severity() == null ? Severity.ERROR : f.severity();
        String place = l.describe();
        return new ReportFinding(
                f.ruleId(),
                s == Severity.ERROR ? "error" : "warning",
                s.chinese(),
                shown(f.message()),
                shown(l.table()), shown(l.tableTitle()), l.row(), shown(l.rowLabel()), shown(l.column()), shown(l.columnTitle()),
                shown(l.path()), shown(l.cell()),
                place == null || place.isBlank() ? null : shown(place),
                shown(f.expected()), shown(f.found()), shown(f.hint()));
    }

    /** Longest text of a finding a report quotes (a finding may echo what the submitter wrote, of any length). */
    static final int MAX_SHOWN_CHARS = 1000;

    /** What a submitter wrote may hold characters no report can carry (NUL, lone surrogates): they are shown as U+XXXX. */
    static String shown(String s) {
        return org.gongkai.validation.PublishableText.visible(s, MAX_SHOWN_CHARS);
    }

    public boolean isError() {
        return "error".equals(severity);
    }
}
