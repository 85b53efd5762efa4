package org.gongkai.render;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.narrative.BuiltInClassificationNames;
import org.gongkai.narrative.PriorYearSource;
import org.gongkai.narrative.Submissions;
import org.junit.jupiter.api.Test;

class HtmlSmokeMain {
    @Test
    void writeIt() throws Exception {
        DisclosureDocument d = DisclosureDocument.of(Submissions.example(), BuiltInClassificationNames.INSTANCE, PriorYearSource.NONE);
        Files.createDirectories(Path.of("target/smoke"));
        Files.writeString(Path.of("target/smoke/index.html"), new HtmlRenderer().renderPage(d));
        Files.writeString(Path.of("target/smoke/print.html"), new HtmlRenderer().renderPrint(d));
        for (int i = 0; i < 3; i++) {
        long t0 = System.nanoTime();
        try (var out = Files.newOutputStream(Path.of("target/smoke/out.pdf"))) {
            new PdfRenderer().render(new HtmlRenderer().renderPrint(d), "x", out);
        }
        System.out.println("PDF ms " + (System.nanoTime() - t0) / 1e6);
        }
    }
}
