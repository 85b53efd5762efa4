package org.gongkai.transfer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/** The server's TLS certificate was refused: why, and which certificate (subject, names, validity, fingerprint). */
public final class ServerCertificateException extends CertificateException {

    /** Why the certificate was refused. */
    public enum Kind {
        /** Not issued by a trusted authority, and not the pinned certificate. */
        UNTRUSTED,
        /** Trusted, but for other names than the host connected to. */
        WRONG_NAME,
        /** Outside its validity period. */
        EXPIRED
    }

    private final Kind kind;
    private final String host;
    private final String subject;
    private final String issuer;
    private final List<String> names;
    private final String notAfter;
    private final String fingerprint;

    ServerCertificateException(Kind kind, String host, X509Certificate cert, Throwable cause) {
        super(kind + " certificate of " + host + ": " + cert.getSubjectX500Principal().getName(), cause);
        this.kind = kind;
        this.host = host;
        this.subject = cert.getSubjectX500Principal().getName();
        this.issuer = cert.getIssuerX500Principal().getName();
        this.names = names(cert);
        this.notAfter = DateTimeFormatter.ISO_LOCAL_DATE.format(cert.getNotAfter().toInstant().atZone(ZoneId.of("Asia/Shanghai")));
        this.fingerprint = sha256(cert);
    }

    public Kind kind() {
        return kind;
    }

    public String host() {
        return host;
    }

    public String subject() {
        return subject;
    }

    public String issuer() {
        return issuer;
    }

    /** The DNS names and IP addresses the certificate is for (subject alternative names). */
    public List<String> names() {
        return names;
    }

    /** Last day of validity (yyyy-MM-dd, Asia/Shanghai). */
    public String notAfter() {
        return notAfter;
    }

    /** SHA-256 of the certificate, hex pairs separated by ':' (as {@code openssl x509 -fingerprint -sha256} prints). */
    public String fingerprint() {
        return fingerprint;
    }

    static String sha256(X509Certificate cert) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
        } catch (NoSuchAlgorithmException | java.security.cert.CertificateEncodingException e) {
            return "?";
        }
    }

    private static List<String> names(X509Certificate cert) {
        List<String> out = new ArrayList<>();
        try {
            Collection<List<?>> alt = cert.getSubjectAlternativeNames();
            if (alt != null) {
                for (List<?> n : alt) {
                    if (n.size() >= 2 && (Integer.valueOf(2).equals(n.get(0)) || Integer.valueOf(7).equals(n.get(0)))) {
                        out.add(String.valueOf(n.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // no names to show
        }
        return List.copyOf(out);
    }
}
