package org.gongkai.render;

import java.util.List;

/**
 * A horizontal bar chart with its geometry computed (drawn as inline SVG in the page, as CSS bars in the PDF).
 *
 * @param id     ASCII id
 * @param title  caption
 * @param desc   a sentence describing the chart for screen readers
 * @param width  SVG width
 * @param height SVG height
 * @param rows   one row per category
 * @param legend series names with their CSS class (empty for one series)
 * @param labelWidth the width of the label column (the bars start there)
 */
public record Chart(String id, String title, String desc, int width, int height, List<ChartRow> rows, List<Legend> legend,
                    int labelWidth) {

    /** Where the labels end (they are right-aligned there). */
    public int labelEnd() {
        return labelWidth - 8;
    }

    /** One category: its label and its bars (one per series). */
    public record ChartRow(String label, double labelY, List<Bar> bars) {
        public String ly() {
            return fmt(labelY);
        }
    }

    /** A bar: geometry for SVG, percent of the largest value for CSS, the printed value. */
    public record Bar(String series, String seriesClass, String valueText, double x, double y, double width, double height,
                      double percent) {
        public String w() {
            return fmt(width);
        }

        public String yText() {
            return fmt(y + height / 2 + 4);
        }

        public String xText() {
            return fmt(x + width + 4);
        }

        public String ys() {
            return fmt(y);
        }

        public String hs() {
            return fmt(height);
        }

        public String pct() {
            return fmt(Math.max(percent, 0.5));
        }
    }

    /** A legend entry. */
    public record Legend(String name, String seriesClass) {
    }

    static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
