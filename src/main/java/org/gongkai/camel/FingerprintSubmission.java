package org.gongkai.camel;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;
import org.gongkai.support.Hashes;

/**
 * First step for every dropped file: hashes its bytes (streaming, whatever the size), sets the idempotency key
 * (name + content hash) and, before anything can fail, where the original goes if processing breaks (failed/).
 */
public final class FingerprintSubmission implements Processor {

    private final Dispositions dispositions;

    public FingerprintSubmission(Dispositions dispositions) {
        this.dispositions = dispositions;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        Path path = Path.of(file.getAbsoluteFilePath());
        String name = file.getFileNameOnly();
        LocalDateTime now = LocalDateTime.now();
        exchange.getIn().setHeader(IntakeHeaders.FILE_NAME, name);
        exchange.getIn().setHeader(IntakeHeaders.RECEIVED_AT, now.toString());
        exchange.getIn().setHeader(IntakeHeaders.DISPOSITION, dispositions.failed(name, now).toString());
        String sha = Hashes.sha256(path);
        exchange.getIn().setHeader(IntakeHeaders.SHA256, sha);
        exchange.getIn().setHeader(IntakeHeaders.INTAKE_KEY, name + "|" + sha);
    }

}
