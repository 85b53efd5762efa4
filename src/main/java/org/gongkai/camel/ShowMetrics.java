package org.gongkai.camel;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.ops.Metrics;

/** The metrics in the Prometheus text exposition format. */
public final class ShowMetrics implements Processor {

    private final Metrics metrics;

    public ShowMetrics(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        HttpResponses.text(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
    }
}
