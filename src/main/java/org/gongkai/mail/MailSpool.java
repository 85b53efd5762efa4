package org.gongkai.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.gongkai.support.AtomicFiles;

/**
 * The mail spool: a composed mail is written as an .eml file first, so that a mail server that is down loses
 * nothing. The delivery route takes spooled files and sends them (or, with no SMTP server, files them in the outbox).
 */
public final class MailSpool {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);
    private final Path dir;

    public MailSpool(Path dir) {
        this.dir = dir;
    }

    /** Spools a composed message. */
    public Path enqueue(MimeMessage message, String kind) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return enqueue(out.toByteArray(), kind);
    }

    /**
     * Writes the .eml under a hidden temporary name and renames it ({@link AtomicFiles}), so the delivery route,
     * which only takes {@code *.eml}, never reads half a mail.
     */
    public Path enqueue(byte[] eml, String kind) throws IOException {
        String name = STAMP.format(LocalDateTime.now()) + "-" + kind + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml";
        return AtomicFiles.write(dir.resolve(name), eml);
    }
}
