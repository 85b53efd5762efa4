package org.gongkai.camel;

/**
 * The camel-mail endpoint URI for the configured SMTP server. Credentials are added only when set (they come
 * from the environment), as raw values ({@link UriValues#raw}) so that special characters in passwords survive.
 */
public final class SmtpUri {

    private final String uri;
    private final String masked;

    public SmtpUri(String baseUri, String username, String password, boolean startTls) {
        this(baseUri, username, password, startTls, "");
    }

    /**
     * @param sslTrust hosts whose TLS certificate is trusted without the JVM trust store ("*" or a host list);
     *                 empty to rely on the trust store (the normal case with a real certificate)
     */
    public SmtpUri(String baseUri, String username, String password, boolean startTls, String sslTrust) {
        this.uri = build(baseUri, username, UriValues.raw(password), startTls, sslTrust);
        this.masked = build(baseUri, username, "***", startTls, sslTrust);
    }

    private static String build(String baseUri, String username, String password, boolean startTls, String sslTrust) {
        StringBuilder sb = new StringBuilder(baseUri);
        char sep = baseUri.contains("?") ? '&' : '?';
        if (username != null && !username.isBlank()) {
            sb.append(sep).append("username=").append(UriValues.raw(username));
            sep = '&';
            sb.append(sep).append("password=").append(password);
        }
        if (startTls) {
            sb.append(sep).append("mail.smtp.starttls.enable=true&mail.smtp.starttls.required=true");
            sep = '&';
        }
        if (sslTrust != null && !sslTrust.isBlank()) {
            String protocol = baseUri.startsWith("smtps") ? "smtps" : "smtp";
            sb.append(sep).append("mail.").append(protocol).append(".ssl.trust=").append(sslTrust.trim());
            if ("*".equals(sslTrust.trim())) {
                // trusting every certificate: a test or self-signed server, whose certificate names no host
                sb.append("&mail.").append(protocol).append(".ssl.checkserveridentity=false");
            }
        }
        return sb.toString();
    }

    public String uri() {
        return uri;
    }

    @Override
    public String toString() {
        return masked;
    }
}
