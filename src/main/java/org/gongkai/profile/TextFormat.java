package org.gongkai.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a profile's narrative writes amounts and percentages: the unit ({@code 万元}), the decimals, the rounding mode,
 * whether thousands are grouped ("18,976.76") and how a zero is written ("0").
 *
 * @param unit              the unit of amounts in the text (万元 or 元)
 * @param decimals          decimals of amounts in the text
 * @param rounding          a {@link RoundingMode} name (HALF_UP)
 * @param grouping          thousands separators
 * @param zero              how an amount that rounds to zero is written ("0"), null: like any other amount
 * @param percentDecimals   decimals of percentages
 * @param trimZeros         whether trailing zeros of the decimals are dropped ("35" rather than "35.0")
 * @param decimalsByUnit    decimals for a text unit other than {@code decimals} ({@code {"元": 2}}), used when the unit
 *                          is {@link #SUBMISSION_UNIT}
 */
public record TextFormat(String unit, Integer decimals, String rounding, Boolean grouping, String zero, Integer percentDecimals,
                         Boolean trimZeros, java.util.Map<String, Integer> decimalsByUnit) {

    /** {@code unit} value: the text writes amounts in the unit the submission declares ({@code amountUnit}). */
    public static final String SUBMISSION_UNIT = "submission";

    public static final TextFormat DEFAULT = new TextFormat("万元", 1, "HALF_UP", false, "0", 1, false, null);

    public TextFormat {
        unit = unit == null ? "万元" : unit;
        decimals = decimals == null ? 1 : decimals;
        rounding = rounding == null ? "HALF_UP" : rounding;
        grouping = grouping != null && grouping;
        percentDecimals = percentDecimals == null ? 1 : percentDecimals;
        trimZeros = trimZeros != null && trimZeros;
        decimalsByUnit = decimalsByUnit == null ? java.util.Map.of() : decimalsByUnit;
    }

    /** This format for a submission whose amounts are in {@code submissionUnit}: the unit resolved, its decimals chosen. */
    public TextFormat forSubmission(String submissionUnit) {
        if (!SUBMISSION_UNIT.equals(unit)) {
            return this;
        }
        String u = submissionUnit == null || submissionUnit.isBlank() ? "万元" : submissionUnit.strip();
        return new TextFormat(u, decimalsByUnit.getOrDefault(u, decimals), rounding, grouping, zero, percentDecimals, trimZeros,
                decimalsByUnit);
    }

    public RoundingMode roundingMode() {
        return RoundingMode.valueOf(rounding);
    }

    /** An amount given in {@code fromUnit} (元 or 万元), converted exactly and written in this format, without the unit. */
    public String number(BigDecimal v, String fromUnit) {
        BigDecimal x = convert(v == null ? BigDecimal.ZERO : v, fromUnit, unit).setScale(decimals, roundingMode());
        if (x.signum() == 0 && zero != null) {
            return zero;
        }
        if (trimZeros) {
            x = x.stripTrailingZeros();
            return write(x.scale() < 0 ? x.setScale(0) : x, Math.max(0, x.scale()), grouping);
        }
        return write(x, decimals, grouping);
    }

    /** A percentage (already ×100) with {@link #percentDecimals()}. */
    public String percent(BigDecimal pct) {
        BigDecimal x = pct.setScale(percentDecimals, roundingMode());
        return x.stripTrailingZeros().scale() <= 0 ? x.setScale(0, roundingMode()).toPlainString() : x.toPlainString();
    }

    /** Exact conversion between 元 and 万元 (other units are left as they are). */
    public static BigDecimal convert(BigDecimal v, String from, String to) {
        if (from == null || to == null || from.equals(to)) {
            return v;
        }
        if ("元".equals(from) && "万元".equals(to)) {
            return v.movePointLeft(4);
        }
        if ("万元".equals(from) && "元".equals(to)) {
            return v.movePointRight(4);
        }
        return v;
    }

    /** A number with a fixed number of decimals, optionally with thousands separators. */
    public static String write(BigDecimal x, int decimals, boolean grouping) {
        if (!grouping) {
            return x.setScale(decimals, RoundingMode.UNNECESSARY).toPlainString();
        }
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(x);
    }
}
