package org.gongkai.camel;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.gongkai.publish.PublicationTarget;

/**
 * Publishes through camel-file or camel-ftp: each file is one exchange to the configured endpoint, with the
 * relative path as {@code CamelFileName}. One instance serves one pass: its producers keep the connection open
 * for the pass and {@link #close()} disconnects.
 */
public final class CamelPublicationTarget implements PublicationTarget, AutoCloseable {

    private final ProducerTemplate template;
    private final Endpoint put;
    private final Endpoint replace;
    private final Endpoint replaceByDelete;
    private volatile boolean renameOverExisting = true;
    private final String description;

    public CamelPublicationTarget(CamelContext context, PublishEndpoint endpoint) {
        this.template = context.createProducerTemplate();
        this.put = context.getEndpoint(endpoint.putUri());
        this.replace = context.getEndpoint(endpoint.replaceUri());
        this.replaceByDelete = context.getEndpoint(endpoint.putUri());
        this.description = endpoint.describe();
    }

    @Override
    public void put(String path, byte[] content) throws Exception {
        send(put, path, content);
    }

    /**
     * Renames the uploaded temporary file over the old one. Servers that refuse to rename onto an existing file
     * (Apache MINA FtpServer, IIS) get the old file deleted just before the rename instead: for the time of that one
     * command the page is missing, but it is never half-written. Once that worked, the pass keeps using it.
     */
    @Override
    public void replace(String path, byte[] content) throws Exception {
        if (!renameOverExisting) {
            send(replaceByDelete, path, content);
            return;
        }
        try {
            send(replace, path, content);
        } catch (Exception renameRefused) {
            send(replaceByDelete, path, content);
            renameOverExisting = false;
        }
    }

    private void send(Endpoint endpoint, String path, byte[] content) throws Exception {
        Exchange done = template.send(endpoint, ex -> {
            ex.getIn().setBody(content);
            ex.getIn().setHeader(Exchange.FILE_NAME, path);
        });
        if (done.getException() != null) {
            throw done.getException();
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() throws Exception {
        template.stop();
    }
}
