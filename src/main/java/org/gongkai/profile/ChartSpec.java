package org.gongkai.profile;

import java.util.List;

/**
 * A chart of the disclosure page, declared by the profile over its derived figures ({@link DerivedSpec}). Values are
 * paths into the derived figures ({@code basic.personnel}, {@code generalBudget.total}); {@code {year}} and
 * {@code {priorYear}} in the texts stand for the years. The unit ("（万元）") is appended to the title.
 *
 * @param id          the chart's id in the page ({@code chart-basic})
 * @param type        {@code classes}: one bar per 功能分类 类 of {@code classes} with its share of {@code base};
 *                    {@code shares}: one bar per entry of {@code bars} with its share of {@code base};
 *                    {@code years}: per entry of {@code bars} (a change) this year's and last year's amounts,
 *                    entries whose comparison is unknown left out
 * @param title       the title without the unit
 * @param description the text under the title
 * @param classes     {@code classes}: the path of the list of 类 shares ({@code generalBudget.classes})
 * @param base        the path of the amount shares are taken of (null: no shares)
 * @param bars        the bars: a label and a path (an amount, or a change for {@code years})
 */
public record ChartSpec(String id, String type, String title, String description, String classes, String base,
                        List<Bar> bars) {

    public static final List<String> TYPES = List.of("classes", "shares", "years");

    public ChartSpec {
        bars = bars == null ? List.of() : bars;
    }

    public record Bar(String label, String value) {
    }
}
