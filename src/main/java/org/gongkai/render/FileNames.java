package org.gongkai.render;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.gongkai.support.BoundedNames;

/**
 * Output file names. Chinese names are kept (they are what readers download); characters that are illegal on
 * common file systems or FTP servers are replaced. Should the platform's file-name encoding be unable to hold
 * Chinese (a JVM started with a non-UTF-8 locale), an ASCII fallback is used instead.
 */
public final class FileNames {

    public static final String HTML = "index.html";
    public static final String DATA = "data.json";
    public static final String DATAPACKAGE = "datapackage.json";
    public static final String CSV_DIR = "csv";
    /** Every table in one workbook, codes as text. */
    public static final String TABLES_XLSX = "tables.xlsx";
    /** The multi-year view as open data (one row per year and figure). */
    public static final String SERIES_CSV = "series.csv";

    private FileNames() {
    }

    /** Longest department-name part of a file name, in UTF-8 bytes (file systems allow 255 bytes per name). */
    public static final int MAX_NAME_BYTES = 200;

    /**
     * "{部门名称}{年}年部门预算公开.pdf". A department name longer than {@link #MAX_NAME_BYTES} UTF-8 bytes is cut at a
     * character boundary, so the whole file name stays within the 255-byte limit of common file systems.
     */
    public static String pdf(String department, int year) {
        return BoundedNames.capUtf8(safe(department), MAX_NAME_BYTES).strip() + year + "年部门预算公开.pdf";
    }

    /** ASCII fallback for the PDF: "{code}-{year}-budget.pdf". */
    public static String pdfAscii(String departmentCode, int year) {
        return safe(departmentCode == null ? "department" : departmentCode) + "-" + year + "-budget.pdf";
    }

    /** "NN-表名.csv". */
    public static String csv(int number, String title) {
        return twoDigits(number) + "-" + safe(title) + ".csv";
    }

    /** "NN-table_id.csv", the ASCII fallback. */
    public static String csvAscii(int number, String id) {
        return twoDigits(number) + "-" + safe(id) + ".csv";
    }

    /** Replaces characters illegal in Windows/FTP file names (\ / : * ? " < > | and controls) and trims dots and spaces. */
    public static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || "\\/:*?\"<>|".indexOf(cp) >= 0) {
                b.append('_');
            } else {
                b.appendCodePoint(cp);
            }
        });
        String t = b.toString().strip();
        int from = 0;
        int to = t.length();
        while (from < to && t.charAt(from) == '.') {
            from++;
        }
        while (to > from && t.charAt(to - 1) == '.') {
            to--;
        }
        return t.substring(from, to); // dots trimmed at both ends (as "^\\.+|\\.+$" removed)
    }

    /** As {@code %02d}: at least two digits. */
    private static String twoDigits(int n) {
        return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
    }

    /** dir.resolve(name), or dir.resolve(fallback) when the platform cannot encode the name. */
    static Path resolve(Path dir, String name, String fallback) {
        try {
            return dir.resolve(name);
        } catch (InvalidPathException e) {
            return dir.resolve(fallback);
        }
    }
}
