package org.gongkai.camel;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.publish.StagingArea;
import org.gongkai.report.CheckReport;
import org.gongkai.report.JsonReportWriter;

/** A valid submission is written to the staging area, and its original is archived when the exchange completes. */
public final class StageSubmission implements Processor {

    private final StagingArea staging;
    private final Dispositions dispositions;
    private final JsonReportWriter reportWriter = new JsonReportWriter();

    public StageSubmission(StagingArea staging, Dispositions dispositions) {
        this.staging = staging;
        this.dispositions = dispositions;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        CheckedSubmission checked = IntakeHeaders.checked(exchange);
        String name = IntakeHeaders.fileName(exchange);
        LocalDateTime at = IntakeHeaders.receivedAt(exchange);
        byte[] original = exchange.getProperty(CheckSubmission.ORIGINAL_BYTES, byte[].class);
        Path dir = staging.folderFor(checked.read().submission(), checked.read().sha256(), at);
        if (!java.nio.file.Files.exists(dir.resolve(StagingArea.MARKER))) {
            // not yet complete (a folder complete before a crash is kept as it is: the same file staged once)
            IntakeHeaders.wrote(exchange, dir);
            staging.stage(checked.read().submission(), checked.read().sha256(), at, name, original,
                    reportWriter.toJson(CheckReport.of(checked)));
        }
        exchange.getIn().setHeader(IntakeHeaders.STAGING_DIR, dir.toAbsolutePath().toString());
        exchange.getIn().setHeader(IntakeHeaders.DISPOSITION, dispositions.accepted(name, at).toString());
    }
}
