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
 * dictionary that answers that check from an identity index instead. The PDF written is the same.
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

    /** A dictionary that knows in constant time whether it holds a given dictionary as a value. */
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
            if (value instanceof COSDictionary) {
                return values.containsKey(value);
            }
            return super.containsValue(value);
        }

        private void forget(COSBase old) {
            if (old != null) {
                values.computeIfPresent(old, (k, n) -> n == 1 ? null : n - 1);
            }
        }
    }
}
