package org.gongkai.render;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link DisclosureRenderer#renderAll} wrote.
 *
 * @param outDir   the output folder
 * @param files    every file written (index.html, the PDF, data.json, datapackage.json, csv/…)
 * @param html     the page
 * @param pdf      the PDF
 * @param warnings enrichment warnings (Chinese): comparisons left out, missing reasons, unknown names
 * @param timings  milliseconds spent per output
 */
public record RenderResult(Path outDir, List<Path> files, Path html, Path pdf, List<String> warnings, Timings timings) {

    /** Milliseconds: model (enrichment, narrative, tables), HTML, PDF, open data, total. */
    public record Timings(long modelMillis, long htmlMillis, long pdfMillis, long openDataMillis, long totalMillis) {
    }
}
