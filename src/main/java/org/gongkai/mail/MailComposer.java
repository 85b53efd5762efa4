package org.gongkai.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * Builds a MIME message from a {@link Mail}: UTF-8 everywhere (encoded subject and sender name, bodies in UTF-8,
 * attachment names in RFC 2231 form plus an encoded-word {@code name} for older clients), a plain text/plain body
 * when there is only text, multipart/alternative for text + HTML, inside multipart/mixed when there are attachments, a Date and a stable Message-ID. The message can be
 * given to {@code Transport.send} as is, or written as {@code .eml} bytes.
 */
public final class MailComposer {

    private final Session session;
    private final Clock clock;

    public MailComposer(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /**
     * A composer with a bare session (enough to compose and write .eml; sending needs the SMTP session). The bare
     * session is one for all such composers, made at the first mail: Jakarta Mail reads its provider files for each
     * session, a noticeable part of the service's start when every bean made its own.
     */
    public MailComposer() {
        this(null, Clock.systemUTC());
    }

    /** The session of a composer made without one. */
    private static final class BareSession {
        static final Session INSTANCE = Session.getInstance(new Properties());
    }

    private Session session() {
        return session != null ? session : BareSession.INSTANCE;
    }

    public MimeMessage compose(Mail mail) throws MessagingException {
        if (mail.to().isEmpty()) {
            throw new MessagingException("a mail needs at least one recipient");
        }
        MimeMessage msg = new StableIdMessage(session(), messageId(mail.from()));
        try {
            msg.setFrom(mail.fromName() == null ? new InternetAddress(mail.from(), true)
                    : new InternetAddress(mail.from(), singleLine(mail.fromName()), "UTF-8"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        List<InternetAddress> to = new ArrayList<>();
        for (String a : mail.to()) {
            to.add(new InternetAddress(a, true));
        }
        msg.setRecipients(jakarta.mail.Message.RecipientType.TO, to.toArray(new InternetAddress[0]));
        msg.setSubject(singleLine(mail.subject()), "UTF-8");
        msg.setSentDate(Date.from(clock.instant()));
        msg.setHeader("Auto-Submitted", "auto-generated");
        msg.setHeader("X-Auto-Response-Suppress", "All");

        String text = mail.textBody() == null ? "" : mail.textBody();
        if (mail.attachments().isEmpty() && mail.htmlBody() == null) {
            msg.setText(text, "UTF-8", "plain"); // one part: a plain text/plain message, not a one-part alternative
        } else if (mail.attachments().isEmpty()) {
            msg.setContent(alternative(text, mail.htmlBody()));
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart bodyPart = new MimeBodyPart();
            if (mail.htmlBody() == null) {
                bodyPart.setText(text, "UTF-8", "plain");
            } else {
                bodyPart.setContent(alternative(text, mail.htmlBody()));
            }
            mixed.addBodyPart(bodyPart);
            for (Mail.Attachment a : mail.attachments()) {
                mixed.addBodyPart(attachment(a));
            }
            msg.setContent(mixed);
        }
        msg.saveChanges();
        return msg;
    }

    /** Composes and writes the message in RFC 5322 form ({@code .eml}). */
    public byte[] composeEml(Mail mail) throws MessagingException {
        return toEml(compose(mail));
    }

    public static byte[] toEml(MimeMessage msg) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            msg.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Reads an {@code .eml} written by {@link #toEml} (e.g. from the mail spool) into a message that can be handed to
     * {@code Transport.send} as is, keeping its Message-ID (a plain parsed MimeMessage would get a new one on send).
     */
    public static MimeMessage readEml(Session session, byte[] eml) throws MessagingException {
        MimeMessage parsed = new MimeMessage(session, new java.io.ByteArrayInputStream(eml)) {
            @Override
            protected void updateMessageID() throws MessagingException {
                if (getHeader("Message-ID", null) == null) {
                    super.updateMessageID();
                }
            }
        };
        return parsed;
    }

    /** Text and HTML as multipart/alternative (only ever with both parts). */
    private static MimeMultipart alternative(String textBody, String htmlBody) throws MessagingException {
        MimeMultipart alt = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(textBody, "UTF-8", "plain");
        alt.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(htmlBody, "UTF-8", "html");
        alt.addBodyPart(html);
        return alt;
    }

    private static MimeBodyPart attachment(Mail.Attachment a) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        String type = a.contentType() == null ? "application/octet-stream" : a.contentType();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), type)));
        String name = singleLine(a.fileName());
        ContentType ct = new ContentType(type);
        try {
            ct.setParameter("name", MimeUtility.encodeText(name, "UTF-8", "B"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        part.setHeader("Content-Type", ct.toString());
        ParameterList params = new ParameterList();
        params.set("filename", name, "UTF-8");
        part.setHeader("Content-Disposition", new ContentDisposition(Part.ATTACHMENT, params).toString());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private String messageId(String from) {
        String domain = "gongkai.local";
        int at = from == null ? -1 : from.lastIndexOf('@');
        if (at > 0) {
            String d = from.substring(at + 1).toLowerCase(Locale.ROOT);
            if (d.matches("[a-z0-9.-]{1,200}")) {
                domain = d;
            }
        }
        return "<" + clock.millis() + "." + UUID.randomUUID() + "@" + domain + ">";
    }

    /** Replaces CR, LF and other control characters so no header can be split or injected. */
    static String singleLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.getType(cp) == Character.CONTROL || cp == 0x2028 || cp == 0x2029
                ? ' ' : cp));
        String one = sb.toString().strip();
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    /** Keeps the Message-ID chosen at composition across saveChanges (Transport.send calls it again). */
    private static final class StableIdMessage extends MimeMessage {
        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
