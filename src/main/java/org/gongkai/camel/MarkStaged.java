package org.gongkai.camel;

import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.publish.StagingArea;

/** Last step of an accepted submission: its staged folder is complete and may be published. */
public final class MarkStaged implements Processor {

    private final StagingArea staging;

    public MarkStaged(StagingArea staging) {
        this.staging = staging;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        staging.complete(Path.of(exchange.getIn().getHeader(IntakeHeaders.STAGING_DIR, String.class)));
    }
}
