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
                f.message(),
                l.table(), l.tableTitle(), l.row(), l.rowLabel(), l.column(), l.columnTitle(), l.path(), l.cell(),
                place == null || place.isBlank() ? null : place,
                f.expected(), f.found(), f.hint());
    }

    public boolean isError() {
        return "error".equals(severity);
    }
}
