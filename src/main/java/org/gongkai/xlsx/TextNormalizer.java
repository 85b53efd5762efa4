package org.gongkai.xlsx;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalises what clerks and finance systems put in cells: full-width digits and punctuation, thousands
 * separators, stray spaces (including the ideographic and no-break spaces), numbering prefixes of labels.
 */
final class TextNormalizer {
    private static final Pattern THOUSANDS = Pattern.compile("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$");
    private static final Pattern PLAIN = Pattern.compile("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$");
    private static final Pattern LEADING_CODE = Pattern.compile("^(\\d[\\d ]*)(.*)$");

    private TextNormalizer() {
    }

    /** Full-width ASCII variants (！..～) to ASCII, ideographic/no-break spaces to spaces, 。 kept. */
    static String halfWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                sb.append(' ');
            } else if (c == '\u2212') {
                sb.append('-');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Removes every kind of whitespace. */
    static String noSpace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The key used to compare labels and headers: half-width, no spaces, no trailing colon. */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        String k = noSpace(halfWidth(s));
        while (k.endsWith(":")) {
            k = k.substring(0, k.length() - 1);
        }
        return k.replace('“', '"').replace('”', '"');
    }

    /** Trims all whitespace kinds at both ends (names and free text keep their inner characters). */
    static String trim(String s) {
        if (s == null) {
            return null;
        }
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** A decimal typed as text, keeping its written scale ("0.0" has scale 1); empty when not a number. */
    static Optional<BigDecimal> parseDecimal(String raw) {
        String s = noSpace(halfWidth(raw)).replace('。', '.');
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (THOUSANDS.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            return Optional.empty();
        }
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A classification code from a cell: its leading digits with inner spaces removed ("208 05 01" → 2080501,
     * "208 社会保障和就业支出" → 208). Empty when the cell does not start with a digit.
     */
    static Optional<String> leadingCode(String raw) {
        String s = trim(halfWidth(raw));
        var m = LEADING_CODE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(2);
        if (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
            return Optional.empty();
        }
        if (!rest.isEmpty() && !rest.startsWith(" ") && isAsciiPunctuationOrLetter(rest.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).replace(" ", ""));
    }

    private static boolean isAsciiPunctuationOrLetter(char c) {
        return c < 128 && !Character.isWhitespace(c);
    }

    /** Removes a numbering prefix of a section or label: 一、 / （一） / 1. / 1、 / (1). */
    static String stripNumbering(String key) {
        return key.replaceFirst("^(\\(?[0-9一二三四五六七八九十]+\\)|[0-9一二三四五六七八九十]+[、.．])", "");
    }
}
