package org.gongkai.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.model.Submission;
import org.gongkai.narrative.ClassificationNames;
import org.gongkai.narrative.CodeSuccessors;
import org.gongkai.narrative.GovernmentCodeDerivation;
import org.gongkai.narrative.PriorYearSource;
import org.gongkai.narrative.SubmissionClassificationNames;

/**
 * Renders every output of one (valid) submission into a folder: index.html, the PDF, data.json, csv/ and
 * datapackage.json. Independent of Camel: the route's processor and the {@code render} command both call this.
 */
public final class DisclosureRenderer {

    private final ClassificationNames names;
    private volatile CatalogEditions catalog = CatalogEditions.shipped();
    private final PriorYearSource priorYears;
    private final HtmlRenderer html = new HtmlRenderer();
    private final PdfRenderer pdf = new PdfRenderer();
    private final OpenDataWriter openData;

    /**
     * {@code names} first, then {@link ClassificationNames#standard()} for codes it does not know (null: the standard
     * names only); {@code priorYears} null: no archive.
     */
    public DisclosureRenderer(ClassificationNames names, PriorYearSource priorYears) {
        this(names, priorYears, new OpenDataWriter());
    }

    /** As above, with the open data's licence and publisher ({@code openData}). */
    public DisclosureRenderer(ClassificationNames names, PriorYearSource priorYears, OpenDataWriter openData) {
        this.names = names == null ? ClassificationNames.standard() : names.orElse(ClassificationNames.standard());
        this.priorYears = priorYears == null ? PriorYearSource.NONE : priorYears;
        this.openData = openData == null ? new OpenDataWriter() : openData;
    }

    /** Names from the classification catalogue, no archive. */
    public DisclosureRenderer() {
        this(ClassificationNames.standard(), PriorYearSource.NONE);
    }

    /** The catalogue editions whose mapping fills in 政府经济分类 codes a submission left out (default: the shipped ones). */
    public DisclosureRenderer withCatalog(CatalogEditions catalog) {
        this.catalog = catalog == null ? CatalogEditions.shipped() : catalog;
        return this;
    }

    /**
     * The document model (enrichment, narrative, tables, charts) without writing anything: derivable 政府经济分类
     * codes filled in, and the submission's own names for 功能分类 codes the catalogue lacks.
     */
    public DisclosureDocument document(Submission s) {
        Submission derived = GovernmentCodeDerivation.apply(s, catalog);
        return DisclosureDocument.of(derived, names.orElse(SubmissionClassificationNames.of(derived)), priorYears,
                CodeSuccessors.of(catalog));
    }

    public RenderResult renderAll(Submission s, Path outDir) throws IOException {
        return renderAll(s, outDir, 1);
    }

    /** @param revision the disclosure's revision (1, then +1 per corrected submission): the open data's version */
    public RenderResult renderAll(Submission s, Path outDir, int revision) throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(outDir);
        DisclosureDocument doc = document(s);
        long t1 = System.nanoTime();

        Path htmlFile = outDir.resolve(FileNames.HTML);
        Files.writeString(htmlFile, html.renderPage(doc), StandardCharsets.UTF_8);
        long t2 = System.nanoTime();

        Path pdfFile = FileNames.resolve(outDir, FileNames.pdf(doc.department(), doc.year()),
                FileNames.pdfAscii(s.departmentCode(), doc.year()));
        // PDFBox writes the file token by token: buffered, or each token is a system call (about 8 % of the PDF's CPU)
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(pdfFile), 1 << 16)) {
            pdf.render(html.renderPrint(doc), doc.title(), out);
        }
        long t3 = System.nanoTime();

        List<Path> files = new ArrayList<>();
        files.add(htmlFile);
        files.add(pdfFile);
        files.addAll(openData.write(doc, outDir, revision));
        long t4 = System.nanoTime();

        List<String> warnings = new ArrayList<>(doc.enrichment().warnings());
        if (!pdfFile.getFileName().toString().endsWith("年部门预算公开.pdf")) {
            warnings.add("系统文件名编码不支持中文，PDF 文件以 " + pdfFile.getFileName() + " 命名。");
        }
        return new RenderResult(outDir, List.copyOf(files), htmlFile, pdfFile, List.copyOf(warnings),
                new RenderResult.Timings(ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t4 - t0)));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
