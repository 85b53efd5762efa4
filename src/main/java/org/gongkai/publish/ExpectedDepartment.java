package org.gongkai.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A department the finance bureau expects a disclosure from, with the date its budget was approved (批复日期)
 * and the fiscal year (the approval year unless given).
 */
public record ExpectedDepartment(String code, String name, LocalDate approval, int year) {

    /**
     * Parses {@code gongkai.deadline.expected-departments}: empty (none), the path of a UTF-8 CSV file with lines
     * {@code code,name,approvalDate[,fiscalYear]} (a header line and lines starting with # are skipped), or the same
     * lines inline separated by ';'. Every problem with the setting (missing file, malformed line, bad date or year)
     * is an {@link IOException}, so that the pass reports it and goes on.
     */
    public static List<ExpectedDepartment> parse(String setting) throws IOException {
        if (setting == null || setting.isBlank()) {
            return List.of();
        }
        String trimmed = setting.trim();
        List<String> lines;
        Path p = Path.of(trimmed.contains(";") ? "." : trimmed);
        if (!trimmed.contains(";") && Files.isRegularFile(p)) {
            lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        } else if (!trimmed.contains(",") && !trimmed.contains(";")) {
            throw new IOException("预期部门清单文件不存在: " + trimmed);
        } else {
            lines = List.of(trimmed.split(";"));
        }
        List<ExpectedDepartment> out = new ArrayList<>();
        boolean headerSeen = false;
        for (String raw : lines) {
            String line = raw.strip().replace("\uFEFF", "");
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s*[,，]\\s*");
            if (f.length < 3) {
                throw new IOException("预期部门清单行格式应为 编码,名称,批复日期[,年度]: " + line);
            }
            if (!headerSeen && out.isEmpty() && !f[2].trim().matches("\\d.*")) {
                headerSeen = true;
                continue; // a header line (批复日期, approvalDate): the first line whose date column is no date at all
            }
            LocalDate approval;
            try {
                approval = LocalDate.parse(f[2].trim());
            } catch (DateTimeParseException e) {
                throw new IOException("预期部门清单中批复日期无效: " + line, e);
            }
            int year;
            try {
                year = f.length > 3 && !f[3].isBlank() ? Integer.parseInt(f[3].trim()) : approval.getYear();
            } catch (NumberFormatException e) {
                throw new IOException("预期部门清单中年度无效: " + line, e);
            }
            if (year < 1900 || year > 9999) {
                throw new IOException("预期部门清单中年度无效: " + line);
            }
            out.add(new ExpectedDepartment(f[0].trim(), f[1].trim(), approval, year));
        }
        return out;
    }
}
