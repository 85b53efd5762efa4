package org.gongkai.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders the print variant of the disclosure page to an A4 PDF with openhtmltopdf (PDFBox).
 * Fonts are bundled under {@code /fonts}: Droid Sans Fallback (CJK, Apache-2.0) and DejaVu Sans for the few
 * punctuation marks Droid lacks (“ ” ‘ ’ ≤ ≥ ×); both are embedded as subsets, so any machine shows the Chinese text.
 * The 4 MB CJK font is parsed once per JVM; rendering is serialised because a parsed font is not thread-safe.
 * The output is byte-deterministic: the same page always gives the same PDF ({@link #makeDeterministic}).
 */
public final class PdfRenderer {

    /** CSS font family of the CJK font (print.css.ftl). */
    public static final String CJK_FAMILY = "GongkaiCJK";
    /** CSS font family of the punctuation fallback. */
    public static final String SYMBOL_FAMILY = "GongkaiSymbols";

    private static final Object LOCK = new Object();

    static {
        // openhtmltopdf logs every render at INFO through java.util.logging; keep its warnings and errors only.
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }
    private static TrueTypeFont cjk;
    private static TrueTypeFont symbols;

    public void render(String xhtml, String title, OutputStream out) {
        synchronized (LOCK) {
            try (PDDocument doc = new PDDocument()) {
                loadFonts();
                PDType0Font cjkFont = PDType0Font.load(doc, cjk, true);
                PDType0Font symbolFont = PDType0Font.load(doc, symbols, true);
                PdfRendererBuilder b = new PdfRendererBuilder();
                b.useFastMode();
                b.usePDDocument(doc);
                b.withHtmlContent(xhtml, null);
                for (int weight : new int[]{400, 700}) {
                    b.useFont(new PDFontSupplier(cjkFont), CJK_FAMILY, weight, FontStyle.NORMAL, true);
                    b.useFont(new PDFontSupplier(symbolFont), SYMBOL_FAMILY, weight, FontStyle.NORMAL, true);
                }
                b.withProducer("gongkai");
                try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
                    renderer.layout();
                    renderer.createPDFWithoutClosing(); // pages only: the document is saved below
                    makeDeterministic(doc, xhtml);
                    doc.save(out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("PDF rendering failed for " + title, e);
            }
        }
    }

    /**
     * The same page gives the same bytes (a resubmission with the same content is not a new publication): no
     * creation or modification date (openhtmltopdf stamps the time of rendering), and a trailer /ID that PDFBox
     * derives from a document id taken from the content instead of the clock.
     */
    static void makeDeterministic(PDDocument doc, String xhtml) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(null);
        info.setModificationDate(null);
        doc.setDocumentId(documentId(xhtml));
    }

    /** The first 8 bytes of the SHA-256 of the page, as a non-negative long. */
    static long documentId(String xhtml) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha, 0, Long.BYTES).getLong() & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static void loadFonts() throws IOException {
        if (cjk == null) {
            cjk = parse("/fonts/DroidSansFallbackFull.ttf");
            symbols = parse("/fonts/DejaVuSans.ttf");
        }
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + resource);
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }
}
