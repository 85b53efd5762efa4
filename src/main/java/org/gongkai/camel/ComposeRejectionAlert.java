package org.gongkai.camel;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.intake.IntakeJournal;
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

    private final IntakeJournal journal;

    public ComposeRejectionAlert(RejectionAlert alert, MailComposer composer, MailSpool spool) {
        this(alert, composer, spool, null);
    }

    /** @param journal records the mail, so a file taken again after a crash is not mailed twice (null: no record) */
    public ComposeRejectionAlert(RejectionAlert alert, MailComposer composer, MailSpool spool, IntakeJournal journal) {
        this.alert = alert;
        this.composer = composer;
        this.spool = spool;
        this.journal = journal;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        CheckedSubmission checked = IntakeHeaders.checked(exchange);
        // The stored name only: no server path reaches a submitter (issue 9, defect 8).
        String disposition = exchange.getIn().getHeader(IntakeHeaders.DISPOSITION, String.class);
        String keptAt = disposition == null ? null : java.nio.file.Path.of(disposition).getFileName().toString();
        byte[] report = exchange.getProperty(RejectSubmission.HTML_REPORT, byte[].class);
        String name = IntakeHeaders.fileName(exchange);
        String sha = exchange.getIn().getHeader(IntakeHeaders.SHA256, String.class);
        if (journal != null && journal.mailed(name, sha, "rejection")) {
            return;
        }
        spool.enqueue(composer.composeEml(alert.build(checked, keptAt, report)), "rejection");
        if (journal != null) {
            journal.markMailed(name, sha, "rejection");
        }
    }
}
