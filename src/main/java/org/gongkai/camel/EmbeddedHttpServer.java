package org.gongkai.camel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.support.service.ServiceSupport;
import org.gongkai.support.Folders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded HTTP server behind the {@code platform-http:} endpoints of routes/http.camel.yaml: Camel's Vert.x server
 * (camel-platform-http-vertx), added to the context as a service so it starts before the routes and stops after them.
 * camel-platform-http-main, which would do this from camel.server.* settings, is not served at Camel 4.22.0.
 */
public final class EmbeddedHttpServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedHttpServer.class);

    /** Bytes a multipart upload may add around the file itself (boundaries, part headers). */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    private EmbeddedHttpServer() {
    }

    /**
     * Adds the server to the context.
     *
     * @param maxFileBytes the largest upload accepted (the inbox's limit); larger bodies are refused with 413
     */
    public static VertxPlatformHttpServer install(CamelContext context, String host, int port, long maxFileBytes)
            throws Exception {
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost(host);
        conf.setBindPort(port);
        conf.setMaxBodySize(maxFileBytes + MULTIPART_OVERHEAD);
        // uploads of the self-check go to a private temporary folder and are deleted when the answer is sent
        Path uploads = Files.createTempDirectory("gongkai-uploads-");
        conf.getBodyHandler().setHandleFileUploads(true);
        conf.getBodyHandler().setUploadsDirectory(uploads.toString());
        conf.getBodyHandler().setDeleteUploadedFilesOnEnd(true);
        VertxPlatformHttpServer server = new VertxPlatformHttpServer(conf);
        context.addService(server, true, true);
        context.addService(new ServiceSupport() {
            @Override
            protected void doStart() {
                LOG.info("HTTP server on http://{}:{}/ (console /console, self-check /self-check, health /health/live "
                        + "and /health/ready, metrics /metrics)", host, server.getPort());
            }

            @Override
            protected void doStop() throws IOException {
                Folders.deleteTree(uploads);
            }
        }, true, true);
        return server;
    }
}
