package org.gongkai.transfer;

import java.io.IOException;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.ftp.FTPSServerSocketFactory;
import org.apache.commons.net.ftp.FTPSSocketFactory;

/**
 * Commons Net's FTPS client with three changes. Data connections resume the TLS session of the control connection
 * (servers such as vsftpd refuse any other: {@code 522 SSL connection failed: session reuse required}); the data
 * socket is opened plain, then layered with TLS over a {@link ControlPortSocket} so that the JDK finds the control
 * session in the context's cache. And the server's certificate is checked on both connections: the trust manager
 * of the given context, and the host name (HTTPS endpoint identification, RFC 2818/6125).
 *
 * <p>Each client gets a context of its own ({@link TlsTrust#newContext()}), so that parallel connections to one
 * server never resume each other's sessions. Sessions resume reliably with TLS 1.2 and session IDs; the JDK uses a
 * TLS 1.3 ticket only once, so a server that requires reuse refuses the second data connection of a TLS 1.3
 * session (see docs/publication.md). The server's {@code 150} reply is acknowledged at once ({@link PromptAck}).
 */
public class SessionReuseFtpsClient extends FTPSClient {

    private final SSLContext context;
    private final String[] protocols;
    private volatile boolean protectedData;

    public SessionReuseFtpsClient(boolean implicit, SSLContext context, String[] protocols) {
        super(implicit, context);
        this.context = context;
        this.protocols = protocols.clone();
        setEnabledProtocols(protocols);
        setEndpointCheckingEnabled(true);
    }

    /** PROT P installs a TLS socket factory: keep data sockets plain here and layer TLS in {@link #_openDataConnection_}. */
    @Override
    public void setSocketFactory(SocketFactory factory) {
        protectedData = factory instanceof FTPSSocketFactory;
        super.setSocketFactory(protectedData ? null : factory);
    }

    @Override
    public void setServerSocketFactory(ServerSocketFactory factory) {
        super.setServerSocketFactory(factory instanceof FTPSServerSocketFactory ? null : factory);
    }

    @Override
    protected Socket _openDataConnection_(String command, String arg) throws IOException {
        Socket plain = super._openDataConnection_(command, arg);
        if (plain != null) {
            PromptAck.now(_socket_); // the 150 reply: see PromptAck
        }
        if (plain == null || !protectedData) {
            return plain;
        }
        try {
            int controlPort = getRemotePort();
            SSLSocket tls = (SSLSocket) context.getSocketFactory()
                    .createSocket(new ControlPortSocket(plain, controlPort), _hostname_, controlPort, true);
            tls.setUseClientMode(true);
            tls.setEnableSessionCreation(true);
            tls.setEnabledProtocols(protocols);
            SSLParameters p = tls.getSSLParameters();
            p.setEndpointIdentificationAlgorithm("HTTPS");
            tls.setSSLParameters(p);
            try {
                tls.startHandshake();
            } catch (javax.net.ssl.SSLHandshakeException e) {
                throw new DataChannelTlsException(e);
            }
            return tls;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /** The TLS handshake of a data connection failed (the control connection's succeeded). */
    public static final class DataChannelTlsException extends javax.net.ssl.SSLException {

        DataChannelTlsException(javax.net.ssl.SSLHandshakeException cause) {
            super("TLS handshake on the data connection failed: " + cause.getMessage(), cause);
        }
    }
}
