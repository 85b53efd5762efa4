package org.gongkai.camel;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.component.file.remote.FtpUtils;
import org.apache.camel.component.file.remote.FtpsComponent;
import org.apache.camel.component.file.remote.FtpsComponentConfigurer;
import org.apache.camel.component.file.remote.FtpsEndpointConfigurer;
import org.apache.camel.component.file.remote.FtpsConfiguration;
import org.apache.camel.component.file.remote.FtpsEndpoint;
import org.apache.camel.component.file.remote.RemoteFileComponent;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.gongkai.transfer.SessionReuseFtpsClient;
import org.gongkai.transfer.TlsTrust;

/**
 * camel-ftp's {@code ftps:} component with gongkai's FTPS client: data connections resume the control connection's
 * TLS session ({@link SessionReuseFtpsClient}), and the server certificate is checked against the configured trust
 * ({@link TlsTrust}) and the host name. Bound in the registry as {@code ftps}, so every {@code ftps://} URI uses it.
 * Trust comes from settings only: the URI's own trust options ({@code ftpClient.trustStore.*},
 * {@code sslContextParameters}) are refused, so that a URI cannot quietly weaken the check. Renames go without
 * camel-ftp's NOOP before each ({@link RenameWithoutNoop}).
 */
public final class TlsFtpsComponent extends FtpsComponent {

    private final Supplier<TlsTrust> trustSettings;
    private final String[] protocols;
    private TlsTrust trust;

    /** @param trust read when the first ftps endpoint is made (a service without FTPS never reads the trust files) */
    public TlsFtpsComponent(Supplier<TlsTrust> trust, String[] protocols) {
        this.trustSettings = trust;
        this.protocols = protocols.clone();
    }

    private synchronized TlsTrust trust() {
        if (trust == null) {
            trust = trustSettings.get();
        }
        return trust;
    }

    /** camel-ftp's generated configurers, which Camel finds by the annotation of its own class only. */
    @Override
    public PropertyConfigurer getComponentPropertyConfigurer() {
        return new FtpsComponentConfigurer();
    }

    @Override
    public PropertyConfigurer getEndpointPropertyConfigurer() {
        return new FtpsEndpointConfigurer();
    }

    @Override
    protected GenericFileEndpoint<FTPFile> buildFileEndpoint(String uri, String remaining, Map<String, Object> parameters)
            throws Exception {
        for (String key : parameters.keySet()) {
            if (key.startsWith("ftpClient.trustStore.") || key.startsWith("ftpClient.keyStore.")
                    || key.equals("sslContextParameters") || key.equals("useGlobalSslContextParameters")) {
                throw new IllegalArgumentException("FTPS trust is configured by gongkai.publish.tls.* settings, not by the URI option "
                        + key + " (docs/publication.md)");
            }
        }
        FtpsConfiguration config = new FtpsConfiguration(new URI(getBaseUri(uri)));
        FtpUtils.ensureRelativeFtpDirectory(this, config);
        Endpoint endpoint = new Endpoint(uri, this, config, trust(), protocols);
        extractAndSetFtpClientConfigParameters(parameters, endpoint);
        extractAndSetFtpClientParameters(parameters, endpoint);
        return endpoint;
    }

    /** One new client (and TLS context) per connection. */
    static final class Endpoint extends FtpsEndpoint {

        private final TlsTrust trust;
        private final String[] protocols;

        Endpoint(String uri, RemoteFileComponent<FTPFile> component, FtpsConfiguration config, TlsTrust trust, String[] protocols) {
            super(uri, component, config);
            this.trust = trust;
            this.protocols = protocols;
        }

        @Override
        protected FTPClient createFtpClient() {
            return new SessionReuseFtpsClient(getFtpsConfiguration().isImplicit(), trust.newContext(), protocols);
        }

        /** camel-ftp's operations on that client, renaming without a NOOP first ({@link RenameWithoutNoop}). */
        @Override
        public org.apache.camel.component.file.remote.RemoteFileOperations<FTPFile> createRemoteFileOperations() throws Exception {
            org.apache.camel.component.file.remote.FtpsOperations made =
                    (org.apache.camel.component.file.remote.FtpsOperations) super.createRemoteFileOperations();
            RenameWithoutNoop.Ftps ops = new RenameWithoutNoop.Ftps(
                    (org.apache.commons.net.ftp.FTPSClient) made.getClient(), getFtpClientConfig());
            ops.setEndpoint(this);
            return ops;
        }
    }
}
