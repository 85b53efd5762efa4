package org.gongkai.profile;

/** Chinese ordinal numerals as used in headings: 一, 二 … 十, 十一 … 三十四. */
public final class ChineseNumerals {
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumerals() {
    }

    /** 1..99 as Chinese numerals. */
    public static String of(int n) {
        if (n <= 0 || n > 99) {
            throw new IllegalArgumentException("numeral out of range: " + n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }
}
