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

    /** Exchange property: files and folders this exchange wrote so far (undone when the disk is full). */
    public static final String WRITTEN = "gongkai.written";
    /** Exchange property: true when the exchange stopped because the disk is full (the intake pauses). */
    public static final String DISK_FULL = "gongkai.diskFull";

    private IntakeHeaders() {
    }

    /** Records a file or folder this exchange wrote. */
    @SuppressWarnings("unchecked")
    static synchronized void wrote(Exchange exchange, java.nio.file.Path path) {
        java.util.List<java.nio.file.Path> list = exchange.getProperty(WRITTEN, java.util.List.class);
        if (list == null) {
            list = new java.util.ArrayList<>();
            exchange.setProperty(WRITTEN, list);
        }
        list.add(path);
    }

    /** What this exchange wrote, in order. */
    @SuppressWarnings("unchecked")
    static java.util.List<java.nio.file.Path> written(Exchange exchange) {
        java.util.List<java.nio.file.Path> list = exchange.getProperty(WRITTEN, java.util.List.class);
        return list == null ? java.util.List.of() : list;
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
