package org.gongkai.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.report.CheckReport;
import org.gongkai.report.HtmlReportRenderer;
import org.gongkai.report.JsonReportWriter;
import org.gongkai.support.AtomicFiles;

/**
 * A submission with errors: its original goes to rejected/ (when the exchange completes), beside a
 * machine-readable JSON report and an HTML report a clerk can read.
 */
public final class RejectSubmission implements Processor {

    /** Exchange property: the HTML report's bytes, attached to the alert mail. */
    public static final String HTML_REPORT = "gongkai.report.html";

    private final Dispositions dispositions;
    private final JsonReportWriter json = new JsonReportWriter();
    private final HtmlReportRenderer html = new HtmlReportRenderer();

    public RejectSubmission(Dispositions dispositions) {
        this.dispositions = dispositions;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        CheckedSubmission checked = IntakeHeaders.checked(exchange);
        String name = IntakeHeaders.fileName(exchange);
        LocalDateTime at = IntakeHeaders.receivedAt(exchange);
        Path target = dispositions.rejected(name, at);
        Files.createDirectories(target.getParent());
        CheckReport report = CheckReport.of(checked);
        byte[] htmlBytes = html.renderBytes(report);
        IntakeHeaders.wrote(exchange, Path.of(target + ".report.json"));
        AtomicFiles.write(Path.of(target + ".report.json"), json.toBytes(report));
        IntakeHeaders.wrote(exchange, Path.of(target + ".report.html"));
        AtomicFiles.write(Path.of(target + ".report.html"), htmlBytes);
        exchange.setProperty(HTML_REPORT, htmlBytes);
        exchange.getIn().setHeader(IntakeHeaders.DISPOSITION, target.toString());
    }
}
