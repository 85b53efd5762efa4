package org.gongkai.publish;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What one publication pass did (or, for a dry run, would do): departments published with their paths, failures
 * with the reason, what is still pending and why, and the departments close to or past their deadline.
 */
public record PublicationReport(LocalDateTime startedAt, LocalDateTime finishedAt, String target, boolean dryRun,
                                List<Published> published, List<Failure> failures, List<Pending> pending,
                                List<DeadlineItem> deadlines, List<String> sharedFilesUploaded) {

    /** A department set that went out (or would go out, in a dry run). */
    public record Published(int year, String code, String name, int version, String folder, String pagePath,
                            List<String> files, boolean correction, LocalDate approval, LocalDate deadline,
                            String contactEmail) {
    }

    /** Something that could not be published, and why (Chinese). */
    public record Failure(int year, String code, String name, String reason) {
    }

    /** A staged disclosure not published in this pass, and why (Chinese). */
    public record Pending(int year, String code, String name, String reason) {
    }

    /** True when anything failed (the CLI exits non-zero, the operators get an alert). */
    public boolean failed() {
        return !failures.isEmpty();
    }
}
