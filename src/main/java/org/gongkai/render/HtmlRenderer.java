package org.gongkai.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.profile.ChineseNumerals;
import org.gongkai.support.Templates;

/**
 * Writes the disclosure page with FreeMarker through the shared {@link Templates} set-up ({@code .ftlh}: every
 * interpolated text is escaped as HTML; no {@code ?new}, no {@code ?api}).
 * The output is well-formed XHTML, so the print variant feeds the PDF renderer unchanged.
 */
public final class HtmlRenderer {

    /** The page template, under {@code templates/} (shared, locked-down set-up: {@link Templates}). */
    public static final String TEMPLATE = "disclosure/index.ftlh";

    /** The page for browsers (inline SVG charts). */
    public String renderPage(DisclosureDocument doc) {
        return render(doc, false);
    }

    /** The print variant for the PDF (A4 page rules, embedded font families, charts as CSS bars). */
    public String renderPrint(DisclosureDocument doc) {
        return render(doc, true);
    }

    private String render(DisclosureDocument doc, boolean print) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", doc.title());
        model.put("department", doc.department());
        model.put("year", doc.year());
        model.put("unit", doc.unit());
        model.put("approvalDate", doc.approvalDate() == null ? "" : doc.approvalDate());
        model.put("narrative", doc.narrative());
        model.put("tables", doc.tables());
        model.put("charts", doc.charts());
        model.put("series", doc.series());
        model.put("print", print);
        List<String> numerals = new ArrayList<>();
        for (int i = 1; i <= doc.tables().size(); i++) {
            numerals.add(ChineseNumerals.of(i));
        }
        model.put("numerals", numerals);
        return Templates.render(TEMPLATE, model);
    }
}
