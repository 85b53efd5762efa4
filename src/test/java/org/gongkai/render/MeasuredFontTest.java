package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** A page subset measured character by character gives PDFBox's widths, to the bit, and fails where PDFBox fails. */
class MeasuredFontTest {

    static final String PAGE = "平顶山市人民政府经济技术协作办公室2024年部门预算公开：收入增加26.8万元，增长28.4%。“三公”经费≥95% Aa.Zz";

    @Test
    void widthsAreExactlyPdfBoxsForEveryStringOfThePage() throws IOException {
        for (String resource : List.of("/fonts/DroidSansFallbackFull.ttf", "/fonts/DejaVuSans.ttf")) {
            try (PDDocument doc = new PDDocument()) {
                PageFonts page = PageFonts.of(parse(resource), parse("/fonts/DejaVuSans.ttf"), PAGE);
                PDType0Font loaded = PDType0Font.load(doc, page.cjk(), false);
                MeasuredFont measured = new MeasuredFont(loaded);
                assertThat(measured.getCmapLookup()).isSameAs(loaded.getCmapLookup());
                int compared = 0;
                // every substring the font can encode: words, lines, repeats (the cache), single characters
                for (int from = 0; from < PAGE.length(); from++) {
                    for (int to = from; to <= PAGE.length(); to++) {
                        String s = PAGE.substring(from, to);
                        float expected;
                        try {
                            expected = loaded.getStringWidth(s);
                        } catch (IllegalArgumentException e) {
                            assertThatThrownBy(() -> measured.getStringWidth(s)).as(s).isInstanceOf(IllegalArgumentException.class);
                            continue;
                        }
                        assertThat(Float.floatToIntBits(measured.getStringWidth(s))).as("width of %s in %s", s, resource)
                                .isEqualTo(Float.floatToIntBits(expected));
                        compared++;
                    }
                }
                assertThat(compared).as("strings measured by both").isGreaterThan(PAGE.length());
            }
        }
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = MeasuredFontTest.class.getResourceAsStream(resource)) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }
}
