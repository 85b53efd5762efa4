package org.gongkai.validation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every piece of text a submitter writes must be publishable: not longer than its kind allows (a name is a name, a
 * reason a paragraph), and made only of characters that an HTML page, a PDF and a UTF-8 open-data file can carry
 * and a reader can see. The limits are explicit and named; the character classes are Unicode general categories,
 * not a list of examples.
 */
public final class PublishableText implements Check {

    /** Names: departments, budget units, classification rows, projects, contacts, indicators. */
    public static final int NAME_MAX_CHARS = 200;
    /** Codes, dates, units, e-mail addresses, telephone numbers, map keys (RFC 5321 caps an address at 254). */
    public static final int SHORT_MAX_CHARS = 254;
    /** What a person writes in sentences: duties, reasons for changes, goals, notes, descriptions. */
    public static final int PARAGRAPH_MAX_CHARS = 2000;
    /** How much of an offending text a finding quotes. */
    static final int EXCERPT_CHARS = 30;

    /** Field names (last path segment) that hold a name: one line, {@link #NAME_MAX_CHARS}. */
    private static final Set<String> NAME_FIELDS = Set.of("name", "govEconName", "level", "region", "divisions", "kind",
            "level1", "level2", "level3", "item", "title");
    /** Field names that hold a code, a date or an address: one line, {@link #SHORT_MAX_CHARS}. */
    private static final Set<String> SHORT_FIELDS = Set.of("code", "unitCode", "functionCode", "econCode", "govEconCode",
            "profile", "amountUnit", "approvalDate", "asOf", "email", "phone");

    private static final Pattern LAST_SEGMENT = Pattern.compile("([^.\\[\\]]+)(?:\\[\\d+])?$");
    /** The kinds of text, each with its limit and whether it may span lines. */
    public enum Kind {
        SHORT(SHORT_MAX_CHARS, false, "编码、日期或联系方式"),
        NAME(NAME_MAX_CHARS, false, "名称"),
        PARAGRAPH(PARAGRAPH_MAX_CHARS, true, "说明文字");

        private final int maxChars;
        private final boolean multiline;
        private final String label;

        Kind(int maxChars, boolean multiline, String label) {
            this.maxChars = maxChars;
            this.multiline = multiline;
            this.label = label;
        }

        public int maxChars() {
            return maxChars;
        }

        public boolean multiline() {
            return multiline;
        }
    }

    @Override
    public void run(ValidationContext ctx) {
        TextFields.walkWithKeys(ctx.submission(), s -> s.length() > NAME_MAX_CHARS || firstUnpublishable(s, false) >= 0,
                (path, text) -> check(ctx, path, text));
    }

    private static void check(ValidationContext ctx, String path, String text) {
        Kind kind = kindOf(path, text);
        int bad = firstUnpublishable(text, kind.multiline());
        String shownPath = visible(path, 120);
        if (bad >= 0) {
            int cp = text.codePointAt(bad);
            int position = text.codePointCount(0, bad) + 1;
            ctx.report(Rules.TEXT_CHARACTERS, "“" + shownPath + "”第" + position + "个字是无法公开的字符 "
                            + describe(cp) + "：" + visible(excerptAround(text, bad), EXCERPT_CHARS * 2),
                    ctx.textField(path, shownPath), "可显示的文字", describe(cp),
                    "删除该字符或改为普通文字；" + (kind.multiline() ? "说明文字可以换行，" : "名称、编码只能写在一行内，")
                            + "不要从其他系统复制不可见的控制字符。");
        }
        int length = text.codePointCount(0, text.length());
        if (length > kind.maxChars()) {
            ctx.report(Rules.TEXT_LENGTH, "“" + shownPath + "”有" + length + "个字，" + kind.label + "最多" + kind.maxChars()
                            + "个字：" + visible(text, EXCERPT_CHARS),
                    ctx.textField(path, shownPath), "不超过" + kind.maxChars() + "个字", length + "个字",
                    "精简文字；" + kind.label + "不超过" + kind.maxChars() + "个字。");
        }
    }

    /** The kind of a text, from the last segment of its path; a map key is SHORT, anything unknown a PARAGRAPH. */
    static Kind kindOf(String path, String text) {
        if (path.equals(text) || path.endsWith("." + text)) {
            return Kind.SHORT;
        }
        Matcher m = LAST_SEGMENT.matcher(path);
        String field = m.find() ? m.group(1) : path;
        if (SHORT_FIELDS.contains(field)) {
            return Kind.SHORT;
        }
        return NAME_FIELDS.contains(field) ? Kind.NAME : Kind.PARAGRAPH;
    }

    /**
     * Index (in chars) of the first code point that cannot be published, or -1. The class: control characters (Cc;
     * tab, line feed and carriage return allowed when {@code multiline}), unpaired surrogates (Cs), unassigned code
     * points (Cn, which include the noncharacters such as U+FFFE), private use (Co), the replacement character U+FFFD
     * (the trace of a decoding error) and the bidirectional formatting controls that reorder what a reader sees.
     */
    public static int firstUnpublishable(String s, boolean multiline) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!publishable(cp, multiline)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** Whether one code point can be published (see {@link #firstUnpublishable}). */
    public static boolean publishable(int cp, boolean multiline) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return multiline;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE:
                return false;
            default:
                break;
        }
        if (cp == 0xFFFD || cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE) {
            return false;
        }
        // LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI: they reorder the text a reader sees.
        return !(cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069);
    }

    /** A text safe to quote in a report: unpublishable code points shown as U+XXXX, cut at {@code maxChars}. */
    public static String visible(String s, int maxChars) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (n++ == maxChars) {
                sb.append('…');
                break;
            }
            if (publishable(cp, false)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('[').append(String.format(Locale.ROOT, "U+%04X", cp)).append(']');
            }
        }
        return sb.toString();
    }

    static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : "（" + name + "）");
    }

    private static String excerptAround(String text, int at) {
        int from = Math.max(0, at - EXCERPT_CHARS);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        int to = Math.min(text.length(), at + EXCERPT_CHARS);
        if (to < text.length() && to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
            to++;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

}
