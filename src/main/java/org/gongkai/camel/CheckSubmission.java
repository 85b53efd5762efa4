package org.gongkai.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.intake.SubmissionCheck;

/**
 * Reads the dropped file into the model and runs every validation rule; the outcome goes on the exchange. The bytes
 * are read once (by the fingerprint step) and kept, so what is staged and kept is exactly what was checked; a file above the size limit is never
 * loaded into memory (the check reports it without reading it).
 */
public final class CheckSubmission implements Processor {

    /** Exchange property: the original bytes that were checked (absent for a file above the size limit). */
    public static final String ORIGINAL_BYTES = "gongkai.original";

    private final SubmissionCheck check;
    private final long maxBytes;

    public CheckSubmission(SubmissionCheck check, long maxBytes) {
        this.check = check;
        this.maxBytes = maxBytes;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        Path path = Path.of(file.getAbsoluteFilePath());
        CheckedSubmission checked;
        byte[] bytes = exchange.getProperty(ORIGINAL_BYTES, byte[].class);
        if (bytes != null) {
            checked = check.check(file.getFileNameOnly(), bytes);
        } else if (Files.size(path) <= maxBytes) {
            bytes = Files.readAllBytes(path);
            exchange.setProperty(ORIGINAL_BYTES, bytes);
            checked = check.check(file.getFileNameOnly(), bytes);
        } else {
            checked = check.check(path);
        }
        exchange.setProperty(IntakeHeaders.CHECKED, checked);
        exchange.getIn().setHeader(IntakeHeaders.VALID, checked.valid());
    }
}
