package org.gongkai.narrative;

import java.math.BigDecimal;

/**
 * A year-on-year comparison of one figure.
 *
 * @param current    this year's amount
 * @param prior      the prior year's amount; null when unknown
 * @param difference current − prior; null when the prior figure is unknown
 * @param percent    the percent change (signed, one decimal); null when prior is zero or unknown
 * @param direction  UP, DOWN, SAME, NEW (prior zero, current positive) or UNKNOWN (no prior figure)
 */
public record Change(BigDecimal current, BigDecimal prior, BigDecimal difference, BigDecimal percent, Direction direction) {

    /** How a figure moved. */
    public enum Direction { UP, DOWN, SAME, NEW, UNKNOWN }

    public static Change of(BigDecimal current, BigDecimal prior) {
        BigDecimal cur = Amounts.nz(current);
        if (prior == null) {
            return new Change(cur, null, null, null, Direction.UNKNOWN);
        }
        BigDecimal diff = cur.subtract(prior);
        Direction d;
        if (diff.signum() == 0) {
            d = Direction.SAME;
        } else if (prior.signum() == 0 && diff.signum() > 0) {
            d = Direction.NEW;
        } else {
            d = diff.signum() > 0 ? Direction.UP : Direction.DOWN;
        }
        return new Change(cur, prior, diff, Amounts.percentChange(cur, prior), d);
    }

    public boolean known() {
        return direction != Direction.UNKNOWN;
    }

    /** True when the text needs a reason (the figure moved). */
    public boolean moved() {
        return direction == Direction.UP || direction == Direction.DOWN || direction == Direction.NEW;
    }
}
