package org.gongkai.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting and arithmetic of the disclosure.
 * Text (narrative): one decimal, a trailing ".0" dropped ("增加1万元", "占6%").
 * Tables: the submission's declared precision; a zero written {@code 0} prints "0", a zero written {@code 0.0} prints "0.0".
 */
public final class Amounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {
    }

    /** Narrative form: one decimal, trailing ".0" dropped; null prints as "0". */
    public static String text(BigDecimal v) {
        if (v == null) {
            return "0";
        }
        BigDecimal r = v.setScale(1, RoundingMode.HALF_UP);
        if (r.signum() == 0) {
            return "0";
        }
        String s = r.toPlainString();
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** Table form: the declared precision, except zeros, which print as written ("0", "0.0", "0.00"). */
    public static String table(BigDecimal v, int precision) {
        if (v == null) {
            return "";
        }
        if (v.signum() == 0) {
            return v.scale() <= 0 ? "0" : BigDecimal.ZERO.setScale(v.scale()).toPlainString();
        }
        return v.setScale(precision, RoundingMode.HALF_UP).toPlainString();
    }

    /** Share in percent: part / whole × 100, HALF_UP to one decimal; null when the whole is zero or missing. */
    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        BigDecimal p = part == null ? BigDecimal.ZERO : part;
        return p.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /** Percent change (cur − prior) / prior × 100, HALF_UP to one decimal; null when prior is zero or missing. */
    public static BigDecimal percentChange(BigDecimal current, BigDecimal prior) {
        if (prior == null || prior.signum() == 0) {
            return null;
        }
        BigDecimal c = current == null ? BigDecimal.ZERO : current;
        return c.subtract(prior).multiply(HUNDRED).divide(prior, 1, RoundingMode.HALF_UP);
    }

    public static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    public static boolean isZero(BigDecimal v) {
        return v == null || v.signum() == 0;
    }
}
