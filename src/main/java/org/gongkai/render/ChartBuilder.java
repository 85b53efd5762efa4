package org.gongkai.render;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.narrative.AmountUnit;
import org.gongkai.narrative.Amounts;
import org.gongkai.narrative.Change;
import org.gongkai.narrative.Enrichment;
import org.gongkai.profile.ChartSpec;

/** The charts of the page as the profile declares them ({@code charts}): 类 structure, shares, this year against last year. */
public final class ChartBuilder {

    private static final int WIDTH = 700;
    private static final int LABEL_WIDTH = 190;
    static final int BAR_AREA = 340;
    private static final int BAR_HEIGHT = 18;
    private static final int GAP = 10;

    /** A category with one value per series. */
    record Category(String label, List<BigDecimal> values) {
    }

    /** The charts a profile declares ({@code charts}) over the derived figures, amounts (titles, printed values) in {@code unit}. */
    public List<Chart> build(Enrichment e, List<ChartSpec> specs, AmountUnit unit) {
        String u = "（" + unit.label() + "）";
        List<Chart> charts = new ArrayList<>();
        for (ChartSpec spec : specs) {
            String title = years(spec.title(), e) + u;
            String desc = years(spec.description(), e);
            BigDecimal base = spec.base() == null ? null : amount(e, spec.base());
            switch (spec.type()) {
                case "classes" -> {
                    List<Category> classes = new ArrayList<>();
                    if (path(e, spec.classes()) instanceof List<?> list) {
                        for (Object o : list) {
                            if (o instanceof Enrichment.ClassShare c) {
                                classes.add(new Category(c.shortName() + "（类）", List.of(c.amount())));
                            }
                        }
                    }
                    if (!classes.isEmpty()) {
                        charts.add(chart(spec.id(), title, desc, classes, List.of(e.year() + "年"), base, unit));
                    }
                }
                case "shares" -> {
                    List<Category> bars = new ArrayList<>();
                    for (ChartSpec.Bar b : spec.bars()) {
                        bars.add(new Category(b.label(), List.of(nz(amount(e, b.value())))));
                    }
                    if (!bars.isEmpty() && spec.bars().stream().allMatch(b -> path(e, b.value()) != null)) {
                        charts.add(chart(spec.id(), title, desc, bars, List.of(e.year() + "年"), base, unit));
                    }
                }
                case "years" -> {
                    List<Category> compare = new ArrayList<>();
                    for (ChartSpec.Bar b : spec.bars()) {
                        if (path(e, b.value()) instanceof Change c && c.known()) {
                            compare.add(new Category(b.label(), List.of(c.current(), c.prior())));
                        }
                    }
                    if (!compare.isEmpty()) {
                        charts.add(chart(spec.id(), title, desc, compare, List.of(e.year() + "年", e.priorYear() + "年"), base, unit));
                    }
                }
                default -> throw new IllegalArgumentException("unknown chart type " + spec.type());
            }
        }
        return charts;
    }

    private static String years(String text, Enrichment e) {
        return text == null ? "" : text.replace("{year}", String.valueOf(e.year())).replace("{priorYear}", String.valueOf(e.priorYear()));
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static BigDecimal amount(Enrichment e, String path) {
        return path(e, path) instanceof BigDecimal b ? b : null;
    }

    /** A value of the derived figures by its path ({@code basic.personnel}): record components, null when absent. */
    static Object path(Object root, String path) {
        Object o = root;
        if (path == null) {
            return null;
        }
        for (String part : path.split("\\.")) {
            if (o == null || !o.getClass().isRecord()) {
                return null;
            }
            Object next = null;
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                if (rc.getName().equals(part)) {
                    try {
                        next = rc.getAccessor().invoke(o);
                    } catch (ReflectiveOperationException ex) {
                        throw new IllegalStateException(ex);
                    }
                }
            }
            o = next;
        }
        return o;
    }

    private static Chart chart(String id, String title, String desc, List<Category> cats, List<String> series,
                               BigDecimal shareBase, AmountUnit unit) {
        return chart(id, title, desc, cats, series, shareBase, unit::number);
    }

    /**
     * A chart of {@code cats}, one bar per series, values printed by {@code format}; a null value is drawn as no bar
     * and printed as "—".
     */
    static Chart chart(String id, String title, String desc, List<Category> cats, List<String> series,
                       BigDecimal shareBase, java.util.function.Function<BigDecimal, String> format) {
        return chart(id, title, desc, cats, series, shareBase, format, LABEL_WIDTH, WIDTH);
    }

    /**
     * The same with the label column {@code labelWidth} wide and the whole chart {@code width} wide (a narrower chart
     * keeps its text larger on a phone, where the SVG is scaled to the screen).
     */
    static Chart chart(String id, String title, String desc, List<Category> cats, List<String> series,
                       BigDecimal shareBase, java.util.function.Function<BigDecimal, String> format, int labelWidth,
                       int width) {
        double max = cats.stream().flatMap(c -> c.values().stream()).mapToDouble(v -> v == null ? 0 : v.doubleValue())
                .max().orElse(0);
        List<Chart.ChartRow> rows = new ArrayList<>();
        double y = 10;
        for (Category c : cats) {
            List<Chart.Bar> bars = new ArrayList<>();
            double top = y;
            for (int i = 0; i < c.values().size(); i++) {
                boolean missing = c.values().get(i) == null;
                BigDecimal v = missing ? BigDecimal.ZERO : c.values().get(i);
                double pct = max <= 0 ? 0 : v.doubleValue() / max * 100;
                double w = max <= 0 ? 0 : v.doubleValue() / max * BAR_AREA;
                String valueText = missing ? "—" : format.apply(v);
                if (shareBase != null && !missing) {
                    BigDecimal share = Amounts.share(v, shareBase);
                    if (share != null) {
                        valueText += "（" + Amounts.text(share) + "%）";
                    }
                }
                bars.add(new Chart.Bar(series.get(i), "s" + i, valueText, labelWidth, y, Math.max(w, missing ? 0 : 0.5),
                        BAR_HEIGHT, pct));
                y += BAR_HEIGHT + 2;
            }
            rows.add(new Chart.ChartRow(c.label(), (top + y - 2) / 2 + 4, bars));
            y += GAP;
        }
        List<Chart.Legend> legend = new ArrayList<>();
        if (series.size() > 1) {
            for (int i = 0; i < series.size(); i++) {
                legend.add(new Chart.Legend(series.get(i), "s" + i));
            }
        }
        return new Chart(id, title, desc, width, (int) Math.ceil(y + 10), rows, legend, labelWidth);
    }
}
