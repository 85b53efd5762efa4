package org.gongkai.camel;

import jakarta.mail.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;
import org.gongkai.mail.MailComposer;

/**
 * Decides how a spooled mail is delivered. With SMTP enabled, the .eml becomes the MimeMessage camel-mail sends
 * as is, and the file moves to sent/ once delivered. Without SMTP, delivery is moving the .eml into the outbox.
 */
public final class PrepareMailDelivery implements Processor {

    /** Header: absolute path the spooled .eml moves to when the exchange completes. */
    public static final String DONE = "GongkaiMailDone";

    private final boolean smtpEnabled;
    private final Path outbox;
    private final Path sent;

    public PrepareMailDelivery(boolean smtpEnabled, Path outbox, Path sent) {
        this.smtpEnabled = smtpEnabled;
        this.outbox = outbox;
        this.sent = sent;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        String name = file.getFileNameOnly();
        if (!smtpEnabled) {
            exchange.getIn().setHeader(DONE, outbox.resolve(name).toAbsolutePath().toString());
            return;
        }
        exchange.getIn().setHeader(DONE, sent.resolve(LocalDate.now().toString()).resolve(name).toAbsolutePath().toString());
        byte[] eml = Files.readAllBytes(Path.of(file.getAbsoluteFilePath()));
        // keeps the Message-ID written when the mail was composed, so a resent mail is recognisably the same
        exchange.getIn().setBody(MailComposer.readEml(Session.getInstance(new Properties()), eml));
    }

}
