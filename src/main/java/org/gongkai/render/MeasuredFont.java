package org.gongkai.render;

import java.io.IOException;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A page's font subset as the renderer measures it: a string's width is the sum of its characters' widths, each
 * looked up once per render. PDFBox's {@code PDFont.getStringWidth} encodes every string to bytes and reads each code
 * back through a stream, and openhtmltopdf measures every word and line this way, most of them several times: about
 * 8 % of a PDF's CPU. The sum is the same float, added in the same order, as PDFBox's (each character's width is what
 * PDFBox gives for that character alone). A character the font lacks fails as in PDFBox, with the
 * {@code IllegalArgumentException} the renderer takes as "try the next font of the family".
 * <p>
 * Only for a page subset ({@link PageFonts}): it is built from the loaded font's dictionary, so it draws with the same
 * embedded font, but it is not the instance PDFBox would subset when saving (a whole font must be drawn with the
 * instance it loaded). Characters beyond the BMP never reach it (such a page draws with the whole fonts).
 */
final class MeasuredFont extends PDType0Font {

    /** Widths by character, in blocks of 256 characters made when first used; NaN: not looked up yet. */
    private final float[][] widths = new float[256][];

    /** The subset's character map, as the loaded font has it (a font read from its dictionary has none). */
    private final CmapLookup cmap;

    MeasuredFont(PDType0Font loaded) throws IOException {
        super(loaded.getCOSObject());
        cmap = loaded.getCmapLookup();
    }

    /** The renderer asks which characters the font has (to split text between the fonts of a family). */
    @Override
    public CmapLookup getCmapLookup() {
        return cmap;
    }

    @Override
    public float getStringWidth(String text) throws IOException {
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return super.getStringWidth(text);
            }
            width += width(c);
        }
        return width;
    }

    private float width(char c) throws IOException {
        float[] block = widths[c >> 8];
        if (block == null) {
            block = new float[256];
            Arrays.fill(block, Float.NaN);
            widths[c >> 8] = block;
        }
        float w = block[c & 0xff];
        if (Float.isNaN(w)) {
            w = super.getStringWidth(String.valueOf(c)); // throws for a character the font lacks: not kept
            block[c & 0xff] = w;
        }
        return w;
    }
}
