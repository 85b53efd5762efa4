package org.gongkai.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.gongkai.intake.IntakeJournal;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * A file whose name and content were processed before is kept under duplicates/, not processed again; unless it is
 * the same take finishing after a crash (the journal knows where it was kept).
 */
public final class SetAsideDuplicate implements Processor {

    private final Dispositions dispositions;
    private final IntakeJournal journal;

    public SetAsideDuplicate(Dispositions dispositions, IntakeJournal journal) {
        this.dispositions = dispositions;
        this.journal = journal;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String name = IntakeHeaders.fileName(exchange);
        LocalDateTime at = IntakeHeaders.receivedAt(exchange);
        String sha = exchange.getIn().getHeader(IntakeHeaders.SHA256, String.class);
        String keptAt = journal.keptAt(name, sha);
        if (keptAt != null && Files.exists(Path.of(keptAt))) {
            // Not a second drop: this very file was processed and kept before a crash came between keeping it and
            // removing it from the inbox. It stays where it was kept (kept once, not again under duplicates/).
            exchange.getIn().setHeader(IntakeHeaders.DISPOSITION, keptAt);
            return;
        }
        exchange.getIn().setHeader(IntakeHeaders.DISPOSITION, dispositions.duplicate(name, at).toString());
    }
}
