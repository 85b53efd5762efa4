package org.gongkai.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Renders the print variant of the disclosure page to an A4 PDF with openhtmltopdf (PDFBox).
 * Fonts are bundled under {@code /fonts}: Droid Sans Fallback (CJK, Apache-2.0) and DejaVu Sans for what Droid lacks
 * (Latin letters, digits and marks such as “ ” ≤ ≥ ×); both are embedded as subsets, so any machine shows the text.
 * A parsed font is not thread-safe, so parsed fonts are kept in a pool: a render borrows a pair (CJK and symbols),
 * parsing a new pair only when every pair is in use, makes from it the page's own subsets ({@link PageFonts}) and gives
 * it back at once; it then draws with the subsets, which are its own. A parsed pair holds about 17 MB (the fonts' bytes
 * and character maps), so there are at most as many pairs as processors ({@link #MAX_FONT_PAIRS}), and at most as many
 * renders run at once: a further one waits, which costs no throughput (every processor is busy rendering) and keeps
 * the heap of a small service within bounds.
 * The output is byte-deterministic: the same page always gives the same PDF ({@link #makeDeterministic}).
 */
public final class PdfRenderer {

    /** CSS font family of the CJK font (print.css.ftl). */
    public static final String CJK_FAMILY = "GongkaiCJK";
    /** CSS font family of the punctuation fallback. */
    public static final String SYMBOL_FAMILY = "GongkaiSymbols";

    /** At most this many parsed font pairs exist at once: one per processor. */
    static final int MAX_FONT_PAIRS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Renders running at once: at most one per processor (a further one would only share a processor and hold memory). */
    private static final java.util.concurrent.Semaphore RENDERS = new java.util.concurrent.Semaphore(MAX_FONT_PAIRS, true);
    /** Parsed font pairs not in use by a render. */
    private static final java.util.concurrent.LinkedBlockingDeque<Fonts> FONTS = new java.util.concurrent.LinkedBlockingDeque<>();
    /** Parsed font pairs in existence (in the pool or borrowed). */
    private static final java.util.concurrent.atomic.AtomicInteger PARSED = new java.util.concurrent.atomic.AtomicInteger();
    /** The bytes of the bundled fonts, read once (parsing is what a pair costs). */
    private static volatile byte[][] fontBytes;

    private record Fonts(TrueTypeFont cjk, TrueTypeFont symbols) {
    }

    /**
     * The deflate level of the PDF's streams (page contents, font subsets, object streams) when the JVM names none in
     * PDFBox's property {@link Filter#SYSPROP_DEFLATELEVEL}: the fastest. Against PDFBox's default (6), a PDF of the
     * seed costs about 15 % less CPU and is about 16 % larger (214 → 249 KB); deflating was a sixth of the PDF's
     * CPU (docs/performance.md, "Deflate level").
     */
    static final int DEFLATE_LEVEL = java.util.zip.Deflater.BEST_SPEED;

    static {
        // openhtmltopdf logs every render at INFO through java.util.logging; keep its warnings and errors only.
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
        // PDFBox reads the level from this property for every stream it compresses; an operator's value wins
        if (System.getProperty(Filter.SYSPROP_DEFLATELEVEL) == null) {
            System.setProperty(Filter.SYSPROP_DEFLATELEVEL, Integer.toString(DEFLATE_LEVEL));
        }
    }
    /** The sRGB ICC profile of the Java runtime (java.awt.color), the PDF/A output intent of every page's colours. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** Whether a render draws with the page's own font subsets ({@link PageFonts}) or the whole parsed fonts. */
    private final boolean pageFonts;

    public PdfRenderer() {
        this(true);
    }

    /** With {@code pageFonts} false every render draws with the whole fonts (the reference the subsets must match). */
    PdfRenderer(boolean pageFonts) {
        this.pageFonts = pageFonts;
    }

    public void render(String xhtml, String title, OutputStream out) {
        try {
            RENDERS.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted while waiting to render " + title));
        }
        try {
            renderNow(xhtml, title, out);
        } finally {
            RENDERS.release();
        }
    }

    private void renderNow(String xhtml, String title, OutputStream out) {
        Fonts fonts = null;
        boolean done = false;
        try (PDDocument doc = new PDDocument()) {
            fonts = borrowFonts();
            PageFonts page = pageFonts ? PageFonts.of(fonts.cjk(), fonts.symbols(), xhtml)
                    : new PageFonts(fonts.cjk(), fonts.symbols(), false);
            if (page.fromSubsets()) {
                FONTS.push(fonts); // the page's own fonts are made: the parsed pair is free for the next render
                fonts = null;
            }
            // the page's subsets are embedded as they are; the whole fonts are subset when the PDF is saved
            PDType0Font cjkFont = PDType0Font.load(doc, page.cjk(), !page.fromSubsets());
            PDType0Font symbolFont = PDType0Font.load(doc, page.symbols(), !page.fromSubsets());
            if (page.fromSubsets()) { // measured without PDFBox's encoding round trip (MeasuredFont)
                cjkFont = new MeasuredFont(cjkFont);
                symbolFont = new MeasuredFont(symbolFont);
            }
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePDDocument(doc);
            b.usePageSupplier(new TaggedPages()); // marked content added in constant time (PDF/UA tags)
            b.withHtmlContent(xhtml, null);
            for (int weight : new int[]{400, 700}) {
                b.useFont(new PDFontSupplier(cjkFont), CJK_FAMILY, weight, FontStyle.NORMAL, true);
                b.useFont(new PDFontSupplier(symbolFont), SYMBOL_FAMILY, weight, FontStyle.NORMAL, true);
            }
            b.withProducer("gongkai");
            // PDF/A-2u (archival, GB/T 23286.1) and PDF/UA-1 (tagged for screen readers) together: openhtmltopdf
            // tags headings, lists and tables from the HTML and writes the XMP identification; sRGB output intent.
            b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            b.usePdfUaAccessibility(true);
            b.useColorProfile(SRGB);
            try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing(); // pages only: the document is saved below
                makeDeterministic(doc, xhtml);
                doc.save(out);
            }
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed for " + title, e);
        } finally {
            if (fonts != null && done) {
                FONTS.push(fonts);
            } else if (fonts != null) {
                PARSED.decrementAndGet(); // a render that failed half-way may leave its fonts in any state: dropped
            }
        }
    }

    /**
     * The same page gives the same bytes (a resubmission with the same content is not a new publication): no
     * creation or modification date (openhtmltopdf stamps the time of rendering), and a trailer /ID that PDFBox
     * derives from a document id taken from the content instead of the clock.
     */
    static void makeDeterministic(PDDocument doc, String xhtml) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(null);
        info.setModificationDate(null);
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            doc.getDocumentCatalog().setMetadata(withoutDates(doc, metadata));
        }
        doc.setDocumentId(documentId(xhtml));
    }

    /**
     * The XMP packet without the rendering time: openhtmltopdf copies the creation time into xmp:CreateDate; PDF/A
     * needs no date, only that the document information and the XMP agree (both now have none).
     */
    private static PDMetadata withoutDates(PDDocument doc, PDMetadata metadata) throws IOException {
        byte[] packet;
        try (InputStream in = metadata.exportXMPMetadata()) {
            packet = in.readAllBytes();
        }
        // The dates are three simple properties: cut out as text (parsing and writing the packet as a DOM cost more
        // than the rest of the metadata); if the packet does not look as expected, the parser does it.
        String text = new String(packet, StandardCharsets.UTF_8);
        String cut = XMP_DATES.matcher(text).replaceAll("");
        if (!cut.contains("CreateDate") && !cut.contains("ModifyDate") && !cut.contains("MetadataDate")) {
            PDMetadata fixed = new PDMetadata(doc);
            fixed.importXMPMetadata(cut.getBytes(StandardCharsets.UTF_8));
            return fixed;
        }
        try (InputStream in = new java.io.ByteArrayInputStream(packet)) {
            XMPMetadata xmp = new DomXmpParser().parse(in);
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic != null) {
                basic.removeProperty(basic.getCreateDateProperty());
                basic.removeProperty(basic.getModifyDateProperty());
                basic.removeProperty(basic.getMetadataDateProperty());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            PDMetadata fixed = new PDMetadata(doc);
            fixed.importXMPMetadata(out.toByteArray());
            return fixed;
        } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
            throw new IOException("XMP metadata of the PDF cannot be rewritten", e);
        }
    }

    /** xmp:CreateDate, xmp:ModifyDate and xmp:MetadataDate, as elements or as attributes of rdf:Description. */
    private static final java.util.regex.Pattern XMP_DATES = java.util.regex.Pattern.compile(
            "\\s*<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\\1>|\\s+xmp:(CreateDate|ModifyDate|MetadataDate)=\"[^\"]*\"");

    /** The first 8 bytes of the SHA-256 of the page, as a non-negative long. */
    static long documentId(String xhtml) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha, 0, Long.BYTES).getLong() & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Parsed font pairs in existence, in use or not. */
    static int parsedFontPairs() {
        return PARSED.get();
    }

    /**
     * A parsed pair from the pool, or a new one when the pool is empty. At most one render per processor runs
     * ({@link #RENDERS}) and each holds at most one pair, so an empty pool means every pair is held by another render
     * and a new one keeps the pairs within {@link #MAX_FONT_PAIRS}.
     */
    private static Fonts borrowFonts() throws IOException {
        Fonts f = FONTS.poll();
        if (f != null) {
            return f;
        }
        PARSED.incrementAndGet();
        try {
            return parseFonts();
        } catch (IOException | RuntimeException e) {
            PARSED.decrementAndGet();
            throw e;
        }
    }

    private static Fonts parseFonts() throws IOException {
        byte[][] bytes = fontBytes;
        if (bytes == null) {
            bytes = new byte[][]{read("/fonts/DroidSansFallbackFull.ttf"), read("/fonts/DejaVuSans.ttf")};
            fontBytes = bytes;
        }
        return new Fonts(parse(bytes[0]), parse(bytes[1]));
    }

    /**
     * A parsed font without glyph substitution. PDFBox applies a font's GSUB rules when it draws text but not when it
     * measures it, so a substitution (a Latin ligature, say) could only make the drawn text differ from the laid-out
     * width. The PDFs of both shipped examples are byte for byte the same without them, and drawing allocates about
     * 15 MB less per document (the rules were looked up again for every text run).
     */
    private static TrueTypeFont parse(byte[] font) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
        ttf.setEnableGsub(false);
        return ttf;
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + resource);
            }
            return in.readAllBytes();
        }
    }
}
