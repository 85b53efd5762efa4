package org.gongkai.validation;

import java.math.BigDecimal;

/**
 * Bounds that keep validation arithmetic safe and catch unit mistakes.
 * A value outside them is reported and no sums are computed with it (a number such as {@code 1e999999999} or
 * {@code 1e-999999999} binds to a tiny BigDecimal but would expand to a billion digits in an addition).
 */
public final class AmountLimits {

    /** Largest plausible single amount in 万元: 1亿万元 (一万亿元), far above any department budget. */
    public static final BigDecimal MAX_WAN_YUAN = new BigDecimal("1E8");

    /** The same bound in 元. */
    public static final BigDecimal MAX_YUAN = MAX_WAN_YUAN.movePointRight(4);

    /** Largest decimal scale accepted at all, even for an exact zero (guards arithmetic, not precision). */
    public static final int MAX_SCALE = 100;

    private AmountLimits() {
    }

    /** The maximum for a declared unit; an unknown unit gets the 元 bound (the larger one). */
    public static BigDecimal maximum(String amountUnit) {
        return "万元".equals(amountUnit == null ? null : amountUnit.strip()) ? MAX_WAN_YUAN : MAX_YUAN;
    }

    /** Whether arithmetic on this value is safe and its magnitude plausible. Cheap for any BigDecimal. */
    public static boolean safe(BigDecimal v, String amountUnit) {
        if (v == null) {
            return true;
        }
        if (v.scale() > MAX_SCALE) {
            return false;
        }
        return v.abs().compareTo(maximum(amountUnit)) <= 0;
    }
}
