package org.gongkai.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.intake.ReadOutcome;
import org.gongkai.intake.SubmissionSummary;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Location;
import org.gongkai.validation.Severity;
import org.gongkai.validation.ValidationResult;

/** Checked submissions built from findings, for report and mail tests. */
public final class ReportFixtures {
    public static final Instant CHECKED_AT = Instant.parse("2024-02-20T02:30:00Z");

    private ReportFixtures() {
    }

    public static Finding sumRow() {
        return new Finding("SUM-ROW", Severity.ERROR, "合计不等于各分项之和。",
                new Location("expenditure_summary", "部门支出总体情况表", 3, "2080501 行政单位离退休", "total", "合计",
                        "tables.expenditure_summary.rows[2].values.total", null),
                "36.2", "36.3", "核对“基本支出”和“项目支出”两列后改正合计。");
    }

    public static Finding missingReason() {
        return new Finding("REASON-ITEM", Severity.WARNING, "项目 2101101 比上年减少，但没有说明原因。",
                Location.field("explanations.itemChanges.2101101"), null, null, "在 explanations.itemChanges 中写明原因。");
    }

    /** A rejected submission from a known department with the given findings. */
    public static CheckedSubmission checked(String fileName, String department, List<Finding> findings) {
        ReadOutcome read = new ReadOutcome(fileName, "json", "ab".repeat(32), 12345, null, List.of(), null);
        return new CheckedSubmission(read, new ValidationResult(findings),
                new SubmissionSummary("701", department, 2024, "张三", "xiezuoban@example.gov.cn"),
                CHECKED_AT, Duration.ofMillis(7));
    }
}
