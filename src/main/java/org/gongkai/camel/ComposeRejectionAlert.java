package org.gongkai.camel;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.mail.MailComposer;
import org.gongkai.mail.MailSpool;
import org.gongkai.mail.RejectionAlert;

/**
 * Composes the rejection alert (to the submitter, when known, and the finance bureau; the HTML report attached)
 * and puts it in the mail spool, from where the mail-delivery route sends it.
 */
public final class ComposeRejectionAlert implements Processor {

    private final RejectionAlert alert;
    private final MailComposer composer;
    private final MailSpool spool;

    public ComposeRejectionAlert(RejectionAlert alert, MailComposer composer, MailSpool spool) {
        this.alert = alert;
        this.composer = composer;
        this.spool = spool;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        CheckedSubmission checked = IntakeHeaders.checked(exchange);
        String keptAt = exchange.getIn().getHeader(IntakeHeaders.DISPOSITION, String.class);
        byte[] report = exchange.getProperty(RejectSubmission.HTML_REPORT, byte[].class);
        spool.enqueue(composer.composeEml(alert.build(checked, keptAt, report)), "rejection");
    }
}
