package org.gongkai.camel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.ops.Health;
import org.gongkai.ops.HealthReport;

/** Liveness or readiness as JSON, HTTP 200 when UP and 503 when DOWN. */
public final class ShowHealth implements Processor {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Health health;
    private final boolean readiness;

    public ShowHealth(Health health, boolean readiness) {
        this.health = health;
        this.readiness = readiness;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        HealthReport r = readiness ? health.readiness() : health.liveness(exchange.getContext().isStarted());
        HttpResponses.json(exchange, r.httpStatus(), JSON.writeValueAsBytes(r));
    }
}
