package org.gongkai.xlsx;

import org.gongkai.validation.Finding;
import org.gongkai.validation.Location;
import org.gongkai.validation.Severity;

/** Builds the reader's findings: Chinese message, rule id, and the cell a clerk can find. */
final class FindingFactory {
    private FindingFactory() {
    }

    static Finding fileError(String rule, String message, String hint) {
        return new Finding(rule, Severity.ERROR, message, Location.none(), null, null, hint);
    }

    static Finding cellError(String rule, String message, Location location, String found, String hint) {
        return new Finding(rule, Severity.ERROR, message, location, null, found, hint);
    }

    static Finding warning(String rule, String message, Location location, String hint) {
        return new Finding(rule, Severity.WARNING, message, location, null, null, hint);
    }

    /** {@code '部门支出总体情况表'!F9}: the sheet name always quoted, quotes inside doubled. */
    static String cellRef(String sheet, int rowIndex, int colIndex) {
        return quote(sheet) + "!" + org.apache.poi.ss.util.CellReference.convertNumToColString(colIndex) + (rowIndex + 1);
    }

    static String quote(String sheet) {
        return "'" + sheet.replace("'", "''") + "'";
    }

    static Location cellLocation(String cellRef) {
        return Location.none().withCell(cellRef);
    }
}
