package org.gongkai.ops;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The last on-demand check that the publication target can be reached and written. The check itself writes a small
 * file (it needs the configured server, so the Camel side runs it); readiness shows the last result and never
 * connects to the server on its own.
 */
public final class TargetProbe {

    /** One probe: when, against what, whether it worked and why not. */
    public record Result(Instant at, String target, boolean reachable, String detail, long millis) {
    }

    /** The file a probe replaces at the root of the publication target (hidden, a few bytes). */
    public static final String PROBE_FILE = ".gongkai-probe";

    private final AtomicReference<Result> last = new AtomicReference<>();

    public void record(Result r) {
        last.set(r);
    }

    public Optional<Result> last() {
        return Optional.ofNullable(last.get());
    }
}
