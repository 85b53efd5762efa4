package org.gongkai.camel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.ops.MailQueues;
import org.gongkai.ops.TargetProbe;
import org.gongkai.publish.FailureReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's actions, one instance per action: re-drive the failed mails, run a publication pass now (by the same
 * control file an operator would create), check that the publication target can be written. The answer sends a
 * browser back to the console (303) and tells a script what happened (JSON body).
 */
public final class OperatorAction implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorAction.class);

    /** What an action does. */
    @FunctionalInterface
    interface Work {
        Map<String, Object> run(Exchange exchange) throws Exception;
    }

    private final String name;
    private final Work work;

    private OperatorAction(String name, Work work) {
        this.name = name;
        this.work = work;
    }

    /** Moves every mail of mail/failed back into the spool. */
    public static OperatorAction redriveMails(MailQueues mail) {
        return new OperatorAction("redrive-mails", ex -> {
            int moved = mail.redriveFailed();
            LOG.info("Operator re-drove {} failed mails into the spool", moved);
            return Map.of("moved", moved);
        });
    }

    /** Creates control/publish-now: the publish-on-demand route runs a pass within seconds. */
    public static OperatorAction publishNow(Path controlDir) {
        return new OperatorAction("publish-now", ex -> {
            Files.createDirectories(controlDir);
            Files.writeString(controlDir.resolve("publish-now"), Instant.now() + " requested on the console\n",
                    StandardCharsets.UTF_8);
            LOG.info("Operator requested a publication pass on the console");
            return Map.of("requested", true);
        });
    }

    /** Replaces a tiny hidden file at the root of the publication target and records the result for readiness. */
    public static OperatorAction checkPublicationTarget(PublishEndpoint endpoint, TargetProbe probe) {
        return new OperatorAction("check-publication-target", ex -> {
            long t0 = System.nanoTime();
            boolean ok;
            String detail;
            try (CamelPublicationTarget target = new CamelPublicationTarget(ex.getContext(), endpoint)) {
                target.replace(TargetProbe.PROBE_FILE, ("gongkai probe " + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8));
                ok = true;
                detail = "";
            } catch (Exception e) {
                ok = false;
                detail = FailureReason.describe(e);
            }
            long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
            probe.record(new TargetProbe.Result(Instant.now(), endpoint.describe(), ok, detail, ms));
            LOG.info("Publication target {} checked on request: {} ({} ms)", endpoint.describe(),
                    ok ? "reachable and writable" : "NOT writable: " + detail, ms);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("reachable", ok);
            out.put("detail", detail);
            out.put("millis", ms);
            return out;
        });
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("action", name);
        result.putAll(work.run(exchange));
        HttpResponses.json(exchange, 303, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(result));
        exchange.getMessage().setHeader("Location", "/console?done=" + name);
    }
}
