package org.gongkai.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;
import org.gongkai.intake.IntakeJournal;
import org.gongkai.support.DiskSpace;
import org.gongkai.support.Hashes;

/**
 * First step for every dropped file: makes sure the disk has room to process it (otherwise the intake pauses, the file
 * untouched), reads its bytes once (a file within the size limit; a larger one is hashed streaming and never loaded),
 * so the bytes hashed, checked, staged and kept are the same, whatever a writer does to the file meanwhile; sets the
 * idempotency key (name + content hash), the receipt time (the first one, should the file be taken again after a
 * crash) and, before anything can fail, where the original goes if processing breaks (failed/).
 */
public final class FingerprintSubmission implements Processor {

    private final Dispositions dispositions;
    private final IntakeJournal journal;
    private final DiskSpace disk;
    private final long maxBytes;

    public FingerprintSubmission(Dispositions dispositions, IntakeJournal journal, DiskSpace disk, long maxBytes) {
        this.dispositions = dispositions;
        this.journal = journal;
        this.disk = disk;
        this.maxBytes = maxBytes;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        Path path = Path.of(file.getAbsoluteFilePath());
        String name = file.getFileNameOnly();
        long size = Files.size(path);
        exchange.setProperty(KeepOriginal.TAKEN_AS, KeepOriginal.stamp(path));
        disk.requireRoomFor(name, size);
        String sha;
        if (size <= maxBytes) {
            byte[] bytes = Files.readAllBytes(path);
            exchange.setProperty(CheckSubmission.ORIGINAL_BYTES, bytes);
            sha = Hashes.sha256(bytes);
        } else {
            sha = Hashes.sha256(path);
        }
        LocalDateTime at = journal.receivedAt(name, sha, LocalDateTime.now());
        exchange.getIn().setHeader(IntakeHeaders.FILE_NAME, name);
        exchange.getIn().setHeader(IntakeHeaders.RECEIVED_AT, at.toString());
        exchange.getIn().setHeader(IntakeHeaders.DISPOSITION, dispositions.failed(name, at).toString());
        exchange.getIn().setHeader(IntakeHeaders.SHA256, sha);
        exchange.getIn().setHeader(IntakeHeaders.INTAKE_KEY, name + "|" + sha);
    }
}
