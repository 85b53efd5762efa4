package org.gongkai.camel;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.publish.PublicationPass;
import org.gongkai.publish.PublicationReport;

/**
 * Runs one publication pass against the configured server; the body becomes the {@link PublicationReport}.
 * Header {@link PublishHeaders#DRY_RUN} = true only lists what would be published.
 */
public final class PublishStagedDisclosures implements Processor {

    private final PublicationPass pass;
    private final PublishEndpoint endpoint;
    private final int connections;

    public PublishStagedDisclosures(PublicationPass pass, PublishEndpoint endpoint) {
        this(pass, endpoint, 1);
    }

    /** @param connections departments uploaded at the same time, each over a connection of its own */
    public PublishStagedDisclosures(PublicationPass pass, PublishEndpoint endpoint, int connections) {
        this.pass = pass;
        this.endpoint = endpoint;
        this.connections = connections;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        boolean dryRun = Boolean.TRUE.equals(exchange.getIn().getHeader(PublishHeaders.DRY_RUN, Boolean.class));
        PublicationReport report;
        try (CamelPublicationTarget target = new CamelPublicationTarget(exchange.getContext(), endpoint, connections)) {
            report = pass.run(target, dryRun);
        }
        exchange.getIn().setBody(report);
        exchange.getIn().setHeader(PublishHeaders.FAILED, report.failed());
    }
}
