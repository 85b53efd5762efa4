package org.gongkai.camel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.ops.Metrics;
import org.gongkai.ops.PassRecord;
import org.gongkai.ops.SubmissionOutcome;
import org.gongkai.publish.PublicationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches finished exchanges of the intake, mail and publication routes, so that the routes themselves stay about
 * their work: the outcome line of every submission (with metrics by verdict and rule category, and render times),
 * every delivered or failed mail, and every publication pass (metrics and {@code last-publication-pass.json}).
 */
public final class OpsEvents extends EventNotifierSupport {

    private static final Logger LOG = LoggerFactory.getLogger(OpsEvents.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PUBLISH_ROUTES = Set.of("publish-nightly", "publish-on-demand", "publish-pass");
    private static final String SEEN = "gongkai.ops.seen";

    private final Metrics metrics;
    private final Path stateDir;

    public OpsEvents(Metrics metrics, Path stateDir) {
        this.metrics = metrics;
        this.stateDir = stateDir;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeCompletedEvent || event instanceof CamelEvent.ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((ExchangeEvent) event).getExchange();
        if (exchange.getProperty(SEEN) != null) {
            return;
        }
        exchange.setProperty(SEEN, true);
        try {
            String route = exchange.getFromRouteId();
            if ("intake".equals(route)) {
                submission(exchange);
            } else if ("mail-delivery".equals(route)) {
                metrics.mail(!exchange.isFailed());
            } else if (exchange.getMessage().getBody() instanceof PublicationReport report) {
                if (!report.dryRun()) {
                    pass(exchange, report);
                }
            } else if (isPublishRoute(route) || isPublishRoute(exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class))) {
                brokenOff(exchange);
            }
        } catch (RuntimeException e) {
            LOG.warn("Operations record of a finished exchange failed: {}", e.toString());
        }
    }

    private void submission(Exchange exchange) {
        // from the moment the file was taken (the consumer creates the exchanges of a whole poll at once)
        String taken = exchange.getIn().getHeader(IntakeHeaders.RECEIVED_AT, String.class);
        long millis = taken == null ? exchange.getClock().elapsed()
                : Math.max(0, Duration.between(LocalDateTime.parse(taken), LocalDateTime.now()).toMillis());
        String file = exchange.getIn().getHeader(IntakeHeaders.FILE_NAME, String.class);
        String sha = exchange.getIn().getHeader(IntakeHeaders.SHA256, String.class);
        CheckedSubmission checked = exchange.getProperty(IntakeHeaders.CHECKED, CheckedSubmission.class);
        String verdict;
        if (exchange.isFailed() || exchange.getProperty(Exchange.EXCEPTION_CAUGHT) != null) {
            verdict = "failed";
        } else if (Boolean.TRUE.equals(exchange.getProperty(Exchange.DUPLICATE_MESSAGE, Boolean.class))) {
            verdict = "duplicate";
        } else if (checked == null) {
            verdict = "failed";
        } else {
            verdict = checked.valid() ? "accepted" : "rejected";
        }
        SubmissionOutcome outcome = SubmissionOutcome.of(file, sha, "duplicate".equals(verdict) ? null : checked, verdict, millis);
        outcome.log();
        metrics.submission(verdict, Duration.ofMillis(millis));
        if ("rejected".equals(verdict)) {
            outcome.errorsByCategory().forEach(metrics::rejectedFor);
        }
        if ("accepted".equals(verdict)) {
            renderTimes(exchange.getIn().getHeader(IntakeHeaders.STAGING_DIR, String.class));
        }
    }

    /** Render times from the render.json the render step wrote beside the site. */
    private void renderTimes(String stagingDir) {
        if (stagingDir == null) {
            return;
        }
        Path info = Path.of(stagingDir).resolve("render.json");
        try {
            if (Files.isRegularFile(info)) {
                JsonNode t = JSON.readTree(info.toFile()).path("timings");
                metrics.render("html", Duration.ofMillis(t.path("htmlMillis").asLong()));
                metrics.render("pdf", Duration.ofMillis(t.path("pdfMillis").asLong()));
            }
        } catch (java.io.IOException e) {
            LOG.debug("render.json unreadable: {}", e.toString());
        }
    }

    private void pass(Exchange exchange, PublicationReport r) {
        String outcome = r.failed() ? "failed" : "ok";
        Duration took = Duration.ofMillis(exchange.getClock().elapsed());
        metrics.publicationPass(outcome, took, r.published().size(), r.failures().size());
        List<PassRecord.Failed> failed = r.failures().stream()
                .map(f -> new PassRecord.Failed(f.year(), f.code(), f.name(), f.reason())).toList();
        save(new PassRecord(r.startedAt().toString(), r.finishedAt().toString(), outcome, r.published().size(),
                r.failures().size(), r.published().size() + " published, " + r.pending().size() + " pending", failed));
    }

    private void brokenOff(Exchange exchange) {
        Throwable t = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (t == null) {
            t = exchange.getException();
        }
        if (t == null) {
            return;
        }
        metrics.publicationPass("broken_off", Duration.ofMillis(exchange.getClock().elapsed()), 0, 0);
        String now = LocalDateTime.now().withNano(0).toString();
        save(new PassRecord(now, now, "broken_off", 0, 0, t.getClass().getSimpleName() + ": " + t.getMessage(), List.of()));
    }

    private void save(PassRecord record) {
        try {
            record.save(stateDir);
        } catch (java.io.IOException e) {
            LOG.warn("Last publication pass could not be recorded in {}: {}", stateDir, e.toString());
        }
    }

    private static boolean isPublishRoute(String id) {
        return id != null && PUBLISH_ROUTES.contains(id);
    }
}
