package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.narrative.Submissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The print page's own font subsets: which characters they hold, when the whole fonts are used instead, and that a
 * PDF drawn with them shows the same text at the same places as one drawn with the whole fonts.
 */
class PageFontsTest {

    static TrueTypeFont cjk;
    static TrueTypeFont symbols;

    @BeforeAll
    static void fonts() throws IOException {
        cjk = parse("/fonts/DroidSansFallbackFull.ttf");
        symbols = parse("/fonts/DejaVuSans.ttf");
    }

    @Test
    void charactersAreThePagesWithReferencesCasesAsciiAndGeneratedMarkers() {
        BitSet chars = PageFonts.characters("<p title=\"题\">预算 é ǆ&#x9F98;&#40845;</p><style>b::after{content:\"页\"}</style>");
        assertThat(chars.get('预')).isTrue();
        assertThat(chars.get('题')).as("attribute text").isTrue();
        assertThat(chars.get('页')).as("generated content written in the stylesheet").isTrue();
        assertThat(chars.get(0x9F98)).as("hexadecimal character reference").isTrue();
        assertThat(chars.get(40845)).as("decimal character reference").isTrue();
        assertThat(chars.get('É')).as("upper case of a page character").isTrue();
        assertThat(chars.get('ǅ')).as("title case of a page character").isTrue();
        assertThat(chars.get('Ǆ')).as("upper case of a page character").isTrue();
        assertThat(chars.get('Ê')).isFalse();
        assertThat(chars.get('~')).as("printable ASCII").isTrue();
        assertThat(chars.get('…')).as("a marker a stylesheet can generate").isTrue();
        assertThat(chars.get('龍' + 1)).isFalse();
        assertThat(chars.get('鼎')).isFalse();
    }

    @Test
    void subsetsHoldThePagesCharactersOnly() throws IOException {
        String page = new HtmlRenderer().renderPrint(new DisclosureRenderer().document(Submissions.example()));
        PageFonts fonts = PageFonts.of(cjk, symbols, page);

        assertThat(fonts.fromSubsets()).isTrue();
        assertThat(fonts.cjk().getNumberOfGlyphs()).isBetween(100, 3_000).isLessThan(cjk.getNumberOfGlyphs() / 10);
        CmapLookup wholeCjk = cjk.getUnicodeCmapLookup();
        CmapLookup subsetCjk = fonts.cjk().getUnicodeCmapLookup();
        CmapLookup wholeSymbols = symbols.getUnicodeCmapLookup();
        CmapLookup subsetSymbols = fonts.symbols().getUnicodeCmapLookup();
        page.codePoints().filter(cp -> wholeCjk.getGlyphId(cp) != 0)
                .forEach(cp -> assertThat(subsetCjk.getGlyphId(cp)).as("U+%04X of the page", cp).isNotZero());
        page.codePoints().filter(cp -> wholeSymbols.getGlyphId(cp) != 0)
                .forEach(cp -> assertThat(subsetSymbols.getGlyphId(cp)).as("U+%04X of the page", cp).isNotZero());
        assertThat(page).doesNotContain("龘");
        assertThat(fonts.cjk().getUnicodeCmapLookup().getGlyphId('龘')).isZero();
        assertThat(cjk.getUnicodeCmapLookup().getGlyphId('龘')).isNotZero();
        // the same advance widths as the whole font, glyph by glyph
        for (int cp : new int[]{'预', '算', '，', '（'}) {
            assertThat(fonts.cjk().getAdvanceWidth(fonts.cjk().getUnicodeCmapLookup().getGlyphId(cp)))
                    .isEqualTo(cjk.getAdvanceWidth(cjk.getUnicodeCmapLookup().getGlyphId(cp)));
        }
    }

    @Test
    void aCharacterBeyondTheBmpThatAFontHasMakesThePageUseTheWholeFonts() throws IOException {
        assertThat(cjk.getUnicodeCmapLookup().getGlyphId(0x10400)).isNotZero(); // 𐐀, DESERET CAPITAL LETTER LONG I
        PageFonts whole = PageFonts.of(cjk, symbols, "<p>预算 \uD801\uDC00</p>");
        assertThat(whole.fromSubsets()).isFalse();
        assertThat(whole.cjk()).isSameAs(cjk);
        assertThat(whole.symbols()).isSameAs(symbols);
        // one that no font has changes nothing: 𠮷 is in neither
        assertThat(PageFonts.of(cjk, symbols, "<p>预算 \uD842\uDFB7</p>").fromSubsets()).isTrue();
    }

    @Test
    void bothExamplesGiveTheSameTextAtTheSamePlacesAsWithTheWholeFonts() throws Exception {
        for (Path example : List.of(Path.of("examples/pingdingshan-701-2024.json"),
                Path.of("examples/shanghai-putuo-shangwuwei-2025.json"))) {
            DisclosureDocument doc = new DisclosureRenderer().document(Submissions.read(example));
            String page = new HtmlRenderer().renderPrint(doc);
            assertSameGlyphsAtSamePlaces(page, example.getFileName().toString());
        }
    }

    @Test
    void rareCharactersInADepartmentsNameAreDrawnWithSubsetsAndWithTheWholeFonts() throws Exception {
        DisclosureDocument doc = new DisclosureRenderer().document(Submissions.example());
        String page = new HtmlRenderer().renderPrint(doc);
        String name = "平顶山市人民政府经济技术协作办公室";
        assertThat(page).contains(name);
        String rare = page.replace(name, "龘靐齉爩鱻麤嫑甭办公室");
        String text = assertSameGlyphsAtSamePlaces(rare, "rare CJK characters").replaceAll("\\s+", "");
        assertThat(text).contains("龘靐齉爩鱻麤嫑甭办公室").doesNotContain("#");

        String supplementary = page.replace(name, "\uD801\uDC00龘办公室"); // whole fonts for this page
        assertThat(text(render(new PdfRenderer(), supplementary, "beyond the BMP")).replaceAll("\\s+", ""))
                .contains("\uD801\uDC00龘办公室");
    }

    @Test
    void theSubsetsAreEmbeddedUnderASubsetTagThatDependsOnTheCharacters() throws Exception {
        String page = new HtmlRenderer().renderPrint(new DisclosureRenderer().document(Submissions.example()));
        List<String> names = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(render(new PdfRenderer(), page, "tags"))) {
            for (var p : d.getPages()) {
                for (var n : p.getResources().getFontNames()) {
                    var font = p.getResources().getFont(n);
                    assertThat(font.isEmbedded()).isTrue();
                    names.add(font.getName());
                }
            }
        }
        assertThat(names).allMatch(n -> n.matches("[A-Z]{6}\\+.+"))
                .anyMatch(n -> n.endsWith("+DroidSansFallback")).anyMatch(n -> n.endsWith("+DejaVuSans"));
        BitSet chars = PageFonts.characters(page);
        assertThat(PageFonts.tag(cjk, chars)).isEqualTo(PageFonts.tag(cjk, PageFonts.characters(page)))
                .isNotEqualTo(PageFonts.tag(symbols, chars))
                .isNotEqualTo(PageFonts.tag(cjk, PageFonts.characters(page + "龘")));
    }

    /** Renders the page with page subsets and with the whole fonts; both must place the same glyphs; returns the text. */
    private static String assertSameGlyphsAtSamePlaces(String page, String what) throws IOException {
        byte[] subsets = render(new PdfRenderer(true), page, what);
        byte[] whole = render(new PdfRenderer(false), page, what);
        assertThat(positions(subsets)).as(what).isEqualTo(positions(whole)).isNotEmpty();
        return text(subsets);
    }

    private static byte[] render(PdfRenderer renderer, String page, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(page, title, out);
        return out.toByteArray();
    }

    /** Every glyph the PDF draws: page, text, position and width (to a hundredth of a point). */
    private static List<String> positions(byte[] pdf) throws IOException {
        List<String> glyphs = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        glyphs.add(String.format("%d %s %.2f %.2f %.2f", getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(),
                                p.getYDirAdj(), p.getWidthDirAdj()));
                    }
                }
            };
            stripper.getText(d);
        }
        return glyphs;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = PageFontsTest.class.getResourceAsStream(resource)) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }
}
