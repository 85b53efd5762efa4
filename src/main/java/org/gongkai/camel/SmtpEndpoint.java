package org.gongkai.camel;

/**
 * The camel-mail endpoint URI for the configured SMTP server. Credentials are added only when set (they come
 * from the environment), as RAW values so that special characters in passwords survive.
 */
public final class SmtpEndpoint {

    private final String uri;

    public SmtpEndpoint(String baseUri, String username, String password, boolean startTls) {
        StringBuilder sb = new StringBuilder(baseUri);
        char sep = baseUri.contains("?") ? '&' : '?';
        if (username != null && !username.isBlank()) {
            sb.append(sep).append("username=RAW(").append(username).append(')');
            sep = '&';
            sb.append(sep).append("password=RAW(").append(password == null ? "" : password).append(')');
        }
        if (startTls) {
            sb.append(sep).append("mail.smtp.starttls.enable=true&mail.smtp.starttls.required=true");
        }
        this.uri = sb.toString();
    }

    public String uri() {
        return uri;
    }

    @Override
    public String toString() {
        return uri.replaceAll("password=RAW\\([^)]*\\)", "password=***");
    }
}
