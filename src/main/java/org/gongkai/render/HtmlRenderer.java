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

    /** The narrative part the charts follow: the profile's {@code chartsAfter}, else the last part. */
    static String chartsAfter(DisclosureDocument doc) {
        String declared = org.gongkai.profile.DisclosureProfile.forSubmission(doc.submission().profile()).chartsAfter();
        List<org.gongkai.narrative.Narrative.Part> parts = doc.narrative().parts();
        if (declared != null && parts.stream().anyMatch(p -> declared.equals(p.id()))) {
            return declared;
        }
        return parts.isEmpty() ? "" : parts.get(parts.size() - 1).id();
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
        model.put("chartsAfter", chartsAfter(doc));
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
