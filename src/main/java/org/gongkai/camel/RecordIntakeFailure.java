package org.gongkai.camel;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An internal error while processing a file (a bug, a full disk): the original goes to failed/, whatever outcome
 * the route had decided before the error, beside a .error.txt saying what happened. The error is handled, so Camel's
 * idempotent consumer forgets the file's key (a handled failure is not a completion): the same file dropped again
 * after a fix is processed.
 */
public final class RecordIntakeFailure implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(RecordIntakeFailure.class);
    private final Dispositions dispositions;

    public RecordIntakeFailure(Dispositions dispositions) {
        this.dispositions = dispositions;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String name = exchange.getIn().getHeader(IntakeHeaders.FILE_NAME, String.class);
        String receivedAt = exchange.getIn().getHeader(IntakeHeaders.RECEIVED_AT, String.class);
        String target = null;
        if (name != null && receivedAt != null) {
            target = dispositions.failed(name, LocalDateTime.parse(receivedAt)).toString();
            exchange.getIn().setHeader(IntakeHeaders.DISPOSITION, target);
        }
        LOG.error("Internal error while processing {}; the original is kept at {}", name, target, error);
        if (target != null) {
            StringWriter trace = new StringWriter();
            if (error != null) {
                error.printStackTrace(new PrintWriter(trace));
            }
            Path report = Path.of(target + ".error.txt");
            Files.createDirectories(report.getParent());
            String text = "处理文件时发生内部错误，原文件已保存，修复后可重新放入收件箱。\n"
                    + "Internal error while processing " + name + " at " + LocalDateTime.now() + "\n\n" + trace;
            Files.writeString(report, text, StandardCharsets.UTF_8);
        }
    }
}
