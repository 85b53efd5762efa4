package org.gongkai.intake;

import org.gongkai.model.Department;
import org.gongkai.model.Submission;

/**
 * Who and what a submission is about, as far as the file could be read: enough to name it in a report and to know
 * whom to alert. Any part may be null.
 */
public record SubmissionSummary(
        String departmentCode,
        String departmentName,
        Integer fiscalYear,
        String contactName,
        String contactEmail) {

    public static SubmissionSummary unknown() {
        return new SubmissionSummary(null, null, null, null, null);
    }

    public static SubmissionSummary of(Submission s) {
        if (s == null) {
            return unknown();
        }
        Department d = s.department();
        Department.Contact c = d == null ? null : d.contact();
        return new SubmissionSummary(
                blankToNull(d == null ? null : d.code()),
                blankToNull(d == null ? null : d.name()),
                s.fiscalYear(),
                blankToNull(c == null ? null : c.name()),
                blankToNull(c == null ? null : c.email()));
    }

    public boolean knowsDepartment() {
        return departmentName != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
