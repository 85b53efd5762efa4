package org.gongkai.support;

import java.util.Locale;

/** File sizes as a submitter reads them (binary units, one decimal). */
public final class ByteSizes {

    private static final long KIB = 1024;
    private static final long MIB = 1024 * 1024;

    private ByteSizes() {
    }

    /** {@code 512 字节}, {@code 1.5 KB}, {@code 20.0 MB}. */
    public static String human(long bytes) {
        if (bytes < KIB) {
            return bytes + " 字节";
        }
        if (bytes < MIB) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / (double) KIB);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MIB);
    }

    /** {@link #human} followed by the exact count from 1 KB on: {@code 1.5 KB（1536 字节）}. */
    public static String humanWithExactBytes(long bytes) {
        return bytes < KIB ? human(bytes) : human(bytes) + "（" + bytes + " 字节）";
    }
}
