package org.gongkai.camel;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.mail.MailSpool;

/** Composes the rejection alert for the submitter and the finance bureau and puts it in the mail spool. */
public final class ComposeRejectionAlert implements Processor {

    private final MailSpool spool;
    private final String from;
    private final String financeBureau;

    public ComposeRejectionAlert(MailSpool spool, String from, String financeBureau) {
        this.spool = spool;
        this.from = from;
        this.financeBureau = financeBureau;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        CheckedSubmission checked = exchange.getProperty(IntakeHeaders.CHECKED, CheckedSubmission.class);
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, financeBureau);
        m.setSubject("TODO " + checked.result().errorCount(), "UTF-8");
        m.setText("TODO", "UTF-8");
        spool.enqueue(m, "rejection");
    }
}
