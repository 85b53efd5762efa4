package org.gongkai.mail;

import java.util.List;

/**
 * A mail to compose: sender, recipients, subject, a plain-text body and optionally an HTML alternative, attachments.
 *
 * @param from        sender address (e.g. gongkai@czj.example.gov.cn)
 * @param fromName    sender display name (e.g. 预算公开校验服务), or null
 * @param to          recipient addresses, at least one
 * @param subject     subject line (any Unicode; control characters are replaced)
 * @param textBody    the text/plain body
 * @param htmlBody    the text/html alternative, or null for a text-only mail
 * @param attachments files to attach
 */
public record Mail(
        String from,
        String fromName,
        List<String> to,
        String subject,
        String textBody,
        String htmlBody,
        List<Attachment> attachments) {

    public Mail {
        to = List.copyOf(to);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An attached file: its name (Chinese allowed), MIME type and bytes. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
