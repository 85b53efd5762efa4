package org.gongkai.intake;

import java.time.Duration;
import java.time.Instant;
import org.gongkai.validation.Finding;
import org.gongkai.validation.ValidationResult;

/**
 * A file read and validated: the read outcome, every finding (read findings first, then validation findings with
 * workbook cells filled in), who the submission is from, when it was checked and how long that took.
 *
 * @param read     the read outcome (original name, sha256, size, model when readable)
 * @param result   all findings: reading and validation together, errors first
 * @param summary  department, year and contact as far as known (also for files that could not be read)
 * @param checkedAt when the check started
 * @param duration how long reading and validating took
 */
public record CheckedSubmission(
        ReadOutcome read,
        ValidationResult result,
        SubmissionSummary summary,
        Instant checkedAt,
        Duration duration) {

    public CheckedSubmission {
        summary = summary == null ? SubmissionSummary.of(read.submission()) : summary;
        checkedAt = checkedAt == null ? Instant.now() : checkedAt;
        duration = duration == null ? Duration.ZERO : duration;
    }

    public CheckedSubmission(ReadOutcome read, ValidationResult result) {
        this(read, result, null, null, null);
    }

    /** Valid means publishable: the file was read and no finding is an error. */
    public boolean valid() {
        return read.readable() && result.valid();
    }

    public long errorCount() {
        return result.errorCount();
    }

    public long warningCount() {
        return result.warningCount();
    }

    public String fileName() {
        return read.fileName();
    }

    public java.util.List<Finding> findings() {
        return result.findings();
    }
}
