package org.gongkai.camel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.publish.StagingArea;
import org.gongkai.support.Folders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The disk filled up while a file was processed: what this exchange wrote is taken back (reports, a kept copy, its
 * not yet complete staging folder), so nothing half is left; the file stays in the inbox (the error is not handled,
 * the consumer rolls back) and {@link IntakeGuard} pauses the intake until space returns.
 */
public final class DiskFullPause implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DiskFullPause.class);

    @Override
    public void process(Exchange exchange) {
        exchange.setProperty(IntakeHeaders.DISK_FULL, true);
        List<Path> written = IntakeHeaders.written(exchange);
        for (int i = written.size() - 1; i >= 0; i--) {
            Path p = written.get(i);
            try {
                if (Files.isDirectory(p)) {
                    if (!Files.exists(p.resolve(StagingArea.MARKER))) {
                        Folders.deleteTree(p);
                    }
                } else {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                LOG.warn("Could not take back {} after the disk filled up: {}", p, e.toString());
            }
        }
        if (!written.isEmpty()) {
            LOG.warn("Disk full while processing {}: {} partial outputs taken back; the file stays in the inbox",
                    exchange.getIn().getHeader(IntakeHeaders.FILE_NAME, String.class), written.size());
        }
    }
}
