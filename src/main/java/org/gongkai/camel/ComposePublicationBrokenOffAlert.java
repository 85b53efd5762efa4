package org.gongkai.camel;

import java.time.Clock;
import java.time.LocalDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.mail.MailComposer;
import org.gongkai.mail.MailSpool;
import org.gongkai.publish.PublicationMails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In the {@code publish-errors} route configuration: a pass that broke off with an unexpected error has no report,
 * so no digest; the operators get an alert naming the error, through the same mail spool as the pass's mails.
 * A failure to spool the alert is logged, never thrown (the error handler must end the exchange).
 */
public final class ComposePublicationBrokenOffAlert implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ComposePublicationBrokenOffAlert.class);

    private final PublicationMails mails;
    private final MailComposer composer;
    private final MailSpool spool;
    private final PublishEndpoint endpoint;
    private final Clock clock;

    public ComposePublicationBrokenOffAlert(PublicationMails mails, MailComposer composer, MailSpool spool,
                                            PublishEndpoint endpoint, Clock clock) {
        this.mails = mails;
        this.composer = composer;
        this.spool = spool;
        this.endpoint = endpoint;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (error == null) {
            error = exchange.getException();
        }
        if (Boolean.TRUE.equals(exchange.getIn().getHeader(PublishHeaders.DRY_RUN, Boolean.class))) {
            return; // a dry run writes no mail; the command prints the error
        }
        try {
            PublicationMails.enqueue(mails.brokenOff(LocalDateTime.now(clock).withNano(0), endpoint.describe(), error),
                    composer, spool);
        } catch (Exception e) {
            LOG.error("The alert for the broken-off publication pass could not be spooled: {}", e.toString());
        }
    }
}
