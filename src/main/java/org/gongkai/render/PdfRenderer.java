package org.gongkai.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Renders the print variant of the disclosure page to an A4 PDF with openhtmltopdf (PDFBox).
 * Fonts are bundled under {@code /fonts}: Droid Sans Fallback (CJK, Apache-2.0) and DejaVu Sans for the few
 * punctuation marks Droid lacks (“ ” ≤ ≥ ×); both are embedded as subsets, so any machine shows the Chinese text.
 */
public final class PdfRenderer {

    /** CSS font family of the CJK font (print.css.ftl). */
    public static final String CJK_FAMILY = "GongkaiCJK";
    /** CSS font family of the punctuation fallback. */
    public static final String SYMBOL_FAMILY = "GongkaiSymbols";

    private static final byte[] CJK = load("/fonts/DroidSansFallbackFull.ttf");
    private static final byte[] SYMBOLS = load("/fonts/DejaVuSans.ttf");

    public void render(String xhtml, String title, OutputStream out) {
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.withHtmlContent(xhtml, null);
            for (int weight : new int[]{400, 700}) {
                b.useFont(() -> new ByteArrayInputStream(CJK), CJK_FAMILY, weight, FontStyle.NORMAL, true);
                b.useFont(() -> new ByteArrayInputStream(SYMBOLS), SYMBOL_FAMILY, weight, FontStyle.NORMAL, true);
            }
            b.withProducer("gongkai");
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed for " + title, e);
        }
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
