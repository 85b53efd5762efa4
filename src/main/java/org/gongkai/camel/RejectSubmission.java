package org.gongkai.camel;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.intake.CheckedSubmission;

/** A submission with errors: its original goes to rejected/, beside a JSON and an HTML report. */
public final class RejectSubmission implements Processor {

    /** Exchange property: the path of the HTML report, attached to the alert mail. */
    public static final String HTML_REPORT = "gongkai.report.html";

    private final Dispositions dispositions;
    private final ObjectMapper mapper = new ObjectMapper();

    public RejectSubmission(Dispositions dispositions) {
        this.dispositions = dispositions;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        CheckedSubmission checked = exchange.getProperty(IntakeHeaders.CHECKED, CheckedSubmission.class);
        String name = exchange.getIn().getHeader(IntakeHeaders.FILE_NAME, String.class);
        LocalDateTime at = LocalDateTime.parse(exchange.getIn().getHeader(IntakeHeaders.RECEIVED_AT, String.class));
        Path target = dispositions.rejected(name, at);
        Files.createDirectories(target.getParent());
        Files.write(Path.of(target + ".report.json"), mapper.writeValueAsBytes(checked.result()));
        Path html = Path.of(target + ".report.html");
        Files.writeString(html, "<html><body>TODO</body></html>");
        exchange.setProperty(HTML_REPORT, html.toString());
        exchange.getIn().setHeader(IntakeHeaders.DISPOSITION, target.toString());
    }
}
