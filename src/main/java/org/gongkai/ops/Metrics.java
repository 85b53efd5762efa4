package org.gongkai.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The service's metrics on a Micrometer registry, scraped in the Prometheus text format: submissions received,
 * accepted and rejected (by rule category of their errors), render times (HTML and PDF) and publication pass durations
 * as histograms, pass outcomes, mail deliveries and failures, and the files waiting in the inbox.
 */
public final class Metrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Path inbox;

    /** @param inbox the inbox folder, counted at every scrape */
    public Metrics(Path inbox) {
        this.inbox = inbox;
        // the gauge holds its state object weakly: this object (held by the service) is the state, not the path
        Gauge.builder("gongkai_inbox_files", this, m -> countFiles(m.inbox))
                .description("Files waiting in the inbox").register(registry);
    }

    /** One submission taken from the inbox; {@code verdict} is accepted, rejected, duplicate or failed. */
    public void submission(String verdict, Duration took) {
        Counter.builder("gongkai_submissions_received").description("Files taken from the inbox")
                .register(registry).increment();
        Counter.builder("gongkai_submissions").description("Submissions by verdict")
                .tag("verdict", verdict).register(registry).increment();
        Timer.builder("gongkai_submission_duration").description("Time from inbox to verdict")
                .tag("verdict", verdict).publishPercentileHistogram().register(registry).record(took);
    }

    /** A rejected submission had {@code errors} errors of this rule category. */
    public void rejectedFor(String category, long errors) {
        Counter.builder("gongkai_submissions_rejected_by_category")
                .description("Rejected submissions that had at least one error of the rule category")
                .tag("category", category.toLowerCase(Locale.ROOT)).register(registry).increment();
        DistributionSummary.builder("gongkai_rejection_errors").description("Errors per rejected submission and category")
                .tag("category", category.toLowerCase(Locale.ROOT)).register(registry).record(errors);
    }

    /** Render time of one disclosure; {@code kind} is html or pdf. */
    public void render(String kind, Duration took) {
        Timer.builder("gongkai_render_duration").description("Time to render a disclosure document")
                .tag("kind", kind).publishPercentileHistogram().register(registry).record(took);
    }

    /** One publication pass; {@code outcome} is ok, failed or broken_off. */
    public void publicationPass(String outcome, Duration took, int published, int failed) {
        Timer.builder("gongkai_publication_pass_duration").description("Duration of a publication pass")
                .tag("outcome", outcome).publishPercentileHistogram().register(registry).record(took);
        Counter.builder("gongkai_publication_departments_published").description("Departments published")
                .register(registry).increment(published);
        Counter.builder("gongkai_publication_departments_failed").description("Departments whose publication failed")
                .register(registry).increment(failed);
    }

    /** One mail left the spool: {@code delivered} true when it went out (SMTP or outbox). */
    public void mail(boolean delivered) {
        Counter.builder(delivered ? "gongkai_mail_delivered" : "gongkai_mail_failed")
                .description(delivered ? "Mails delivered" : "Mails refused after every retry")
                .register(registry).increment();
    }

    /** The Prometheus text exposition format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    static double countFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return Double.NaN;
        }
    }
}
