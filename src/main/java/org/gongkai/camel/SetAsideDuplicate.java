package org.gongkai.camel;

import java.time.LocalDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** A file whose name and content were processed before is kept under duplicates/, not processed again. */
public final class SetAsideDuplicate implements Processor {

    private final Dispositions dispositions;

    public SetAsideDuplicate(Dispositions dispositions) {
        this.dispositions = dispositions;
    }

    @Override
    public void process(Exchange exchange) {
        String name = IntakeHeaders.fileName(exchange);
        LocalDateTime at = IntakeHeaders.receivedAt(exchange);
        exchange.getIn().setHeader(IntakeHeaders.DISPOSITION, dispositions.duplicate(name, at).toString());
    }
}
