package org.gongkai.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts of one print page: subsets of the bundled fonts that hold only the characters the page can show.
 * <p>
 * PDFBox's per-document work on an embedded font grows with the font's glyph count, not with the glyphs used: loading
 * it builds a width table of every glyph (49,382 in the CJK font) as boxed map entries, read back once per document,
 * and the subset written on saving walks every character id up to the highest used. That table lives as long as the
 * render, so the collector copied and promoted a few megabytes of small objects per render in flight. A page's own
 * subset (a few hundred glyphs) makes that work and memory small. It is embedded as it is, under a subset tag
 * ({@link #tag}): subsetting it again when the PDF is saved would renumber the glyphs a second time (fontbox's
 * renumbering is quadratic in the glyphs kept) to drop the few the page does not draw.
 * <p>
 * Which characters: every character of the page's XHTML (text, attributes and the inline stylesheet, whose generated
 * content such as the page footer is written there), numeric character references decoded, each one's upper, lower and
 * title case (a stylesheet may transform case), printable ASCII (counters, the renderer's replacement character) and
 * a few characters a stylesheet can generate without writing them (list markers, ellipsis). A character outside the
 * Basic Multilingual Plane that either font has makes that page use both whole fonts (fontbox writes the character
 * maps of subsets for BMP characters only).
 */
record PageFonts(TrueTypeFont cjk, TrueTypeFont symbols, boolean fromSubsets) {

    /** The tables a subset keeps: what the renderer measures and draws with, and what the embedded subset keeps. */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "name",
            "OS/2", "post", "cvt ", "prep", "fpgm", "gasp");

    /** Characters a stylesheet can make appear without writing them: list markers, CJK counters, ellipsis, dashes. */
    private static final String GENERATED = "•◦▪▫■□●○–—‐…〇一二三四五六七八九十百千万亿、．\u00a0";

    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    /** The page's fonts: subsets when both fonts can be subset for it, else the whole parsed fonts. */
    static PageFonts of(TrueTypeFont cjk, TrueTypeFont symbols, String xhtml) throws IOException {
        BitSet chars = characters(xhtml);
        if (mapsSupplementary(cjk, chars) || mapsSupplementary(symbols, chars)) {
            return new PageFonts(cjk, symbols, false);
        }
        return new PageFonts(subset(cjk, chars), subset(symbols, chars), true);
    }

    /** The characters a page can show (see the class comment). */
    static BitSet characters(String xhtml) {
        BitSet chars = new BitSet(0x10000);
        chars.set(0x20, 0x7f);
        for (int i = 0; i < xhtml.length(); ) {
            int cp = xhtml.codePointAt(i);
            i += Character.charCount(cp);
            if (!chars.get(cp)) { // a page repeats its characters: each one's cases are looked up once
                addWithCases(chars, cp);
            }
        }
        Matcher ref = CHARACTER_REFERENCE.matcher(xhtml);
        while (ref.find()) {
            int cp = ref.group(1) != null ? Integer.parseInt(ref.group(1), 16) : Integer.parseInt(ref.group(2));
            if (Character.isValidCodePoint(cp)) {
                addWithCases(chars, cp);
            }
        }
        GENERATED.codePoints().forEach(chars::set);
        return chars;
    }

    private static void addWithCases(BitSet chars, int cp) {
        chars.set(cp);
        chars.set(Character.toUpperCase(cp));
        chars.set(Character.toLowerCase(cp));
        chars.set(Character.toTitleCase(cp));
    }

    /** Whether the font has a glyph for one of the characters beyond U+FFFF (which a subset cannot map). */
    private static boolean mapsSupplementary(TrueTypeFont font, BitSet chars) throws IOException {
        org.apache.fontbox.ttf.CmapLookup cmap = font.getUnicodeCmapLookup();
        for (int cp = chars.nextSetBit(0x10000); cp >= 0; cp = chars.nextSetBit(cp + 1)) {
            if (cmap.getGlyphId(cp) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subset tag of the font's PostScript name (ISO 32000-1 9.6.4: six capital letters and a plus sign), the same
     * for the same font and characters, so the same page gives the same bytes.
     */
    static String tag(TrueTypeFont font, BitSet chars) throws IOException {
        long hash = Integer.toUnsignedLong(chars.hashCode() * 31 + String.valueOf(font.getName()).hashCode());
        StringBuilder tag = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + hash % 26));
            hash /= 26;
        }
        return tag.append('+').toString();
    }

    /** The font with only the glyphs of these characters (the ones it lacks are left out), parsed. */
    private static TrueTypeFont subset(TrueTypeFont font, BitSet chars) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
        subsetter.setPrefix(tag(font, chars));
        for (int cp = chars.nextSetBit(0); cp >= 0 && cp <= 0xFFFF; cp = chars.nextSetBit(cp + 1)) {
            subsetter.add(cp);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        subsetter.writeToStream(out);
        TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(out.toByteArray()));
        parsed.setEnableGsub(false); // as the whole fonts (PdfRenderer.parse): measured and drawn glyphs agree
        return parsed;
    }
}
