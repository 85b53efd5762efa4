package org.gongkai.camel;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;

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
        String sha = sha256(path);
        exchange.getIn().setHeader(IntakeHeaders.SHA256, sha);
        exchange.getIn().setHeader(IntakeHeaders.INTAKE_KEY, name + "|" + sha);
    }

    static String sha256(Path path) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
