package org.gongkai.camel;

import java.time.LocalDateTime;
import org.apache.camel.Exchange;
import org.gongkai.intake.CheckedSubmission;

/** Headers and exchange properties the intake route sets; one place to look them up. */
public final class IntakeHeaders {
    /** The name of the dropped file (no folder). */
    public static final String FILE_NAME = "GongkaiFileName";
    /** Hex SHA-256 of the original bytes. */
    public static final String SHA256 = "GongkaiSha256";
    /** Idempotency key: file name and content hash. */
    public static final String INTAKE_KEY = "GongkaiIntakeKey";
    /** When the file was taken from the inbox (ISO local date-time). */
    public static final String RECEIVED_AT = "GongkaiReceivedAt";
    /** Absolute path the original file is moved to when the exchange completes (the file endpoint's move option). */
    public static final String DISPOSITION = "GongkaiDisposition";
    /** true when the submission has no errors. */
    public static final String VALID = "GongkaiValid";
    /** The staging folder of an accepted submission. */
    public static final String STAGING_DIR = "GongkaiStagingDir";
    /** Exchange property holding the {@code CheckedSubmission}. */
    public static final String CHECKED = "gongkai.checked";

    private IntakeHeaders() {
    }

    /** The dropped file's name. */
    static String fileName(Exchange exchange) {
        return exchange.getIn().getHeader(FILE_NAME, String.class);
    }

    /** When the file was taken from the inbox. */
    static LocalDateTime receivedAt(Exchange exchange) {
        return LocalDateTime.parse(exchange.getIn().getHeader(RECEIVED_AT, String.class));
    }

    /** The read and validated submission. */
    static CheckedSubmission checked(Exchange exchange) {
        return exchange.getProperty(CHECKED, CheckedSubmission.class);
    }
}
