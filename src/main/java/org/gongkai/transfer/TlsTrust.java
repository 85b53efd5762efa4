package org.gongkai.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Which TLS certificates the publication client accepts: by default the JVM's trust store (the authorities the JDK
 * ships, or {@code javax.net.ssl.trustStore}); or a trust store of gongkai's own; or exactly one pinned certificate
 * (a self-signed server). The host name is always checked against the certificate by the clients
 * ({@link SessionReuseFtpsClient}). A refusal is thrown as a {@link ServerCertificateException} that says why.
 */
public final class TlsTrust {

    private final X509ExtendedTrustManager trustManager;
    private final String description;

    private TlsTrust(X509ExtendedTrustManager trustManager, String description) {
        this.trustManager = trustManager;
        this.description = description;
    }

    /**
     * @param pinnedCertificate a PEM or DER file with the one certificate to trust (wins over the trust store), or null
     * @param trustStore a key store file (PKCS12 or JKS) with the trusted authorities, or null for the JVM's
     * @param trustStorePassword its password (may be empty)
     */
    public static TlsTrust of(Path pinnedCertificate, Path trustStore, String trustStorePassword) {
        try {
            KeyStore anchors = null;
            String description = "JVM trust store";
            if (pinnedCertificate != null) {
                anchors = KeyStore.getInstance("PKCS12");
                anchors.load(null, null);
                int i = 0;
                for (X509Certificate c : readCertificates(pinnedCertificate)) {
                    anchors.setCertificateEntry("pinned-" + i++, c);
                }
                if (i == 0) {
                    throw new IllegalArgumentException("No certificate in " + pinnedCertificate);
                }
                description = "pinned certificate " + pinnedCertificate;
            } else if (trustStore != null) {
                char[] pw = trustStorePassword == null ? new char[0] : trustStorePassword.toCharArray();
                anchors = KeyStore.getInstance(trustStore.toFile(), pw);
                description = "trust store " + trustStore;
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(anchors);
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x) {
                    return new TlsTrust(new Checked(x), description);
                }
            }
            throw new IllegalStateException("No X509ExtendedTrustManager from " + tmf.getAlgorithm());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot read the TLS trust settings (" + (pinnedCertificate != null
                    ? pinnedCertificate : trustStore) + "): " + e.getMessage(), e);
        }
    }

    static List<X509Certificate> readCertificates(Path file) throws IOException, CertificateException {
        List<X509Certificate> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> all = CertificateFactory.getInstance("X.509").generateCertificates(in);
            for (Certificate c : all) {
                out.add((X509Certificate) c);
            }
        }
        return out;
    }

    public X509ExtendedTrustManager trustManager() {
        return trustManager;
    }

    /** Where trust comes from (for logs). */
    public String describe() {
        return description;
    }

    /**
     * A fresh TLS context for one client connection. Its client session cache is its own (a data connection can
     * only resume its own control connection's session), and TLS 1.2 session tickets are off for it: servers such
     * as vsftpd issue tickets the JDK discards (lifetime over 7 days) and then offer no session ID to resume.
     */
    public SSLContext newContext() {
        synchronized (TlsTrust.class) {
            String key = "jdk.tls.client.enableSessionTicketExtension";
            String before = System.getProperty(key);
            System.setProperty(key, "false");
            try {
                SSLContext ctx = SSLContext.getInstance("TLS");
                ctx.init(null, new TrustManager[] {trustManager}, null);
                return ctx;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot create a TLS context", e);
            } finally {
                if (before == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, before);
                }
            }
        }
    }

    /** Turns the JDK's refusal into one that says why: untrusted, expired, or for another name. */
    static final class Checked extends X509ExtendedTrustManager {

        private final X509ExtendedTrustManager delegate;

        Checked(X509ExtendedTrustManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            String host = socket instanceof SSLSocket s && s.getHandshakeSession() != null
                    ? s.getHandshakeSession().getPeerHost() : String.valueOf(socket.getInetAddress());
            try {
                delegate.checkServerTrusted(chain, authType, socket);
            } catch (CertificateException e) {
                throw explain(chain, authType, host, e);
            }
            inDate(chain, host);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType, engine);
            } catch (CertificateException e) {
                throw explain(chain, authType, engine.getPeerHost(), e);
            }
            inDate(chain, engine.getPeerHost());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                throw explain(chain, authType, "?", e);
            }
            inDate(chain, "?");
        }

        /** The JDK accepts a trust anchor as it is, in date or not: a pinned certificate must be in date too. */
        private static void inDate(X509Certificate[] chain, String host) throws CertificateException {
            try {
                chain[0].checkValidity();
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                throw new ServerCertificateException(ServerCertificateException.Kind.EXPIRED, host, chain[0], e);
            }
        }

        private CertificateException explain(X509Certificate[] chain, String authType, String host, CertificateException e) {
            if (chain == null || chain.length == 0) {
                return e;
            }
            X509Certificate leaf = chain[0];
            try {
                leaf.checkValidity();
            } catch (CertificateExpiredException | CertificateNotYetValidException expired) {
                return new ServerCertificateException(ServerCertificateException.Kind.EXPIRED, host, leaf, e);
            }
            try {
                // Trusted without the host name check: then the name was what failed.
                delegate.checkServerTrusted(chain, authType);
                return new ServerCertificateException(ServerCertificateException.Kind.WRONG_NAME, host, leaf, e);
            } catch (CertificateException untrusted) {
                return new ServerCertificateException(ServerCertificateException.Kind.UNTRUSTED, host, leaf, e);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            delegate.checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            delegate.checkClientTrusted(chain, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }
    }

}
