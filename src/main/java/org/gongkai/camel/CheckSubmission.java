package org.gongkai.camel;

import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.intake.SubmissionCheck;

/**
 * Reads the dropped file into the model and runs every validation rule; the outcome goes on the exchange.
 * A file above the size limit is never loaded into memory.
 */
public final class CheckSubmission implements Processor {

    private final SubmissionCheck check;

    public CheckSubmission(SubmissionCheck check) {
        this.check = check;
    }

    @Override
    public void process(Exchange exchange) {
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        CheckedSubmission checked = check.check(Path.of(file.getAbsoluteFilePath()));
        exchange.setProperty(IntakeHeaders.CHECKED, checked);
        exchange.getIn().setHeader(IntakeHeaders.VALID, checked.valid());
    }
}
