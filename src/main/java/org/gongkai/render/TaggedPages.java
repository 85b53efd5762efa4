package org.gongkai.render;

import com.openhtmltopdf.pdfboxout.PageSupplier;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Pages for a tagged PDF whose marked content is cheap to add. PDF/UA tagging opens a marked-content sequence for
 * every text run, border and background (a few hundred per page), and PDFBox registers each one's property list in
 * the page's {@code /Properties} resources after checking, value by value, whether it is already there: quadratic in
 * the marked contents of a page, about a tenth of the PDF's CPU. These pages start with a {@code /Properties}
 * dictionary that answers that check from an identity index instead.
 * <p>
 * Most of those marked contents are artifacts: every border and background of a table cell (about 5,500 in the
 * seed's 24 pages). openhtmltopdf marks each as a {@code /Background} artifact with a property list of its own
 * (type and bounding box), and each list became a resource of the page and an object of the file: a third of the
 * PDF's objects, about a quarter of its CPU. Cell borders and backgrounds are layout artifacts in the sense of ISO
 * 32000-1 14.8.2.2.2 ("used to visually separate or embellish content"; a {@code /Background} artifact would even
 * require its bounding box), so every one on a page refers to the page's one shared {@code <</Type /Layout>>} list
 * instead. Text, tags and the drawing are unchanged; PDF/A-2u and PDF/UA-1 hold ({@code PdfStandardsTest}).
 */
final class TaggedPages implements PageSupplier {

    @Override
    public PDPage requestPage(PDDocument doc, float pageWidth, float pageHeight, int pageNumber, int shadowPageNumber) {
        PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
        PDResources resources = new PDResources();
        resources.getCOSObject().setItem(COSName.PROPERTIES, new IndexedDictionary());
        page.setResources(resources);
        doc.addPage(page);
        return page;
    }

    /** The key of a page's shared layout artifact property list (PDFBox names its own keys {@code PropN}). */
    static final COSName LAYOUT_KEY = COSName.getPDFName("Layout");

    /**
     * A page's {@code /Properties}: knows in constant time whether it holds a given dictionary as a value, and answers
     * every background artifact property list with the page's shared layout artifact list.
     */
    static final class IndexedDictionary extends COSDictionary {
        /** How many keys hold each value (by identity: a dictionary equals only itself). */
        private final Map<COSBase, Integer> values = new IdentityHashMap<>();

        @Override
        public void setItem(COSName key, COSBase value) {
            forget(getItem(key));
            super.setItem(key, value);
            if (value != null && getItem(key) == value) {
                values.merge(value, 1, Integer::sum);
            }
        }

        @Override
        public void removeItem(COSName key) {
            forget(getItem(key));
            super.removeItem(key);
        }

        @Override
        public void clear() {
            super.clear();
            values.clear();
        }

        @Override
        public void addAll(COSDictionary other) {
            other.entrySet().forEach(e -> setItem(e.getKey(), e.getValue()));
        }

        @Override
        public boolean containsValue(Object value) {
            if (isBackgroundArtifact(value)) {
                return true; // PDFBox then asks for its key: the shared layout list's
            }
            if (value instanceof COSDictionary) {
                return values.containsKey(value);
            }
            return super.containsValue(value);
        }

        @Override
        public COSName getKeyForValue(Object value) {
            if (isBackgroundArtifact(value)) {
                if (getItem(LAYOUT_KEY) == null) {
                    COSDictionary layout = new COSDictionary();
                    layout.setItem(COSName.TYPE, COSName.getPDFName("Layout"));
                    setItem(LAYOUT_KEY, layout);
                }
                return LAYOUT_KEY;
            }
            return super.getKeyForValue(value);
        }

        /** openhtmltopdf's property list of a border or background: {@code <</Type /Background /BBox [...]>>}. */
        static boolean isBackgroundArtifact(Object value) {
            return value instanceof COSDictionary d && d.size() == 2 && d.containsKey(COSName.BBOX)
                    && COSName.BACKGROUND.equals(d.getCOSName(COSName.TYPE));
        }

        private void forget(COSBase old) {
            if (old != null) {
                values.computeIfPresent(old, (k, n) -> n == 1 ? null : n - 1);
            }
        }
    }
}
