package org.gongkai.mail;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reading mails back in tests. */
public final class MailParts {

    private MailParts() {
    }

    /** The text/plain part of a mail (MailComposer writes multipart/alternative), or null. */
    public static String text(Part m) throws Exception {
        if (m.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(m.getDisposition())) {
            return m.getContent().toString();
        }
        if (m.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String t = text(mp.getBodyPart(i));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
