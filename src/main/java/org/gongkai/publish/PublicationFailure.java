package org.gongkai.publish;

/**
 * A transfer that failed for a known cause, with the reason in Chinese for the digest and the alert; the technical
 * exception is the cause (for the log). Thrown by the transfer layer; {@link FailureReason} reports its reason and
 * {@link RetryPolicy} does not repeat a {@linkplain #permanent() permanent} one within the pass.
 */
public final class PublicationFailure extends Exception {

    /** The causes an operator can act on, each with its own wording. */
    public enum Kind {
        HOST_KEY_CHANGED(true),
        HOST_KEY_UNKNOWN(true),
        CERTIFICATE_UNTRUSTED(true),
        CERTIFICATE_WRONG_NAME(true),
        CERTIFICATE_EXPIRED(true),
        TLS_SESSION_REUSE_REFUSED(true),
        TLS_FAILED(false),
        LOGIN_REFUSED(true),
        PERMISSION_DENIED(true),
        DISK_FULL(false),
        PATH_MISSING(true),
        CANNOT_CONNECT(false),
        TIMEOUT(false),
        CONNECTION_DROPPED(false),
        OTHER(false);

        private final boolean permanent;

        Kind(boolean permanent) {
            this.permanent = permanent;
        }

        /** Trying again within the same pass cannot help (and a refused login may lock the account). */
        public boolean permanent() {
            return permanent;
        }
    }

    private final Kind kind;

    public PublicationFailure(Kind kind, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The Chinese reason (also the message). */
    public String reason() {
        return getMessage();
    }

    public boolean permanent() {
        return kind.permanent();
    }
}
