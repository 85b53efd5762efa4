package org.gongkai.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.core.HTMLOutputFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.profile.ChineseNumerals;

/**
 * Writes the disclosure page with FreeMarker (HTML output format: every interpolated text is escaped).
 * The output is well-formed XHTML, so the print variant feeds the PDF renderer unchanged.
 */
public final class HtmlRenderer {

    private static final Configuration CONFIG = configuration();

    private static Configuration configuration() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
        cfg.setClassForTemplateLoading(HtmlRenderer.class, "/templates/disclosure");
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        return cfg;
    }

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
        model.put("print", print);
        List<String> numerals = new ArrayList<>();
        for (int i = 1; i <= doc.tables().size(); i++) {
            numerals.add(ChineseNumerals.of(i));
        }
        model.put("numerals", numerals);
        try {
            Template t = CONFIG.getTemplate("index.ftlh");
            StringWriter out = new StringWriter(256 * 1024);
            t.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("disclosure template failed: " + e.getMessage(), e);
        }
    }
}
