package org.gongkai.publish;

import java.time.Duration;

/**
 * Retries within one publication pass: {@code attempts} tries in all, waiting {@code delay} before the second and
 * multiplying the wait by {@code multiplier} each time, never longer than {@code maxDelay}.
 */
public record RetryPolicy(int attempts, Duration delay, double multiplier, Duration maxDelay) {

    public RetryPolicy {
        attempts = Math.max(1, attempts);
        multiplier = Math.max(1.0, multiplier);
    }

    /** An action that may fail. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** Observes each failed attempt (for logging). */
    @FunctionalInterface
    public interface FailureListener {
        void failed(int attempt, Exception e);
    }

    /**
     * Runs the action until it succeeds or every attempt failed; then throws the last failure. A permanent
     * {@link PublicationFailure} (an untrusted certificate, a refused login) is thrown at once.
     */
    public void run(Action action, FailureListener listener) throws Exception {
        long wait = delay.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (Exception e) {
                listener.failed(attempt, e);
                if (attempt >= attempts || e instanceof PublicationFailure f && f.permanent()) {
                    throw e;
                }
                Thread.sleep(wait);
                wait = Math.min(maxDelay.toMillis(), (long) (wait * multiplier));
            }
        }
    }
}
