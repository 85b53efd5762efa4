package org.gongkai.camel;

import java.net.URI;
import java.util.Map;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.remote.FtpComponent;
import org.apache.camel.component.file.remote.FtpComponentConfigurer;
import org.apache.camel.component.file.remote.FtpConfiguration;
import org.apache.camel.component.file.remote.FtpEndpoint;
import org.apache.camel.component.file.remote.FtpEndpointConfigurer;
import org.apache.camel.component.file.remote.FtpOperations;
import org.apache.camel.component.file.remote.RemoteFileOperations;
import org.apache.camel.component.file.remote.FtpUtils;
import org.apache.camel.component.file.remote.RemoteFileComponent;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.gongkai.transfer.PromptAckFtpClient;

/**
 * camel-ftp's {@code ftp:} component with a client that acknowledges the server's {@code 150} reply at once
 * ({@link PromptAckFtpClient}): against a server that leaves Nagle's algorithm on, each upload otherwise waits for
 * the delayed-ACK timer (about 40 ms); and without camel-ftp's NOOP before every rename ({@link RenameWithoutNoop}).
 * Bound in the registry as {@code ftp}, so every {@code ftp://} URI uses it;
 * everything else is camel-ftp's.
 */
public final class PromptAckFtpComponent extends FtpComponent {

    /** camel-ftp's generated configurers, which Camel finds by the annotation of its own class only. */
    @Override
    public PropertyConfigurer getComponentPropertyConfigurer() {
        return new FtpComponentConfigurer();
    }

    @Override
    public PropertyConfigurer getEndpointPropertyConfigurer() {
        return new FtpEndpointConfigurer();
    }

    @Override
    protected GenericFileEndpoint<FTPFile> buildFileEndpoint(String uri, String remaining, Map<String, Object> parameters)
            throws Exception {
        FtpConfiguration config = new FtpConfiguration(new URI(getBaseUri(uri)));
        FtpUtils.ensureRelativeFtpDirectory(this, config);
        Endpoint endpoint = new Endpoint(uri, this, config);
        extractAndSetFtpClientConfigParameters(parameters, endpoint);
        extractAndSetFtpClientParameters(parameters, endpoint);
        return endpoint;
    }

    /** One new client per connection, as camel-ftp's own endpoint. */
    static final class Endpoint extends FtpEndpoint<FTPFile> {

        Endpoint(String uri, RemoteFileComponent<FTPFile> component, FtpConfiguration config) {
            super(uri, component, config);
        }

        @Override
        protected FTPClient createFtpClient() {
            return new PromptAckFtpClient();
        }

        /** camel-ftp's operations on that client, renaming without a NOOP first ({@link RenameWithoutNoop}). */
        @Override
        public RemoteFileOperations<FTPFile> createRemoteFileOperations() throws Exception {
            FtpOperations made = (FtpOperations) super.createRemoteFileOperations();
            FtpOperations ops = new RenameWithoutNoop.Ftp(made.getClient(), getFtpClientConfig());
            ops.setEndpoint(this);
            return ops;
        }
    }
}
