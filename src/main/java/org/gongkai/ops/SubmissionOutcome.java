package org.gongkai.ops;

import java.util.Map;
import java.util.TreeMap;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.RuleCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What became of one file taken from the inbox, logged as one line an operator can search for (and, with JSON logs,
 * as key-value pairs): its id (the first 12 hex digits of its SHA-256), file, department, year, full hash, verdict,
 * counts and duration.
 *
 * @param verdict accepted, rejected, duplicate or failed
 */
public record SubmissionOutcome(String fileName, String sha256, String department, Integer year, String verdict,
                                long errors, long warnings, long durationMillis, Map<String, Long> errorsByCategory) {

    private static final Logger LOG = LoggerFactory.getLogger("org.gongkai.outcome");

    /** The outcome of a file, with the checked submission when the check ran (null for duplicates and early failures). */
    public static SubmissionOutcome of(String fileName, String sha256, CheckedSubmission checked, String verdict,
                                       long durationMillis) {
        Map<String, Long> byCategory = new TreeMap<>();
        String dept = null;
        Integer year = null;
        long errors = 0;
        long warnings = 0;
        if (checked != null) {
            dept = checked.summary().departmentCode();
            year = checked.summary().fiscalYear();
            errors = checked.errorCount();
            warnings = checked.warningCount();
            for (Finding f : checked.findings()) {
                if (f.isError()) {
                    byCategory.merge(category(f.ruleId()), 1L, Long::sum);
                }
            }
        }
        return new SubmissionOutcome(fileName, sha256, dept, year, verdict, errors, warnings, durationMillis, byCategory);
    }

    /** The rule family of a rule id: the validator's catalogue, else a reading rule (file). */
    public static String category(String ruleId) {
        return RuleCatalog.find(ruleId).map(r -> r.category()).orElse(RuleCategory.FILE).name().toLowerCase(java.util.Locale.ROOT);
    }

    public String id() {
        return sha256 == null ? "-" : sha256.substring(0, Math.min(12, sha256.length()));
    }

    /** Writes the outcome line (WARN for rejected and failed, INFO otherwise). */
    public void log() {
        var event = "accepted".equals(verdict) || "duplicate".equals(verdict) ? LOG.atInfo() : LOG.atWarn();
        event.addKeyValue("submission", id())
                .addKeyValue("file", fileName)
                .addKeyValue("department", department)
                .addKeyValue("year", year)
                .addKeyValue("sha256", sha256)
                .addKeyValue("verdict", verdict)
                .addKeyValue("errors", errors)
                .addKeyValue("warnings", warnings)
                .addKeyValue("durationMs", durationMillis)
                .log("Submission {} {}: file={} department={} year={} verdict={} errors={} warnings={} duration={}ms sha256={}",
                        id(), verdict, fileName, department == null ? "-" : department, year == null ? "-" : year,
                        verdict, errors, warnings, durationMillis, sha256 == null ? "-" : sha256);
    }
}
