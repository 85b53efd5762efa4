package org.gongkai.camel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.publish.StagingArea;
import org.gongkai.render.DisclosureRenderer;
import org.gongkai.render.RenderBudget;
import org.gongkai.render.RenderResult;
import org.gongkai.support.AtomicFiles;
import org.gongkai.support.Folders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the disclosure of a staged submission (HTML, PDF, open data) into its {@code site/} folder. The outputs
 * are written into a temporary folder that is then renamed, so the publisher never sees half a site; the render
 * warnings and timings go to {@code render.json} beside it.
 */
public final class RenderDisclosure implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(RenderDisclosure.class);
    private final DisclosureRenderer renderer;
    private final RenderBudget budget;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public RenderDisclosure(DisclosureRenderer renderer) {
        this(renderer, RenderBudget.unlimited());
    }

    /** @param budget time and memory a rendering may take; past it this submission fails on its own (failed/ + alerts) */
    public RenderDisclosure(DisclosureRenderer renderer, RenderBudget budget) {
        this.renderer = renderer;
        this.budget = budget;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        CheckedSubmission checked = IntakeHeaders.checked(exchange);
        Path dir = Path.of(exchange.getIn().getHeader(IntakeHeaders.STAGING_DIR, String.class));
        if (Files.exists(dir.resolve(StagingArea.MARKER))) {
            return; // staged and rendered before a crash; taken again, it is not rendered twice
        }
        Path tmp = dir.resolve(StagingArea.SITE + ".rendering");
        Folders.deleteTree(tmp);
        int revision = StagingArea.revision(dir);
        RenderResult result = budget.run(String.valueOf(dir.getFileName()),
                () -> renderer.renderAll(checked.read().submission(), tmp, revision));
        Path site = dir.resolve(StagingArea.SITE);
        Folders.deleteTree(site);
        Files.move(tmp, site);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("warnings", result.warnings());
        info.put("timings", result.timings());
        info.put("files", result.files().stream().map(p -> tmp.relativize(p).toString()).toList());
        AtomicFiles.write(dir.resolve("render.json"), mapper.writeValueAsBytes(info));
        LOG.info("Rendered {} files for {} in {} ms (html {} ms, pdf {} ms), {} warnings", result.files().size(),
                dir.getFileName(), result.timings().totalMillis(), result.timings().htmlMillis(),
                result.timings().pdfMillis(), result.warnings().size());
    }
}
