package org.gongkai.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The unit a submission's amounts are declared in ({@code amountUnit}: 万元 or 元) and how the text writes them:
 * 万元 with one decimal ("26.8万元", a trailing ".0" dropped, as in the seed), 元 with up to two decimals
 * ("268000元", "1234.5元"). Percentages do not depend on the unit.
 */
public enum AmountUnit {

    WAN_YUAN("万元", 1),
    YUAN("元", 2);

    private final String label;
    private final int textDecimals;

    AmountUnit(String label, int textDecimals) {
        this.label = label;
        this.textDecimals = textDecimals;
    }

    /** The unit of a submission's {@code amountUnit}; anything but "元" (including a missing unit) is 万元. */
    public static AmountUnit of(String amountUnit) {
        return amountUnit != null && "元".equals(amountUnit.strip()) ? YUAN : WAN_YUAN;
    }

    /** "万元" or "元". */
    public String label() {
        return label;
    }

    /** The number as the text writes it, without the unit; null prints as "0". */
    public String number(BigDecimal v) {
        if (this == WAN_YUAN) {
            return Amounts.text(v);
        }
        if (v == null) {
            return "0";
        }
        BigDecimal r = v.setScale(textDecimals, RoundingMode.HALF_UP);
        return r.signum() == 0 ? "0" : r.stripTrailingZeros().toPlainString();
    }

    /** The amount with its unit: "26.8万元", "268000元". */
    public String money(BigDecimal v) {
        return number(v) + label;
    }

    /** "项目金额（万元）" → "项目金额（元）": a header written for 万元 relabelled for this unit. */
    public String relabel(String text) {
        return text == null || this == WAN_YUAN ? text : text.replace("（万元）", "（" + label + "）");
    }
}
