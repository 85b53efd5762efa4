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

    /**
     * The change clause in 万元: "增加26.8万元，增长28.4%", "减少2.3万元，下降29.1%", "增加5万元（…）" (prior zero: no rate);
     * "持平" is left to the caller because the seed words it differently per section.
     */
    public String clause() {
        return clause(AmountUnit.WAN_YUAN);
    }

    /** The change clause with amounts in the given unit ("增加268000元，增长28.4%"). */
    public String clause(AmountUnit unit) {
        String amount = unit.money(difference.abs());
        return switch (direction) {
            case UP -> "增加" + amount + "，增长" + Amounts.text(percent.abs()) + "%";
            case DOWN -> "减少" + amount + "，下降" + Amounts.text(percent.abs()) + "%";
            case NEW -> "增加" + amount + "（上年预算数为0，不计算增长率）";
            case SAME -> "持平";
            case UNKNOWN -> "";
        };
    }
}
