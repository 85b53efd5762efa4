package org.gongkai.camel;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.mail.MailComposer;
import org.gongkai.mail.MailSpool;
import org.gongkai.publish.PublicationMails;
import org.gongkai.publish.PublicationReport;

/**
 * After a pass: the digest for the finance bureau, an alert for the operators when something failed, and a notice
 * to each submitter whose disclosure went out, all put in the mail spool (a dry run writes none).
 */
public final class ComposePublicationMails implements Processor {

    private final PublicationMails mails;
    private final MailComposer composer;
    private final MailSpool spool;

    public ComposePublicationMails(PublicationMails mails, MailComposer composer, MailSpool spool) {
        this.mails = mails;
        this.composer = composer;
        this.spool = spool;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        PublicationReport report = exchange.getIn().getMandatoryBody(PublicationReport.class);
        mails.enqueue(report, composer, spool);
    }
}
