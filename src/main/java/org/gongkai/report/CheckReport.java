package org.gongkai.report;

import java.util.List;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.intake.SubmissionSummary;

/**
 * The report of one checked file, the single source of the JSON report, the HTML report, the console output and the
 * alert mail.
 *
 * @param fileName   the file's name as submitted
 * @param sha256     hex SHA-256 of the original bytes (null when the file could not be opened)
 * @param bytes      size of the original file
 * @param format     json, xlsx or null
 * @param checkedAt  ISO-8601 instant (UTC) when the check started
 * @param durationMs how long reading and validating took, in milliseconds
 * @param valid      true when the submission can be published (no errors)
 * @param errors     number of errors
 * @param warnings   number of warnings
 * @param departmentCode department code when known
 * @param departmentName department name when known
 * @param fiscalYear fiscal year when known
 * @param findings   errors first, then warnings
 */
public record CheckReport(
        String fileName,
        String sha256,
        long bytes,
        String format,
        String checkedAt,
        long durationMs,
        boolean valid,
        long errors,
        long warnings,
        String departmentCode,
        String departmentName,
        Integer fiscalYear,
        List<ReportFinding> findings) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    public static CheckReport of(CheckedSubmission c) {
        SubmissionSummary s = c.summary();
        List<ReportFinding> fs = c.findings().stream()
                .map(ReportFinding::of)
                .sorted(java.util.Comparator.comparing((ReportFinding f) -> f.isError() ? 0 : 1))
                .toList();
        return new CheckReport(
                ReportFinding.shown(c.read().fileName()),
                c.read().sha256(),
                c.read().bytes(),
                c.read().format(),
                c.checkedAt().toString(),
                c.duration().toMillis(),
                c.valid(),
                c.errorCount(),
                c.warningCount(),
                ReportFinding.shown(s.departmentCode()),
                ReportFinding.shown(s.departmentName()),
                s.fiscalYear(),
                fs);
    }

    public List<ReportFinding> errorFindings() {
        return findings.stream().filter(ReportFinding::isError).toList();
    }

    public List<ReportFinding> warningFindings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }
}
