package org.gongkai.support;

/**
 * Names the service writes are bounded: common file systems allow 255 bytes per name (UTF-8 here, so a Chinese
 * character counts three), and the service adds a stamp in front and suffixes such as {@code .report.json} behind a
 * submitter's name. A name is shortened at a character boundary (never inside a surrogate pair), its extension kept;
 * characters no file system or report should carry (path separators, controls, lone surrogates) become {@code _}.
 * The original name is recorded by the caller (report, error file, staging folder).
 */
public final class BoundedNames {

    /** The per-name limit of ext4, XFS, NTFS (in UTF-16 units), FAT: 255. */
    public static final int FILE_SYSTEM_MAX_BYTES = 255;
    /**
     * Longest submitter-supplied part of a name the service writes: 255 minus the 24-byte stamp in front and the
     * longest suffix the service appends ({@code .report.html}, {@code .error.txt}) with room to spare.
     */
    public static final int SUBMITTED_NAME_MAX_BYTES = 200;
    /** Longest extension kept whole when a name is shortened ({@code .xlsx}, {@code .json}). */
    static final int MAX_EXTENSION_CHARS = 10;

    private BoundedNames() {
    }

    /** {@code name} made safe and cut to at most {@code maxBytes} UTF-8 bytes, extension kept. */
    public static String bounded(String name, int maxBytes) {
        String safe = safe(name == null || name.isBlank() ? "submission" : name);
        if (utf8Length(safe) <= maxBytes) {
            return safe;
        }
        int dot = safe.lastIndexOf('.');
        String ext = dot > 0 && safe.length() - dot <= MAX_EXTENSION_CHARS ? safe.substring(dot) : "";
        String base = ext.isEmpty() ? safe : safe.substring(0, dot);
        int room = Math.max(1, maxBytes - utf8Length(ext) - 1);
        return capUtf8(base, room) + "~" + ext;
    }

    /** {@link #bounded(String, int)} with {@link #SUBMITTED_NAME_MAX_BYTES}. */
    public static String bounded(String name) {
        return bounded(name, SUBMITTED_NAME_MAX_BYTES);
    }

    /** Whether a name is kept as it is by {@link #bounded(String)} (safe and short enough). */
    public static boolean isBounded(String name) {
        return name != null && !name.isBlank() && bounded(name).equals(name);
    }

    /** UTF-8 byte length, counting a lone surrogate as the one byte its replacement takes. */
    public static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return bytes;
    }

    /** The longest prefix of {@code s} (whole code points) whose UTF-8 encoding has at most {@code maxBytes} bytes. */
    public static String capUtf8(String s, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + n > maxBytes) {
                break;
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /**
     * Replaces what a file name must not hold: path separators (/ and \), the characters Windows and FTP servers
     * refuse (: * ? " < > |), control characters, lone surrogates, U+FFFD; leading dots (hidden files) and
     * surrounding spaces are removed.
     */
    public static String safe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (cp < 0x20 || cp == 0x7f || "\\/:*?\"<>|".indexOf(cp) >= 0 || type == Character.CONTROL
                    || type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || cp == 0xFFFD || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
                b.append('_');
            } else {
                b.appendCodePoint(cp);
            }
        });
        String out = b.toString().strip().replaceAll("^\\.+", "");
        return out.isEmpty() ? "_" : out;
    }
}
