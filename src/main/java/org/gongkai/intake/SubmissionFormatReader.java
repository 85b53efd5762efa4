package org.gongkai.intake;

/**
 * Reads one file format (JSON, workbook) into the submission model. Implementations never throw for bad
 * input: whatever is wrong with the file becomes an error finding that names the place.
 */
public interface SubmissionFormatReader {

    /** True when this reader handles the file (by name and leading bytes). */
    boolean accepts(String fileName, byte[] content);

    ReadOutcome read(String fileName, byte[] content, String sha256);
}
