package org.gongkai.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.narrative.AmountUnit;
import org.gongkai.narrative.Amounts;
import org.gongkai.narrative.Change;
import org.gongkai.narrative.Enrichment;

/** The three charts of the page: structure by 功能分类 类, 人员经费/公用经费, this year against last year. */
public final class ChartBuilder {

    private static final int WIDTH = 700;
    private static final int LABEL_WIDTH = 190;
    static final int BAR_AREA = 340;
    private static final int BAR_HEIGHT = 18;
    private static final int GAP = 10;

    /** A category with one value per series. */
    record Category(String label, List<BigDecimal> values) {
    }

    /** The charts with amounts in 万元. */
    public List<Chart> build(Enrichment e) {
        return build(e, AmountUnit.WAN_YUAN);
    }

    /** The charts with amounts (titles, printed values) in the submission's unit. */
    public List<Chart> build(Enrichment e, AmountUnit unit) {
        String u = "（" + unit.label() + "）";
        List<Chart> charts = new ArrayList<>();
        List<Category> classes = e.generalBudget().classes().stream()
                .map(c -> new Category(c.shortName() + "（类）", List.of(c.amount()))).toList();
        if (!classes.isEmpty()) {
            charts.add(chart("chart-classes", "一般公共预算支出按功能分类（类）结构" + u,
                    "按支出功能分类的类级科目列示" + e.year() + "年一般公共预算支出及占比。", classes, List.of(e.year() + "年"),
                    e.generalBudget().total(), unit));
        }
        Enrichment.Basic b = e.basic();
        charts.add(chart("chart-basic", "一般公共预算基本支出构成" + u,
                "人员经费与公用经费的金额及占基本支出的比重。",
                List.of(new Category("人员经费", List.of(b.personnel())), new Category("公用经费", List.of(b.publicCosts()))),
                List.of(e.year() + "年"), b.total(), unit));
        List<Category> compare = new ArrayList<>();
        addComparison(compare, "收入总计", e.income().change());
        addComparison(compare, "一般公共预算支出", e.generalBudget().change());
        addComparison(compare, "机关运行经费", e.operatingCosts().change());
        addComparison(compare, "“三公”经费", e.threePublic().total().change());
        if (!compare.isEmpty()) {
            charts.add(chart("chart-years", e.year() + "年与" + e.priorYear() + "年预算对比" + u,
                    "主要指标本年预算数与上年预算数的对比。", compare, List.of(e.year() + "年", e.priorYear() + "年"), null, unit));
        }
        return charts;
    }

    private static void addComparison(List<Category> list, String label, Change c) {
        if (c.known()) {
            list.add(new Category(label, List.of(c.current(), c.prior())));
        }
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
