package org.gongkai.intake;

import java.util.List;
import org.gongkai.model.Submission;
import org.gongkai.validation.Finding;

/**
 * The result of reading one submission file: the model when it could be read, and the findings that
 * reading produced (unreadable file, wrong encoding, malformed JSON…). A file that could not be read
 * has a null submission and at least one error finding.
 *
 * @param fileName   the file's name as dropped (no directory)
 * @param format     "json" or "xlsx", or null when the type is unknown
 * @param sha256     hex SHA-256 of the original bytes
 * @param bytes      size of the original file
 * @param submission the model, or null
 * @param findings   read findings (errors and warnings)
 * @param sources    cell locations for workbook submissions
 */
public record ReadOutcome(
        String fileName,
        String format,
        String sha256,
        long bytes,
        Submission submission,
        List<Finding> findings,
        SourceMap sources) {

    public ReadOutcome {
        findings = List.copyOf(findings);
        sources = sources == null ? SourceMap.empty() : sources;
    }

    public boolean readable() {
        return submission != null;
    }
}
