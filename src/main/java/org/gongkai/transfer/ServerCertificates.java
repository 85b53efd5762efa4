package org.gongkai.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate an FTPS server presents, fetched for the operator to compare and pin
 * ({@code publish --trust-certificate}); never used to decide trust for publication itself. Nothing but
 * {@code AUTH TLS} (explicit) and the TLS handshake is sent: no user name, no password.
 */
public final class ServerCertificates {

    private ServerCertificates() {
    }

    public static List<X509Certificate> fetch(String host, int port, boolean implicit, int timeoutMillis)
            throws IOException, GeneralSecurityException {
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(host, port), timeoutMillis);
            plain.setSoTimeout(timeoutMillis);
            if (!implicit) {
                BufferedReader in = new BufferedReader(new InputStreamReader(plain.getInputStream(), StandardCharsets.US_ASCII));
                expect(in, "220");
                OutputStream out = plain.getOutputStream();
                out.write("AUTH TLS\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                expect(in, "234");
            }
            List<X509Certificate> seen = new ArrayList<>();
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new Recording(seen)}, null);
            try (SSLSocket tls = (SSLSocket) ctx.getSocketFactory().createSocket(plain, host, port, false)) {
                tls.startHandshake();
                for (Certificate c : tls.getSession().getPeerCertificates()) {
                    if (!seen.contains(c) && c instanceof X509Certificate x) {
                        seen.add(x);
                    }
                }
            }
            return seen;
        }
    }

    /** Reads one FTP reply (multi-line replies included) and checks its code. */
    private static void expect(BufferedReader in, String code) throws IOException {
        String line = in.readLine();
        if (line == null) {
            throw new IOException("The server closed the connection");
        }
        if (line.startsWith(code + "-")) {
            while (line != null && !line.startsWith(code + " ")) {
                line = in.readLine();
            }
        }
        if (line == null || !line.startsWith(code)) {
            throw new IOException("The server answered " + line + " (expected " + code + ")");
        }
    }

    public static String pem(X509Certificate c) throws CertificateEncodingException {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(c.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    }

    /** SHA-256 of the certificate, hex pairs separated by ':' (as openssl prints it). */
    public static String fingerprint(X509Certificate c) {
        return ServerCertificateException.sha256(c);
    }

    /** The certificates in a PEM or DER file (none when it does not exist). */
    public static List<X509Certificate> read(Path file) throws IOException, GeneralSecurityException {
        return Files.isRegularFile(file) ? TlsTrust.readCertificates(file) : List.of();
    }

    /** Records whatever the server sends: only for showing it to the operator. */
    private record Recording(List<X509Certificate> seen) implements X509TrustManager {

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            for (X509Certificate c : chain) {
                seen.add(c);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("client certificates are not checked here");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
