package org.gongkai.validation;

import java.math.BigDecimal;

/**
 * How far a printed sum may differ from the sum of its printed parts.
 *
 * <p>Every printed figure is the true figure rounded to the declared precision, so it is off by at most half a unit of
 * the last decimal ({@code 0.05} for one decimal). A printed total of {@code n} printed parts can therefore differ from
 * the sum of those parts by at most {@code (n + 1) × half a unit}: n rounding errors in the parts plus one in the total.
 * This is the envelope used for every sum comparison. With a single part (or none) there is nothing to accumulate:
 * the total is the same rounded figure as its only part, so the comparison is exact. A figure copied from one table
 * to another is likewise the same rounded figure and is compared exactly ({@link #EXACT}).
 */
public final class RoundingTolerance {

    /** No tolerance: copies of the same figure must be identical. */
    public static final BigDecimal EXACT = BigDecimal.ZERO;

    /** Highest precision the tolerance is computed for (precision is validated to 0..4). */
    private static final int MAX_PRECISION = 4;

    private RoundingTolerance() {
    }

    /** Half a unit of the last declared decimal: 0.05 for precision 1, 0.5 for precision 0. */
    public static BigDecimal halfUnit(int precision) {
        int p = Math.max(0, Math.min(MAX_PRECISION, precision));
        return new BigDecimal("0.5").movePointLeft(p);
    }

    /** Tolerance for "total = Σ terms parts": (terms + 1) × half a unit; exact for one part or none. */
    public static BigDecimal forSum(int precision, int terms) {
        if (terms <= 1) {
            return EXACT;
        }
        return halfUnit(precision).multiply(BigDecimal.valueOf(terms + 1L));
    }

    /** Whether two figures agree within a tolerance. */
    public static boolean within(BigDecimal expected, BigDecimal found, BigDecimal tolerance) {
        return expected.subtract(found).abs().compareTo(tolerance) <= 0;
    }
}
